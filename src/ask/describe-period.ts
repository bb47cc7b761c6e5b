import { formatDate } from '../listing/dates.js';

/** The day before an ISO day, for "until" bounds, which exclude their day. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A period in words: "in 2024", "in Sep 2024", "on 3 Sep 2024", "from … to …", "since …", "before …". */
export function period(from?: string, until?: string): string {
  if (from && until) {
    const last = dayBefore(until);
    if (
      from.endsWith('-01-01') &&
      until.endsWith('-01-01') &&
      Number(until.slice(0, 4)) - Number(from.slice(0, 4)) === 1
    )
      return `in ${from.slice(0, 4)}`;
    if (from.endsWith('-01') && until.endsWith('-01') && last.slice(0, 7) === from.slice(0, 7))
      return `in ${formatDate(from.slice(0, 7))}`;
    return from === last ? `on ${formatDate(from)}` : `from ${formatDate(from)} to ${formatDate(last)}`;
  }
  if (from) return `since ${formatDate(from)}`;
  return until ? `before ${formatDate(until)}` : '';
}
