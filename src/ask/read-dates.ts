import type { DateField, PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { readDates } from './dates-in-text.js';
import { monthNumber } from '../listing/dates.js';
import type { QuestionText } from './question-text.js';

/** The listing's newest day (a first or a latest version): relative periods are counted from it. */
export function latestDay(index: PaperIndex): string {
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
// "since Monday" is a date (the last Monday), not every Monday: left to chrono.
const WEEKDAY =
  /(?<!\b(?:since|after|before|until|till|from|last|this|next|past|over|during)(?: the)? )\b(?:on )?(?:an? |the )?(weekends?|weekdays?|(?:sun|mon|tues|wednes|thurs|fri|satur)days?)(?: or (?:an? )?((?:sun|mon|tues|wednes|thurs|fri|satur)days?))?(?!\s*(?:of\b|the \d|\d))(?:\s*\((?:[^)]*)\))?/i;

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

const ANY_YEAR =
  /\b(?:in )?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(?:of |in )?(?:any|every|each|all)(?: the)? years?\b/i;

/** "in December, any year": that month of every year the listing has papers in. */
function monthOfAnyYear(text: QuestionText, index: PaperIndex, field: DateField | undefined): PaperFilter[] {
  const m = ANY_YEAR.exec(text.rest);
  const month = m ? monthNumber(m[1] as string) : null;
  if (!m || !month) return [];
  const f = fieldBefore(text.original.slice(0, m.index), field ?? 'submitted');
  const date = (p: (typeof index.papers)[number]) => (f === 'announced' ? p.announced : p[f]);
  const years = [...new Set(index.papers.map((p) => Number(date(p).slice(0, 4))))].sort();
  const mm = String(month).padStart(2, '0');
  const next = (y: number) => (month === 12 ? `${y + 1}-01-01` : `${y}-${String(month + 1).padStart(2, '0')}-01`);
  text.blank(m.index, m.index + m[0].length);
  return [{ any: years.map((y) => ({ kind: 'date' as const, field: f, from: `${y}-${mm}-01`, until: next(y) })) }];
}

/** Date conditions: every period the question names, each of the date its words say. */
export function readDateClauses(
  text: QuestionText,
  index: PaperIndex,
  field: DateField | undefined,
  notes: string[] = [],
): PaperFilter[] {
  if (index.size === 0) return [];
  const out: PaperFilter[] = monthOfAnyYear(text, index, field);
  const spans = readDates(text.rest, { latest: latestDay(index) });
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
  return eitherPeriod(out);
}

/**
 * "papers on 16 and 18 September", "in 2023 and 2024": periods of one date that cannot both hold
 * are either one; a bound on each side ("after 2022 and before 2025") still holds together.
 */
function eitherPeriod(clauses: PaperFilter[]): PaperFilter[] {
  const closed = clauses.filter(
    (c): c is Extract<PaperFilter, { kind: 'date' }> => 'kind' in c && c.kind === 'date' && !!c.from && !!c.until,
  );
  const sameField = closed.filter((c) => c.field === closed[0]?.field);
  const sorted = [...sameField].sort((a, b) => (a.from as string).localeCompare(b.from as string));
  const apart = sorted.every((c, i) => i === 0 || (sorted[i - 1]?.until as string) <= (c.from as string));
  if (sameField.length < 2 || !apart) return clauses;
  return [
    { any: sameField },
    ...clauses.filter((c) => !sameField.includes(c as Extract<PaperFilter, { kind: 'date' }>)),
  ];
}
