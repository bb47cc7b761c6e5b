import { compact, fold, wordPattern } from '../listing/text.js';
import { wordForm } from './word-forms.js';

/** Common English words that carry no meaning for search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be but by for from has have how i if in into is it its of on or our
  such that the their then there these this those to was we were what when where which while
  who whom why will with via can do does did than so not no any all both each also been being
  they them he she his her you your us my me more most other some very`.split(/\s+/),
);

// Words recur in queries, questions and snippets; the cache makes folding and finding a word's
// dictionary form a lookup. It is kept small: the index build has its own table per listing, and
// a cache of every word of a large listing would be half a million strings for the garbage
// collector to walk.
const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 20_000;

/**
 * The index form of one word: folded, in its dictionary form (see {@link wordForm}); null for a
 * stop word. `keep` is for the index build, which reads every word of a listing: it fills the
 * cache only while there is room rather than clearing it, so a large listing leaves the cache as
 * it was and a small one (rebuilt on a reload) finds its words already read.
 */
export function termOf(word: string, keep = false): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  if (termCache.size >= TERM_CACHE_MAX) {
    if (keep) return term;
    termCache.clear();
  }
  termCache.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const folded = fold(word);
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  // Numbers and mixed tokens such as "fp8" or "llama3" are kept as they are (see wordForm).
  return compact(wordForm(word, folded));
}

/**
 * The index terms of a text, in order, stop words removed. `memo` is a table of words already
 * seen, for a caller that reads a whole listing (more distinct words than the shared cache holds).
 */
export function termsOf(text: string, memo?: Map<string, string | null>): string[] {
  const out: string[] = [];
  const pattern = wordPattern(text);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const word = m[1] as string;
    let t = memo?.get(word);
    if (t === undefined) {
      t = termOf(word, memo !== undefined);
      memo?.set(word, t);
    }
    if (t !== null) out.push(t);
  }
  return out;
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
