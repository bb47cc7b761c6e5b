import { setImmediate as nextTurn } from 'node:timers/promises';
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import type { Paper } from '../listing/paper.js';
import { fold, termOf, words } from '../listing/text.js';
import type { Acronym } from './acronyms.js';
import type { AuthorMap } from './author-map.js';
import { CatalogBuilder, type ListingCatalog, planSlots } from './listing-catalog.js';
import { BATCH, type IndexDocument, type SharedIndex, newMiniSearch, owns } from './mini-index.js';
import { anchoredSearch } from './anchored-search.js';
import { type PaperMatch, findPaper } from './find-paper.js';
import type { IndexStats } from './listing-stats.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
import { joinedAsPhrases } from './joined-words.js';
import { SearchPlanner } from './search-plan.js';
import { type Checks, queryChecks } from './query-checks.js';
import { Hit, type SearchHit } from './search-hit.js';
import { completeTitles } from './complete-titles.js';
import { typoNote } from './typo-note.js';
import { type SimilarPaper, findSimilar } from './similar.js';

export type { IndexStats } from './listing-stats.js';
export type { SearchHit } from './search-hit.js';
export type { SimilarPaper } from './similar.js';
export type { PaperMatch } from './find-paper.js';

/** All hits of a query, best first, with what the query was understood as. */
export interface SearchResults {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Remarks on the query, such as an author filter that matched nobody. */
  notes: string[];
}

/** How an index is built. */
export interface PaperIndexOptions {
  /**
   * From this many papers on, a query's commoner words are checked on the papers of its rarest
   * rather than scored over all the papers that have them (default 2,000).
   */
  planFrom?: number;
}

/** Runs pieces of work, letting a running bot answer between them. */
async function inTurns(work: readonly (() => void)[]): Promise<void> {
  for (const piece of work) {
    await nextTurn();
    piece();
  }
}

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

  /**
   * The papers close to `paper`, best first, never itself, each with the reasons; none when no
   * paper of the listing is close (see findSimilar).
   */
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

    const effective = joinedAsPhrases(query);
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
    const searchTerms = (list: readonly string[], combineWith: 'AND' | 'OR', fuzzy: boolean) =>
      this.searchTerms(list, { combineWith, fuzzy, last }, { keep, verify });
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

  /** One MiniSearch search for these terms (anchored on a large listing when all must match). */
  private searchTerms(
    list: readonly string[],
    { combineWith, fuzzy, last }: { combineWith: 'AND' | 'OR'; fuzzy: boolean; last: string },
    { keep, verify }: Checks,
  ): SearchResult[] {
    const options = (fuzzy: boolean): SearchOptions => ({
      // Fuzzy matching only for words the listing does not contain, so a typo finds its word
      // while a real name ("Divya") never also matches its neighbour ("Divyat"); prefix only on
      // the last word, as it is being typed.
      fuzzy: fuzzy ? (t) => (this.known(t) || t.length < 4 ? false : t.length <= 6 ? 1 : 2) : false,
      prefix: (t) => t === last && t.length >= 3 && !this.known(t),
      ...(keep ? { boostDocument: (n: number) => (keep(n) ? 1 : 0) } : {}),
      ...(verify ? { filter: (r: SearchResult) => verify(r.id as number) } : {}),
    });
    const requirements = this.planner.requirements(list);
    if (
      combineWith === 'AND' &&
      this.size >= (this.options.planFrom ?? 2000) &&
      list.length > 1 &&
      list.every((t) => this.known(t))
    ) {
      return anchoredSearch(
        { mini: this.mini, catalog: this.catalog, planner: this.planner },
        requirements,
        keep,
        verify,
      );
    }
    return this.mini
      .search(this.planner.tree(requirements, combineWith), options(fuzzy))
      .filter((r) => owns(this.catalog, r.id as number));
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
  findPaper(ref: string, mode: { strict?: boolean } = {}): PaperMatch {
    // Strict: only an id, a title, a short name or words in one title, never the best search hit.
    return findPaper(this.catalog, ref, (text) => (mode.strict ? [] : this.search(text, { allWords: true }).hits));
  }

  /** Titles that contain words starting with the typed text (for autocomplete), newest first. */
  completeTitles(typed: string, limit = 25): Paper[] {
    return completeTitles(this.catalog, typed, limit);
  }
}
