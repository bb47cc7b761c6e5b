import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import type { GroupBy } from './typed-question.js';

/** A group of papers: its label, how many, and which. */
export type Row = [string, number, Paper[]];

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A group's label as an answer says it: "Monday", "September 2024", "2025". */
export function label(l: string, by: GroupBy): string {
  if (by === 'weekday') return WEEKDAY_NAMES[Number(l)] as string;
  return by === 'day' || by === 'month' ? formatDate(l) : l;
}

export const FIELD_WORDS = {
  submitted: 'first version',
  updated: 'latest version',
  announced: 'announcement',
} as const;
