import { setImmediate as nextTurn } from 'node:timers/promises';
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { type Paper, normalizeTitle } from '../listing/paper.js';
import { fold, termOf, words } from '../listing/text.js';
import type { Acronym } from './acronyms.js';
import type { AuthorMap } from './author-map.js';
import { CatalogBuilder, type ListingCatalog, planSlots } from './listing-catalog.js';
import { FIELDS, type PaperFacts, type PaperTerms, hasPhrase } from './paper-facts.js';
import type { IndexStats } from './listing-stats.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
import { type Requirement, SearchPlanner } from './search-plan.js';
import { type Checks, queryChecks } from './query-checks.js';
import { Hit, type SearchHit } from './search-hit.js';
import { completeTitles } from './complete-titles.js';
import { typoNote } from './typo-note.js';
import { type SimilarPaper, findSimilar } from './similar.js';

export type { IndexStats } from './listing-stats.js';
export type { SearchHit } from './search-hit.js';
export type { SimilarPaper } from './similar.js';

/** All hits of a query, best first, with what the query was understood as. */
export interface SearchResults {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Remarks on the query, such as an author filter that matched nobody. */
  notes: string[];
}

/** What a reference to one paper (id, arXiv id or URL, title or part of it) points to. */
export type PaperMatch = { kind: 'found'; paper: Paper } | { kind: 'candidates'; papers: Paper[] } | { kind: 'none' };

/** How an index is built. */
export interface PaperIndexOptions {
  /**
   * From this many papers on, a query's commoner words are checked on the papers of its rarest
   * rather than scored over all the papers that have them (default 2,000).
   */
  planFrom?: number;
}

const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, abstract: 1, authors: 2 };
// The weight of a checked word found in an abstract (in a title it weighs as a title match).
const COMMON_WEIGHT = 0.3;
// The weight of a checked word that belongs to an acronym's other form.
const ALIAS_SHARE = 0.3;
/** Runs pieces of work, letting a running bot answer between them. */
async function inTurns(work: readonly (() => void)[]): Promise<void> {
  for (const piece of work) {
    await nextTurn();
    piece();
  }
}

function newMiniSearch(): MiniSearch<IndexDocument> {
  // Documents arrive as index terms joined by spaces (see PaperFacts): split, and keep them.
  return new MiniSearch<IndexDocument>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { boost: BOOST },
  });
}

// Papers MiniSearch indexes between two turns of the event loop while a running bot builds an index.
const BATCH = 32;
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/** A MiniSearch index and the next free document id, shared by the indexes of one listing's refreshes. */
interface SharedIndex {
  mini: MiniSearch<IndexDocument>;
  nextSlot: number;
}

type IndexDocument = { id: number } & PaperTerms;

/**
 * The searchable form of one listing: a MiniSearch index over the title, abstract and authors of
 * every paper (MiniSearch stores no fields; document ids are the catalog's slots), and a
 * {@link ListingCatalog} of what MiniSearch does not hold: look-ups by id and title, the author
 * map, mined acronyms, date orders and term counts. Built by {@link PaperIndex.build} (or
 * {@link PaperIndex.of}) and never changed; {@link PaperIndex.update} makes the index of a
 * refreshed listing from the previous one.
 */
export class PaperIndex {
  private readonly catalog: ListingCatalog;
  private readonly statistics: IndexStats;
  private readonly planner: SearchPlanner;
  private readonly mini: MiniSearch<IndexDocument>;

  private constructor(
    private readonly shared: SharedIndex,
    built: { catalog: ListingCatalog; stats: IndexStats },
    private readonly options: PaperIndexOptions,
  ) {
    this.mini = shared.mini;
    this.catalog = built.catalog;
    this.statistics = built.stats;
    this.planner = new SearchPlanner(built.catalog.acronyms);
  }

  /** Builds the index of these papers, letting a running bot answer between batches. */
  static async build(papers: readonly Paper[], options: PaperIndexOptions = {}): Promise<PaperIndex> {
    const builder = new CatalogBuilder(papers);
    await inTurns(builder.paperWork());
    const shared = { mini: newMiniSearch(), nextSlot: papers.length };
    await shared.mini.addAllAsync(builder.documents(), { chunkSize: BATCH });
    await inTurns(builder.remainingWork());
    return new PaperIndex(shared, builder.result(), options);
  }

  /** Builds the index of these papers at once (for the CLI and tests). */
  static of(papers: readonly Paper[], options: PaperIndexOptions = {}): PaperIndex {
    const builder = new CatalogBuilder(papers);
    for (const work of builder.paperWork()) work();
    const shared = { mini: newMiniSearch(), nextSlot: papers.length };
    shared.mini.addAll(builder.documents());
    for (const work of builder.remainingWork()) work();
    return new PaperIndex(shared, builder.result(), options);
  }

  /**
   * The index of a refreshed listing, made from this one's: papers whose text is unchanged keep
   * their MiniSearch documents, changed and new ones are added and gone ones discarded. When more
   * than a tenth of the listing changed it is built anew. This index answers as before until
   * the new one is returned and should not be used after that.
   */
  static async update(previous: PaperIndex, papers: readonly Paper[]): Promise<PaperIndex> {
    const { shared, catalog, options } = previous;
    const plan = planSlots(catalog, papers, shared.nextSlot);
    if (plan.added.length + plan.removed.length > Math.max(papers.length, catalog.papers.length) / 10)
      return PaperIndex.build(papers, options);
    shared.nextSlot += plan.added.length;
    const builder = new CatalogBuilder(papers, { catalog, plan });
    await inTurns(builder.paperWork());
    // The previous index ignores the documents of slots it does not have.
    await shared.mini.addAllAsync(builder.documents(plan.added), { chunkSize: BATCH });
    await inTurns(builder.remainingWork());
    for (const slot of plan.removed) shared.mini.discard(slot);
    return new PaperIndex(shared, builder.result(), options);
  }

  /** Papers in listing order. */
  get papers(): readonly Paper[] {
    return this.catalog.papers;
  }

  /** Number of papers. */
  get size(): number {
    return this.catalog.papers.length;
  }

  get authors(): AuthorMap {
    return this.catalog.authors;
  }

  get acronyms(): readonly Acronym[] {
    return this.catalog.acronyms;
  }

  /** Newest first-version first. */
  get newest(): readonly Paper[] {
    return this.catalog.newest;
  }

  /** Revised papers, most recently revised first. */
  get revised(): readonly Paper[] {
    return this.catalog.revised;
  }

  /** Listing statistics, computed with the index. */
  stats(): IndexStats {
    return this.statistics;
  }

  /** The paper with this id, if any. */
  get(id: string): Paper | undefined {
    return this.catalog.byId.get(id);
  }

  /** The papers most like `paper`, best first, never itself, each with the reasons (see findSimilar). */
  similar(paper: Paper, limit = 5): SimilarPaper[] {
    return findSimilar(this.mini, this.catalog, paper, limit);
  }

  /** Whether some title or abstract has this index term. */
  hasTextTerm(term: string): boolean {
    return this.catalog.textDf.has(term);
  }

  /** Whether the listing has this index term anywhere: only unknown words are read as typos. */
  private known(term: string): boolean {
    return this.catalog.textDf.has(term) || this.catalog.nameTerms.has(term);
  }

  /**
   * Searches with the query syntax of {@link parseQuery}; returns every hit, best first. When no
   * paper has all the words it falls back to papers with some of them, unless `allWords` is set.
   */
  search(input: string | ParsedQuery, mode: { allWords?: boolean } = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const notes: string[] = [];
    if (isEmptyQuery(query) && query.excluded.length === 0) return { query, hits: [], notes };

    // A hyphenated or slashed word (processing-in-memory, NPU-PIM) asks for its parts in a row,
    // as the index reads them in titles and abstracts.
    const joined = query.words.filter((w) => /[\p{L}\p{N}][-/‐–][\p{L}\p{N}]/u.test(w));
    const effective = joined.length
      ? {
          ...query,
          words: query.words.filter((w) => !joined.includes(w)),
          phrases: [...query.phrases, ...joined.map((w) => words(w).join(' '))],
        }
      : query;
    const { keep, verify } = queryChecks(effective, notes, {
      catalog: this.catalog,
      known: (t) => this.known(t),
      withAll: (terms) =>
        this.mini
          .search({ combineWith: 'AND', queries: [...terms] }, { fuzzy: false, prefix: false })
          .map((r) => r.id as number),
    });
    const contentWords = [...effective.words, ...effective.phrases.flatMap((p) => words(p))];
    const terms = [...new Set(contentWords.map((w) => termOf(w)).filter((t): t is string => t !== null))];
    if (terms.length === 0) {
      // Only filters (or only stop words): the matching papers, newest first.
      const numbers = this.catalog.newestOrder.filter((n) => (keep?.(n) ?? true) && (verify?.(n) ?? true));
      return { query, hits: numbers.map((n) => this.hit(n, 0, [], terms)), notes };
    }

    const last = terms[terms.length - 1] as string;
    const options = (fuzzy: boolean): SearchOptions => ({
      // Fuzzy matching only for words the listing does not contain, so a typo finds its word
      // while a real name ("Divya") never also matches its neighbour ("Divyat"); prefix only on
      // the last word, as it is being typed.
      fuzzy: fuzzy ? (t) => (this.known(t) || t.length < 4 ? false : t.length <= 6 ? 1 : 2) : false,
      prefix: (t) => t === last && t.length >= 3 && !this.known(t),
      ...(keep ? { boostDocument: (n: number) => (keep(n) ? 1 : 0) } : {}),
      ...(verify ? { filter: (r: SearchResult) => verify(r.id as number) } : {}),
    });
    const searchTerms = (list: readonly string[], combineWith: 'AND' | 'OR', fuzzy: boolean) => {
      const requirements = this.planner.requirements(list);
      if (
        combineWith === 'AND' &&
        this.size >= (this.options.planFrom ?? 2000) &&
        list.length > 1 &&
        list.every((t) => this.known(t))
      ) {
        return this.anchoredSearch(requirements, keep, verify);
      }
      return this.mini
        .search(this.planner.tree(requirements, combineWith), options(fuzzy))
        .filter((r) => this.owns(r.id as number));
    };
    // Typos are rarer than words being typed: first without fuzzy matching, and with it only
    // when that finds nothing.
    const oov = terms.some((t) => !this.known(t));
    let results = oov ? searchTerms(terms, 'AND', false) : [];
    if (results.length === 0) results = searchTerms(terms, 'AND', true);
    if (results.length === 0 && oov) {
      // A long misspelled word can stem far from its word ("interpretabilty" stems to
      // "interpretabilti", six edits from "interpret"): try the longest known stem it starts with.
      const surface = new Map(contentWords.map((w) => [termOf(w), fold(w)]));
      const rescued = terms.map((t) => (this.known(t) ? t : (this.knownPrefix(surface.get(t) ?? t) ?? t)));
      if (rescued.some((t, i) => t !== terms[i])) results = searchTerms(rescued, 'AND', true);
    }
    if (results.length === 0 && terms.length > 1 && !mode.allWords) {
      results = searchTerms(terms, 'OR', true);
      if (results.length > 0) notes.push('no paper has all the words; showing papers with some of them');
    }
    const [best] = results;
    if (oov && best) {
      const unknown = contentWords.filter((w) => termOf(w) !== null && !this.known(termOf(w) as string));
      const near = best.terms.filter((t) => !terms.includes(t));
      if (near.length > 0) notes.push(typoNote(unknown, this.catalog.slots[best.id as number] as Paper, near));
    }
    const rank = this.catalog.newestRank;
    const before = (a: SearchResult, b: SearchResult) =>
      b.score - a.score || (rank[a.id as number] as number) - (rank[b.id as number] as number);
    // MiniSearch returns results best first: sorted again only where equal scores or added weights call for it.
    if (results.some((r, i) => i > 0 && before(results[i - 1] as SearchResult, r) > 0)) results.sort(before);
    return { query, hits: results.map((r) => this.hit(r.id as number, r.score, r.terms, terms)), notes };
  }

  /**
   * All the requirements of a query on a large listing: MiniSearch scores the papers of its
   * narrowest requirement (see {@link SearchPlanner.anchor}); the other terms are checked on
   * those papers, and each one found adds its weight (more in a title).
   */
  private anchoredSearch(
    requirements: readonly Requirement[],
    keep: Checks['keep'],
    verify: Checks['verify'],
  ): SearchResult[] {
    const { query, requirement } = this.planner.anchor(requirements, (t) => this.documentCount(t));
    const has = (n: number, t: string) => hasPhrase(this.termsOf(n), [t]);
    const passes = new Map<number, boolean>();
    const pass = (n: number) => {
      let ok = passes.get(n);
      if (ok === undefined) {
        ok =
          this.owns(n) &&
          (keep?.(n) ?? true) &&
          requirements.every((r) => r.forms.some((f) => f.terms.every((t) => has(n, t))));
        passes.set(n, ok);
      }
      return ok;
    };
    const results = this.mini.search(query, {
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
          const idf = Math.log(1 + this.size / Math.max(1, this.documentCount(t)));
          r.score +=
            idf *
            (this.termsOf(n).title.includes(` ${t} `) ? BOOST.title : COMMON_WEIGHT) *
            (f.alias ? ALIAS_SHARE : 1);
          r.terms.push(t);
        }
      }
    }
    return results;
  }

  /** Whether a MiniSearch document is one of this index's papers (not one a refresh is adding). */
  private owns(slot: number): boolean {
    return this.catalog.slots[slot] !== undefined;
  }

  /** The index terms of the paper in this slot. */
  private termsOf(slot: number): PaperTerms {
    return (this.catalog.facts[slot] as PaperFacts).terms;
  }

  /** How many papers have this term in their title or abstract (names count as rare). */
  private documentCount(term: string): number {
    return this.catalog.textDf.get(term) ?? 0;
  }

  /** A hit whose snippet is worked out only when it is looked at. */
  private hit(n: number, score: number, terms: string[], queryTerms: readonly string[]): SearchHit {
    return new Hit(this.catalog.slots[n] as Paper, score, terms, queryTerms);
  }

  /** The longest index term that `word` starts with, if it covers most of the word. */
  private knownPrefix(word: string): string | undefined {
    for (let k = word.length - 1; k >= Math.max(5, Math.ceil(word.length * 0.6)); k--) {
      const prefix = word.slice(0, k);
      if (this.known(prefix)) return prefix;
    }
    return undefined;
  }

  /** Resolves an id, arXiv id or URL, exact title, short name ("Pimba") or title words to a paper. */
  findPaper(ref: string): PaperMatch {
    const text = ref.trim();
    if (!text) return { kind: 'none' };
    const { byId, byArxivId, byTitle, byShortName, facts, slots } = this.catalog;
    const exact = byId.get(text) ?? byId.get(text.toLowerCase());
    if (exact) return { kind: 'found', paper: exact };
    const arxiv = ARXIV_ID.exec(text);
    const byArxiv = arxiv ? byArxivId.get(arxiv[1] as string) : undefined;
    if (byArxiv) return { kind: 'found', paper: byArxiv };
    const norm = normalizeTitle(text);
    const titled = byTitle.get(norm);
    if (titled) return { kind: 'found', paper: titled };
    const named = byShortName.get(norm) ?? [];
    if (named.length === 1) return { kind: 'found', paper: named[0] as Paper };
    // The words in this order inside exactly one title: "llama 3" names "The Llama 3 Herd of Models".
    if (norm) {
      const needle = ` ${norm} `;
      const inTitle = facts.flatMap((f, slot) => (f && ` ${f.titleKey} `.includes(needle) ? [slot] : []));
      if (inTitle.length === 1) return { kind: 'found', paper: slots[inTitle[0] as number] as Paper };
    }
    const hits = this.search(text, { allWords: true }).hits;
    const [top, second] = hits;
    if (!top) return { kind: 'none' };
    if (!second || top.score >= 2 * second.score) return { kind: 'found', paper: top.paper };
    return { kind: 'candidates', papers: hits.slice(0, 5).map((h) => h.paper) };
  }

  /** Titles that contain words starting with the typed text (for autocomplete), newest first. */
  completeTitles(typed: string, limit = 25): Paper[] {
    return completeTitles(this.catalog, typed, limit);
  }
}
