import type MiniSearch from 'minisearch';
import type { Paper } from '../listing/paper.js';
import { words } from '../listing/text.js';
import { termOf } from './terms.js';
import type { ListingCatalog } from './listing-catalog.js';
import { type PaperFacts, paperFacts } from './paper-facts.js';

/** A paper like another, and why. */
export interface SimilarPaper {
  paper: Paper;
  /** The cosine of the two papers' term vectors, plus the small author and category bonuses. */
  score: number;
  /** The distinctive words both papers use (two or more), as the first paper writes them, weightiest first. */
  sharedWords: string[];
  /** Authors of both papers. */
  sharedAuthors: string[];
  /** Both have the same primary category. */
  sameCategory: boolean;
}

/**
 * The score from which a paper is called similar. Measured on the labeled pairs of
 * fixtures/similar-pairs.json: no unrelated pair of the four listings reaches it.
 */
export const SIMILAR_FROM = 0.31;
/** Fewer shared distinctive words than this is one common word, never a reason. */
export const MIN_SHARED_WORDS = 2;

const QUERY_TERMS = 12;
const CANDIDATES = 100;
const TITLE_WEIGHT = 2;
const AUTHOR_BONUS = 0.05;
const MAX_AUTHOR_BONUSES = 2;
const CATEGORY_BONUS = 0.02;

/** Words of research prose and of links that say nothing of a topic, however rare in one listing. */
const GENERIC = new Set(
  (
    'paper propose present show approach method model result new use uses used using work also may end cost costs release released ' +
    'publicly describe describes improve based across provide enable achieve existing however significant compare ' +
    'various novel well first high large different study two one three several way ways further key right able ' +
    'http https www com org github io html available'
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
 * A paper's terms weighted by how often it uses them (title uses count double, log-damped) and by
 * BM25's idf over the listing. Terms no other paper has cannot be shared, terms most papers have
 * say nothing, and generic words say nothing of a topic: all are left out.
 */
export function termVector(facts: PaperFacts, catalog: ListingCatalog): Map<string, number> {
  const n = catalog.papers.length;
  const counts = new Map<string, number>();
  const add = (field: string, weight: number) => {
    for (const t of field.split(' ')) {
      if (t.length > 1 && !/^\d+x?$/.test(t) && !GENERIC.has(t)) counts.set(t, (counts.get(t) ?? 0) + weight);
    }
  };
  add(facts.terms.title, TITLE_WEIGHT);
  add(facts.terms.abstract, 1);
  const vector = new Map<string, number>();
  for (const [term, count] of counts) {
    const df = catalog.textDf.get(term) ?? 0;
    if (df >= 2 && df <= n / 2) vector.set(term, Math.log(1 + count) * idf(df, n));
  }
  return vector;
}

/** The terms that set a paper apart: the heaviest of its {@link termVector}. */
export function distinctiveTerms(facts: PaperFacts, catalog: ListingCatalog): { term: string; weight: number }[] {
  return Array.from(termVector(facts, catalog), ([term, weight]) => ({ term, weight }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, QUERY_TERMS);
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The cosine of two term vectors and their shared terms, heaviest contribution first. */
export function cosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): { cos: number; shared: string[] } {
  const contributions: [string, number][] = [];
  for (const [term, w] of a) {
    const v = b.get(term);
    if (v !== undefined) contributions.push([term, w * v]);
  }
  contributions.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const dot = contributions.reduce((sum, [, c]) => sum + c, 0);
  const denominator = norm(a) * norm(b);
  return { cos: denominator > 0 ? dot / denominator : 0, shared: contributions.map(([t]) => t) };
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

function factsOf(catalog: ListingCatalog, paper: Paper): PaperFacts {
  const slot = catalog.slots.indexOf(paper);
  return slot >= 0 ? (catalog.facts[slot] as PaperFacts) : paperFacts(paper);
}

/** Slots of the papers that share the most distinctive terms with this one, by MiniSearch. */
function candidateSlots<T>(mini: MiniSearch<T>, terms: readonly { term: string; weight: number }[]): number[] {
  const weightOf = new Map(terms.map((t) => [t.term, t.weight]));
  const results = mini.search(terms.map((t) => t.term).join(' '), {
    combineWith: 'OR',
    fields: ['title', 'abstract'],
    boost: { title: 3, abstract: 1 },
    prefix: false,
    fuzzy: false,
    boostTerm: (term) => weightOf.get(term) ?? 1,
  });
  return results.slice(0, CANDIDATES + 1).map((r) => r.id as number);
}

/** How close `other` is to the paper whose term vector and authors these are. */
function closeness(
  paper: Paper,
  vector: ReadonlyMap<string, number>,
  other: Paper,
  otherVector: ReadonlyMap<string, number>,
): { score: number; shared: string[]; sharedAuthors: string[]; sameCategory: boolean } {
  const { cos, shared } = cosine(vector, otherVector);
  const sharedAuthors = other.authors.filter((a) => paper.authors.includes(a));
  const sameCategory = Boolean(paper.categories[0]) && paper.categories[0] === other.categories[0];
  const bonus = AUTHOR_BONUS * Math.min(sharedAuthors.length, MAX_AUTHOR_BONUSES) + (sameCategory ? CATEGORY_BONUS : 0);
  return { score: cos + bonus, shared, sharedAuthors, sameCategory };
}

/** The similarity score of two papers of the listing, and the terms they share (see {@link findSimilar}). */
export function pairScore(catalog: ListingCatalog, a: Paper, b: Paper): { score: number; shared: string[] } {
  const va = termVector(factsOf(catalog, a), catalog);
  return closeness(a, va, b, termVector(factsOf(catalog, b), catalog));
}

/**
 * The papers of the listing close to `paper`, best first, never itself. MiniSearch finds the
 * candidates by an OR of its distinctive terms; each is scored by the cosine of the two term
 * vectors, plus a small bonus for shared authors and for the same primary category, and kept only
 * when the score reaches {@link SIMILAR_FROM} and the two share at least {@link MIN_SHARED_WORDS}
 * distinctive terms. An empty list means that no paper of the listing is close.
 */
export function findSimilar<T>(
  mini: MiniSearch<T>,
  catalog: ListingCatalog,
  paper: Paper,
  limit: number,
): SimilarPaper[] {
  const facts = factsOf(catalog, paper);
  const vector = termVector(facts, catalog);
  const terms = distinctiveTerms(facts, catalog);
  if (terms.length === 0) return [];
  const surface = surfaceWords(paper);
  const out: SimilarPaper[] = [];
  for (const slot of candidateSlots(mini, terms)) {
    const other = catalog.slots[slot];
    if (!other || other.id === paper.id) continue;
    const c = closeness(paper, vector, other, termVector(catalog.facts[slot] as PaperFacts, catalog));
    if (c.shared.length < MIN_SHARED_WORDS || c.score < SIMILAR_FROM) continue;
    const sharedWords = c.shared.map((t) => surface.get(t) ?? t);
    out.push({
      paper: other,
      score: c.score,
      sharedWords,
      sharedAuthors: c.sharedAuthors,
      sameCategory: c.sameCategory,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
