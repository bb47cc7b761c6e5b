import { type Answer, joinAnd, plural } from './answer.js';
import { groupCounts } from './answer-aggregates.js';
import { label } from './group-labels.js';

// "…, and how many were there?": the number of papers of the group just named.
const HOW_MANY_THERE =
  /^(?:and )?how many(?: papers)?(?: (?:were|was) there| (?:did|does) (?:it|that \w+) (?:have|get|see)| (?:were|was) (?:that|it|submitted then))?\W*$/i;

/**
 * "On which day were the most papers submitted, and how many were there": the count of the day
 * (or month, year, category) the part before named, each of a tie; undefined for any other part.
 */
export function groupCountPart(before: Answer | undefined, piece: string): Answer | undefined {
  const q = before?.query;
  if (!before || q?.want !== 'superlative' || !q.groupBy || q.groupBy === 'author' || !HOW_MANY_THERE.test(piece))
    return undefined;
  const rows = groupCounts(before.papers, q.groupBy, q.dateField ?? 'submitted');
  if (rows.length === 0) return undefined;
  const each = rows.map(([l, n]) => `${label(l, q.groupBy ?? 'day')}: ${plural(n, 'paper')}`);
  return {
    answer: `${joinAnd(each)}.`,
    understood: `how many papers the ${q.groupBy} named before has`,
    papers: before.papers,
  };
}
