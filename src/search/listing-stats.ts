import type { Paper } from '../listing/paper.js';
import { fold, words } from '../listing/text.js';
import { termOf } from './terms.js';
import type { AuthorMap } from './author-map.js';

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
  /** Papers that list only part of their authors ("et al."), and how many names they leave out. */
  hiddenAuthors?: { papers: number; names: number };
}

const TOP_TERMS = 15;
// The surface form of a top term is read from this many papers: enough to see its usual spelling.
const FORM_SAMPLE = 200;

/** What the statistics are computed from: a catalogued listing. */
export interface StatsSource {
  papers: readonly Paper[];
  newest: readonly Paper[];
  revised: readonly Paper[];
  authors: AuthorMap;
  /** How many papers have each term in their title or abstract. */
  textDf: ReadonlyMap<string, number>;
}

/** The statistics of a catalogued listing. */
export function listingStats(catalog: StatsSource): IndexStats {
  const { papers, newest, authors } = catalog;
  const perYear = new Map<number, number>();
  for (const p of papers) {
    const y = Number(p.submitted.slice(0, 4));
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const top: { term: string; count: number }[] = [];
  for (const [term, count] of catalog.textDf) {
    if (term.length < 3) continue;
    if (top.length === TOP_TERMS && !before(count, term, top[TOP_TERMS - 1] as { term: string; count: number }))
      continue;
    if (/\d/.test(term)) continue;
    top.push({ term, count });
    top.sort((a, b) => (before(a.count, a.term, b) ? -1 : 1));
    if (top.length > TOP_TERMS) top.pop();
  }
  // Each term is shown as the word the papers use most for it ("models", not "model").
  const forms = new Map(top.map((t) => [t.term, new Map<string, number>()]));
  for (const p of papers.slice(0, FORM_SAMPLE)) {
    for (const word of words(`${p.title} ${p.abstract}`)) {
      const seen = forms.get(termOf(word) ?? '');
      if (seen) seen.set(fold(word), (seen.get(fold(word)) ?? 0) + 1);
    }
  }
  const cut = papers.filter((p) => p.hiddenAuthorCount > 0);
  const hiddenNames = cut.reduce((n, p) => n + p.hiddenAuthorCount, 0);
  const shown = (term: string) => [...(forms.get(term) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? term;
  return {
    papers: papers.length,
    authors: authors.size,
    revised: catalog.revised.length,
    perYear: [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    topAuthors: authors
      .all()
      .slice(0, 10)
      .map((a) => ({ name: a.name, count: a.papers.length })),
    topTerms: top.map((t) => ({ term: shown(t.term), count: t.count })),
    ...(newest[0] ? { newest: newest[0].submitted } : {}),
    ...(cut.length ? { hiddenAuthors: { papers: cut.length, names: hiddenNames } } : {}),
    ...(newest.length ? { oldest: (newest[newest.length - 1] as Paper).submitted } : {}),
  };
}

// More papers first, then alphabetical: terms are folded, so code-unit order is alphabetical.
function before(count: number, term: string, other: { term: string; count: number }): boolean {
  return count > other.count || (count === other.count && term < other.term);
}
