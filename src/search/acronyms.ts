import { fold } from '../listing/text.js';
import { STOP_WORDS, termOf } from './terms.js';

/** An acronym mined from a listing, with the long form it stands for. */
export interface Acronym {
  /** Folded acronym, singular: "moe", "pim", "llm". */
  short: string;
  /** The long form as written: "Mixture-of-Experts". */
  long: string;
  /** Index terms of the long form: ["mixture", "expert"]. */
  longTerms: string[];
}

const PAREN = /\(([A-Za-z][A-Za-z0-9]*?[A-Z][A-Za-z0-9]*?)(s?)\)/g;

/**
 * Whether the letters of an acronym spell these words in order: each word gives its initial and
 * maybe more of its letters ("GEMV" from "GEneral Matrix-Vector"); small inner words such as
 * "of" may be skipped; every other word must be used.
 */
function spells(letters: string, words: string[]): boolean {
  // State: letter li is next; pos > 0 means word wi has given letters up to pos; pos 0 means
  // word wi has not been started.
  const match = (li: number, wi: number, pos: number): boolean => {
    if (li === letters.length) return pos > 0 ? wi === words.length - 1 : wi === words.length;
    const letter = letters[li] as string;
    if (pos > 0) {
      const word = words[wi] as string;
      for (let k = pos; k < word.length; k++) {
        if (word[k] === letter && match(li + 1, wi, k + 1)) return true;
      }
    }
    const next = pos > 0 ? wi + 1 : wi;
    const w = words[next];
    if (w === undefined) return false;
    if (w[0] === letter && match(li + 1, next, 1)) return true;
    return li > 0 && STOP_WORDS.has(w) && match(li, next + 1, 0);
  };
  return match(0, 0, 0);
}

/**
 * The "Long Form (LF)" definitions in a text: the acronym's letters must be the initials of the
 * words just before the parenthesis, as in "Mixture-of-Experts (MoE)" or "Processing-in-Memory (PIM)".
 */
export function acronymsDefinedIn(text: string): Acronym[] {
  const out: Acronym[] = [];
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(PAREN)) {
    const acronym = m[1] as string;
    const letters = fold(acronym).replace(/[0-9]/g, '');
    if (letters.length < 2 || letters.length > 8) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    // Only the last few words can spell the acronym; only those are cleaned and folded.
    const words = before
      .split(/[\s\-–/]+/)
      .filter(Boolean)
      .slice(-(letters.length + 3))
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
    const folded = words.map((w) => fold(w));
    for (let k = 1; k <= Math.min(folded.length, letters.length + 3); k++) {
      const tail = folded.slice(folded.length - k);
      if (!tail.every((w) => w.length > 0) || !spells(letters, tail)) continue;
      if (STOP_WORDS.has(tail[0] as string)) continue;
      const longTerms = tail.map((w) => termOf(w)).filter((t): t is string => t !== null);
      if (longTerms.length >= 2)
        out.push({ short: fold(acronym), long: words.slice(words.length - k).join(' '), longTerms });
      break;
    }
  }
  return out;
}

/** Collects the acronyms defined in a listing, text by text. */
export class AcronymMiner {
  private readonly found = new Map<string, Acronym>();
  /** How many times each (acronym, long form) pair was defined. */
  private readonly counts = new Map<string, number>();

  /** Adds the definitions in a text. */
  add(text: string): void {
    this.addDefinitions(acronymsDefinedIn(text));
  }

  /** Adds definitions found before (see {@link acronymsDefinedIn}). */
  addDefinitions(definitions: readonly Acronym[]): void {
    for (const d of definitions) {
      const key = `${d.short}|${d.longTerms.join(' ')}`;
      if (!this.found.has(key)) this.found.set(key, d);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /**
   * The acronyms found so far: for each acronym, the long form defined most often (the first
   * found on a tie). One meaning each: a large listing defines "LLM" in hundreds of slightly
   * different words, and indexing them all as aliases of every paper that says "LLM" would
   * bloat the index without finding anything more.
   */
  result(): Acronym[] {
    const best = new Map<string, { acronym: Acronym; count: number }>();
    for (const [key, acronym] of this.found) {
      const count = this.counts.get(key) ?? 0;
      const current = best.get(acronym.short);
      if (!current || count > current.count) best.set(acronym.short, { acronym, count });
    }
    return [...best.values()].map((b) => b.acronym);
  }
}
