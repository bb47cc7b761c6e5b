import { type Paper, compareNewest, isRevised, normalizeTitle } from '../listing/paper.js';
import { termsOf } from '../listing/text.js';
import { type Acronym, AcronymMiner } from './acronyms.js';
import { AuthorMap } from './author-map.js';
import { type IndexStats, listingStats } from './listing-stats.js';

/**
 * A paper's fields as index terms (folded, stemmed, stop words removed), each field's terms
 * joined by spaces with a space before and after, so a phrase is found with `includes`.
 */
export interface PaperTerms {
  title: string;
  abstract: string;
  authors: string;
}

/** The index fields, in the order MiniSearch is given them. */
export const FIELDS = ['title', 'abstract', 'authors'] as const;
export type Field = (typeof FIELDS)[number];

/** The terms of one paper's fields (`memo` as for {@link termsOf}). */
export function paperTerms(p: Paper, memo?: Map<string, string | null>): PaperTerms {
  return { title: joined(termsOf(p.title, memo)), abstract: joined(termsOf(p.abstract, memo)), authors: joined(termsOf(p.authors.join(' '), memo)) };
}

function joined(terms: readonly string[]): string {
  return ` ${terms.join(' ')} `;
}

/** Whether these terms follow each other in one field of the paper. */
export function hasPhrase(paper: PaperTerms, phrase: readonly string[]): boolean {
  const needle = ` ${phrase.join(' ')} `;
  return paper.title.includes(needle) || paper.abstract.includes(needle) || paper.authors.includes(needle);
}

/** Everything about a listing that the full-text index does not hold: look-ups, people, acronyms, orders, term counts. */
export interface ListingCatalog {
  papers: readonly Paper[];
  byId: ReadonlyMap<string, Paper>;
  byArxivId: ReadonlyMap<string, Paper>;
  byTitle: ReadonlyMap<string, Paper>;
  /** Papers by the short name their title starts with ("pimba" for "Pimba: A ..."). */
  byShortName: ReadonlyMap<string, readonly Paper[]>;
  /** Each paper's normalized title, by paper number. */
  titleKeys: readonly string[];
  /** Each paper's terms, by paper number. */
  paperTerms: readonly PaperTerms[];
  /** How many papers have each term in their title or abstract. */
  textDf: ReadonlyMap<string, { readonly df: number }>;
  /** Terms of author names. */
  nameTerms: ReadonlySet<string>;
  authors: AuthorMap;
  acronyms: readonly Acronym[];
  /** Newest first-version first. */
  newest: readonly Paper[];
  /** Revised papers, most recently revised first. */
  revised: readonly Paper[];
  /** Paper numbers in `newest` order. */
  newestOrder: readonly number[];
  /** Each paper's position in `newest`, by paper number: the tie-break between equal scores. */
  newestRank: Uint32Array;
}

/**
 * Collects a {@link ListingCatalog} one paper at a time, as MiniSearch asks for each paper's
 * fields, so that the listing's words are folded and stemmed once for both.
 */
export class CatalogBuilder {
  private readonly byId = new Map<string, Paper>();
  private readonly byArxivId = new Map<string, Paper>();
  private readonly byTitle = new Map<string, Paper>();
  private readonly byShortName = new Map<string, Paper[]>();
  private readonly titleKeys: string[] = [];
  private readonly paperTerms: PaperTerms[] = [];
  /** Each text term's document count, and the last paper that counted it. */
  private readonly counts = new Map<string, { df: number; last: number }>();
  private readonly nameTerms = new Set<string>();
  private readonly authors = new AuthorMap();
  private readonly miner = new AcronymMiner();
  private newestOrder: number[] = [];
  private newest: Paper[] = [];
  private readonly newestRank: Uint32Array;
  private revised: Paper[] = [];
  private readonly numbers = new Map<Paper, number>();
  private acronyms: Acronym[] = [];
  private stats: IndexStats | undefined;
  /** Each distinct word's term, for this build only (a small listing's words fit the shared cache). */
  private readonly wordTerms: Map<string, string | null> | undefined;

  constructor(private readonly papers: readonly Paper[]) {
    this.newestRank = new Uint32Array(papers.length);
    if (papers.length > OWN_WORD_TABLE_FROM) this.wordTerms = new Map();
  }

  /** Records paper number n and returns its terms. */
  add(n: number): PaperTerms {
    const p = this.papers[n] as Paper;
    this.numbers.set(p, n);
    this.byId.set(p.id, p);
    if (p.arxivId) this.byArxivId.set(p.arxivId, p);
    const titleKey = normalizeTitle(p.title);
    this.titleKeys[n] = titleKey;
    this.byTitle.set(titleKey, p);
    const short = /^([^:]{1,60}):/.exec(p.title)?.[1];
    const shortKey = short === undefined ? '' : normalizeTitle(short);
    if (shortKey) {
      const same = this.byShortName.get(shortKey);
      if (same) same.push(p);
      else this.byShortName.set(shortKey, [p]);
    }
    this.authors.add(p);
    this.miner.add(p.title);
    this.miner.add(p.abstract);
    const title = termsOf(p.title, this.wordTerms);
    const abstract = termsOf(p.abstract, this.wordTerms);
    const authors = termsOf(p.authors.join(' '), this.wordTerms);
    this.count(title, n);
    this.count(abstract, n);
    for (const t of authors) this.nameTerms.add(t);
    const terms = { title: joined(title), abstract: joined(abstract), authors: joined(authors) };
    this.paperTerms[n] = terms;
    return terms;
  }

  private count(terms: readonly string[], n: number): void {
    for (const t of terms) {
      const c = this.counts.get(t);
      if (c === undefined) this.counts.set(t, { df: 1, last: n });
      else if (c.last !== n) { c.df++; c.last = n; }
    }
  }

  /** The work left once every paper was added, in pieces a running bot answers between. */
  remainingWork(): (() => void)[] {
    const rank = (p: Paper) => this.newestRank[this.numbers.get(p) as number] as number;
    return [
      () => { this.newestOrder = newestFirst(this.papers); },
      () => this.orderByNewest(),
      ...this.authors.finishWork((a, b) => rank(a) - rank(b)),
      () => { this.acronyms = this.miner.result(); },
      () => { this.stats = listingStats(this.catalog()); },
    ];
  }

  private orderByNewest(): void {
    const papers = this.papers;
    this.newest = this.newestOrder.map((n) => papers[n] as Paper);
    this.newestOrder.forEach((n, k) => { this.newestRank[n] = k; });
    this.revised = latestRevisionFirst(this.newest);
  }

  /** The catalog and its statistics, once every paper was added and the remaining work done. */
  result(): { catalog: ListingCatalog; stats: IndexStats } {
    return { catalog: this.catalog(), stats: this.stats as IndexStats };
  }

  private catalog(): ListingCatalog {
    return {
      papers: this.papers,
      byId: this.byId,
      byArxivId: this.byArxivId,
      byTitle: this.byTitle,
      byShortName: this.byShortName,
      titleKeys: this.titleKeys,
      paperTerms: this.paperTerms,
      textDf: this.counts,
      nameTerms: this.nameTerms,
      authors: this.authors,
      acronyms: this.acronyms,
      newest: this.newest,
      revised: this.revised,
      newestOrder: this.newestOrder,
      newestRank: this.newestRank,
    };
  }
}

// Listings larger than this have more distinct words than the shared term cache keeps.
const OWN_WORD_TABLE_FROM = 1000;
const DAY_MS = 86_400_000;
const days = 1 << 16; // day numbers up to the year 2149

/** A day as a number that sorts the latest first. */
function day(iso: string): number {
  return days - 1 - Math.min(days - 1, Math.max(0, Math.floor(Date.parse(iso) / DAY_MS) || 0));
}

/** A power of two above every position in a list of n. */
function positions(n: number): number {
  return 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
}

/** The revised papers of a newest-first list, most recently revised first, then in that order. */
function latestRevisionFirst(newest: readonly Paper[]): Paper[] {
  const scale = positions(newest.length);
  const keys: number[] = [];
  newest.forEach((p, k) => { if (isRevised(p)) keys.push(day(p.updated) * scale + k); });
  return Array.from(Float64Array.from(keys).sort(), (key) => newest[key % scale] as Paper);
}

/**
 * Paper numbers in {@link compareNewest} order. Sorted as numbers that pack the two dates and
 * the paper's number (a comparator sort of 30,000 papers holds the event loop for 0.15 s);
 * papers with the same two dates are then put in title order.
 */
function newestFirst(papers: readonly Paper[]): number[] {
  const scale = positions(papers.length);
  const keys = Float64Array.from(papers, (p, n) => (day(p.submitted) * days + day(p.updated)) * scale + n).sort();
  const order = Array.from(keys, (k) => k % scale);
  for (let start = 0; start < order.length;) {
    const group = Math.floor((keys[start] as number) / scale);
    let end = start + 1;
    while (end < order.length && Math.floor((keys[end] as number) / scale) === group) end++;
    if (end - start > 1) {
      const run = order.slice(start, end).sort((a, b) => compareNewest(papers[a] as Paper, papers[b] as Paper));
      for (let k = 0; k < run.length; k++) order[start + k] = run[k] as number;
    }
    start = end;
  }
  return order;
}
