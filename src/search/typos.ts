import type MiniSearch from 'minisearch';
import { fold, words } from '../listing/text.js';
import { editDistance, termOf } from './terms.js';
import type { IndexDocument } from './mini-index.js';
import type { ListingCatalog } from './listing-catalog.js';

/**
 * How many edits a typo of a word this long may have: none under 4 letters, one up to 7, else two.
 * Two edits from a word of 7 letters is often another word ("quantum", "Quanjun"; "compute", "compare").
 */
export function typoEdits(word: string): number {
  // A number is never a typo of another: "2023" is not "2020".
  if (/^\d+$/.test(word)) return 0;
  return word.length < 4 ? 0 : word.length <= 7 ? 1 : 2;
}

/** What reading typos needs of an index. */
export interface TypoSource {
  mini: MiniSearch<IndexDocument>;
  /** Whether the listing has this term. */
  known: (term: string) => boolean;
  /** The words of the paper in this slot as written (title, abstract, authors), if it is the listing's. */
  text: (slot: number) => string | undefined;
}

/** The typo source of a catalog and its MiniSearch index. */
export function typoSource(
  mini: MiniSearch<IndexDocument>,
  catalog: ListingCatalog,
  known: (term: string) => boolean,
): TypoSource {
  return {
    mini,
    known,
    text: (slot) => {
      const p = catalog.slots[slot];
      return p && `${p.title} ${p.abstract} ${p.authors.join(' ')}`;
    },
  };
}

/** The listing's terms a word may be read as, and how many edits its words as written are from it. */
export interface NearTerms {
  terms: string[];
  /** 0 when a paper writes the word as typed, only its index term differs ("gpus" and "GPUs"). */
  edits: number;
}

/**
 * The listing's terms a word whose term no paper has may be a typo of: those whose words, as
 * papers write them, are the fewest edits from it within {@link typoEdits}, never a longer word
 * it begins ("quant" is not read as "quanta": a word cut short is not a typo). No terms when
 * there is none. `typed` is the word folded, `term` its index term.
 */
export function nearTerms(source: TypoSource, typed: string, term: string): NearTerms {
  const none = { terms: [], edits: Infinity };
  const edits = typoEdits(typed);
  if (edits === 0) return none;
  // A paper that has each candidate term. The word less a regular ending is looked up too, as
  // terms are dictionary forms: "lerning" is one edit from "learning", whose term is "learn".
  const where = new Map<string, number>();
  for (const probe of new Set([term, ...stems(typed)])) {
    const fuzzy = Math.min(edits, typoEdits(probe));
    if (fuzzy === 0) continue;
    for (const r of source.mini.search(probe, { fuzzy, prefix: false })) {
      for (const t of r.terms) if (t !== term && !where.has(t) && source.known(t)) where.set(t, r.id as number);
    }
  }
  const found = new Map<string, number>();
  for (const [t, slot] of where) {
    const distance = surfaceDistance(source.text(slot) ?? '', t, typed, edits);
    if (distance <= edits) found.set(t, distance);
  }
  const fewest = Math.min(...found.values());
  return found.size === 0 ? none : { terms: [...found].filter(([, d]) => d === fewest).map(([t]) => t), edits: fewest };
}

/** A word less a regular ending ("lerning" → "lern", "clases" → "clas", "clase"). */
function stems(word: string): string[] {
  const m = /^([a-z]{3,}?)(ing|ed|es|s)$/.exec(word);
  if (!m) return [];
  const stem = m[1] as string;
  return m[2] === 'es' ? [stem, `${stem}e`] : [stem];
}

/** The fewest edits from `typed` to a word of the text whose term is `term`, not counting longer words it begins. */
function surfaceDistance(text: string, term: string, typed: string, edits: number): number {
  let fewest = edits + 1;
  for (const w of words(text)) {
    if (termOf(w) !== term) continue;
    const written = fold(w);
    // One letter changed in a short word is most often another word ("sport", "short"; "paxos", "panos").
    if (typed.length <= 5 && written.length === typed.length && written !== typed && !swapped(written, typed)) continue;
    if (written.length <= typed.length || !written.startsWith(typed))
      fewest = Math.min(fewest, editDistance(written, typed, edits));
  }
  return fewest;
}

/** Whether two words of one length differ only by two neighbouring letters swapped ("teh", "the"). */
function swapped(a: string, b: string): boolean {
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
