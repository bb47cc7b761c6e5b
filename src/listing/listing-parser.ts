import { setImmediate as nextTurn } from 'node:timers/promises';
import { plural } from '../base/plural.js';
import { readCopiedListing } from './copied-listing.js';
import { type ListingEntry, type ListingProblem, toPaper } from './listing-entry.js';
import type { Paper } from './paper.js';
import { isSavedPage, readSavedPage } from './saved-page.js';

export type { ListingProblem } from './listing-entry.js';

/** What a listing yields: the papers that parsed, a problem for every entry that did not, and what the page says of itself. */
export interface ParsedListing {
  papers: Paper[];
  problems: ListingProblem[];
  /** Facts about the reading that are not problems, such as dates taken from a page's heading. */
  notices: string[];
  /** The page's own description: "Showing 1–50 of 1,234 results for author: Mahajan". */
  description?: string;
}

interface ReadPage {
  entries: ListingEntry[];
  problems: ListingProblem[];
  description?: string;
}

/** Entries turned into papers between two turns of the event loop by {@link parseListingAsync}. */
const BATCH = 500;

/**
 * Parses an arXiv listing: a search-results page or a daily listing, copied from the browser or
 * saved as HTML. Never throws: every entry that cannot be read becomes a problem naming where it
 * starts, and the other entries still load.
 */
export function parseListing(text: string): ParsedListing {
  const page = read(text);
  return collect(page, page.entries.flatMap(toPaper));
}

/** Parses like {@link parseListing}, letting a running bot answer between batches of entries. */
export async function parseListingAsync(text: string): Promise<ParsedListing> {
  const page = read(text);
  const results: (Paper | ListingProblem)[] = [];
  for (let i = 0; i < page.entries.length; i += BATCH) {
    await nextTurn();
    for (const e of page.entries.slice(i, i + BATCH)) results.push(...toPaper(e));
  }
  return collect(page, results);
}

function read(text: string): ReadPage {
  return isSavedPage(text) ? readSavedPage(text) : readCopiedListing(text);
}

function collect(page: ReadPage, results: readonly (Paper | ListingProblem)[]): ParsedListing {
  const out: ParsedListing = { papers: [], problems: [...page.problems], notices: [] };
  if (page.description) out.description = page.description;
  const seen = new Map<string, Paper>();
  for (const r of results) {
    if ('message' in r) {
      out.problems.push(r);
      continue;
    }
    const first = seen.get(r.id);
    if (first) {
      out.problems.push({
        line: r.line,
        message: `duplicate of the entry at line ${first.line} ("${r.title}"); the first one is kept`,
      });
      continue;
    }
    seen.set(r.id, r);
    out.papers.push(r);
  }
  const dated = page.entries.flatMap((e) => (e.pageDate && !e.dates ? [e.pageDate] : [])).sort();
  if (dated.length > 0) {
    const [first, last] = [dated[0], dated[dated.length - 1]];
    const when = first === last ? first : `${first} to ${last}`;
    out.notices.push(
      `${plural(dated.length, 'entry carries', 'entries carry')} no dates: each is dated by the page's heading above it (${when}), its first and latest version alike`,
    );
  }
  out.problems.sort((a, b) => a.line - b.line);
  return out;
}
