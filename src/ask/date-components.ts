import type { ParsedComponents } from 'chrono-node';
import { isoDate } from '../listing/dates.js';
import type { Unit } from './iso-days.js';

/** The smallest unit chrono read for sure ("15 September": day, "March 2024": month); null for a weekday or a time. */
export function certainUnit(c: ParsedComponents): Unit | null {
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('month')) return 'month';
  return c.isCertain('year') ? 'year' : null;
}

/** The first ISO day of the `unit` named by `c`, in `year` (chrono's year when not given), or null when no such day. */
export function firstDay(c: ParsedComponents, unit: Unit, year?: number): string | null {
  const y = year ?? c.get('year') ?? 0;
  if (unit === 'year') return isoDate(y, 1, 1);
  return isoDate(y, c.get('month') ?? 1, unit === 'day' ? (c.get('day') ?? 1) : 1);
}

/** A component's month and day as one sortable number, to tell whether a range runs over New Year. */
export function monthDay(c: ParsedComponents): number {
  return (c.get('month') ?? 1) * 100 + (c.isCertain('day') ? (c.get('day') ?? 1) : 1);
}

/**
 * The year of a date given without one ("in December", "on 15 September"): the year of the
 * listing's newest day `latest`, or the one before when that would start after `latest`.
 */
export function yearBefore(c: ParsedComponents, unit: Unit, latest: string): number {
  const y = Number(latest.slice(0, 4));
  const first = firstDay(c, unit, y);
  return first !== null && first > latest ? y - 1 : y;
}
