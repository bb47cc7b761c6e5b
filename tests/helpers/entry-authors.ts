// Reads list entries back from what a platform showed, to check which authors each one names.
import { RAW_ENTRIES, type RawEntry } from './fixture.js';

/**
 * The line under a paper's title in a shown list: its authors (and dates). Found by the title's
 * first words, which no renderer escapes or cuts; undefined when the list does not show the paper.
 */
export function authorLine(shown: string, title: string): string | undefined {
  const start = title.split(' ').slice(0, 4).join(' ');
  const lines = shown.split('\n');
  const at = lines.findIndex((l) => l.includes(start));
  return at < 0 ? undefined : lines[at + 1];
}

/** The fixture's papers that list someone whose name this pattern matches, from the raw lines. */
export function rawPapersNaming(pattern: RegExp): RawEntry[] {
  return RAW_ENTRIES.filter((e) => e.authors.some((a) => pattern.test(a)));
}

/**
 * Papers of `papers` shown in `shown` whose author line lacks every name the pattern matches
 * among their listed authors: each is "title: author line". Empty when every entry names one.
 */
export function entriesHiding(shown: string, papers: RawEntry[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const e of papers) {
    const line = authorLine(shown, e.title);
    if (line === undefined) continue;
    const names = e.authors.filter((a) => pattern.test(a));
    if (!names.some((n) => line.includes(n))) out.push(`${e.title}: ${line}`);
  }
  return out;
}

/** How many of `papers` the shown text lists. */
export function shownCount(shown: string, papers: RawEntry[]): number {
  return papers.filter((e) => authorLine(shown, e.title) !== undefined).length;
}
