import { type DateField, clausesOf } from '../search/paper-filter.js';
import { FIELD_WORDS, type Row, label } from './group-labels.js';
import { joinAnd, plural } from './answer.js';
import type { Said } from './answer-sets.js';
import type { TypedQuestion } from './typed-question.js';

/** The first and last day of the period a question names for this date, if it names one. */
export function askedPeriod(q: TypedQuestion, field: DateField): { from?: string; last?: string } {
  const date = clausesOf(q.papers).find((c) => c.kind === 'date' && c.field === field);
  if (date?.kind !== 'date') return {};
  const last = date.until ? new Date(Date.parse(`${date.until}T00:00:00Z`) - 86_400_000).toISOString() : undefined;
  return { ...(date.from ? { from: date.from } : {}), ...(last ? { last: last.slice(0, 10) } : {}) };
}

/** "2022: 7, 2023: 0, 2024: 10": every year (or month, or day) from the first to the last, or of the period asked, those with no papers as 0. */
export function withEmptyPeriods(
  rows: Row[],
  by: 'year' | 'month' | 'day',
  period: { from?: string; last?: string },
  always = false,
): Row[] {
  const width = by === 'year' ? 4 : by === 'month' ? 7 : 10;
  const labels = rows.map((r) => r[0]).sort();
  const first = (period.from ?? labels[0] ?? '').slice(0, width);
  const last = (period.last ?? labels[labels.length - 1] ?? '').slice(0, width);
  if (!first || !last) return rows;
  const have = new Set(labels);
  // A listing over many years is not given a line for each empty month it never asked about.
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5));
  if (by === 'month' && !period.from && !period.last && months > 36 && !always) return rows;
  const out = [...rows];
  for (let at = first, n = 0; at <= last && n < 4000; at = nextPeriod(at, by), n++)
    if (!have.has(at)) out.push([at, 0, []]);
  return out;
}

function nextPeriod(label: string, by: 'year' | 'month' | 'day'): string {
  if (by === 'day') return new Date(Date.parse(`${label}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const year = Number(label.slice(0, 4));
  if (by === 'year') return String(year + 1);
  const month = Number(label.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** "Which months of 2024 had no papers": the periods of the span asked (or the listing's) with none. */
export function emptyPeriodsAnswer(rows: Row[], q: TypedQuestion, described: string): Said {
  const by = q.groupBy === 'year' || q.groupBy === 'day' ? q.groupBy : 'month';
  const labels = rows.map((r) => r[0]).sort();
  const span = labels.length
    ? `${label(labels[0] as string, by)} to ${label(labels[labels.length - 1] as string, by)}`
    : '';
  const empty = rows.filter((r) => r[1] === 0).map((r) => label(r[0], by));
  const field = FIELD_WORDS[q.dateField ?? 'submitted'];
  if (!span) return { text: `No ${described}, so no ${by}s to look at.`, papers: [] };
  if (empty.length === 0) return { text: `None: every ${by} from ${span} has ${described} (by ${field}).`, papers: [] };
  return {
    text: `${plural(empty.length, by)} from ${span} ${empty.length === 1 ? 'has' : 'have'} no ${described} (by ${field}): ${joinAnd(empty.map((l) => `${l}: 0`))}.`,
    papers: [],
  };
}
