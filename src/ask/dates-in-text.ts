import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { certainUnit, firstDay, monthDay, yearBefore } from './date-components.js';
import { dateParser } from './date-parsers.js';
import { addDays, longDate, longMonth, nextStart } from './iso-days.js';
import { countedFromToday, isRelative, relativeNote, relativePeriod, type Period } from './relative-dates.js';

/** A date or period named in a question. */
export interface DateSpan {
  /** Offsets of the words read, prepositions included ("since March 2024"). */
  start: number;
  end: number;
  text: string;
  /** First ISO day included. */
  from?: string;
  /** First ISO day excluded. */
  until?: string;
  /** One day, one calendar month or one calendar year; any other span of days is a range. */
  granularity: 'day' | 'month' | 'year' | 'range';
  /** For periods counted from the listing's newest day: the words and that day, to say back. */
  relative?: string;
}

export interface ReadDatesOptions {
  /** The listing's newest ISO day: relative periods and dates without a year are counted from it. */
  latest: string;
  /** Spans the caller already took (paper titles, venues such as "NeurIPS 2024"): no date is read inside them. */
  ignore?: { start: number; end: number }[];
}

/** How the words around a date bound the period it names. */
type Bound = 'whole' | 'since' | 'after' | 'before' | 'until';

const LEAD =
  /(?:^|[^\w])((?:(?:on|in) or (?:after|before)|no (?:later|earlier) than|not (?:after|before)|in|on|during|of|from|since|after|before|until|till|through|between|over|within|for|prior to|earlier than|later than|up to)\s+(?:the\s+)?|the\s+)$/i;
const TRAIL = /^\s+(onwards?|(?:or|and) (?:later|earlier))\b/i;
const BOUND_WORDS: [RegExp, Bound][] = [
  // "on or after 12 December", "no later than 2024": the named day or year is included.
  [/^(?:(?:on|in) or after|no earlier than|not before)\b/i, 'since'],
  [/^(?:(?:on|in) or before|no later than|not after)\b/i, 'until'],
  [/^since\b/i, 'since'],
  [/^(?:after|later than)\b/i, 'after'],
  [/^(?:before|prior to|earlier than)\b/i, 'before'],
  [/^(?:until|till|through|up to)\b/i, 'until'],
];

/** The text with the ignored spans blanked out, offsets unchanged. */
function blank(text: string, ignore: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of ignore)
    out = out.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + out.slice(end);
  return out;
}

function boundOf(words: string, trail: string): Bound {
  if (/^onwards?$|later/i.test(trail)) return 'since';
  if (/earlier/i.test(trail)) return 'until';
  return BOUND_WORDS.find(([re]) => re.test(words))?.[1] ?? 'whole';
}

/** Years of a range's two ends when one or both were not given ("from November to February 2024"). */
function rangeYears(s: ParsedComponents, e: ParsedComponents, latest: string): [number, number] {
  const wraps = monthDay(s) > monthDay(e) ? 1 : 0;
  const [ys, ye] = [s.get('year') ?? 0, e.get('year') ?? 0];
  if (s.isCertain('year') && e.isCertain('year')) return [ys, ye];
  if (e.isCertain('year')) return [ye - wraps, ye];
  const first = s.isCertain('year') ? ys : yearBefore(s, certainUnit(s) ?? 'day', latest);
  return [first, first + wraps];
}

/** The days a date or range names, years filled in from `latest` where the question gave none. */
function fixedPeriod(r: ParsedResult, latest: string): Period | null {
  const unit = certainUnit(r.start);
  if (!unit) return null;
  // "3/4 of the papers", "8/10": a fraction or a score, not a day.
  if (r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return null;
  if (!r.end) {
    const from = firstDay(r.start, unit, r.start.isCertain('year') ? undefined : yearBefore(r.start, unit, latest));
    return from ? { from, until: nextStart(from, unit), unit } : null;
  }
  const endUnit = certainUnit(r.end) ?? unit;
  const [ys, ye] = rangeYears(r.start, r.end, latest);
  const from = firstDay(r.start, unit, ys);
  const last = firstDay(r.end, endUnit, ye);
  if (!from || !last || last < from) return null;
  const period: Period = { from, until: nextStart(last, endUnit) };
  if (countedFromToday(r.start) || countedFromToday(r.end)) period.relative = relativeNote(r.text, latest);
  return period;
}

/** The span of one chrono result: its words widened to the prepositions around them, its period bounded by them. */
function toSpan(text: string, blanked: string, r: ParsedResult, latest: string): DateSpan | null {
  const lead = LEAD.exec(blanked.slice(0, r.index))?.[1] ?? '';
  const resultEnd = r.index + r.text.length;
  const trail = TRAIL.exec(blanked.slice(resultEnd))?.[0] ?? '';
  const the = /\bthe\s+$/i.test(lead);
  const period = !r.end && isRelative(r) ? relativePeriod(r, latest, the) : fixedPeriod(r, latest);
  if (!period) return null;
  const start = r.index - lead.length;
  const end = resultEnd + trail.length;
  const span: DateSpan = { start, end, text: text.slice(start, end), granularity: 'range' };
  const bound = boundOf(blanked.slice(start, resultEnd), trail.trim());
  if (bound === 'whole' || bound === 'since') span.from = period.from;
  if (bound === 'whole' || bound === 'until') span.until = period.until;
  if (bound === 'after') span.from = period.until;
  if (bound === 'before') span.until = period.from;
  if (bound === 'whole' && period.unit) span.granularity = period.unit;
  if (period.relative) span.relative = period.relative;
  return span;
}

/**
 * Dates and periods named in a question ("since 2024", "summer 2023", "last year", "on 15
 * September"), read by chrono with the listing's newest day `latest` as today. Bare numbers are
 * years only alone or after a preposition, so "Llama 3", "GPT-4", "top 5" and "16 papers" are not.
 */
export function readDates(text: string, opts: ReadDatesOptions): DateSpan[] {
  const blanked = blank(text, opts.ignore ?? []);
  const reference = { instant: new Date(`${opts.latest}T12:00:00Z`), timezone: 0 };
  const spans: DateSpan[] = [];
  for (const r of dateParser.parse(blanked, reference, { forwardDate: false })) {
    const span = toSpan(text, blanked, r, opts.latest);
    if (span) spans.push(span);
  }
  return spans;
}

/** A bound as a year when it falls on 1 January ("2024"), else as a day ("1 March 2024"). */
function boundWords(iso: string): string {
  return iso.endsWith('-01-01') ? iso.slice(0, 4) : longDate(iso);
}

/**
 * The period of a span in words, for the "understood" line: "in 2024", "in March 2024", "on 15
 * September 2024", "from 1 June 2023 to 31 August 2023", "since 1 March 2024", "before 2015".
 */
export function describeSpan(span: DateSpan): string {
  const { from, until } = span;
  if (from && span.granularity === 'year') return `in ${from.slice(0, 4)}`;
  if (from && span.granularity === 'month') return `in ${longMonth(from)}`;
  if (from && span.granularity === 'day') return `on ${longDate(from)}`;
  if (from && until) {
    if (from.endsWith('-01-01') && until.endsWith('-01-01'))
      return `from ${from.slice(0, 4)} to ${Number(until.slice(0, 4)) - 1}`;
    return `from ${longDate(from)} to ${longDate(addDays(until, -1))}`;
  }
  if (from) return `since ${boundWords(from)}`;
  return until ? `before ${boundWords(until)}` : '';
}
