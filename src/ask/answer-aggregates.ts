import { venueOf } from '../listing/paper-fields.js';
import { fold } from '../listing/text.js';
import type { Paper } from '../listing/paper.js';
import type { DateField } from '../search/paper-filter.js';
import { measureOf } from '../search/paper-measures.js';
import { extremeOf } from './answer-extremes.js';
import { capitalize, firstWithTies, joinAnd, plural, topWords } from './answer.js';
import { atPlace, placeLead } from './answer-place.js';
import type { Said } from './answer-sets.js';
import { askedPeriod, emptyPeriodsAnswer, withEmptyPeriods } from './empty-periods.js';
import { FIELD_WORDS, type Row, label } from './group-labels.js';
import { crossListsOnlyAnswer } from './answer-cross-lists.js';
import type { GroupBy, TypedQuestion } from './typed-question.js';

/** The labels a paper counts under when grouped. */
function labelsOf(p: Paper, by: GroupBy, field: DateField): string[] {
  const date = field === 'announced' ? p.announced : p[field];
  switch (by) {
    case 'year':
      return [date.slice(0, 4)];
    case 'month':
      return [date.slice(0, 7)];
    case 'day':
      return field === 'announced' ? [] : [date];
    case 'category':
      return p.categories;
    case 'primaryCategory':
      return p.categories.slice(0, 1);
    case 'author':
      return [...new Set(p.authors)];
    case 'venue': {
      const venue = venueOf(p);
      return venue ? [venue] : [];
    }
    case 'weekday':
      return field === 'announced' ? [] : [`${new Date(`${date}T00:00:00Z`).getUTCDay()}`];
  }
}

/** Venues written two ways ("SIGMOD 2026", "SIGMOD2026") are one group, named as first written. */
function groupKey(label: string, by: GroupBy): string {
  return by === 'venue'
    ? fold(label)
        .replace(/^(?:the|in|proc\.?|proceedings of)\s+/, '')
        .replace(/[^\p{L}\p{N}&]+/gu, '')
    : label;
}

/** Counts per label, largest first (dates in order for a distribution over time). */
export function groupCounts(papers: readonly Paper[], by: GroupBy, field: DateField): [string, number, Paper[]][] {
  const groups = new Map<string, { label: string; papers: Paper[] }>();
  for (const p of papers)
    for (const l of labelsOf(p, by, field)) {
      const key = groupKey(l, by);
      const group = groups.get(key);
      if (group) group.papers.push(p);
      else groups.set(key, { label: l, papers: [p] });
    }
  return [...groups.values()].map(({ label: l, papers: ps }): [string, number, Paper[]] => [l, ps.length, ps]);
}

/** "2024: 6, 2025: 8": papers per group. */
export function distributionAnswer(papers: readonly Paper[], q: TypedQuestion, described: string): Said {
  const by = q.groupBy ?? 'year';
  const field = q.dateField ?? 'submitted';
  if (
    (by === 'category' || by === 'primaryCategory') &&
    papers.length > 0 &&
    papers.every((p) => p.categories.length === 0)
  )
    return {
      text: 'The listing shows no categories, so it cannot count papers by category.',
      papers: [],
      declined: true,
    };
  if (by === 'venue' && !namesVenues(papers)) return NO_VENUES;
  if (q.crossListsOnly) return crossListsOnlyAnswer(papers, described);
  let rows = groupCounts(papers, by, field);
  const overTime = by === 'year' || by === 'month' || by === 'day' || by === 'weekday';
  // Monday to Sunday, the days with no papers as 0.
  if (by === 'weekday')
    for (const d of [1, 2, 3, 4, 5, 6, 0]) if (!rows.some((r) => r[0] === `${d}`)) rows.push([`${d}`, 0, []]);
  if (by === 'year' || by === 'month' || (by === 'day' && q.emptyOnly))
    rows = withEmptyPeriods(rows, by, askedPeriod(q, field), q.emptyOnly);
  if (q.emptyOnly) return emptyPeriodsAnswer(rows, q, described);
  const key = (l: string) => (by === 'weekday' ? `${(Number(l) + 6) % 7}` : l);
  rows.sort((a, b) => (overTime ? key(a[0]).localeCompare(key(b[0])) : b[1] - a[1] || a[0].localeCompare(b[0])));
  if (q.limit && !overTime) rows = firstWithTies(rows, q.limit, (r) => r[1]);
  if (q.groups) rows = rows.filter((r) => q.groups?.includes(r[0]));
  const list = rows.map(([l, n]) => `${label(l, by)}: ${n}`).join(', ') + (q.groups ? compared(rows) : '');
  const per = overTime
    ? `per ${by} of ${FIELD_WORDS[field]}`
    : `per ${by === 'primaryCategory' ? 'primary category' : by}`;
  if (by === 'venue')
    return {
      text: `${capitalize(described)} per venue named in their journal reference or comments: ${list || 'none'} ${venueShare(papers, rows)}.`,
      papers: rows.flatMap((r) => r[2]),
    };
  return {
    text: rows.length ? `${capitalize(described)} ${per}: ${list} (${papers.length} in all).` : `No ${described}.`,
    papers: [...papers],
  };
}

const NO_VENUES: Said = {
  text: 'The listing shows no comments or journal references, so it cannot say where papers were accepted or published.',
  papers: [],
  declined: true,
};

function namesVenues(papers: readonly Paper[]): boolean {
  return papers.length === 0 || papers.some((p) => p.comments !== undefined || p.journalRef !== undefined);
}

/** "(3 of the 200 papers name one; the others do not say)": venues are only known where a paper names one. */
function venueShare(papers: readonly Paper[], rows: readonly Row[]): string {
  const named = new Set(rows.flatMap((r) => r[2])).size;
  return `(${named} of the ${plural(papers.length, 'paper')} name${named === 1 ? 's' : ''} one, as written; the others do not say)`;
}

/** "; cs.CL has more": the answer to "are there more cs.CL or cs.AI papers". */
function compared(rows: readonly [string, number, Paper[]][]): string {
  const [a, b] = rows;
  if (rows.length !== 2 || !a || !b) return '';
  return a[1] === b[1] ? '; as many of each' : `; ${a[1] > b[1] ? a[0] : b[0]} has more`;
}

/** The group with the most (or fewest) papers, with its ties. */
export function topGroupAnswer(papers: readonly Paper[], q: TypedQuestion, described: string): Said {
  const by = q.groupBy ?? 'day';
  const field = q.dateField ?? 'submitted';
  if (by === 'venue' && !namesVenues(papers)) return NO_VENUES;
  const rows = groupCounts(papers, by, field);
  if (rows.length === 0)
    return { text: by === 'venue' ? `None of the ${described} names a venue.` : `No ${described}.`, papers: [] };
  const best = extremeOf(
    rows.map((r) => r[1]),
    q.direction,
  );
  if (q.limit) return topGroupsAnswer(rows, q, described);
  if (q.place) return groupPlaceAnswer(rows, q, described);
  const tied = rows.filter((r) => r[1] === best).sort((a, b) => a[0].localeCompare(b[0]));
  const count = plural(best, 'paper');
  // Each tied group with its count, so no reader pairs a count with the wrong name.
  const names =
    tied.length > 1
      ? joinAnd(tied.map((r) => `${label(r[0], by)} (${count})`))
      : `${label((tied[0] as (typeof tied)[number])[0], by)} (${count})`;
  const what = by === 'author' ? 'author' : by === 'primaryCategory' ? 'primary category' : by;
  const cited = by === 'author' || by === 'category' || by === 'primaryCategory' ? [] : tied.flatMap((r) => r[2]);
  return {
    text: `${tied.length > 1 ? `Tied, the ${what.replace(/category$/, 'categorie')}s` : `The ${what}`} with the ${q.direction === 'least' ? 'fewest' : 'most'} ${described}${by === 'day' || by === 'year' || by === 'month' || by === 'weekday' ? ` (by ${FIELD_WORDS[field]})` : ''}: ${names}${by === 'venue' ? ` ${venueShare(papers, rows)}` : ''}.`,
    papers: cited,
  };
}

/** "the second busiest day": the groups at that place by number of papers, ties named. */
function groupPlaceAnswer(rows: [string, number, Paper[]][], q: TypedQuestion, described: string): Said {
  const by = q.groupBy ?? 'day';
  const place = q.place ?? 2;
  const found = atPlace(rows, (r) => r[1], q.direction, place);
  const what = by === 'primaryCategory' ? 'primary categories' : by === 'category' ? 'categories' : `${by}s`;
  if (!found)
    return {
      text: `There are only ${rows.length} ${what} of ${described}.`,
      papers: [],
      declined: true,
    };
  const list = found.at
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map((r) => `${label(r[0], by)} (${plural(r[1], 'paper')})`);
  return {
    text: `${placeLead(place, found.ahead, found.at.length, found.ahead === 1 ? what.replace(/ies$/, 'y').replace(/s$/, '') : what)}${joinAnd(list)}.`,
    papers: by === 'author' || by === 'category' || by === 'primaryCategory' ? [] : found.at.flatMap((r) => r[2]),
  };
}

/** "the 3 busiest months": the groups with the most (or fewest) papers, the last place's ties included. */
function topGroupsAnswer(rows: [string, number, Paper[]][], q: TypedQuestion, described: string): Said {
  const by = q.groupBy ?? 'day';
  const sorted = [...rows].sort(
    (a, b) => (q.direction === 'least' ? a[1] - b[1] : b[1] - a[1]) || a[0].localeCompare(b[0]),
  );
  const top = firstWithTies(sorted, q.limit ?? 1, (r) => r[1]);
  const what = by === 'primaryCategory' ? 'primary categories' : by === 'category' ? 'categories' : `${by}s`;
  const field =
    by === 'day' || by === 'year' || by === 'month' || by === 'weekday'
      ? ` (by ${FIELD_WORDS[q.dateField ?? 'submitted']})`
      : '';
  const list = top.map((r) => `${label(r[0], by)} (${plural(r[1], 'paper')})`);
  return {
    text: `${topWords(q.limit ?? 1, top.length, rows.length, what)} by number of ${described}${field}: ${joinAnd(list)}.`,
    papers: by === 'author' || by === 'category' || by === 'primaryCategory' ? [] : top.flatMap((r) => r[2]),
  };
}

/** The mean of a measure, to one decimal. */
export function averageAnswer(papers: readonly Paper[], q: TypedQuestion, described: string): Said {
  const measure = q.measure ?? 'authors';
  const values = papers.flatMap((p) => {
    const v = measureOf(p, measure);
    return v === undefined ? [] : [v];
  });
  if (values.length === 0) return { text: `No ${described} to average.`, papers: [], declined: true };
  const median = q.statistic === 'median';
  const mean = median ? medianOf(values) : values.reduce((a, b) => a + b, 0) / values.length;
  const hidden = papers.some((p) => p.hiddenAuthorCount > 0);
  const other = hidden && (measure === 'authors' || measure === 'shownAuthors') ? otherReading(papers, measure) : '';
  const what =
    measure === 'shownAuthors'
      ? 'authors shown'
      : measure === 'authors'
        ? hidden
          ? 'authors, hidden ones included,'
          : 'authors'
        : measure === 'titleLength'
          ? 'characters of title'
          : measure === 'titleWords'
            ? 'words of title'
            : measure === 'revisionGap'
              ? 'days from first to latest version'
              : measure;
  const unstated = papers.length - values.length;
  const over =
    unstated > 0
      ? `the ${plural(values.length, 'paper')} that state it (${unstated} do not)`
      : plural(values.length, 'paper');
  return {
    text: `${median ? 'The median is' : 'On average'} ${mean.toFixed(1)} ${what} per paper over ${over}${median ? '' : other}.`,
    papers: [],
  };
}

/** The middle value, or the mean of the two middle ones. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function otherReading(papers: readonly Paper[], measure: 'authors' | 'shownAuthors'): string {
  const other = measure === 'authors' ? 'shownAuthors' : 'authors';
  const mean = papers.reduce((n, p) => n + (measureOf(p, other) ?? 0), 0) / papers.length;
  return other === 'shownAuthors'
    ? `; counting only the names shown, ${mean.toFixed(1)}`
    : `; counting the authors hidden by "et al." too, ${mean.toFixed(1)}`;
}
