import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import { measureOf } from '../search/paper-measures.js';
import type { Measure } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { Author } from '../search/author.js';
import { plural } from './answer.js';
import { spotNames } from './entities.js';

/** One row of a ranking: its label, its value, and whether it is the subject. */
export interface Row {
  label: string;
  value: number;
  subject: boolean;
}

export interface Ranking {
  /** The subject's papers, cited by a yes or no. */
  papersOf?: () => Paper[];
  /** The best and worst place the subject could hold once hidden names are known. */
  range?: () => [number, number];
  rows: Row[];
  better: (a: number, b: number) => boolean;
  noun: string;
  by: string;
  shown: (v: number) => string;
  note: string;
}

// "among Abhimanyu Dubey's papers", "Abhimanyu Dubey's papers newest first": the person whose papers are ranked.
const SCOPE =
  /\b(?:(?:among|of|in|within) )?(?:all (?:of )?)?((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s? (?:own )?papers\b/u;

/** The person a ranking is limited to, and the text without those words; undefined when none is named so. */
export function personScope(index: PaperIndex, text: string): { person: Author; rest: string } | undefined {
  const m = SCOPE.exec(text);
  if (!m) return undefined;
  const found = spotNames(index, m[1] as string).mentions.find((x) => x.kind === 'author');
  if (found?.kind !== 'author') return undefined;
  return { person: found.author, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
}

const PAPER_MEASURES: [RegExp, Measure, string][] = [
  // "the longest author list" is authors, not pages.
  [/\bauthor lists?\b|\bnumber of authors\b|\bteams?\b/i, 'authors', 'number of authors'],
  [/\bpages?\b|\blongest\b/i, 'pages', 'page count'],
  [/\btitle\b.*\bwords?\b|\bwords?\b.*\btitle/i, 'titleWords', 'title length in words'],
  [/\btitle\b/i, 'titleLength', 'title length'],
  [/\bcategor|\btags?\b/i, 'categories', 'number of categories'],
  [/\barxiv ids?\b|\bsort(?:ed)? by ids?\b/i, 'arxivId', 'arXiv id'],
  [/\blast update|\blatest version|\bmost recently (?:updated|revised)/i, 'updated', 'latest-version date'],
  [
    /\b(?:oldest|earliest|newest|first submissions?|order of first|submitted|date)\b/i,
    'submitted',
    'first-version date',
  ],
  [/\bauthors?\b|\bteam\b/i, 'authors', 'number of authors'],
];

/** The papers ranked by the measure the text names, among the papers of `pool` when given (a person's). */
export function paperRanking(
  index: PaperIndex,
  paper: Paper,
  text: string,
  pool?: readonly Paper[],
): Ranking | undefined {
  const [, measure, by] = PAPER_MEASURES.find(([re]) => re.test(text)) ?? [];
  if (!measure || !by) return undefined;
  const dated = measure === 'submitted' || measure === 'updated';
  const oldestFirst = dated && /\b(?:oldest|earliest)\b/i.test(text);
  const fewestFirst =
    /\b(?:shortest|fewest|smallest|least)\b/i.test(text) ||
    oldestFirst ||
    (measure === 'arxivId' && !/\bdescending\b/i.test(text));
  // "sort the cs.DC papers oldest first, what position is LeaseGuard": among the cs.DC papers.
  const within = /\b(?:the|any|all(?: the)?) (?:(?:most recent|\w+est) )?([a-z][a-z-]*\.[A-Za-z-]+) papers?\b/.exec(
    text,
  )?.[1];
  const inCategory = !pool && within !== undefined && paper.categories.includes(within);
  const ranked = pool ?? (inCategory ? index.papers.filter((p) => p.categories.includes(within)) : index.papers);
  const rows = ranked.flatMap((p) => {
    const v = measureOf(p, measure);
    return v === undefined ? [] : [{ label: `"${p.title}"`, value: v, subject: p === paper }];
  });
  const shown = (v: number) =>
    measure === 'submitted'
      ? `first submitted ${formatDate(paper.submitted)}`
      : measure === 'updated'
        ? `latest version ${formatDate(paper.updated)}`
        : measure === 'arxivId'
          ? `arXiv id ${paper.arxivId ?? v}`
          : measure === 'authors'
            ? plural(v, 'author')
            : measure === 'pages'
              ? plural(v, 'page')
              : measure === 'titleWords'
                ? plural(v, 'word')
                : measure === 'categories'
                  ? plural(v, 'category')
                  : plural(v, 'character');
  const direction = oldestFirst
    ? ', counted from the oldest'
    : dated
      ? ', counted from the newest'
      : fewestFirst
        ? measure === 'arxivId'
          ? ', lowest first'
          : ', fewest first'
        : '';
  return {
    rows,
    better: fewestFirst ? (a, b) => a < b : (a, b) => a > b,
    noun: inCategory ? `${within} papers` : 'papers',
    by: `${by}${direction}`,
    shown,
    note: '',
  };
}
