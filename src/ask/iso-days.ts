import { monthName } from '../listing/dates.js';

/** How long a period named by a date is: one day, one calendar month or one calendar year. */
export type Unit = 'day' | 'month' | 'year';

/** The ISO day `days` days after `iso` (before when negative). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first ISO day of the period of `unit` that follows the one starting on `iso`. */
export function nextStart(iso: string, unit: Unit): string {
  if (unit === 'day') return addDays(iso, 1);
  const y = Number(iso.slice(0, 4));
  if (unit === 'year') return `${y + 1}-01-01`;
  const m = Number(iso.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** "2026-01-19" as "19 January 2026". */
export function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}

/** "2026-01-01" as "January 2026". */
export function longMonth(iso: string): string {
  return `${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}
