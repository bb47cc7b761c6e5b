import type MiniSearch from 'minisearch';
import type { Paper } from '../listing/paper.js';
import { termOf, words } from '../listing/text.js';
import type { ListingCatalog } from './listing-catalog.js';
import { type PaperFacts, paperFacts } from './paper-facts.js';

/** A paper like another, and why. */
export interface SimilarPaper {
  paper: Paper;
  score: number;
  /** The distinctive words both papers use, as the first paper writes them, most distinctive first. */
  sharedWords: string[];
  /** Authors of both papers. */
  sharedAuthors: string[];
  /** Both have the same primary category. */
  sameCategory: boolean;
}

const QUERY_TERMS = 12;
const TITLE_WEIGHT = 2;
const AUTHOR_BONUS = 0.15;
const CATEGORY_BONUS = 0.1;

/** Words of research prose that say nothing of a topic, however rare in one listing. */
const GENERIC = new Set(
  (
    'paper propose present show approach method model result new use work also may end cost costs release released ' +
    'publicly describe describes improve based across provide enable achieve existing however significant compare ' +
    'various novel well first high large different study two one three several way ways further key right able'
  )
    .split(' ')
    .map((w) => termOf(w))
    .filter((t): t is string => Boolean(t)),
);

/** BM25's inverse document frequency. */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The terms that set a paper apart: those of its title and abstract, weighted by how often the
 * paper uses them (title uses count double) and by BM25's idf over the listing. Terms no other
 * paper has cannot find anything and terms most papers have say nothing; both are left out.
 */
export function distinctiveTerms(facts: PaperFacts, catalog: ListingCatalog): { term: string; weight: number }[] {
  const n = catalog.papers.length;
  const counts = new Map<string, number>();
  const add = (field: string, weight: number) => {
    for (const t of field.split(' ')) {
      if (t.length > 1 && !/^\d+x?$/.test(t) && !GENERIC.has(t)) counts.set(t, (counts.get(t) ?? 0) + weight);
    }
  };
  add(facts.terms.title, TITLE_WEIGHT);
  add(facts.terms.abstract, 1);
  const weighted: { term: string; weight: number }[] = [];
  for (const [term, count] of counts) {
    const df = catalog.textDf.get(term) ?? 0;
    if (df < 2 || df > n / 2) continue;
    weighted.push({ term, weight: Math.log(1 + count) * idf(df, n) });
  }
  return weighted.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1)).slice(0, QUERY_TERMS);
}

/** The word a paper writes for each of its terms ("processing-in-memory" for "process"…), first use. */
function surfaceWords(paper: Paper): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of words(`${paper.title} ${paper.abstract}`)) {
    const term = termOf(word);
    if (term && !out.has(term)) out.set(term, word);
  }
  return out;
}

/**
 * Papers of the listing most like `paper`, best first, never itself: MiniSearch scores the
 * others against an OR of its distinctive terms (title matches boosted, each term by its weight),
 * then shared authors and a shared primary category add a small bonus.
 */
export function findSimilar<T>(
  mini: MiniSearch<T>,
  catalog: ListingCatalog,
  paper: Paper,
  limit: number,
): SimilarPaper[] {
  const slot = catalog.slots.indexOf(paper);
  const facts = slot >= 0 ? (catalog.facts[slot] as PaperFacts) : paperFacts(paper);
  const terms = distinctiveTerms(facts, catalog);
  if (terms.length === 0) return [];
  const weightOf = new Map(terms.map((t) => [t.term, t.weight]));
  const results = mini.search(terms.map((t) => t.term).join(' '), {
    combineWith: 'OR',
    fields: ['title', 'abstract'],
    boost: { title: 3, abstract: 1 },
    prefix: false,
    fuzzy: false,
    boostTerm: (term) => weightOf.get(term) ?? 1,
  });
  const authors = new Set(paper.authors);
  const surface = surfaceWords(paper);
  const out: SimilarPaper[] = [];
  for (const r of results) {
    const other = catalog.slots[r.id as number];
    if (!other || other.id === paper.id) continue;
    const sharedAuthors = other.authors.filter((a) => authors.has(a));
    const sameCategory = Boolean(paper.categories[0]) && paper.categories[0] === other.categories[0];
    const score =
      r.score * (1 + AUTHOR_BONUS * Math.min(sharedAuthors.length, 3) + (sameCategory ? CATEGORY_BONUS : 0));
    const shared = r.terms
      .filter((t) => weightOf.has(t))
      .sort((a, b) => (weightOf.get(b) ?? 0) - (weightOf.get(a) ?? 0));
    out.push({ paper: other, score, sharedWords: shared.map((t) => surface.get(t) ?? t), sharedAuthors, sameCategory });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
