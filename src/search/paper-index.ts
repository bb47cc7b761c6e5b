import { type Acronym, AcronymMiner } from './acronyms.js';
import { AuthorMap } from './author-map.js';
import { type Paper, compareNewest, isRevised, normalizeTitle } from '../listing/paper.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
import { type IndexSnapshot, decodeSnapshotSteps } from '../core/index-snapshot.js';
import { type Due, runAtOnce, runInSlices, slices } from '../core/time-slices.js';
import { type Expansion, FIELD_COUNT, Postings, PostingsBuilder, U32List } from '../core/postings.js';
import { FIELD_BREAK, TermTable, splitFields } from '../core/term-table.js';
import { fold, termOf, termsOf, tokenize, words } from '../listing/text.js';
import { Vocabulary } from '../core/vocabulary.js';

/** One search result: the paper, its score, the index terms it matched, and an abstract snippet. */
export interface SearchHit {
  paper: Paper;
  score: number;
  terms: string[];
  snippet: string;
}

/** All hits of a query, best first, with what the query was understood as. */
export interface SearchResults {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Remarks on the query, such as an author filter that matched nobody. */
  notes: string[];
}

/** Counts that describe a listing. */
export interface IndexStats {
  papers: number;
  authors: number;
  revised: number;
  /** Papers per year of first version, oldest year first. */
  perYear: { year: number; count: number }[];
  topAuthors: { name: string; count: number }[];
  /** The most frequent words of titles and abstracts, by how many papers use them. */
  topTerms: { term: string; count: number }[];
  newest?: string;
  oldest?: string;
}

/** What a reference to one paper (id, arXiv id or URL, title or part of it) points to. */
export type PaperMatch =
  | { kind: 'found'; paper: Paper }
  | { kind: 'candidates'; papers: Paper[] }
  | { kind: 'none' };

/** An acronym's short form and long form as term ids. */
interface AcronymIds {
  short: number;
  long: number[];
}

/** Weights of the fields, in postings order: title, abstract, authors, acronym aliases. */
const BOOSTS = [3, 1, 2, 0.8];
// Weights of a prefix and of a fuzzy match against the word itself, as MiniSearch's defaults.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const SNIPPET_LENGTH = 220;
// Below this many terms the vocabulary is sorted when first needed rather than in the build: a
// few milliseconds that most small listings' searches (exact words) never pay.
const EAGER_VOCABULARY = 10_000;

const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/**
 * The searchable form of one listing: a full-text index over title, authors and abstract
 * (typed-array postings scored with BM25+ exactly as MiniSearch scores, and a sorted
 * vocabulary giving the prefix and fuzzy matches of MiniSearch's radix tree), plus an author
 * map, mined acronyms, a term table and presorted latest lists. Built whole from a list of
 * papers and never changed afterwards; a new listing makes a new PaperIndex.
 * {@link PaperIndex.build} builds it in batches without blocking the event loop, and
 * {@link PaperIndex.fromSnapshot} restores a saved one.
 */
export class PaperIndex {
  /** Papers in listing order. */
  readonly papers: readonly Paper[];
  readonly authors = new AuthorMap();
  acronyms: readonly Acronym[] = [];
  /** Newest first-version first. */
  newest: readonly Paper[] = [];
  /** Revised papers, most recently revised first. */
  revised: readonly Paper[] = [];
  private readonly byId = new Map<string, Paper>();
  private readonly byArxivId = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();
  private readonly numbers = new Map<Paper, number>();
  /** Papers by the short name their title starts with ("pimba" for "Pimba: A ..."). */
  private readonly byShortName = new Map<string, Paper[]>();
  private terms = new TermTable();
  /** Acronyms by the term id of their short form and of the first term of their long form. */
  private acronymLookup = { short: new Map<number, AcronymIds[]>(), longFirst: new Map<number, AcronymIds[]>() };
  private postings = new PostingsBuilder().finish(0, () => []);
  private sortedVocabulary?: Vocabulary;
  /** Each paper's position in `newest`, by paper number: the tie-break between equal scores. */
  private newestRank = new Uint32Array(0);
  /** Paper numbers newest first (the inverse of newestRank). */
  private newestOrder: Uint32Array = new Uint32Array(0);
  /** Each paper's score in the latest search, by paper number (searches are synchronous). */
  private scratchScores = new Float64Array(0);
  /** Each paper's normalized title and title short name (kept for snapshots). */
  private readonly titleKeys: string[] = [];
  private readonly shortKeys: string[] = [];
  private statsCache?: IndexStats;

  /** Builds the index at once. */
  constructor(papers: readonly Paper[], deferred = false) {
    this.papers = papers;
    if (!deferred) runAtOnce(this.steps(slices()));
  }

  /** Builds an index in batches, yielding to the event loop between them, so a running bot stays responsive. */
  static async build(papers: readonly Paper[]): Promise<PaperIndex> {
    const index = new PaperIndex(papers, true);
    await runInSlices(index.steps(slices()));
    return index;
  }

  /**
   * An index from a snapshot of the same papers (see {@link snapshot}): the term table, postings,
   * author map and orders are taken as saved rather than computed, in batches like {@link build}.
   * Throws when the snapshot is not of these papers.
   */
  static async fromSnapshot(papers: readonly Paper[], saved: IndexSnapshot | Buffer): Promise<PaperIndex> {
    const index = new PaperIndex(papers, true);
    await runInSlices(index.restoreSteps(saved, slices()));
    return index;
  }

  private *restoreSteps(saved: IndexSnapshot | Buffer, due: Due): Generator<void> {
    const papers = this.papers;
    const snapshot = Buffer.isBuffer(saved) ? yield* decodeSnapshotSteps(saved, due) : saved;
    const same = snapshot.papers === papers.length && snapshot.postings.docCount === papers.length &&
      snapshot.firstId === papers[0]?.id && snapshot.lastId === papers[papers.length - 1]?.id &&
      snapshot.newestOrder.length === papers.length && snapshot.terms.starts.length === papers.length &&
      snapshot.vocabularyOrder.length === snapshot.terms.names.length;
    if (!same) throw new Error(`index snapshot: made for other papers (${snapshot.papers} papers, first "${snapshot.firstId}"), not these ${papers.length}`);
    const { terms, postings } = snapshot;
    const terms_ = terms.names.length;
    // Every stored number that is used as an index is checked, so a damaged file cannot make a
    // search read past an array.
    function* below(pieces: readonly Uint32Array[], n: number): Generator<void, boolean> {
      for (const a of pieces) {
        for (let i = 0; i < a.length; i++) {
          if ((a[i] as number) >= n) return false;
          if ((i & 0xffff) === 0xffff && due()) yield;
        }
      }
      return true;
    }
    const total = (pieces: readonly Uint32Array[]) => pieces.reduce((n, piece) => n + piece.length, 0);
    const consistent = terms.df.length === terms_ && postings.offsets.length === terms_ + 1 &&
      postings.fieldDf.length === terms_ * FIELD_COUNT && postings.fieldLengths.length === papers.length * FIELD_COUNT &&
      total(postings.docs) === total(postings.freqs) && postings.offsets[terms_] === total(postings.docs) &&
      snapshot.titleKeys.length === papers.length && snapshot.shortKeys.length === papers.length &&
      (yield* below([snapshot.newestOrder], papers.length)) && (yield* below([snapshot.vocabularyOrder], terms_)) &&
      (yield* below(postings.docs, papers.length)) && (yield* below([terms.starts], total(terms.flat) + 1)) &&
      (yield* below([postings.offsets], total(postings.docs) + 1));
    if (!consistent) throw new Error('index snapshot: its arrays do not fit together (a damaged file?)');
    yield* this.steps(due, snapshot);
  }

  /** What to save so that {@link fromSnapshot} can restore this index for the listing text with this hash. */
  snapshot(hash: string): IndexSnapshot {
    return {
      hash,
      papers: this.papers.length,
      firstId: this.papers[0]?.id ?? '',
      lastId: this.papers[this.papers.length - 1]?.id ?? '',
      terms: this.terms.data(),
      postings: this.postings.data,
      newestOrder: this.newestOrder,
      vocabularyOrder: this.vocabulary.order,
      authors: this.authors.data((p) => this.numberOf(p)),
      acronyms: [...this.acronyms],
      titleKeys: this.titleKeys,
      shortKeys: this.shortKeys,
    };
  }

  /** The build (or the restore from a snapshot), in steps that yield when `due()` says so. */
  private *steps(due: Due, saved?: IndexSnapshot): Generator<void> {
    const papers = this.papers;
    const miner = new AcronymMiner();
    const { titleKeys, shortKeys } = this;
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i] as Paper;
      this.byId.set(p.id, p);
      this.numbers.set(p, i);
      if (p.arxivId) this.byArxivId.set(p.arxivId, p);
      const titleKey = saved ? (saved.titleKeys[i] as string) : normalizeTitle(p.title);
      this.byTitle.set(titleKey, p);
      titleKeys.push(titleKey);
      const short = saved ? (saved.shortKeys[i] as string) : normalizeTitle(/^([^:]{1,60}):/.exec(p.title)?.[1] ?? '');
      shortKeys.push(short);
      if (short) {
        const same = this.byShortName.get(short);
        if (same) same.push(p);
        else this.byShortName.set(short, [p]);
      }
      if (!saved) {
        this.authors.add(p);
        miner.add(p.title);
        miner.add(p.abstract);
      }
      if (due()) yield;
    }
    // The newest-first order, sorted once as packed numbers (a comparator sort of 100,000
    // papers holds the event loop for half a second); every other newest-first list reuses it.
    const order = saved ? saved.newestOrder : yield* newestFirstOrder(papers, due);
    yield;
    const newest: Paper[] = [];
    const rank = new Uint32Array(papers.length);
    for (let k = 0; k < order.length; k++) {
      const n = order[k] as number;
      newest.push(papers[n] as Paper);
      rank[n] = k;
      if ((k & 0xfff) === 0xfff && due()) yield;
    }
    this.newest = newest;
    this.newestRank = rank;
    this.newestOrder = order;
    this.scratchScores = new Float64Array(papers.length);
    yield;
    const revised = yield* revisedOrder(papers, rank, order, due);
    this.revised = Array.from(revised, (n) => papers[n] as Paper);
    yield;
    if (saved) {
    yield* this.authors.restoreSteps(saved.authors, papers, due);
      this.acronyms = saved.acronyms;
    this.terms = yield* TermTable.fromDataSteps(saved.terms, due);
      this.postings = yield* Postings.fromDataSteps(saved.postings, due);
    } else {
      yield* this.indexSteps(miner, due);
    }
    yield;
    if (saved) this.sortedVocabulary = yield* Vocabulary.fromOrderSteps(saved.terms.names, saved.vocabularyOrder, due);
    else if (this.terms.size >= EAGER_VOCABULARY) this.sortedVocabulary = yield* Vocabulary.build(this.terms.names, due, (name) => this.terms.id(name));
  }

  /** Every term, for prefix and fuzzy lookups (sorted at the first such lookup on a small listing). */
  private get vocabulary(): Vocabulary {
    return (this.sortedVocabulary ??= runAtOnce(Vocabulary.build(this.terms.names, () => false, (name) => this.terms.id(name))));
  }

  /** The part of the build a snapshot saves: author map, acronyms, term table and postings. */
  private *indexSteps(miner: AcronymMiner, due: () => boolean): Generator<void> {
    const papers = this.papers;
    const rank = this.newestRank;
    yield* this.authors.finishSteps((a, b) => (rank[this.numberOf(a)] as number) - (rank[this.numberOf(b)] as number), due);
    this.acronyms = miner.result();
    for (const a of this.acronyms) {
      const short = termOf(a.short);
      if (short === null) continue;
      const ids: AcronymIds = { short: this.terms.intern(short), long: a.longTerms.map((t) => this.terms.intern(t)) };
      const { short: byShort, longFirst } = this.acronymLookup;
      byShort.set(ids.short, [...(byShort.get(ids.short) ?? []), ids]);
      longFirst.set(ids.long[0] as number, [...(longFirst.get(ids.long[0] as number) ?? []), ids]);
    }
    yield;
    const builder = new PostingsBuilder();
    const aliases = new U32List();
    const aliasStarts = new U32List();
    for (let k = 0; k < papers.length; k++) {
      const fields = this.document(papers[k] as Paper);
      aliasStarts.push(aliases.length);
      for (const id of fields[3] as number[]) aliases.push(id);
      builder.add(fields);
      if (due()) yield;
    }
    aliasStarts.push(aliases.length);
    yield;
    // The second pass reads each paper's terms from the term table again.
    const fieldsOf = (n: number) => [
      ...splitFields(this.terms.sequence(n)),
      aliases.data.subarray(aliasStarts.data[n] as number, aliasStarts.data[n + 1] as number),
    ];
    this.postings = yield* builder.finishSteps(this.terms.size, fieldsOf, due);
    this.terms.seal();
  }

  /** Number of papers. */
  get size(): number {
    return this.papers.length;
  }

  /** The paper with this id, if any. */
  get(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  // Each text is tokenized and stemmed once; the terms fill the term table and the postings.
  // Acronym expansions are indexed as a low-weight extra field, so "MoE" finds papers that only
  // say "mixture of experts" and the reverse, at no cost at query time.
  private document(p: Paper): ArrayLike<number>[] {
    const seq = this.terms.addTexts([p.title, p.abstract, p.authors.join(' ')]);
    const fields = splitFields(seq);
    const [title, abstract] = fields;
    const aliases: number[] = [];
    const { short, longFirst } = this.acronymLookup;
    if (short.size > 0) {
      // Title and abstract, with the break between them (no acronym spans it).
      const text = seq.subarray(0, title.length + 1 + abstract.length);
      const hasShort = new Set<AcronymIds>();
      const hasLong = new Set<AcronymIds>();
      for (let i = 0; i < text.length; i++) {
        const t = text[i] as number;
        for (const x of short.get(t) ?? []) hasShort.add(x);
        for (const x of longFirst.get(t) ?? []) {
          if (x.long.every((lt, k) => text[i + k] === lt)) hasLong.add(x);
        }
      }
      for (const x of hasShort) if (!hasLong.has(x)) aliases.push(...x.long);
      for (const x of hasLong) if (!hasShort.has(x)) aliases.push(x.short);
    }
    return [...fields, aliases];
  }

  /**
   * Searches with the query syntax of {@link parseQuery}; returns every hit, best first. When no
   * paper has all the words it falls back to papers with some of them, unless `allWords` is set.
   */
  search(input: string | ParsedQuery, mode: { allWords?: boolean } = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const notes: string[] = [];
    if (isEmptyQuery(query) && query.excluded.length === 0) return { query, hits: [], notes };

    const filter = this.filterFor(query, notes);
    const contentWords = [...query.words, ...query.phrases.flatMap((p) => words(p))];
    const terms = [...new Set(contentWords.map((w) => termOf(w)).filter((t): t is string => t !== null))];

    if (terms.length === 0) {
      // Only filters (or only stop words): the matching papers, newest first.
      const hits = this.newest.filter((p) => filter === null || filter(p, this.numberOf(p))).map((paper) => new Hit(paper, 0, -1, null));
      return { query, hits, notes };
    }

    const last = terms[terms.length - 1] as string;
    // Fuzzy matching only for words the listing does not contain, so a typo finds its word while
    // a real name ("Divya") never also matches its neighbour ("Divyat"); prefix only on the last
    // word, as it is being typed. Typos are rarer than words being typed: first without fuzzy
    // matching, and with it only when that finds nothing.
    const expand = (list: string[], fuzzy: boolean) => list.map((t) => this.expand(t, fuzzy && !this.terms.has(t) && t.length >= 4 ? (t.length <= 6 ? 1 : 2) : 0, t === last && t.length >= 3 && !this.terms.has(t)));
    const oov = terms.some((t) => !this.terms.has(t));
    let matched = oov ? this.run(expand(terms, false), true, filter) : null;
    if (!matched?.docs.length) matched = this.run(expand(terms, true), true, filter);
    if (!matched.docs.length && oov) {
      // A long misspelled word can stem far from its word ("interpretabilty" stems to
      // "interpretabilti", six edits from "interpret"): try the longest known stem it starts with.
      const surface = new Map(contentWords.map((w) => [termOf(w), fold(w)]));
      const rescued = terms.map((t) => (this.terms.has(t) ? t : this.knownPrefix(surface.get(t) ?? t) ?? t));
      if (rescued.some((t, i) => t !== terms[i])) matched = this.run(expand(rescued, true), true, filter);
    }
    if (!matched.docs.length && terms.length > 1 && !mode.allWords) {
      matched = this.run(expand(terms, true), false, filter);
      if (matched.docs.length) notes.push('no paper has all the words; showing papers with some of them');
    }
    const { docs, scores, expansions } = matched;
    const source: HitSource = { index: this, expansions, queryTerms: terms };
    const hits: SearchHit[] = new Array<SearchHit>(docs.length);
    const byDoc = this.scratchScores;
    let k = 0;
    for (const n of this.bestFirst(docs, scores)) {
      hits[k++] = new Hit(this.papers[n] as Paper, byDoc[n] as number, n, source);
    }
    return { query, hits, notes };
  }

  /**
   * Paper numbers ordered by score, highest first, equal scores newest first. Sorted as numbers
   * without a comparator (a comparator sort of 30,000 hits takes tens of milliseconds): each key
   * packs the score, scaled to the best one, above the paper's newest-first rank, so scores closer
   * than about 1e-10 of the best count as equal. Leaves each paper's score in scratchScores.
   */
  private bestFirst(docs: Uint32Array, scores: Float64Array): Uint32Array {
    const rankBits = Math.max(1, Math.ceil(Math.log2(this.size + 1)));
    const levels = 2 ** (52 - rankBits);
    const ranks = 2 ** rankBits;
    let best = 0;
    for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > best) best = scores[k] as number;
    const keys = new Float64Array(docs.length);
    for (let k = 0; k < docs.length; k++) {
      const n = docs[k] as number;
      const score = scores[k] as number;
      this.scratchScores[n] = score;
      const level = best > 0 ? Math.floor((score / best) * (levels - 1)) : 0;
      keys[k] = (levels - 1 - level) * ranks + (this.newestRank[n] as number);
    }
    keys.sort();
    const out = new Uint32Array(docs.length);
    for (let k = 0; k < keys.length; k++) out[k] = this.newestOrder[(keys[k] as number) % ranks] as number;
    return out;
  }

  /** The index terms among `expansions` that paper n has. */
  matchedTerms(n: number, expansions: readonly Expansion[]): string[] {
    const out = new Set<string>();
    for (const e of expansions) if (this.postings.has(e.term, n)) out.add(this.terms.term(e.term));
    return [...out];
  }

  /** A query word's matches in the index: itself, and words it is a prefix of or near to. */
  private expand(term: string, fuzzy: number, prefix: boolean): Expansion[] {
    const out: Expansion[] = [];
    const exact = this.terms.id(term);
    if (exact !== undefined) out.push({ term: exact, weight: 1 });
    const prefixed = new Set<string>();
    if (prefix) {
      for (const { term: t, id, distance } of this.vocabulary.withPrefix(term)) {
        if (distance === 0) continue;
        prefixed.add(t);
        out.push({ term: id, weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance) });
      }
    }
    if (fuzzy > 0) {
      for (const { term: t, id, distance } of this.vocabulary.fuzzy(term, fuzzy)) {
        if (distance === 0 || prefixed.has(t)) continue;
        out.push({ term: id, weight: (FUZZY_WEIGHT * t.length) / (t.length + distance) });
      }
    }
    return out;
  }

  /** Scores the papers matching expanded words (all of them, or any), keeping those the filter passes. */
  private run(expanded: Expansion[][], all: boolean, filter: ((p: Paper, n: number) => boolean) | null) {
    const { docs, scores } = this.postings.score(expanded, BOOSTS, all);
    let kept = 0;
    for (let k = 0; k < docs.length; k++) {
      const n = docs[k] as number;
      if (filter !== null && !filter(this.papers[n] as Paper, n)) continue;
      docs[kept] = n;
      scores[kept] = scores[k] as number;
      kept++;
    }
    return { docs: docs.subarray(0, kept), scores: scores.subarray(0, kept), expansions: expanded.flat() };
  }

  /** The longest index term that `word` starts with, if it covers most of the word. */
  private knownPrefix(word: string): string | undefined {
    for (let k = word.length - 1; k >= Math.max(5, Math.ceil(word.length * 0.6)); k--) {
      const prefix = word.slice(0, k);
      if (this.terms.has(prefix)) return prefix;
    }
    return undefined;
  }

  private numberOf(p: Paper): number {
    return this.numbers.get(p) ?? -1;
  }

  /** The query's filters as one check, or null when it has none. */
  private filterFor(query: ParsedQuery, notes: string[]): ((p: Paper, n: number) => boolean) | null {
    const checks: ((p: Paper, n: number) => boolean)[] = [];
    for (const name of query.authors) {
      const people = this.authors.resolve(name);
      if (people.length === 0) notes.push(`no author matches "${name}"`);
      const ids = new Set(people.flatMap((a) => a.papers.map((p) => p.id)));
      checks.push((p) => ids.has(p.id));
    }
    if (query.year !== undefined) {
      const year = String(query.year);
      checks.push((p) => p.submitted.startsWith(year));
    }
    const { before, after } = query;
    if (before) checks.push((p) => p.submitted < before);
    if (after) checks.push((p) => p.submitted >= after);
    // Phrases and exclusions are checked on each paper's term sequence (stemmed, stop words
    // dropped), so "language models" also matches "language model".
    for (const phrase of query.phrases) {
      const ids = this.terms.idsOf(termsOf(phrase));
      checks.push((_p, n) => ids !== null && this.terms.contains(n, ids));
    }
    for (const excluded of query.excluded) {
      const ids = this.terms.idsOf(termsOf(excluded));
      if (ids !== null && ids.length > 0) checks.push((_p, n) => !this.terms.contains(n, ids));
    }
    if (checks.length === 0) return null;
    if (checks.length === 1) return checks[0] as (p: Paper, n: number) => boolean;
    return (p, n) => checks.every((check) => check(p, n));
  }

  /** Resolves an id, arXiv id or URL, exact title, short name ("Pimba") or title words to a paper. */
  findPaper(ref: string): PaperMatch {
    const text = ref.trim();
    if (!text) return { kind: 'none' };
    const byId = this.byId.get(text) ?? this.byId.get(text.toLowerCase());
    if (byId) return { kind: 'found', paper: byId };
    const arxiv = ARXIV_ID.exec(text);
    const byArxiv = arxiv ? this.byArxivId.get(arxiv[1] as string) : undefined;
    if (byArxiv) return { kind: 'found', paper: byArxiv };
    const norm = normalizeTitle(text);
    const byTitle = this.byTitle.get(norm);
    if (byTitle) return { kind: 'found', paper: byTitle };
    const named = this.byShortName.get(norm) ?? [];
    if (named.length === 1) return { kind: 'found', paper: named[0] as Paper };
    // The words in this order inside exactly one title: "llama 3" names "The Llama 3 Herd of Models".
    // (Normalized titles are kept from the build: normalizing 100,000 titles here took 0.5 s.)
    let inTitle: Paper | undefined;
    let count = 0;
    if (norm) {
      const needle = ` ${norm} `;
      for (let n = 0; n < this.titleKeys.length && count < 2; n++) {
        if (` ${this.titleKeys[n] as string} `.includes(needle)) { inTitle = this.papers[n]; count++; }
      }
    }
    if (count === 1 && inTitle) return { kind: 'found', paper: inTitle };
    const hits = this.search(text, { allWords: true }).hits;
    const [top, second] = hits;
    if (!top) return { kind: 'none' };
    if (!second || top.score >= 2 * second.score) return { kind: 'found', paper: top.paper };
    return { kind: 'candidates', papers: hits.slice(0, 5).map((h) => h.paper) };
  }

  /** Titles that contain words starting with the typed text (for autocomplete), newest first. */
  completeTitles(typed: string, limit = 25): Paper[] {
    const needle = words(fold(typed));
    if (needle.length === 0) return this.newest.slice(0, limit);
    const out: Paper[] = [];
    for (const p of this.newest) {
      const title = words(fold(p.title));
      if (needle.every((n) => title.some((w) => w.startsWith(n)))) out.push(p);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Listing statistics; computed once, from the term table rather than the text. */
  stats(): IndexStats {
    if (this.statsCache) return this.statsCache;
    const perYear = new Map<number, number>();
    for (const p of this.papers) {
      const y = Number(p.submitted.slice(0, 4));
      perYear.set(y, (perYear.get(y) ?? 0) + 1);
    }
    // Document frequency over titles and abstracts (the first two fields of each sequence).
    const df = new Map<number, number>();
    for (let n = 0; n < this.terms.papers; n++) {
      const seq = this.terms.sequence(n);
      const seen = new Set<number>();
      let breaks = 0;
      for (const id of seq) {
        if (id === FIELD_BREAK) { if (++breaks === 2) break; continue; }
        if (!seen.has(id)) { seen.add(id); df.set(id, (df.get(id) ?? 0) + 1); }
      }
    }
    const names = new Map<number, string>();
    const top = [...df.entries()]
      .map(([id, count]) => ({ id, term: this.terms.term(id), count }))
      .filter((t) => t.term.length >= 3 && !/\d/.test(t.term))
      // Terms are folded: code-unit order is alphabetical, without loading a collator.
      .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, 15);
    // Show each stem as the word the papers use most for it ("models", not "model").
    const wanted = new Map(top.map((t) => [t.term, new Map<string, number>()]));
    for (const p of this.papers.slice(0, 500)) {
      for (const { word } of tokenize(`${p.title} ${p.abstract}`)) {
        const forms = wanted.get(termOf(word) ?? '');
        if (forms) forms.set(fold(word), (forms.get(fold(word)) ?? 0) + 1);
      }
    }
    for (const t of top) {
      const forms = [...(wanted.get(t.term) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
      names.set(t.id, forms[0]?.[0] ?? t.term);
    }
    this.statsCache = {
      papers: this.papers.length,
      authors: this.authors.size,
      revised: this.revised.length,
      perYear: [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
      topAuthors: this.authors.all().slice(0, 10).map((a) => ({ name: a.name, count: a.papers.length })),
      topTerms: top.map((t) => ({ term: names.get(t.id) ?? t.term, count: t.count })),
      ...(this.newest[0] ? { newest: this.newest[0].submitted } : {}),
      ...(this.newest.length ? { oldest: (this.newest[this.newest.length - 1] as Paper).submitted } : {}),
    };
    return this.statsCache;
  }
}

/** About SNIPPET_LENGTH characters of the abstract around the first word whose term is in `terms`. */
export function snippet(abstract: string, terms: ReadonlySet<string>): string {
  const text = abstract.replace(/\s+/g, ' ');
  let at = 0;
  if (terms.size > 0) {
    for (const token of tokenize(text)) {
      const t = termOf(token.word);
      if (t !== null && terms.has(t)) { at = token.start; break; }
    }
  }
  let start = Math.max(0, at - 60);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
    // Prefer starting at a sentence if one begins shortly before the match.
    const sentence = text.lastIndexOf('. ', at);
    if (sentence >= 0 && sentence + 2 >= start - 40 && sentence + 2 <= at) start = sentence + 2;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

/**
 * Paper numbers in {@link compareNewest} order, sorted as packed numbers without a comparator:
 * first-version day (newest first), then last-version day, then position; runs with equal days
 * are then put in title order.
 */
function* newestFirstOrder(papers: readonly Paper[], due: () => boolean): Generator<void, Uint32Array> {
  const indexBits = Math.max(1, Math.ceil(Math.log2(papers.length + 1)));
  const days = 1 << 16; // day numbers up to the year 2149
  const keys = new Float64Array(papers.length);
  for (let n = 0; n < papers.length; n++) {
    const p = papers[n] as Paper;
    const submitted = days - 1 - Math.min(days - 1, Math.max(0, dayNumber(p.submitted) || 0));
    const updated = days - 1 - Math.min(days - 1, Math.max(0, dayNumber(p.updated) || 0));
    keys[n] = (submitted * days + updated) * 2 ** indexBits + n;
    if ((n & 0x3ff) === 0x3ff && due()) yield;
  }
  yield;
  keys.sort();
  yield;
  const scale = 2 ** indexBits;
  const order = new Uint32Array(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = (keys[k] as number) % scale;
  for (let start = 0; start < order.length;) {
    const group = Math.floor((keys[start] as number) / scale);
    let end = start + 1;
    while (end < order.length && Math.floor((keys[end] as number) / scale) === group) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort((a, b) => compareNewest(papers[a] as Paper, papers[b] as Paper));
      order.set(run, start);
      if (due()) yield;
    }
    start = end;
  }
  return order;
}

/** Numbers of the revised papers, most recently revised first, then by newest-first rank. */
function* revisedOrder(papers: readonly Paper[], rank: Uint32Array, order: Uint32Array, due: Due): Generator<void, Uint32Array> {
  const rankBits = Math.max(1, Math.ceil(Math.log2(papers.length + 1)));
  const keys: number[] = [];
  for (let n = 0; n < papers.length; n++) {
    const p = papers[n] as Paper;
    if (isRevised(p)) {
      const updated = (1 << 16) - 1 - Math.min((1 << 16) - 1, Math.max(0, dayNumber(p.updated) || 0));
      keys.push(updated * 2 ** rankBits + (rank[n] as number));
    }
    if ((n & 0x3ff) === 0x3ff && due()) yield;
  }
  const sorted = Float64Array.from(keys).sort();
  yield;
  // A key's low bits are a newest-first rank; the newest order turns it back into a paper.
  return Uint32Array.from(sorted, (k) => order[k % 2 ** rankBits] as number);
}

/** What the hits of one search share: where to find the terms each matched. */
interface HitSource {
  index: PaperIndex;
  expansions: readonly Expansion[];
  queryTerms: readonly string[];
}

/** A search hit whose matched terms and snippet are worked out only when they are looked at. */
class Hit implements SearchHit {
  private terms_?: string[];
  private snippet_?: string;

  constructor(
    readonly paper: Paper,
    readonly score: number,
    private readonly n: number,
    private readonly source: HitSource | null,
  ) {}

  get terms(): string[] {
    this.terms_ ??= this.source ? this.source.index.matchedTerms(this.n, this.source.expansions) : [];
    return this.terms_;
  }

  get snippet(): string {
    this.snippet_ ??= snippet(this.paper.abstract, new Set([...this.terms, ...(this.source?.queryTerms ?? [])]));
    return this.snippet_;
  }
}
