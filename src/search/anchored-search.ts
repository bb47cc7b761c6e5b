import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { ListingCatalog } from './listing-catalog.js';
import { BOOST, type IndexDocument, owns } from './mini-index.js';
import { type PaperFacts, type PaperTerms, hasPhrase } from './paper-facts.js';
import type { Checks } from './query-checks.js';
import type { Requirement, SearchPlanner } from './search-plan.js';

// The weight of a checked word found in an abstract (in a title it weighs as a title match).
const COMMON_WEIGHT = 0.3;
// The weight of a checked word that belongs to an acronym's other form.
const ALIAS_SHARE = 0.3;

/** What an anchored search reads of a PaperIndex. */
export interface AnchorSource {
  mini: MiniSearch<IndexDocument>;
  catalog: ListingCatalog;
  planner: SearchPlanner;
}

/** The index terms of the paper in this slot. */
function termsOf(catalog: ListingCatalog, slot: number): PaperTerms {
  return (catalog.facts[slot] as PaperFacts).terms;
}

/** How many papers have this term in their title or abstract (names count as rare). */
function documentCount(catalog: ListingCatalog, term: string): number {
  return catalog.textDf.get(term) ?? 0;
}

/**
 * Whether the paper in this slot has one of the requirement's forms: its own words anywhere, an
 * acronym's other form as a phrase ("LLM" is met by "large language models", not by "our
 * largest model" and "language models" apart).
 */
export function meets(catalog: ListingCatalog, n: number, r: Requirement): boolean {
  const terms = termsOf(catalog, n);
  return r.forms.some((f) =>
    f.alias && f.terms.length > 1 ? hasPhrase(terms, f.terms) : f.terms.every((t) => hasPhrase(terms, [t])),
  );
}

/**
 * The check a scored search's hits need when a requirement has an acronym's other form of
 * several words, which MiniSearch matches in any order; none otherwise.
 */
export function aliasCheck(
  catalog: ListingCatalog,
  requirements: readonly Requirement[],
  combineWith: 'AND' | 'OR',
): ((n: number) => boolean) | undefined {
  if (!requirements.some((r) => r.forms.some((f) => f.alias && f.terms.length > 1))) return undefined;
  return combineWith === 'AND'
    ? (n) => requirements.every((r) => meets(catalog, n, r))
    : (n) => requirements.some((r) => meets(catalog, n, r));
}

/**
 * All the requirements of a query on a large listing: MiniSearch scores the papers of its
 * narrowest requirement (see {@link SearchPlanner.anchor}); the other terms are checked on
 * those papers, and each one found adds its weight (more in a title).
 */
export function anchoredSearch(
  { mini, catalog, planner }: AnchorSource,
  requirements: readonly Requirement[],
  keep: Checks['keep'],
  verify: Checks['verify'],
): SearchResult[] {
  const { query, requirement } = planner.anchor(requirements, (t) => documentCount(catalog, t));
  const has = (n: number, t: string) => hasPhrase(termsOf(catalog, n), [t]);
  const passes = new Map<number, boolean>();
  const pass = (n: number) => {
    let ok = passes.get(n);
    if (ok === undefined) {
      ok = owns(catalog, n) && (keep?.(n) ?? true) && requirements.every((r) => meets(catalog, n, r));
      passes.set(n, ok);
    }
    return ok;
  };
  const results = mini.search(query, {
    fuzzy: false,
    prefix: false,
    boostDocument: (n: number) => (pass(n) ? 1 : 0),
    ...(verify ? { filter: (r: SearchResult) => verify(r.id as number) } : {}),
  });
  const others = requirements.flatMap((r) => r.forms.filter((f) => r !== requirement || f.terms.length > 1));
  for (const r of results) {
    const n = r.id as number;
    for (const f of others) {
      for (const t of f.terms) {
        if (r.terms.includes(t) || !has(n, t)) continue;
        const idf = Math.log(1 + catalog.papers.length / Math.max(1, documentCount(catalog, t)));
        r.score +=
          idf *
          (termsOf(catalog, n).title.includes(` ${t} `) ? BOOST.title : COMMON_WEIGHT) *
          (f.alias ? ALIAS_SHARE : 1);
        r.terms.push(t);
      }
    }
  }
  return results;
}
