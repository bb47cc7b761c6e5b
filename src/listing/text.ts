// Letters that NFKD does not decompose into a base letter plus a combining mark.
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
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

// A word, and an optional "'s"-style suffix that is dropped ("PyTorch's" gives "PyTorch").
const WORD = /([\p{L}\p{N}]+)(?:['’][\p{L}]+)?/gu;
// The same on ASCII text, where it matches alike and runs twice as fast as the Unicode pattern.
const ASCII_WORD = /([A-Za-z0-9]+)(?:'[A-Za-z]+)?/g;

/** The word pattern for this text, reset to its start. */
export function wordPattern(text: string): RegExp {
  const pattern = ASCII.test(text) ? ASCII_WORD : WORD;
  pattern.lastIndex = 0;
  return pattern;
}

/** A word of a text with its position, as the tokenizer saw it. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Splits text into words with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(ASCII.test(text) ? ASCII_WORD : WORD)) {
    const word = m[1] as string;
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Splits text into words, without positions. */
export function words(text: string): string[] {
  const out: string[] = [];
  const pattern = wordPattern(text);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m[1] as string);
  return out;
}

/**
 * The same text in one byte a character when it is ASCII. A word cut from a text that has any
 * character beyond Latin-1 takes two bytes a character even when it is plain ASCII, and so does
 * everything joined from it, and the index keeps terms for good.
 */
export function compact(text: string): string {
  return ASCII.test(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}

// eslint-disable-next-line no-control-regex -- the whole Latin-1 range, NUL included
const LATIN1 = /^[\x00-\xff]*$/;

/**
 * A copy of a text that holds nothing else alive, in one byte a character where it can be. A
 * string cut from a listing keeps the whole text it was cut from (an entry's teaser and full
 * abstract, a page) and its two bytes a character; a paper keeps its fields for good.
 */
export function own(text: string): string {
  return LATIN1.test(text)
    ? Buffer.from(text, 'latin1').toString('latin1')
    : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Collapses runs of white space into one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
