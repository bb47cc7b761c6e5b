import { type Paper, normalizeTitle } from '../listing/paper.js';
import type { ListingCatalog } from './listing-catalog.js';
import type { SearchHit } from './search-hit.js';
import { editDistance } from './terms.js';

/** What a reference to one paper (id, arXiv id or URL, title or part of it) points to. */
export type PaperMatch = { kind: 'found'; paper: Paper } | { kind: 'candidates'; papers: Paper[] } | { kind: 'none' };

const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/**
 * Resolves an id, arXiv id or URL, exact title, short name ("Pimba") or title words to a paper;
 * `search` finds papers with all the words of a reference.
 */
export function findPaper(
  catalog: ListingCatalog,
  ref: string,
  search: (text: string) => readonly SearchHit[],
  /** Only an exact short name ("Pimba") names a paper. */
  shortNameOnly = false,
): PaperMatch {
  const text = ref.trim();
  if (!text) return { kind: 'none' };
  const { byId, byArxivId, byTitle, byShortName, facts, slots } = catalog;
  const exact = byId.get(text) ?? byId.get(text.toLowerCase());
  if (exact) return { kind: 'found', paper: exact };
  const arxiv = ARXIV_ID.exec(text);
  const byArxiv = arxiv ? byArxivId.get(arxiv[1] as string) : undefined;
  if (byArxiv) return { kind: 'found', paper: byArxiv };
  const norm = normalizeTitle(text);
  const titled = byTitle.get(norm);
  if (titled) return { kind: 'found', paper: titled };
  // "tiny vit" for TinyViT: a short name said in parts.
  const named =
    byShortName.get(norm) ?? (norm.includes(' ') ? byShortName.get(norm.replace(/ /g, '')) : undefined) ?? [];
  if (named.length === 1) return { kind: 'found', paper: named[0] as Paper };
  if (shortNameOnly) {
    // "Program Slicing" for "Program Slicing in the Era of Large Language Models": one title's start.
    const starts =
      norm.length >= 5 ? facts.flatMap((f, slot) => (f?.titleKey.startsWith(`${norm} `) ? [slot] : [])) : [];
    return starts.length === 1 ? { kind: 'found', paper: slots[starts[0] as number] as Paper } : { kind: 'none' };
  }
  const near = nearShortName(byShortName, norm);
  if (near) return { kind: 'found', paper: near };
  // "the ENUBET micromega detector paper": every word in one title, in any order, a plural "s" aside.
  const anyOrder = norm.split(' ').length >= 2 ? onlyTitleWithAll(facts, norm.split(' ')) : undefined;
  if (anyOrder !== undefined) return { kind: 'found', paper: slots[anyOrder] as Paper };
  // The words in this order inside exactly one title: "llama 3" names "The Llama 3 Herd of Models".
  if (norm) {
    const only = onlyTitleWith(facts, norm);
    if (only !== undefined) return { kind: 'found', paper: slots[only] as Paper };
  }
  const hits = search(text);
  const [top, second] = hits;
  if (!top) return { kind: 'none' };
  if (!second || top.score >= 2 * second.score) return { kind: 'found', paper: top.paper };
  return { kind: 'candidates', papers: hits.slice(0, 5).map((h) => h.paper) };
}

/** The one slot whose title has these words in this order, if exactly one has; stops at the second. */
function onlyTitleWith(facts: ListingCatalog['facts'], words: string): number | undefined {
  let found: number | undefined;
  for (let slot = 0; slot < facts.length; slot++) {
    const key = facts[slot]?.titleKey;
    if (key === undefined || !hasWords(key, words)) continue;
    if (found !== undefined) return undefined;
    found = slot;
  }
  return found;
}

/** The one slot whose title has each of these words (or the word and an "s"), in any order. */
function onlyTitleWithAll(facts: ListingCatalog['facts'], words: readonly string[]): number | undefined {
  if (words.some((w) => w.length < 3)) return undefined;
  let found: number | undefined;
  for (let slot = 0; slot < facts.length; slot++) {
    const key = facts[slot]?.titleKey;
    if (key === undefined || !words.every((w) => hasWords(key, w) || hasWords(key, `${w}s`))) continue;
    if (found !== undefined) return undefined;
    found = slot;
  }
  return found;
}

/** Whether `words` stand in `key` as whole words (both are normalized: words joined by single spaces). */
function hasWords(key: string, words: string): boolean {
  for (let at = key.indexOf(words); at >= 0; at = key.indexOf(words, at + 1)) {
    const end = at + words.length;
    if ((at === 0 || key[at - 1] === ' ') && (end === key.length || key[end] === ' ')) return true;
  }
  return false;
}

/**
 * "LifeGTP", "Hackfyr", "NeuPIM": the paper whose short name is a few edits from the typed one (one
 * for a short name of up to 6 letters, two beyond), when no other short name is as close.
 */
function nearShortName(byShortName: ListingCatalog['byShortName'], norm: string): Paper | undefined {
  const typed = norm.replace(/ /g, '');
  if (typed.length < 5 || /^\d+$/.test(typed)) return undefined;
  let best: { distance: number; papers: readonly Paper[] } | undefined;
  let tied = false;
  for (const [key, papers] of byShortName) {
    const name = key.replace(/ /g, '');
    const allowed = name.length < 7 ? 1 : 2;
    const distance = editDistance(typed, name, allowed);
    if (distance > allowed) continue;
    if (best && distance === best.distance) tied = true;
    if (!best || distance < best.distance) [best, tied] = [{ distance, papers }, false];
  }
  return best && !tied && best.papers.length === 1 ? best.papers[0] : undefined;
}
