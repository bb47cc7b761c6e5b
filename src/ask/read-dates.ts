import type { DateField, PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { readDates } from './dates-in-text.js';
import type { QuestionText } from './question-text.js';

/** The listing's newest day (a first or a latest version): relative periods are counted from it. */
function latestDay(index: PaperIndex): string {
  let latest = latestDays.get(index);
  if (latest === undefined) {
    latest = '0000-01-01';
    for (const p of index.papers) if (p.updated > latest) latest = p.updated;
    latestDays.set(index, latest);
  }
  return latest;
}

const latestDays = new WeakMap<PaperIndex, string>();

/** Which date a period is of, from the words just before it ("announced in", "first submitted in"). */
function fieldBefore(words: string, fallback: DateField): DateField {
  if (/\bannounced\b[^,]*$/i.test(words)) return 'announced';
  if (/\b(?:first|originally|initially)[- ](?:submitted|version|published|posted)\b[^,]*$|\bv1\b[^,]*$/i.test(words))
    return 'submitted';
  if (/\b(?:updated|revised|latest version|submitted date)\b[^,]*$/i.test(words)) return 'updated';
  if (/\b(?:submitted|came out|published)\b[^,]*$/i.test(words)) return 'submitted';
  return fallback;
}

const DAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const WEEKDAY =
  /\b(?:on )?(?:an? |the )?(weekends?|weekdays?|(?:sun|mon|tues|wednes|thurs|fri|satur)days?)(?: or (?:an? )?((?:sun|mon|tues|wednes|thurs|fri|satur)days?))?(?!\s*(?:of\b|the \d|\d))(?:\s*\((?:[^)]*)\))?/i;

/** "submitted on a weekend", "on a thursday", "on saturday or sunday": days of the week. */
export function readWeekdays(text: QuestionText, field: DateField | undefined): PaperFilter[] {
  const m = text.take(WEEKDAY);
  if (!m) return [];
  const said = [m[1], m[2]].filter(Boolean).map((w) => (w as string).toLowerCase());
  const days = said.flatMap((w) =>
    w.startsWith('weekend')
      ? [0, 6]
      : w.startsWith('weekday')
        ? [1, 2, 3, 4, 5]
        : [DAY_NAMES.findIndex((d) => w.startsWith(d))],
  );
  const f = fieldBefore(text.original.slice(0, m.index), field ?? 'submitted');
  return [{ kind: 'weekday', field: f === 'updated' ? 'updated' : 'submitted', days: [...new Set(days)].sort() }];
}

/** Date conditions: every period the question names, each of the date its words say. */
export function readDateClauses(
  text: QuestionText,
  index: PaperIndex,
  field: DateField | undefined,
  notes: string[] = [],
): PaperFilter[] {
  if (index.size === 0) return [];
  const spans = readDates(text.rest, { latest: latestDay(index) });
  const out: PaperFilter[] = [];
  for (const s of spans) {
    const before = text.original.slice(Math.max(0, s.start - 30), s.start);
    const range = { ...(s.from ? { from: s.from } : {}), ...(s.until ? { until: s.until } : {}) };
    // "submitted or updated during the last week": a first or a latest version in the range.
    if (/\b(?:submitted|new|added|posted) or (?:updated|revised)\b/i.test(before)) {
      out.push({
        any: [
          { kind: 'date', field: 'submitted', ...range },
          { kind: 'date', field: 'updated', ...range },
        ],
      });
      if (s.relative) notes.push(s.relative);
      text.blank(s.start, s.end);
      continue;
    }
    const f = fieldBefore(before, field ?? 'submitted');
    out.push({ kind: 'date', field: f, ...range });
    // "Updated in 2025" is about papers with a later version, not single versions from 2025.
    if (f === 'updated' && /\b(?:updated|revised)\b[^,]*$/i.test(before)) out.push({ kind: 'revised', value: true });
    if (s.relative) notes.push(s.relative);
    text.blank(s.start, s.end);
  }
  return out;
}
