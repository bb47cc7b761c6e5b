import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { type Acronym, AcronymMiner } from './acronyms.js';
import { AuthorMap } from './author-map.js';
import { type Paper, compareNewest, isRevised, normalizeTitle } from './paper.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
import { FIELD_BREAK, TermTable, containsSequence } from './term-table.js';
import { fold, termOf, termsOf, tokenize, words } from './text.js';

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

interface IndexedDoc {
  /** The paper's position in the listing: small ids keep MiniSearch's maps compact. */
  id: number;
  title: string;
  authors: string;
  abstract: string;
  aliases: string;
}

const BOOST = { title: 3, authors: 2, abstract: 1, aliases: 0.8 };
const SNIPPET_LENGTH = 220;
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;
/** Longest stretch of building between yields, in milliseconds (the event loop's budget). */
const SLICE_MS = 15;
/** From this many papers on, very common words are checked rather than scored (query planning). */
const PLAN_FROM_PAPERS = 2000;
/** A word in more than this share of papers is "common" for query planning. */
const COMMON_SHARE = 0.02;

/** Lets other work run (a running bot's updates) between batches of a long build. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The searchable form of one listing: a MiniSearch full-text index over title, authors and
 * abstract, plus an author map, mined acronyms, a term table and presorted latest lists. Built
 * whole from a list of papers and never changed afterwards; a new listing makes a new
 * PaperIndex. {@link PaperIndex.build} builds it in batches without blocking the event loop.
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
  private readonly terms = new TermTable();
  private acronymLookup = { short: new Map<string, Acronym[]>(), longFirst: new Map<string, Acronym[]>() };
  private readonly search_: MiniSearch<IndexedDoc>;
  private statsCache?: IndexStats;

  /** Builds the index at once. */
  constructor(papers: readonly Paper[], deferred = false) {
    this.papers = papers;
    this.search_ = new MiniSearch<IndexedDoc>({
      fields: ['title', 'authors', 'abstract', 'aliases'],
      // Fields arrive as index terms already (see document()): split, and keep them as they are.
      tokenize: (terms) => terms.split(' '),
      processTerm: (term) => term || null,
      searchOptions: { boost: BOOST },
    });
    if (!deferred) for (const _ of this.steps()) { /* all at once */ }
  }

  /** Builds an index in batches, yielding to the event loop between them, so a running bot stays responsive. */
  static async build(papers: readonly Paper[]): Promise<PaperIndex> {
    const index = new PaperIndex(papers, true);
    for (const _ of index.steps()) await yieldToEventLoop();
    return index;
  }

  /** The build, as steps of at most about SLICE_MS each. */
  private *steps(): Generator<void> {
    const papers = this.papers;
    const miner = new AcronymMiner();
    let sliceStart = performance.now();
    // True (and a new slice begins) when the current slice has used its time.
    const due = () => {
      if (performance.now() - sliceStart < SLICE_MS) return false;
      sliceStart = performance.now();
      return true;
    };
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i] as Paper;
      this.byId.set(p.id, p);
      this.numbers.set(p, i);
      if (p.arxivId) this.byArxivId.set(p.arxivId, p);
      this.byTitle.set(normalizeTitle(p.title), p);
      const short = /^([^:]{1,60}):/.exec(p.title)?.[1];
      if (short !== undefined) {
        const key = normalizeTitle(short);
        this.byShortName.set(key, [...(this.byShortName.get(key) ?? []), p]);
      }
      this.authors.add(p);
      miner.add(p.title);
      miner.add(p.abstract);
      if (i % 16 === 15 && due()) yield;
    }
    this.authors.finish();
    this.acronyms = miner.result();
    for (const a of this.acronyms) {
      const short = termOf(a.short);
      if (short !== null) this.acronymLookup.short.set(short, [...(this.acronymLookup.short.get(short) ?? []), a]);
      const first = a.longTerms[0] as string;
      this.acronymLookup.longFirst.set(first, [...(this.acronymLookup.longFirst.get(first) ?? []), a]);
    }
    yield;
    this.newest = [...papers].sort(compareNewest);
    this.revised = papers.filter(isRevised).sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : compareNewest(a, b)));
    yield;
    for (let k = 0; k < papers.length; k++) {
      this.search_.add(this.document(k, papers[k] as Paper));
      if (k % 8 === 7 && due()) yield;
    }
  }

  /** Number of papers. */
  get size(): number {
    return this.papers.length;
  }

  /** The paper with this id, if any. */
  get(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  // Fields are handed to MiniSearch already as index terms, so each text is tokenized and
  // stemmed once; the same terms fill the term table. Acronym expansions are indexed as a
  // low-weight extra field, so "MoE" finds papers that only say "mixture of experts" and the
  // reverse, at no cost at query time.
  private document(n: number, p: Paper): IndexedDoc {
    const title = termsOf(p.title);
    const abstract = termsOf(p.abstract);
    const authors = termsOf(p.authors.join(' '));
    this.terms.add([title, abstract, authors]);
    const aliases: string[] = [];
    const { short, longFirst } = this.acronymLookup;
    if (short.size > 0) {
      const text = [...title, ...abstract];
      const hasShort = new Set<Acronym>();
      const hasLong = new Set<Acronym>();
      for (let i = 0; i < text.length; i++) {
        const t = text[i] as string;
        for (const a of short.get(t) ?? []) hasShort.add(a);
        for (const a of longFirst.get(t) ?? []) {
          if (a.longTerms.every((lt, k) => text[i + k] === lt)) hasLong.add(a);
        }
      }
      for (const a of hasShort) if (!hasLong.has(a)) aliases.push(...a.longTerms);
      for (const a of hasLong) if (!hasShort.has(a)) { const s = termOf(a.short); if (s) aliases.push(s); }
    }
    return { id: n, title: title.join(' '), authors: authors.join(' '), abstract: abstract.join(' '), aliases: aliases.join(' ') };
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
      const hits = this.newest.filter((p) => filter(p, this.numberOf(p))).map((paper) => this.hit(paper, 0, [], new Set()));
      return { query, hits, notes };
    }

    // Query planning on large listings: very common words (in more than 2% of papers) do not
    // narrow a search much but cost the most to score; when a rarer word is present they are
    // checked as filters on its candidates, with a small score for a match in the title.
    const common = new Set<string>();
    if (this.size >= PLAN_FROM_PAPERS && terms.length > 1) {
      const byFrequency = [...terms].sort((a, b) => this.terms.frequency(a) - this.terms.frequency(b));
      for (const t of byFrequency.slice(1)) {
        if (this.terms.has(t) && this.terms.frequency(t) > this.size * COMMON_SHARE) common.add(t);
      }
    }
    const scored = terms.filter((t) => !common.has(t));
    const commonIds = [...common].map((t) => this.terms.id(t) as number);
    const last = terms[terms.length - 1] as string;
    const options = {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      boost: BOOST,
      // Fuzzy matching only for words the listing does not contain, so a typo finds its word
      // while a real name ("Divya") never also matches its neighbour ("Divyat"); prefix only on
      // the last word, as it is being typed.
      fuzzy: (term: string) => (this.terms.has(term) || term.length < 4 ? false : term.length <= 6 ? 1 : 2),
      prefix: (term: string) => term === last && term.length >= 3 && !this.terms.has(term),
      filter: (r: MiniResult) => {
        const n = r.id as number;
        const seq = this.terms.sequences[n] as Uint32Array;
        return commonIds.every((id) => seq.includes(id)) && filter(this.papers[n] as Paper, n);
      },
    };
    // Typos are rarer than words being typed: first without fuzzy matching (prefix on the last
    // word only), and with it only when that finds nothing, since fuzzy matching a large
    // vocabulary is the costliest part of a query.
    const oov = scored.some((t) => !this.terms.has(t));
    let results = oov ? this.search_.search(scored.join(' '), { ...options, fuzzy: false, combineWith: 'AND' }) : [];
    if (results.length === 0) results = this.search_.search(scored.join(' '), { ...options, combineWith: 'AND' });
    if (results.length === 0 && oov) {
      // A long misspelled word can stem far from its word ("interpretabilty" stems to
      // "interpretabilti", six edits from "interpret"): try the longest known stem it starts with.
      const surface = new Map(contentWords.map((w) => [termOf(w), fold(w)]));
      const rescued = scored.map((t) => (this.terms.has(t) ? t : this.knownPrefix(surface.get(t) ?? t) ?? t));
      if (rescued.some((t, i) => t !== scored[i])) results = this.search_.search(rescued.join(' '), { ...options, combineWith: 'AND' });
    }
    if (results.length === 0 && terms.length > 1 && !mode.allWords) {
      results = this.search_.search(terms.join(' '), { ...options, combineWith: 'OR', filter: (r: MiniResult) => filter(this.papers[r.id as number] as Paper, r.id as number) });
      if (results.length > 0) notes.push('no paper has all the words; showing papers with some of them');
    }
    const idf = (id: number) => Math.log(1 + this.size / Math.max(1, this.terms.df[id] as number));
    const hits = results.map((r) => {
      const n = r.id as number;
      let score = r.score;
      for (const id of commonIds) score += (this.inTitle(n, id) ? BOOST.title : 0.3) * idf(id);
      return this.hit(this.papers[n] as Paper, score, [...r.terms, ...common], new Set([...r.terms, ...terms]));
    });
    hits.sort((a, b) => b.score - a.score || compareNewest(a.paper, b.paper));
    return { query, hits, notes };
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

  /** A hit whose snippet is computed only if it is shown. */
  private hit(paper: Paper, score: number, terms: string[], snippetTerms: ReadonlySet<string>): SearchHit {
    let cached: string | undefined;
    return {
      paper,
      score,
      terms,
      get snippet() {
        cached ??= snippet(paper.abstract, snippetTerms);
        return cached;
      },
    };
  }

  private filterFor(query: ParsedQuery, notes: string[]): (p: Paper, n: number) => boolean {
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
      checks.push((_p, n) => ids !== null && containsSequence(this.sequenceOf(n), ids));
    }
    for (const excluded of query.excluded) {
      const ids = this.terms.idsOf(termsOf(excluded));
      if (ids !== null && ids.length > 0) checks.push((_p, n) => !containsSequence(this.sequenceOf(n), ids));
    }
    return (p, n) => checks.every((check) => check(p, n));
  }

  /** Whether paper n's title (the first field of its sequence) has term `id`. */
  private inTitle(n: number, id: number): boolean {
    const seq = this.sequenceOf(n);
    for (const t of seq) {
      if (t === FIELD_BREAK) return false;
      if (t === id) return true;
    }
    return false;
  }

  private sequenceOf(n: number): Uint32Array {
    return this.terms.sequences[n] ?? new Uint32Array(0);
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
    const inTitle = norm ? this.papers.filter((p) => ` ${normalizeTitle(p.title)} `.includes(` ${norm} `)) : [];
    if (inTitle.length === 1) return { kind: 'found', paper: inTitle[0] as Paper };
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
    for (const seq of this.terms.sequences) {
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
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
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
