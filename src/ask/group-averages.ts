import { type Paper, isRevised, totalAuthors } from '../listing/paper.js';
import { formatDate } from '../listing/dates.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, joinAnd } from './answer.js';
import { numberOf } from './number-words.js';

/** A group of papers: a year, a month, a day, a (primary) category, or a person. */
type Kind = 'year' | 'month' | 'day' | 'primaryCategory' | 'category' | 'person';
/** What is averaged over a group's papers. */
type Statistic = 'authors' | 'shownAuthors' | 'revisedShare';

const KIND =
  /\b(?:which|what|where)?\s*(primary categor(?:y|ies)|categor(?:y|ies)|years?|months?|(?:submission )?days?|people|persons|authors)\b/i;
const EXTREME = /\b(highest|largest|biggest|greatest|most|smallest|lowest|(?<!at )least|fewest|smalest)\b/i;
const ADJACENT =
  /\b(?:highest|largest|biggest|greatest|smallest|smalest|lowest)\s+(?:\S+\s+){0,1}(?:average|mean|share|fraction|proportion|percentage)\b|\b(?:average|mean)\s+(?:\S+\s+){0,3}(?:highest|largest|biggest|smallest|lowest)\b/i;
const STATISTIC =
  /\b(?:average|mean)\b|\b(?:share|fraction|proportion|percentage) (?:of (?:its|their) papers )?revised\b|\bbiggest fraction revised\b/i;
const MIN_SIZE = new RegExp(
  String.raw`\b(?:with|having|holding|that have|on) (?:at least |(?=\S+\+|\S+ or more))?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)(?:\+| or more)? (?:papers|of them)?`,
  'i',
);

/**
 * "Of the years with at least 5 papers, which has the highest average author count", "which year
 * had the highest share of its papers revised", "among people on at least five papers, whose papers
 * have the smallest average team": the group whose papers' average is the highest (or lowest).
 */
export function groupAverage(index: PaperIndex, text: string): Answer | undefined {
  const statWords = STATISTIC.exec(text);
  const extreme = EXTREME.exec(text);
  // "the highest average", "the mean author count highest": the extreme is said of the average itself.
  if (!ADJACENT.test(text)) return undefined;
  const kindWords = groupKind(text);
  if (!statWords || !extreme || !kindWords) return undefined;
  const statistic: Statistic = /revised/i.test(statWords[0])
    ? 'revisedShare'
    : /\bshown names?\b|\bnames shown\b/i.test(text)
      ? 'shownAuthors'
      : 'authors';
  const min = MIN_SIZE.exec(text);
  const least = numberOf(min?.[1] ?? '1') || 1;
  const highest = !/smallest|lowest|least|fewest|smalest/i.test(extreme[1] as string);
  const groups = [...groupsOf(index.papers, kindWords)].filter(([, ps]) => ps.length >= least);
  if (groups.length === 0) return undefined;
  const scored = groups.map(([k, ps]) => ({ k, n: ps.length, v: value(ps, statistic) }));
  scored.sort((a, b) => (highest ? b.v - a.v : a.v - b.v) || (a.k < b.k ? -1 : 1));
  const best = scored.filter((s) => s.v === scored[0]?.v);
  const next = scored.find((s) => s.v !== scored[0]?.v);
  const label = (k: string) => (kindWords === 'day' ? formatDate(k) : k);
  const shown = (s: { k: string; n: number; v: number }) =>
    `${label(s.k)} (${statistic === 'revisedShare' ? `${+(100 * s.v).toFixed(1)}% revised` : `${+s.v.toFixed(1)} authors on average`} over ${s.n} papers)`;
  const what = statistic === 'revisedShare' ? 'share of papers revised' : 'average number of authors';
  const scope = least > 1 ? ` among those with at least ${least} papers` : '';
  return {
    answer: `${best.length > 1 ? 'Tied: ' : ''}${joinAnd(best.map(shown))} has the ${highest ? 'highest' : 'lowest'} ${what}${scope}${next ? `; next: ${shown(next)}` : ''}.`,
    understood: `the ${kindName(kindWords)} with the ${highest ? 'highest' : 'lowest'} ${what}${scope}`,
    papers: [],
  };
}

function groupKind(text: string): Kind | undefined {
  if (/\bwhose papers\b|\bpeople on\b/i.test(text)) return 'person';
  const m = KIND.exec(text)?.[1]?.toLowerCase() ?? '';
  if (m.startsWith('primary')) return 'primaryCategory';
  if (m.startsWith('categor')) return 'category';
  if (m.startsWith('year')) return 'year';
  if (m.startsWith('month')) return 'month';
  if (/days?$/.test(m)) return 'day';
  return m ? 'person' : undefined;
}

function kindName(kind: Kind): string {
  return kind === 'primaryCategory' ? 'primary category' : kind;
}

function groupsOf(papers: readonly Paper[], kind: Kind): Map<string, Paper[]> {
  const keys = (p: Paper): string[] => {
    if (kind === 'primaryCategory') return p.categories.slice(0, 1);
    if (kind === 'category') return p.categories;
    if (kind === 'person') return [...new Set(p.authors)];
    return [p.submitted.slice(0, kind === 'year' ? 4 : kind === 'month' ? 7 : 10)];
  };
  const out = new Map<string, Paper[]>();
  for (const p of papers) for (const k of keys(p)) out.set(k, [...(out.get(k) ?? []), p]);
  return out;
}

function value(papers: readonly Paper[], statistic: Statistic): number {
  if (statistic === 'revisedShare') return papers.filter(isRevised).length / papers.length;
  const sum = papers.reduce((s, p) => s + (statistic === 'authors' ? totalAuthors(p) : p.authors.length), 0);
  return sum / papers.length;
}
