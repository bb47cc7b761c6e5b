import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import type { Paper } from '../listing/paper.js';
import { fold, words } from '../listing/text.js';
import { termOf, termsOf } from './terms.js';
import type { Acronym } from './acronyms.js';
import type { AuthorMap } from './author-map.js';
import { nameKey } from '../listing/names.js';
import { PeopleTable } from './people-table.js';
import { CatalogBuilder, type ListingCatalog, planSlots } from './listing-catalog.js';
import { type IndexDocument, type SharedIndex, newMiniSearch, owns } from './mini-index.js';
import { inChunks, inTurns } from './in-turns.js';
import type { PaperTerms } from './paper-facts.js';
import { aliasCheck, anchoredSearch } from './anchored-search.js';
import { type PaperMatch, findPaper } from './find-paper.js';
import type { IndexStats } from './listing-stats.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
import { joinedAsPhrases } from './joined-words.js';
import { SearchPlanner, versionForms } from './search-plan.js';
import { type Checks, queryChecks } from './query-checks.js';
import { Hit, type SearchHit } from './search-hit.js';
import { completeTitles } from './complete-titles.js';
import { typoNote } from './typo-note.js';
import { type TypoSource, nearTerms, typoSource } from './typos.js';
import { topicTest } from './topic-test.js';
import { type SimilarPaper, findSimilar } from './similar.js';

/** All hits of a query, best first, with what the query was understood as. */
export interface SearchResults {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Remarks on the query, such as an author filter that matched nobody. */
  notes: string[];
}

/** How an index is built. */
export interface PaperIndexOptions {
  /** From this many papers on, a query's commoner words are checked on the hits of its rarest (default 2,000). */
  planFrom?: number;
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
  private readonly typos: TypoSource;
  private peopleTable?: PeopleTable;

  private constructor(
    private readonly shared: SharedIndex,
    built: { catalog: ListingCatalog; stats: IndexStats },
    private readonly options: PaperIndexOptions,
  ) {
    this.mini = shared.mini;
    this.catalog = built.catalog;
    this.statistics = built.stats;
    this.planner = new SearchPlanner(built.catalog.acronyms);
    this.typos = typoSource(this.mini, this.catalog, (t) => this.hasTerm(t));
  }

  /** Builds the index of these papers, letting a running bot answer between batches; `known` gives terms made before. */
  static async build(
    papers: readonly Paper[],
    options: PaperIndexOptions = {},
    known?: (p: Paper) => PaperTerms | undefined,
  ): Promise<PaperIndex> {
    const builder = new CatalogBuilder(papers, undefined, known);
    await inTurns(builder.paperWork());
    const shared = { mini: newMiniSearch(), nextSlot: papers.length };
    await inTurns(inChunks(builder.documents(), (docs) => shared.mini.addAll(docs)));
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
    await inTurns(inChunks(builder.documents(plan.added), (docs) => shared.mini.addAll(docs)));
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

  /** The listing's people as numbers, for counting them over many papers (made when first asked for). */
  get people(): PeopleTable {
    const key = (name: string) => this.catalog.authors.names.get(name) ?? nameKey(name);
    return (this.peopleTable ??= new PeopleTable(this.catalog.papers, key));
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

  /** Whether this paper's title has all these index terms (see {@link termOf}). */
  titleHas(p: Paper, terms: readonly string[]): boolean {
    const slot = this.catalog.slotOf.get(p);
    const title = slot === undefined ? ` ${termsOf(p.title).join(' ')} ` : this.catalog.facts[slot]?.terms.title;
    return terms.every((t) => title?.includes(` ${t} `));
  }

  /** Whether a paper is among `search(text, { allWords: true })`'s hits, for narrowing this many candidates (see topicTest). */
  topicTest(text: string, candidates: number): ((p: Paper) => boolean) | undefined {
    return topicTest({ catalog: this.catalog, planner: this.planner, known: this.hasTerm }, text, candidates);
  }

  /** Whether some title or abstract (or, with `names`, an author's name) has this index term. */
  hasTextTerm(term: string, names = false): boolean {
    return this.catalog.textDf.has(term) || (names && this.catalog.nameTerms.has(term));
  }

  /** Whether the listing has this index term anywhere: only unknown words are read as typos. */
  hasTerm = (term: string): boolean => this.hasTextTerm(term, true);

  /**
   * Searches with the query syntax of {@link parseQuery}; returns every hit, best first. When no
   * paper has all the words it falls back to papers with some of them, unless `allWords` is set.
   * `typing` is for a query still being typed (inline queries): its last word, when no paper has
   * it, may be the start of a longer word.
   */
  search(input: string | ParsedQuery, mode: { allWords?: boolean; typing?: boolean } = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const notes: string[] = [];
    if (isEmptyQuery(query) && query.excluded.length === 0) return { query, hits: [], notes };

    const effective = joinedAsPhrases(query);
    const checks = queryChecks(effective, notes, {
      catalog: this.catalog,
      known: (t) => this.hasTerm(t),
      withAll: (terms) =>
        this.mini
          .search({ combineWith: 'AND', queries: [...terms] }, { fuzzy: false, prefix: false })
          .map((r) => r.id as number),
    });
    const { keep, verify } = checks;
    const contentWords = [...effective.words, ...effective.phrases.flatMap((p) => words(p))];
    const terms = [...new Set(contentWords.map((w) => termOf(w)).filter((t): t is string => t !== null))];
    if (terms.length === 0) {
      // Only filters (or only stop words): the matching papers, newest first.
      const numbers = this.catalog.newestOrder.filter((n) => (keep?.(n) ?? true) && (verify?.(n) ?? true));
      return { query, hits: numbers.map((n) => this.hit(n, 0, [], terms)), notes };
    }

    // A word no paper has is read as the listing's words one or two edits away, if any.
    const versions = versionForms(terms, this.hasTerm);
    const unknown = terms.filter((t) => !this.hasTerm(t) && !versions.has(t));
    const typed = (t: string) => fold(contentWords.find((w) => termOf(w) === t) ?? t);
    const reading = new Map(unknown.map((t) => [t, nearTerms(this.typos, typed(t), t)]));
    const near = new Map([...reading].map(([t, r]) => [t, r.terms]));
    const last = terms[terms.length - 1] as string;
    let results: SearchResult[] = [];
    // A word a paper writes as typed is no typo, though its term differs ("gpus" and "GPUs").
    let typos = unknown.filter((t) => reading.get(t)?.edits !== 0);
    if (mode.typing && near.has(last) && last.length >= 3) {
      const others = new Map(near);
      others.delete(last);
      results = this.searchTerms(terms, { combineWith: 'AND', near: others, prefix: last }, checks);
      if (results.length > 0) typos = typos.filter((t) => t !== last);
    }
    if (results.length === 0) results = this.searchTerms(terms, { combineWith: 'AND', near }, checks);
    if (results.length === 0 && terms.length > 1 && !mode.allWords) {
      results = this.searchTerms(terms, { combineWith: 'OR', near }, checks);
      if (results.length > 0) notes.push('no paper has all the words; showing papers with some of them');
    }
    if (typos.length > 0) {
      const read = new Set(typos.flatMap((t) => near.get(t) ?? []));
      const best = results[0];
      const matched = best?.terms.filter((t) => read.has(t)) ?? [];
      notes.push(typoNote(typos.map(typed), best && this.catalog.slots[best.id as number], matched));
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
    how: { combineWith: 'AND' | 'OR'; near: ReadonlyMap<string, readonly string[]>; prefix?: string },
    { keep, verify }: Checks,
  ): SearchResult[] {
    const { combineWith, near, prefix } = how;
    const all = this.planner.requirements(list, near);
    // A word no paper has, nor any word near it, is met by no paper.
    if (combineWith === 'AND' && all.some((r) => r.forms.length === 0)) return [];
    const requirements = all.filter((r) => r.forms.length > 0);
    if (requirements.length === 0) return [];
    if (combineWith === 'AND' && this.size >= (this.options.planFrom ?? 2000) && list.length > 1 && !prefix) {
      return anchoredSearch(
        { mini: this.mini, catalog: this.catalog, planner: this.planner },
        requirements,
        keep,
        verify,
      );
    }
    const options: SearchOptions = {
      fuzzy: false,
      // Only while the query is being typed, and only its last word, cut short.
      prefix: (t) => t === prefix,
      ...(keep ? { boostDocument: (n: number) => (keep(n) ? 1 : 0) } : {}),
      ...(verify ? { filter: (r: SearchResult) => verify(r.id as number) } : {}),
    };
    const check = aliasCheck(this.catalog, requirements, combineWith);
    return this.mini
      .search(this.planner.tree(requirements, combineWith), options)
      .filter((r) => owns(this.catalog, r.id as number) && (check?.(r.id as number) ?? true));
  }

  /** A hit whose snippet is worked out only when it is looked at. */
  private hit(n: number, score: number, terms: string[], queryTerms: readonly string[]): SearchHit {
    return new Hit(this.catalog.slots[n] as Paper, score, terms, queryTerms);
  }

  /** Resolves an id, arXiv id or URL, exact title, short name ("Pimba") or title words to a paper. */
  findPaper(ref: string, mode: { strict?: boolean; shortName?: boolean } = {}): PaperMatch {
    // Strict: only an id, a title, a short name or words in one title, never the best search hit.
    const search = (text: string) => (mode.strict ? [] : this.search(text, { allWords: true }).hits);
    return findPaper(this.catalog, ref, search, mode.shortName);
  }

  /** Titles that contain words starting with the typed text (for autocomplete), newest first. */
  completeTitles(typed: string, limit = 25): Paper[] {
    return completeTitles(this.catalog, typed, limit);
  }
}
