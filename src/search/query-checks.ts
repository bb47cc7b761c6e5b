import type { Paper } from '../listing/paper.js';
import { termsOf } from './terms.js';
import type { ListingCatalog } from './listing-catalog.js';
import { type PaperFacts, hasPhrase } from './paper-facts.js';
import { type ParsedQuery, queryClauses } from './query.js';
import { clauseTest } from './clause-tests.js';

/** Checks a query's filters put on papers, by slot. */
export interface Checks {
  /** Cheap checks (authors, dates), asked of every candidate while MiniSearch scores it. */
  keep: ((slot: number) => boolean) | null;
  /** Phrases and exclusions, asked of the scored results only. */
  verify: ((slot: number) => boolean) | null;
}

/** What the checks need of an index. */
export interface CheckContext {
  catalog: ListingCatalog;
  /** Whether the listing has a term anywhere. */
  known: (term: string) => boolean;
  /** The slots of the papers that have all these terms (exactly). */
  withAll: (terms: readonly string[]) => number[];
}

/**
 * The checks of a query's author and date filters, phrases and exclusions; a remark goes to
 * `notes` for an author filter that matches nobody. Phrases and exclusions are checked on the
 * index terms of each field, so "language models" also matches "language model". Slots the
 * catalog does not have (documents a refresh is adding) pass no check.
 */
export function queryChecks(query: ParsedQuery, notes: string[], ctx: CheckContext): Checks {
  const { slots, facts, authors } = ctx.catalog;
  const owns = (slot: number) => slots[slot] !== undefined;
  const termsAt = (slot: number) => (facts[slot] as PaperFacts).terms;
  const keeps = queryClauses(query).map((c) => clauseTest(authors, c, notes));
  const excluded = new Set<number>();
  for (const text of query.excluded) {
    const phrase = termsOf(text);
    if (phrase.length === 0 || !phrase.every(ctx.known)) continue;
    for (const slot of ctx.withAll(phrase)) {
      if (owns(slot) && (phrase.length === 1 || hasPhrase(termsAt(slot), phrase))) excluded.add(slot);
    }
  }
  const verifies: ((slot: number) => boolean)[] = [];
  if (excluded.size > 0) verifies.push((slot) => !excluded.has(slot));
  for (const phrase of query.phrases.map((p) => termsOf(p))) {
    verifies.push(phrase.every(ctx.known) ? (slot) => hasPhrase(termsAt(slot), phrase) : () => false);
  }
  return {
    keep: keeps.length === 0 ? null : (slot) => owns(slot) && keeps.every((k) => k(slots[slot] as Paper) === true),
    verify: verifies.length === 0 ? null : (slot) => verifies.every((v) => v(slot)),
  };
}
