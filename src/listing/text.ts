import { stemmer } from 'stemmer';

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i',
};

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases and strips diacritics: "Sébastien" and "Özlem" become "sebastien" and "ozlem". */
export function fold(text: string): string {
  // Most text is ASCII, where folding is only lower-casing; NFKD is the slow part.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** Common English words that carry no meaning for search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be but by for from has have how i if in into is it its of on or our
  such that the their then there these this those to was we were what when where which while
  who whom why will with via can do does did than so not no any all both each also been being
  they them he she his her you your us my me more most other some very`.split(/\s+/),
);

// A word, and an optional "'s"-style suffix that is dropped ("PyTorch's" gives "PyTorch").
const WORD = /([\p{L}\p{N}]+)(?:['’][\p{L}]+)?/gu;

/** A word of a text with its position, as the tokenizer saw it. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Splits text into words with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[1] as string;
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Splits text into words, without positions. */
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push(m[1] as string);
  return out;
}

// Whether a non-ASCII UTF-16 unit (or code point) is a letter or number, looked up once each.
const LETTER = /^\p{L}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const bmpClass = new Uint8Array(0x10000); // 0 unknown, 1 letter, 2 number, 3 neither

// The class (1 letter, 2 number, 3 neither) of the character at i, times 4, plus its length in
// UTF-16 units: one number, so the scanner's hottest call allocates nothing.
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c | 32) - 97 < 26 && (c | 32) >= 97) return 4 + 1;
    return (c >= 48 && c <= 57 ? 8 : 12) + 1;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    if (pair.codePointAt(0) as number > 0xffff) return (LETTER.test(pair) ? 4 : WORD_CHAR.test(pair) ? 8 : 12) + 2;
  }
  let cls = bmpClass[c] as number;
  if (cls === 0) {
    const ch = String.fromCharCode(c);
    cls = LETTER.test(ch) ? 1 : WORD_CHAR.test(ch) ? 2 : 3;
    bmpClass[c] = cls;
  }
  return cls * 4 + 1;
}

/**
 * Calls `onWord(start, end)` for each word of `text` exactly as {@link words} splits it, with a
 * character scanner rather than a Unicode regular expression: the index build's hottest loop.
 */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits, the common case, without a call.
    let size = 1;
    let isWord: boolean;
    if (c < 0x80) isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const k = classOf(text, i);
      isWord = k >> 2 !== 3;
      size = k & 3;
    }
    if (!isWord) { i += size; continue; }
    const start = i;
    i += size;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) { i++; continue; }
        break;
      }
      const k = classOf(text, i);
      if (k >> 2 === 3) break;
      i += k & 3;
    }
    onWord(start, i);
    // A "'s"-style suffix (an apostrophe and letters) belongs to the word and is dropped.
    const a = text.charCodeAt(i);
    if ((a === 39 || a === 0x2019) && i + 1 < n) {
      let j = i + 1;
      while (j < n) {
        const k = classOf(text, j);
        if (k >> 2 !== 1) break;
        j += k & 3;
      }
      if (j > i + 1) i = j;
    }
  }
}

// Words recur in queries, questions and snippets; the cache makes folding and stemming a
// lookup. It is kept small: the index build has its own table per listing, and a cache of every
// word of a large listing would be half a million strings for the garbage collector to walk.
const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 20_000;

/**
 * The index form of one word: folded and stemmed; null for a stop word. `keep` is for the index
 * build, which reads every word of a listing: it fills the cache only while there is room rather
 * than clearing it, so a large listing leaves the cache as it was and a small one (rebuilt on a
 * reload) finds its words already stemmed.
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

// termOf without the cache.
function computeTerm(word: string): string | null {
  const folded = fold(word);
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  // Numbers and mixed tokens such as "fp8" or "llama3" are kept as they are.
  return /^[a-z]+$/.test(folded) && folded.length > 3 ? stemmer(folded) : folded;
}

/** The index terms of a text, in order, stop words removed. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = termOf(m[1] as string);
    if (t !== null) out.push(t);
  }
  return out;
}

/** Collapses runs of white space into one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
        v = Math.min(v, (rows[i - 2] as number[])[j - 2] as number + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
