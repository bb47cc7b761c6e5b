import { type Paper, compareNewest, isRevised } from '../listing/paper.js';

const DAY_MS = 86_400_000;
const DAYS = 1 << 16; // day numbers up to the year 2149

/** A day as a number that sorts the latest first. */
function day(iso: string): number {
  return DAYS - 1 - Math.min(DAYS - 1, Math.max(0, Math.floor(Date.parse(iso) / DAY_MS) || 0));
}

/** A power of two above every position in a list of n. */
function positions(n: number): number {
  return 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
}

/**
 * The positions of the papers of a list (which may have holes) in {@link compareNewest} order.
 * Sorted as numbers that pack the two dates and the position, which is much faster than a
 * comparator sort of a large listing; papers with the same two dates are then put in title order.
 */
export function newestFirst(papers: readonly (Paper | undefined)[]): number[] {
  const scale = positions(papers.length);
  const packed: number[] = [];
  papers.forEach((p, n) => {
    if (p) packed.push((day(p.submitted) * DAYS + day(p.updated)) * scale + n);
  });
  const keys = Float64Array.from(packed).sort();
  const order = Array.from(keys, (k) => k % scale);
  for (let start = 0; start < order.length;) {
    const group = Math.floor((keys[start] as number) / scale);
    let end = start + 1;
    while (end < order.length && Math.floor((keys[end] as number) / scale) === group) end++;
    if (end - start > 1) {
      const block = order.slice(start, end).sort((a, b) => compareNewest(papers[a] as Paper, papers[b] as Paper));
      for (let k = 0; k < block.length; k++) order[start + k] = block[k] as number;
    }
    start = end;
  }
  return order;
}

/** The revised papers of a newest-first list, most recently revised first, then in that order. */
export function latestRevisionFirst(newest: readonly Paper[]): Paper[] {
  const scale = positions(newest.length);
  const keys: number[] = [];
  newest.forEach((p, k) => {
    if (isRevised(p)) keys.push(day(p.updated) * scale + k);
  });
  return Array.from(Float64Array.from(keys).sort(), (key) => newest[key % scale] as Paper);
}
