import type { Paper } from './paper.js';

/**
 * What a paper says of a venue: published there, accepted, presented (a talk or poster), only
 * named ("Contribution to …", a bare "ICTSS 2024, 36th International Conference …"), or submitted.
 */
export type VenueKind = 'published' | 'accepted' | 'presented' | 'named' | 'submitted';

/** One statement about a venue, from the journal ref or the comments. */
export interface VenueClaim {
  kind: VenueKind;
  /** The venue as written ("A&A", "AGI 2025"); undefined when the words name none ("Under review"). */
  venue?: string;
  source: 'journal-ref' | 'comments';
}

/** How far a paper has gone, as far as the listing shows: undefined proves nothing. */
export type PaperStatus = 'published' | 'accepted' | 'submitted';

// The words that open a claim; the venue follows them. Where two leads overlap the earlier one
// wins: "To be published in" is accepted, not published.
const LEADS: readonly (readonly [VenueKind, RegExp])[] = [
  ['accepted', /\bto\s+(?:appear|be\s+(?:published|presented))\s+(?:in|at)\s+/gi],
  [
    'accepted',
    /\baccepted\s+(?:and\s+presented\s+)?(?:for\s+(?:publication|presentation)\s+)?(?:as\s+an?\s+[a-z]{2,12}\s+(?:paper\s+)?)?(?:to|at|by|in|for|on)\s+/gi,
  ],
  ['accepted', /\bupcoming\s+(?=[A-Z])/g],
  ['published', /\bpublished\s+(?:in|at|by)\s+/gi],
  ['published', /(?:^|(?<=[.;,]\s{0,3}))proceedings?\s+of\s+/gi],
  ['presented', /\b(?:presented|talk|poster)\s+(?:given\s+)?at\s+/gi],
  ['named', /\bcontribution\s+to\s+/gi],
  ['named', /\bprepared\s+for\s+(?:delivery|presentation)\s+at\s+/gi],
  ['submitted', /\bsubmitted\s+(?:for\s+publication\s+)?(?:to\s+)?/gi],
  ['submitted', /\bunder\s+(?:peer\s+)?review\b(?:\s+(?:for\s+acceptance\s+)?(?:at|to|in|by|for|with)\s+)?/gi],
];

// Words a period follows without ending the sentence ("Proc. Asilomar Conference").
const ABBREVIATIONS = new Set([
  ...['proc', 'conf', 'int', 'intl', 'j', 'vol', 'no', 'nos', 'pp', 'trans', 'symp', 'phys', 'rev', 'lett'],
  ...['astron', 'astrophys', 'soc', 'inst', 'eng', 'sci', 'comput', 'mach', 'eg', 'ie', 'al', 'vs', 'st'],
  ...['univ', 'dept', 'ed', 'eds'],
]);

/** Where the first sentence of a text ends: at ";", ":", a newline or a full stop. */
function sentenceEnd(text: string): number {
  const hard = /[;:\n]/.exec(text);
  const limit = hard ? hard.index : text.length;
  for (const m of text.slice(0, limit).matchAll(/\.(?=\s|$)/g)) {
    const before = /(\S+)$/.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
    const word = before.toLowerCase().replace(/[^a-z]/g, '');
    if (ABBREVIATIONS.has(word) || /^[A-Z]$/.test(before)) continue;
    return m.index;
  }
  return limit;
}

const VENUE_WINDOW = 300;

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

// Where the venue stops inside its sentence: a count, a remark, a date, "and is …", "for publication".
const VENUE_TAIL = new RegExp(
  [
    String.raw`,\s*\d+\s*(?:pages?|figures?|tables?|references?)\b.*$`,
    String.raw`,\s*(?:comments|preprint|code|see)\b.*$`,
    String.raw`,?\s+and\s+(?:is|was|will|has|it|are)\b.*$`,
    String.raw`\s+for\s+(?:possible\s+)?(?:publication|review|consideration)\b.*$`,
    String.raw`\s+\d{1,2}/\d{1,2}/\d{2,4}$`,
    String.raw`\s+in\s+(?:${MONTH})\b.*$`,
    String.raw`\s+(?:journal\s+)?(?:article|paper)$`,
  ].join('|'),
  'i',
);

/** The venue text that starts at `from`, or undefined when it names nothing ("conference submission"). */
function venueAt(text: string, from: number): { venue?: string; end: number } {
  // A venue is a phrase, not a paragraph: reading a bounded window keeps long comments linear.
  const end = from + sentenceEnd(text.slice(from, from + VENUE_WINDOW));
  const venue = text
    .slice(from, end)
    .replace(VENUE_TAIL, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/[\s,.]+$/, '')
    .trim();
  return /[A-Z0-9&]/.test(venue) ? { venue, end } : { end };
}

/** Claims that the comments make in so many words, in the order they make them. */
function statedClaims(comments: string): VenueClaim[] {
  const leads = LEADS.flatMap(([kind, pattern]) =>
    [...comments.matchAll(pattern)].map((m) => ({ kind, at: m.index, to: m.index + m[0].length })),
  ).sort((a, b) => a.at - b.at || b.to - a.to);
  const out: VenueClaim[] = [];
  let taken = 0;
  for (const lead of leads) {
    if (lead.at < taken) continue;
    const { venue, end } = venueAt(comments, lead.to);
    out.push(
      venue === undefined ? { kind: lead.kind, source: 'comments' } : { kind: lead.kind, venue, source: 'comments' },
    );
    taken = Math.max(lead.to, venue === undefined ? lead.to : end);
  }
  return out;
}

// A part of a comment that looks like a venue: a conference word, or an acronym with a year.
const VENUE_SHAPE =
  /\b(?:Conference|Workshop|Symposium|Proceedings|Transactions|Journal|Congress|Colloquium)\b|\b[A-Z][A-Za-z]{0,20}[A-Z][A-Za-z-]{0,20}\s?(?:(?:19|20)\d{2}|'\d{2})\b/;
// Parts that name another work or the paper's kind, not where it went.
const NOT_VENUE =
  /\b(?:extension|version)\s+of\b|\bextended\s+version\b|https?:|\b(?:conference|journal|workshop)\s+(?:paper|version|article|extension)\b|\d\s*(?:pages?|figures?|tables?)\b/i;

/** A venue the comments name without saying what happened there: "ICTSS 2024, 36th International …". */
function bareVenue(comments: string): VenueClaim | undefined {
  for (const part of comments.matchAll(/[^,.;:]+/g)) {
    if (!VENUE_SHAPE.test(part[0]) || NOT_VENUE.test(part[0])) continue;
    const from = part.index + (part[0].length - part[0].trimStart().length);
    const { venue } = venueAt(comments, from);
    if (venue !== undefined) return { kind: 'named', venue, source: 'comments' };
  }
  return undefined;
}

/**
 * Every venue a paper's listing states: its journal ref first (published), then what the comments
 * say ("Accepted to AGI 2025", "Submitted to ApJ", "talk presented at ISMD 2025", a bare venue).
 */
export function venueClaims(p: Paper): VenueClaim[] {
  const out: VenueClaim[] = [];
  if (p.journalRef) out.push({ kind: 'published', venue: p.journalRef, source: 'journal-ref' });
  if (p.comments) {
    const stated = statedClaims(p.comments);
    const bare = stated.length === 0 ? bareVenue(p.comments) : undefined;
    out.push(...stated, ...(bare ? [bare] : []));
  }
  return out;
}

/**
 * Where the paper was published, accepted or presented: the journal ref, else the venue its
 * comments name ("Accepted to AGI 2025" gives "AGI 2025"). A venue it was only submitted to is
 * not one: see {@link submittedVenueOf}.
 */
export function venueOf(p: Paper): string | undefined {
  return venueClaims(p).find((c) => c.kind !== 'submitted' && c.venue !== undefined)?.venue;
}

/** The venue the comments say the paper was submitted to or is under review at. */
export function submittedVenueOf(p: Paper): string | undefined {
  return venueClaims(p).find((c) => c.kind === 'submitted' && c.venue !== undefined)?.venue;
}

/**
 * 'published' with a journal ref, a DOI or comments saying so; 'accepted' when the comments say
 * accepted, to appear, or presented; 'submitted' for "submitted to" or "under review"; undefined
 * when the listing says nothing, which proves nothing.
 */
export function statusOf(p: Paper): PaperStatus | undefined {
  if (p.journalRef || p.doi) return 'published';
  const kinds = new Set(venueClaims(p).map((c) => c.kind));
  if (kinds.has('published')) return 'published';
  if (kinds.has('accepted') || kinds.has('presented')) return 'accepted';
  if (kinds.has('submitted')) return 'submitted';
  return undefined;
}
