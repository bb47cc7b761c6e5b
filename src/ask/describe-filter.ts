import type { Clause, PaperFilter } from '../search/paper-filter.js';
import type { TypedQuestion } from './typed-question.js';
import { joinAnd } from './answer.js';
import { period } from './describe-period.js';

export const MEASURE_WORDS: Record<string, string> = {
  authors: 'authors (hidden ones included)',
  shownAuthors: 'authors shown',
  pages: 'pages',
  figures: 'figures',
  tables: 'tables',
  titleLength: 'characters of title',
  titleWords: 'words of title',
  categories: 'categories',
  submitted: 'first-version date',
  updated: 'latest-version date',
  revisionGap: 'days from first to latest version',
  versions: 'versions',
  arxivId: 'arXiv id',
};
const PRESENCE_WORDS: Record<string, string> = {
  doi: 'a DOI',
  journalRef: 'a journal reference',
  comments: 'comments',
  reportNumber: 'a report number',
  acmClass: 'an ACM class',
  mscClass: 'an MSC class',
  code: 'a code link',
  projectPage: 'a project page or other web link',
  abstract: 'an abstract',
  authors: 'authors',
  title: 'a title',
  hiddenAuthors: 'authors hidden behind "et al."',
  pages: 'a page count',
  figures: 'a figure count',
  acceptance: 'comments or a journal reference saying where they were accepted or published',
  submission: 'comments saying they were submitted or are under review, not accepted',
};
const MENTION_FIELDS: Record<string, string> = {
  journalRef: 'journal reference',
  doi: 'DOI',
  acmClass: 'ACM class',
  mscClass: 'MSC class',
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const DATE_WORDS = { submitted: 'submitted', updated: 'last revised', announced: 'announced' } as const;
const OPS: Record<string, string> = {
  '>': 'more than',
  '<': 'fewer than',
  '>=': 'at least',
  '<=': 'at most',
  '=': 'exactly',
};

const PEOPLE_NAMED = 6;

/** "by any of 14 people (Song Wang, Peng Wang, … and 9 more)": a long list of people said short. */
function manyPeople(any: readonly PaperFilter[]): string | undefined {
  const people = any.flatMap((c) => ('kind' in c && c.kind === 'author' && !c.position ? [c.name] : []));
  if (people.length !== any.length || people.length <= PEOPLE_NAMED) return undefined;
  const shown = people.slice(0, PEOPLE_NAMED - 1).join(', ');
  return `by any of ${people.length} people (${shown} and ${people.length - PEOPLE_NAMED + 1} more)`;
}

/** One condition in words: "by Divya Mahajan (first author)", "in cs.CL (primary)". */
export function describeClause(c: Clause): string {
  switch (c.kind) {
    case 'topic':
      return `about ${c.phrase ? `the phrase "${c.words}"` : `"${c.words}"`}`;
    case 'mentions':
      if (c.at === 'start') return `with a ${c.field} starting with "${c.words}"`;
      return `with "${c.words}" in the ${MENTION_FIELDS[c.field] ?? c.field}`;
    case 'author':
      return `by ${c.name}${c.position ? ` as ${c.position} author` : ''}`;
    case 'date':
      return `${DATE_WORDS[c.field]} ${period(c.from, c.until)}`;
    case 'weekday':
      return `${DATE_WORDS[c.field]} on a ${joinAnd(
        c.days.map((d) => WEEKDAYS[d] as string),
        'or',
      )}`;
    case 'category':
      return `in ${c.code}${c.archive && !c.code.includes('-ph') && !c.code.includes('.') ? '.*' : ''}${c.primary ? ' (primary)' : ''}`;
    case 'has':
      return `with ${PRESENCE_WORDS[c.field]}`;
    case 'revised':
      return c.value ? 'revised at least once' : 'never revised';
    case 'paper':
      return c.ids.length === 1 ? `the paper ${c.ids[0]}` : `the papers ${c.ids.join(' and ')}`;
    case 'measure':
      return `with ${OPS[c.op]} ${c.value} ${c.value === 1 ? singular(MEASURE_WORDS[c.measure] as string) : MEASURE_WORDS[c.measure]}`;
  }
}

/** "1 category", "1 author (hidden ones included)". */
function singular(words: string): string {
  return words.replace(/^(\w+?)(ies|s)\b/, (_, stem: string, end: string) => stem + (end === 'ies' ? 'y' : ''));
}

/** "by X, neither as first nor as last author": a person and not at either end of the list. */
function middleAuthor(all: readonly PaperFilter[]): string | undefined {
  const [who, a, b] = all;
  if (all.length !== 3 || !who || !('kind' in who) || who.kind !== 'author' || who.position) return undefined;
  const at = (f: PaperFilter | undefined, position: string) =>
    f !== undefined &&
    'not' in f &&
    'kind' in f.not &&
    f.not.kind === 'author' &&
    f.not.name === who.name &&
    f.not.position === position;
  return at(a, 'first') && at(b, 'last') ? `by ${who.name}, neither as first nor as last author` : undefined;
}

/** A filter in words, AND as a list, OR with "or", NOT with "not". */
/** "never first author of a paper", "never on a paper with Divya Mahajan": what people are not. */
export function neverWords(never: NonNullable<TypedQuestion['never']>): string {
  const f = never.papers;
  if (never.position) return `never ${never.position} author of ${f ? `any of ${describeFilter(f)}` : 'a paper'}`;
  if (f && 'kind' in f && f.kind === 'measure' && f.measure === 'authors' && f.value === 1)
    return 'never the sole author of a paper';
  if (f && 'kind' in f && f.kind === 'author') return `never on a paper with ${f.name}`;
  if (f && 'kind' in f && f.kind === 'paper') return `not on ${describeClause(f)}`;
  return `on none of the ${describeFilter(f)}`;
}

export function describeFilter(f: PaperFilter | null): string {
  if (!f) return 'all papers in the listing';
  if ('kind' in f && f.kind === 'paper') return describeClause(f);
  return `papers ${phrase(f)}`;
}

export function phrase(f: PaperFilter): string {
  if ('all' in f) {
    // "last revised in 2025" already says the paper was revised.
    const dated = f.all.some((g) => 'kind' in g && g.kind === 'date' && g.field === 'updated');
    const xor = exclusive(f.all);
    const said = f.all.filter((g) => g !== xor?.not && !(dated && 'kind' in g && g.kind === 'revised' && g.value));
    const say = (g: PaperFilter) => (g === xor?.or ? `(${xor.or.any.map(phrase).join(' or ')}, not both)` : phrase(g));
    return middleAuthor(said) ?? [...new Set(together(said).map(say))].join(' ');
  }
  if ('any' in f) return sameMonth(f.any) ?? manyPeople(f.any) ?? `(${f.any.map(phrase).join(' or ')})`;
  if ('not' in f) {
    const not = phrase(f.not);
    if ('kind' in f.not && f.not.kind === 'paper') return `other than ${not}`;
    return not.startsWith('with ') ? `without ${not.slice(5)}` : `not ${not}`;
  }
  return describeClause(f);
}

/** "in cs.CL or cs.AI but not both": the "or" and the "not both" beside it, to be said as one. */
function exclusive(all: readonly PaperFilter[]): { or: { any: PaperFilter[] }; not: PaperFilter } | undefined {
  const key = (x: unknown) => JSON.stringify(x);
  for (const not of all)
    if ('not' in not && 'all' in not.not) {
      const both = key(not.not.all);
      const or = all.find((g): g is { any: PaperFilter[] } => 'any' in g && key(g.any) === both);
      if (or) return { or, not };
    }
  return undefined;
}

/** "by both Dhruv Mahajan and Divya Mahajan": several people required on each paper, said once. */
function together(all: readonly PaperFilter[]): (PaperFilter | Clause)[] {
  const people = all.filter((g): g is Clause => 'kind' in g && g.kind === 'author' && !g.position);
  if (people.length < 2) return [...all];
  const names = people.map((g) => (g.kind === 'author' ? g.name : ''));
  const both: Clause = { kind: 'author', name: `${people.length === 2 ? 'both' : 'all of'} ${joinAnd(names)}` };
  return [both, ...all.filter((g) => !people.includes(g as Clause))];
}

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/** "submitted in December of any year (2022–2026)": one month of several years. */
function sameMonth(any: readonly PaperFilter[]): string | undefined {
  const dates = any.flatMap((g) => ('kind' in g && g.kind === 'date' && g.from && g.until ? [g] : []));
  const months = new Set(dates.map((d) => d.from?.slice(5, 7)));
  if (dates.length < 3 || dates.length !== any.length || months.size !== 1) return undefined;
  const wholeMonth = (d: (typeof dates)[number]) =>
    d.from?.endsWith('-01') && d.until?.endsWith('-01') && d.until.slice(5, 7) !== d.from.slice(5, 7);
  if (dates.some((d) => d.field !== dates[0]?.field || !wholeMonth(d))) return undefined;
  const years = dates.map((d) => d.from?.slice(0, 4)).sort();
  const month = MONTH_NAMES[Number(dates[0]?.from?.slice(5, 7)) - 1];
  return `${DATE_WORDS[dates[0]?.field ?? 'submitted']} in ${month} of any year (${years[0]}–${years[years.length - 1]})`;
}
