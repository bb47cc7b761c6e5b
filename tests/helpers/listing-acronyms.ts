// The acronyms a listing defines ("cosmic rays (CRs)"), read by the tests' own rule, so that a topic
// check can accept a paper that spells an asked acronym out instead of writing it. The index finds
// the long form's words anywhere in a paper, as it finds typed words ("CR" finds a paper with
// "cosmic intersection" and "X-ray", as "cosmic rays" does), so the tests accept that too.
import type { Paper } from '../../src/listing/paper.js';
import { STOP_WORDS } from '../../src/search/terms.js';
import { foldWords } from './folded-words.js';

/** Folded acronym, singular ("cr", "llm") → the long forms it may stand for, as content words. */
export type Acronyms = ReadonlyMap<string, readonly (readonly string[])[]>;

const DEFINED = /\(([A-Za-z][A-Za-z0-9-]*?)(s?)\)/g;

/**
 * Every "Long Form (LF)" of the papers' titles and abstracts. The tests do not spell the letters
 * out: each run of two to (letters + 1) content words just before the parenthesis is a candidate.
 */
export function listingAcronyms(papers: readonly Paper[]): Acronyms {
  const out = new Map<string, string[][]>();
  for (const p of papers) {
    const text = `${p.title}. ${p.abstract}`;
    for (const m of text.matchAll(DEFINED)) {
      const short = m[1] as string;
      const capitals = short.replace(/[^A-Z]/g, '').length;
      if (capitals < 2) continue;
      const before = foldWords(text.slice(Math.max(0, m.index - 160), m.index)).filter((w) => !STOP_WORDS.has(w));
      const key = foldWords(short).join('');
      const forms = out.get(key) ?? [];
      for (let k = 2; k <= Math.min(before.length, capitals + 1); k++) forms.push(before.slice(-k));
      out.set(key, forms);
    }
  }
  return out;
}

/** Whether every word of a long form is among the words, each found by its stem (in any order, as typed words are searched). */
export function hasAll(words: readonly string[], long: readonly string[], stem: (w: string) => string): boolean {
  return long.every((w) => words.some((x) => x.startsWith(stem(w))));
}
