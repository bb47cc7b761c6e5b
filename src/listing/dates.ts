const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number (1-12) of an English month name or its three-letter abbreviation, else null. */
export function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m === n || m.slice(0, 3) === n || (n === 'sept' && m === 'september'));
  return i < 0 ? null : i + 1;
}

/** English name of month 1-12. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date "YYYY-MM-DD" from parts, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses arXiv's "15 January, 2026" (comma optional) into "2026-01-15", else null. */
export function parseListingDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2] as string);
  if (month === null) return null;
  return isoDate(Number(m[3]), month, Number(m[1]));
}

/** Parses "January 2026" into "2026-01", else null. */
export function parseListingMonth(text: string): string | null {
  const m = /^\s*([A-Za-z]+)\.?,?\s+(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] as string);
  return month === null ? null : `${m[2]}-${pad(month)}`;
}

/** "2026-01-15" as "15 Jan 2026"; "2026-01" as "Jan 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = monthName(Number(m)).slice(0, 3);
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
