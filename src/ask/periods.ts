import { formatDate, monthNumber } from '../listing/dates.js';

/** The date-related parts of a question, as read by `readPeriods` and `readRevisions`. */
export interface PeriodFilters {
  /** "since 2024": first day included, ISO. */
  from?: string;
  /** "before 2024": first day excluded, ISO. */
  until?: string;
  year?: number;
  /** "YYYY-MM" */
  month?: string;
  /** A relative period ("last year") and the day it was counted from, said back in the answer. */
  relative?: string;
  /** Only papers with more than one version (true) or with one (false). */
  revised?: boolean;
  /** The date periods apply to: first version, announcement month, or latest version ("revised in 2026"). */
  dateField: 'submitted' | 'announced' | 'updated';
}

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 6],
  summer: [6, 9],
  autumn: [9, 12],
  fall: [9, 12],
  winter: [12, 15],
};
const YEAR_RE = '((?:19|20)\\d{2})';
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** The first day of month `m` (1-based, may run past 12 or below 1) of year `y`, ISO. */
function monthStart(y: number, m: number): string {
  const index = y * 12 + (m - 1);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The text with one match blanked out, so offsets stay put and the words are not read again. */
export function without(text: string, m: RegExpExecArray): string {
  return text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
}

/**
 * Reads whether a question asks for revised papers ("revised", "updated", "more than one version",
 * "at least once") or never-revised ones, and whether its dates are of the latest version.
 */
export function readRevisions(text: string, f: PeriodFilters): string {
  let rest = text;
  const never =
    /\b(?:(?:never|not|un)[- ]?(?:been |ever |yet )?(?:revised|updated)|(?:only|just) (?:one|a single|1) version|(?:a )?single version|no (?:revisions?|updates?|later versions?))\b/i.exec(
      rest,
    );
  if (never) {
    f.revised = false;
    return without(rest, never);
  }
  const revised =
    /\b(?:revised|revisions?|updated|modified|more than one version|(?:multiple|several|many|two or more) versions|(?:a )?(?:second|newer|later|v2) versions?)\b(?: at least once| more than once| once or more)?|\bat least once\b/gi;
  let m: RegExpExecArray | null;
  while ((m = revised.exec(rest))) {
    f.revised = true;
    if (/revised|updated|modified/i.test(m[0])) f.dateField = 'updated';
    rest = without(rest, m);
  }
  return rest;
}

/**
 * Periods a question names, as a from/until pair of days (until excluded): seasons ("summer
 * 2023" is June to August), month ranges ("from June to August 2023"), year ranges ("between 2022
 * and 2023"), "since March 2024", and periods relative to the listing's newest date `latest`
 * ("last year", "this year", "last month", "in the past 6 months"). Returns the text with what was
 * read blanked out.
 */
export function readPeriods(text: string, f: PeriodFilters, latest: string | undefined): string {
  const season = new RegExp(`\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'i').exec(text);
  if (season) {
    const [start, end] = SEASONS[(season[1] as string).toLowerCase()] as [number, number];
    f.from = monthStart(Number(season[2]), start);
    f.until = monthStart(Number(season[2]), end);
    return without(text, season);
  }
  const months = new RegExp(
    `\\b(?:from|between)\\s+([a-z]+)\\s+(?:to|and|until|through|-)\\s+([a-z]+)\\s+(?:of\\s+)?${YEAR_RE}\\b`,
    'i',
  ).exec(text);
  const m1 = months ? monthNumber(months[1] as string) : null;
  const m2 = months ? monthNumber(months[2] as string) : null;
  if (months && m1 !== null && m2 !== null) {
    const y = Number(months[3]);
    f.from = monthStart(y, m1);
    f.until = monthStart(y, m2 >= m1 ? m2 + 1 : m2 + 13);
    return without(text, months);
  }
  const years = new RegExp(
    `\\b(?:from|between)\\s+${YEAR_RE}\\s+(?:to|and|until|through|-)\\s+${YEAR_RE}\\b`,
    'i',
  ).exec(text);
  if (years && Number(years[2]) >= Number(years[1])) {
    f.from = `${years[1]}-01-01`;
    f.until = `${Number(years[2]) + 1}-01-01`;
    return without(text, years);
  }
  const since = new RegExp(`\\bsince\\s+([a-z]+)\\s+${YEAR_RE}\\b`, 'i').exec(text);
  const sm = since ? monthNumber(since[1] as string) : null;
  if (since && sm !== null) {
    f.from = monthStart(Number(since[2]), sm);
    return without(text, since);
  }
  return latest ? readRelative(text, f, latest) : text;
}

/** "last year" for "in last year": the period's words, without the preposition before them. */
function phrase(matched: string): string {
  return matched.trim().replace(/^(?:in|from|during|over|within) /i, '');
}

/** "last year", "this year", "last month", "the past 6 months": counted from the listing's newest date. */
function readRelative(text: string, f: PeriodFilters, latest: string): string {
  const y = Number(latest.slice(0, 4));
  const m = Number(latest.slice(5, 7));
  const from = `counted from the listing's newest date, ${formatDate(latest)}`;
  const calendar =
    /\b(?:in |from |during )?(last|this|previous|the previous|past|the past) (year|month)\b(?! or)/i.exec(text);
  if (calendar && !/past/i.test(calendar[1] as string)) {
    const previous = !/this/i.test(calendar[1] as string);
    if (/year/i.test(calendar[2] as string)) f.year = previous ? y - 1 : y;
    else {
      const start = monthStart(y, previous ? m - 1 : m);
      f.month = start.slice(0, 7);
      f.year = Number(start.slice(0, 4));
    }
    f.relative = `"${phrase(calendar[0])}", ${from}`;
    return without(text, calendar);
  }
  const span =
    /\b(?:in |from |during |over |within )?(?:the )?(?:last|past|previous) (?:(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(days?|weeks?|months?|years?)\b/i.exec(
      text,
    );
  if (span) {
    const n = span[1] ? (COUNT_WORDS[span[1].toLowerCase()] ?? Number(span[1])) : 1;
    const unit = (span[2] as string).toLowerCase().replace(/s$/, '');
    const start =
      unit === 'day'
        ? addDays(latest, -(n - 1))
        : unit === 'week'
          ? addDays(latest, -(7 * n - 1))
          : addDays(
              `${monthStart(y, m - (unit === 'year' ? 12 * n : n)).slice(0, 8)}${latest.slice(8)}`.replace(
                /-(29|30|31)$/,
                '-28',
              ),
              1,
            );
    f.from = start;
    f.until = addDays(latest, 1);
    f.relative = `"${phrase(span[0])}", ${from}`;
    return without(text, span);
  }
  return text;
}
