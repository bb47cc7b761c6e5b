import { formatDate } from '../listing/dates.js';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { certainUnit, firstDay } from './date-components.js';
import { addDays, nextStart, type Unit } from './iso-days.js';

/** Days from `from` (included) to `until` (excluded); `unit` when they are exactly one day, month or year. */
export interface Period {
  from: string;
  until: string;
  unit?: Unit;
  /** For a period counted from the listing's newest day: the words and that day, said back in the answer. */
  relative?: string;
}

const UNIT_WORDS = /\b(?:days?|weeks?|fortnights?|months?|quarters?|years?)$/;
// "last Friday", "since Monday": that day, the last one on or before the listing's newest day.
const WEEKDAY_WORDS = /^(?:(?:last|this|past) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** Whether chrono counted a date from the reference day ("last year", "yesterday", "2 years ago"). */
export function countedFromToday(c: ParsedComponents): boolean {
  return [...c.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'));
}

/** Whether a single date (not a range) is relative: counted from the reference day, or "this month". */
export function isRelative(r: ParsedResult): boolean {
  return (
    countedFromToday(r.start) ||
    /^(?:this|last|past|next)\b/i.test(r.text) ||
    WEEKDAY_WORDS.test(r.text.toLowerCase().replace(/[,.;:!?]+$/, ''))
  );
}

/** What `relative` says: the words read and the day they were counted from. */
export function relativeNote(words: string, latest: string): string {
  return `"${words.replace(/\s+/g, ' ')}", counted from the listing's newest date, ${formatDate(latest)}`;
}

/** The period of one unit that holds chrono's start day: "yesterday", "2 years ago", "last year". */
function unitAtStart(r: ParsedResult, unit: Unit | null): Period | null {
  const from = unit ? firstDay(r.start, unit) : null;
  return unit && from ? { from, until: nextStart(from, unit), unit } : null;
}

/**
 * The period chrono's relative result names, counted from the listing's newest day `latest`.
 * "last year" / "this month" (without "the") are calendar periods; "the last year", "past 6 months",
 * "last 30 days" and "last week" are the days that end on `latest`. `the`: "the" stood before the words.
 * Null for what points past `latest` ("next year", "tomorrow") or names no period ("last Monday").
 */
export function relativePeriod(r: ParsedResult, latest: string, the: boolean): Period | null {
  const words = r.text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:!?]+$/, '');
  let period: Period | null = null;
  if ([...r.start.tags()].some((t) => t.startsWith('casualReference/')) || WEEKDAY_WORDS.test(words))
    period = unitAtStart(r, 'day');
  else if (/ ago$/.test(words)) period = unitAtStart(r, certainUnit(r.start));
  else if (!the && /^(?:this|last) (?:year|month)$/.test(words)) period = unitAtStart(r, certainUnit(r.start));
  else if (UNIT_WORDS.test(words) && /^(?:this|last|past)\b/.test(words)) {
    const start = firstDay(r.start, 'day');
    const from = start && !words.startsWith('this') ? addDays(start, 1) : start;
    if (from) period = { from, until: addDays(latest, 1) };
  }
  if (!period || period.from > latest) return null;
  return { ...period, relative: relativeNote(`${the ? 'the ' : ''}${r.text.replace(/[,.;:!?]+$/, '')}`, latest) };
}
