import { plural } from '../base/plural.js';
import { basename } from 'node:path';

/** What the papers of an arXiv query are, for /stats and /help. */
export interface ArxivOrigin {
  query: string;
  /** The last successful refresh, this process's or another's (`arxivist fetch`). */
  refreshedAt?: string;
  papers: number;
  /** The last refresh that failed, when no refresh succeeded since. */
  lastError?: { at: string; message: string };
  /** A first fetch under way: results read so far, of how many it will read. */
  fetching?: { fetched: number; target: number };
}

/** Where the papers served come from: listing files, an arXiv query, or both. */
export interface ListingOrigin {
  /** The listing files read (none when only an arXiv query is followed). */
  files: string[];
  /** The example listing that ships with arxivist, served when nothing else is configured. */
  bundled?: boolean;
  /** Papers read from the files, before merging with the query's. */
  filePapers: number;
  arxiv?: ArxivOrigin;
  /** The arXiv queries a chat follows, when it has sources of its own. */
  queries?: ArxivOrigin[];
  /** The newest of the files' modification and the last successful refresh: the "listing as of". */
  asOf: Date;
}

/** "3 min", "2 h", "5 days"; undefined under half a minute. */
function span(ms: number): string | undefined {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return undefined;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** "3 min ago", "2 h ago", "5 days ago". */
export function ago(then: Date, now: Date): string {
  const text = span(now.getTime() - then.getTime());
  return text ? `${text} ago` : 'just now';
}

/** "in 3 min", "in 2 h", "in 5 days"; "now" for a time past. */
export function fromNow(then: Date, now: Date): string {
  const text = span(then.getTime() - now.getTime());
  return text ? `in ${text}` : 'now';
}

/** "arXiv query cat:cs.DC, refreshed 2 h ago, 2,000 papers". */
function describeQuery(q: ArxivOrigin, now: Date): string {
  const state = q.fetching
    ? `fetching from arXiv: ${q.fetching.fetched.toLocaleString('en')} of ${q.fetching.target.toLocaleString('en')} papers so far`
    : q.refreshedAt
      ? `refreshed ${ago(new Date(q.refreshedAt), now)}`
      : 'not fetched yet';
  const failed = q.lastError ? `; the last refresh failed ${ago(new Date(q.lastError.at), now)}` : '';
  const count = q.fetching || !q.refreshedAt ? '' : `, ${plural(q.papers, 'paper')}`;
  return `arXiv query ${q.query}, ${state}${count}${failed}`;
}

/** One line for /stats and /help: "arXiv query au:Mahajan, refreshed 2 h ago, 48 papers". */
export function describeOrigin(origin: ListingOrigin, now: Date): string {
  const parts = [origin.arxiv, ...(origin.queries ?? [])].flatMap((q) => (q ? [describeQuery(q, now)] : []));
  if (origin.files.length > 0) {
    const names = origin.files.map((f) => basename(f));
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    parts.push(
      `${origin.bundled ? 'the bundled example listing ' : 'listing '}${shown}, ${plural(origin.filePapers, 'paper')}`,
    );
  }
  return parts.join('; ');
}
