import type { Paper } from '../listing/paper.js';
import { meets } from './anchored-search.js';
import { joinedAsPhrases } from './joined-words.js';
import type { ListingCatalog } from './listing-catalog.js';
import { parseQuery, queryClauses } from './query.js';
import type { SearchPlanner } from './search-plan.js';
import { termOf } from './terms.js';

/** What a topic test reads of a PaperIndex. */
export interface TopicSource {
  catalog: ListingCatalog;
  planner: SearchPlanner;
  /** Whether the listing has this term anywhere. */
  known: (term: string) => boolean;
}

/**
 * Whether a paper is among the hits of `PaperIndex.search(text, { allWords: true })`, told from
 * the paper's own index terms as an anchored search checks them, without scoring every paper that
 * has the words: for a topic that only narrows the `candidates` papers found otherwise ("… but not
 * training"). Undefined where only the search can tell (typos, phrases, filters and exclusions in
 * the text) and where the search would score fewer papers than there are candidates.
 */
export function topicTest(
  { catalog, planner, known }: TopicSource,
  text: string,
  candidates: number,
): ((p: Paper) => boolean) | undefined {
  const query = joinedAsPhrases(parseQuery(text));
  if (query.phrases.length > 0 || query.excluded.length > 0 || queryClauses(query).length > 0) return undefined;
  const terms = [...new Set(query.words.map((w) => termOf(w)).filter((t): t is string => t !== null))];
  if (terms.length === 0 || !terms.every(known)) return undefined;
  const requirements = planner.requirements(terms);
  // A search scores the papers of the narrowest requirement: checking more papers than that costs more.
  const df = (t: string) => catalog.textDf.get(t) ?? 0;
  const searched = Math.min(...requirements.map((r) => r.forms.reduce((n, f) => n + Math.min(...f.terms.map(df)), 0)));
  if (candidates > searched) return undefined;
  return (p) => {
    const slot = catalog.slotOf.get(p);
    return slot !== undefined && requirements.every((r) => meets(catalog, slot, r));
  };
}
