import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { type Acronym, mineAcronyms } from './acronyms.js';
import { AuthorMap } from './author-map.js';
import { type Paper, compareNewest, isRevised, normalizeTitle } from './paper.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from './query.js';
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
  id: string;
  title: string;
  authors: string;
  abstract: string;
  aliases: string;
}

const BOOST = { title: 3, authors: 2, abstract: 1, aliases: 0.8 };
const SNIPPET_LENGTH = 220;
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/**
 * The searchable form of one listing: a MiniSearch full-text index over title, authors and
 * abstract, plus an author map, mined acronyms and presorted latest lists. Built whole from a
 * list of papers and never changed afterwards; a new listing makes a new PaperIndex.
 */
export class PaperIndex {
  /** Papers in listing order. */
  readonly papers: readonly Paper[];
  readonly authors: AuthorMap;
  readonly acronyms: readonly Acronym[];
  /** Newest first-version first. */
  readonly newest: readonly Paper[];
  /** Revised papers, most recently revised first. */
  readonly revised: readonly Paper[];
  private readonly byId = new Map<string, Paper>();
  private readonly byArxivId = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();
  private readonly vocabulary = new Set<string>();
  private readonly acronymTerms: { acronym: Acronym; short: string | null; long: string }[];
  private readonly search_: MiniSearch<IndexedDoc>;
  private statsCache?: IndexStats;

  constructor(papers: readonly Paper[]) {
    this.papers = papers;
    this.authors = new AuthorMap(papers);
    this.acronyms = mineAcronyms(papers.flatMap((p) => [p.title, p.abstract]));
    this.acronymTerms = this.acronyms.map((acronym) => ({ acronym, short: termOf(acronym.short), long: ` ${acronym.longTerms.join(' ')} ` }));
    this.newest = [...papers].sort(compareNewest);
    this.revised = papers.filter(isRevised).sort((a, b) => b.updated.localeCompare(a.updated) || compareNewest(a, b));
    for (const p of papers) {
      this.byId.set(p.id, p);
      if (p.arxivId) this.byArxivId.set(p.arxivId, p);
      this.byTitle.set(normalizeTitle(p.title), p);
    }
    const vocabulary = this.vocabulary;
    this.search_ = new MiniSearch<IndexedDoc>({
      fields: ['title', 'authors', 'abstract', 'aliases'],
      tokenize: (terms) => terms.split(' '),
      processTerm: (term) => {
        if (!term) return null;
        vocabulary.add(term);
        return term;
      },
      searchOptions: { boost: BOOST },
    });
    this.search_.addAll(papers.map((p) => this.document(p)));
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
  // stemmed once. Acronym expansions are indexed as a low-weight extra field, so "MoE" finds
  // papers that only say "mixture of experts" and the reverse, at no cost at query time.
  private document(p: Paper): IndexedDoc {
    const title = termsOf(p.title);
    const abstract = termsOf(p.abstract);
    const joined = ` ${title.join(' ')} ${abstract.join(' ')} `;
    const aliases: string[] = [];
    for (const a of this.acronymTerms) {
      const hasShort = a.short !== null && joined.includes(` ${a.short} `);
      const hasLong = joined.includes(a.long);
      if (hasShort && !hasLong) aliases.push(...a.acronym.longTerms);
      else if (hasLong && !hasShort && a.short !== null) aliases.push(a.short);
    }
    return { id: p.id, title: title.join(' '), authors: termsOf(p.authors.join(' ')).join(' '), abstract: abstract.join(' '), aliases: aliases.join(' ') };
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
    const terms = contentWords.map((w) => termOf(w)).filter((t): t is string => t !== null);

    if (terms.length === 0) {
      // Only filters (or only stop words): the matching papers, newest first.
      const hits = this.newest.filter(filter).map((paper) => ({ paper, score: 0, terms: [], snippet: snippet(paper.abstract, new Set()) }));
      return { query, hits, notes };
    }

    const last = terms.length - 1;
    const options = {
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      boost: BOOST,
      // Fuzzy matching only for words the listing does not contain, so a typo finds its word
      // while a real name ("Divya") never also matches its neighbour ("Divyat").
      fuzzy: (term: string) => (this.vocabulary.has(term) || term.length < 4 ? false : term.length <= 6 ? 1 : 2),
      prefix: (term: string, i: number) => i === last && term.length >= 3 && !this.vocabulary.has(term),
      filter: (r: MiniResult) => filter(this.byId.get(r.id) as Paper),
    };
    let results = this.search_.search(terms.join(' '), { ...options, combineWith: 'AND' });
    if (results.length === 0 && terms.length > 1 && !mode.allWords) {
      results = this.search_.search(terms.join(' '), { ...options, combineWith: 'OR' });
      if (results.length > 0) notes.push('no paper has all the words; showing papers with some of them');
    }
    const hits = results.map((r) => {
      const paper = this.byId.get(r.id) as Paper;
      return { paper, score: r.score, terms: r.terms, snippet: snippet(paper.abstract, new Set([...r.terms, ...terms])) };
    });
    hits.sort((a, b) => b.score - a.score || compareNewest(a.paper, b.paper));
    return { query, hits, notes };
  }

  private filterFor(query: ParsedQuery, notes: string[]): (p: Paper) => boolean {
    const checks: ((p: Paper) => boolean)[] = [];
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
    if (query.phrases.length > 0) {
      const phrases = query.phrases.map((ph) => ` ${words(fold(ph)).join(' ')} `);
      checks.push((p) => {
        const hay = ` ${words(fold(`${p.title} . ${p.abstract} . ${p.authors.join(' , ')}`)).join(' ')} `;
        return phrases.every((ph) => hay.includes(ph));
      });
    }
    if (query.excluded.length > 0) {
      const excluded = query.excluded.map((e) => termsOf(e)).filter((ts) => ts.length > 0);
      checks.push((p) => {
        const own = ` ${termsOf(`${p.title} ${p.abstract} ${p.authors.join(' ')}`).join(' ')} `;
        return !excluded.some((ts) => own.includes(` ${ts.join(' ')} `));
      });
    }
    return (p) => checks.every((check) => check(p));
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
    const named = this.papers.filter((p) => {
      const short = /^([^:]{1,60}):/.exec(p.title)?.[1];
      return short !== undefined && normalizeTitle(short) === norm;
    });
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

  /** Listing statistics; computed once. */
  stats(): IndexStats {
    if (this.statsCache) return this.statsCache;
    const perYear = new Map<number, number>();
    for (const p of this.papers) {
      const y = Number(p.submitted.slice(0, 4));
      perYear.set(y, (perYear.get(y) ?? 0) + 1);
    }
    const docFreq = new Map<string, number>();
    const surface = new Map<string, Map<string, number>>();
    for (const p of this.papers) {
      const seen = new Set<string>();
      for (const { word } of tokenize(`${p.title} ${p.abstract}`)) {
        const lower = fold(word);
        if (lower.length < 3 || /\d/.test(lower)) continue;
        const t = termOf(lower);
        if (t === null) continue;
        const forms = surface.get(t) ?? new Map<string, number>();
        forms.set(lower, (forms.get(lower) ?? 0) + 1);
        surface.set(t, forms);
        if (seen.has(t)) continue;
        seen.add(t);
        docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
      }
    }
    const topTerms = [...docFreq.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 15)
      .map(([t, count]) => {
        const forms = [...(surface.get(t) as Map<string, number>).entries()].sort((a, b) => b[1] - a[1]);
        return { term: (forms[0] as [string, number])[0], count };
      });
    this.statsCache = {
      papers: this.papers.length,
      authors: this.authors.size,
      revised: this.revised.length,
      perYear: [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
      topAuthors: this.authors.all().slice(0, 10).map((a) => ({ name: a.name, count: a.papers.length })),
      topTerms,
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
