// Time zones as users type them: any letter case, IANA names and their aliases (UTC, GMT,
// EST5EDT, Etc/GMT+2, US/Eastern…). Intl.supportedValuesOf('timeZone') lists only canonical
// names (no UTC, no Etc/…, no EST5EDT), but Intl.DateTimeFormat accepts every name the runtime's
// time zone database knows, in any case: it is the look-up. Its own name for a zone is no good to
// show: Node 20 answers Asia/Calcutta for Asia/Kolkata and America/New_York for EST5EDT.
import { editDistance } from '../search/terms.js';

/**
 * The time zone named `name` in any letter case, alias or not, spelt as the runtime spells it
 * when it knows that spelling ("utc" → "UTC", "europe/paris" → "Europe/Paris"), else as typed
 * ("Asia/Kolkata"; Intl and croner read any case); undefined when it is no zone.
 */
export function resolveTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  const lower = name.toLowerCase();
  if (resolved.toLowerCase() === lower) return resolved;
  const listed = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === lower);
  // IANA writes its one-word names with digits in capitals: EST5EDT, GMT0, GMT+0.
  return listed ?? (/^[a-z]+[+-]?\d/i.test(name) && !name.includes('/') ? name.toUpperCase() : name);
}

/** `word` as a pattern matching it in any letter case (a pattern carries no flags into option specs). */
const anyCase = (word: string) => word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

// The areas of IANA names, and the older country areas still linked (US/Eastern, Canada/Pacific…).
const AREAS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
  'Etc',
  'US',
  'Canada',
  'Brazil',
  'Chile',
  'Mexico',
];
const UTC_NAMES = ['UTC', 'GMT', 'UCT'];
const OFFSET = String.raw`[+-]\d{1,2}(?::?\d{2})?`;

/**
 * What a word looks like when it is meant as a time zone, in any case: an area and a place
 * (Europe/Paris, etc/gmt+2, or a made-up Area/Place in capitalized words such as Mars/Olympus_Mons),
 * UTC/GMT with or without an offset, letters with a `+` offset (XYZ+5), and the POSIX zones
 * (EST5EDT). Topic words stay search words: TCP/IP, AI/ML, GPT-4, BERT4Rec, and one-word zone
 * names that are also words (Japan, MST, CET), which only `--timezone` takes as zones.
 */
export const TIME_ZONE_SHAPE = [
  String.raw`(?:${AREAS.map(anyCase).join('|')})/[^\s/]+(?:/[^\s/]+)*`,
  String.raw`[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]*`,
  String.raw`(?:${UTC_NAMES.map(anyCase).join('|')})(?:0|${OFFSET})?`,
  String.raw`[A-Za-z]{1,5}\+\d{1,2}(?::?\d{2})?`,
  String.raw`[A-Za-z]${anyCase('st')}\d{1,2}[A-Za-z]${anyCase('dt')}`,
]
  .map((shape) => `^(?:${shape})$`)
  .join('|');

/** Whether a word is written as a time zone is (see {@link TIME_ZONE_SHAPE}), real or not. */
export function looksLikeTimeZone(word: string): boolean {
  return new RegExp(TIME_ZONE_SHAPE).test(word);
}

/** Why a name that is not a time zone was refused, and what to write instead. */
export function timeZoneHint(name: string): string {
  const offset = /^(?:UTC|GMT|UCT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (offset) {
    const [sign, hours, minutes] = [offset[1], Number(offset[2]), Number(offset[3] ?? 0)];
    // Etc/GMT-14 (UTC+14) to Etc/GMT+12 (UTC-12) exist.
    if (minutes === 0 && hours <= (sign === '+' ? 14 : 12))
      return `For a fixed offset of UTC${sign}${hours} write Etc/GMT${sign === '+' ? '-' : '+'}${hours} (these names count the other way), or a place such as Europe/Paris to follow its summer time.`;
    return 'Write the place instead, such as Asia/Kolkata or America/St_Johns.';
  }
  const close = closestTimeZone(name);
  const iana = 'Use an IANA name such as Europe/Paris, America/New_York, Asia/Kolkata, or UTC.';
  return close
    ? `Did you mean ${close}? ${iana}`
    : `${iana} To search for "${name}" instead, write --filter before it.`;
}

/** The known zone name nearest to `name` in spelling, when one is close. */
function closestTimeZone(name: string): string | undefined {
  const typed = name.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(typed.length / 4)));
  let best: { zone: string; distance: number } | undefined;
  for (const zone of ['UTC', ...Intl.supportedValuesOf('timeZone')]) {
    const distance = editDistance(typed, zone.toLowerCase(), best?.distance ?? max);
    if (distance <= max && (!best || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone;
}
