import * as chrono from 'chrono-node';
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { monthDay } from './date-components.js';
import { monthNumber } from '../listing/dates.js';
import { dayFirstParser, monthPartParser, yearPartParser } from './month-parts.js';

const YEAR = '((?:19|20)\\d{2})';
/** Words after which a bare 1900–2099 is a year ("since 2024"), not a count or a version. */
const YEAR_LEAD =
  /(?:^|[^\w])(?:in|for|from|since|before|after|during|of|until|till|through|between|prior to|earlier than|later than|up to)\s+$/i;
/** "2022 and 2023", "2019 to 2021": the second number is a year when the first one was. */
const AFTER_YEAR = /(?:^|[^\w.\\/-])(?:19|20)\d{2}\s*(?:and|to|or|through|until|till)\s+$/i;
/** "2023 or earlier": a number before these words is a year too. */
const YEAR_TRAIL = /^\s+(?:onwards?|(?:or|and) (?:later|earlier))\b/i;
/** "which 2023 paper", "her 2024 papers": a year before "papers" after these words is a year. */
const YEAR_ADJECTIVE =
  /(?:^|[^\w])(?:which|what|any|all|his|her|their|its|(?<!\bof )the|list|show(?: me)?|give me|count|find)\s+$|'s\s+$/i;
const PAPERS_AFTER = /^\s+(?:papers?|preprints?|articles?|submissions?|publications?|ones?)\b/i;
/** "of 2000 papers" counts papers. */
const COUNTED = /^\s+(?:papers?|preprints?|articles?|submissions?|pages?|authors?|results?|entries|citations?)\b/i;
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

/** Whether text[start, end) is a whole token: not part of a word, an arXiv id, a version or a longer date. */
function isToken(text: string, start: number, end: number): boolean {
  return !/[\w.\\/-]$/.test(text.slice(0, start)) && !/^(?:\w|[.\\/-]\d)/.test(text.slice(end));
}

/**
 * Whether the number at text[start, end) is a year: alone, after a preposition, after another
 * year and "and"/"to", or before "or later".
 */
function isBareYear(text: string, start: number, end: number): boolean {
  if (!isToken(text, start, end)) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (YEAR_ADJECTIVE.test(before) && PAPERS_AFTER.test(after)) return true;
  const alone = before.trim() === '' && /^[\s?!.]*$/.test(after);
  if (!alone && !YEAR_LEAD.test(before) && !AFTER_YEAR.test(before) && !YEAR_TRAIL.test(after)) return false;
  return !COUNTED.test(after);
}

/**
 * Adds bare years ("since 2024") where chrono found nothing. A refiner rather than a parser because
 * chrono's own filter drops any result that is only digits.
 */
const yearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const m of context.text.matchAll(new RegExp(YEAR, 'g'))) {
      const start = m.index;
      const end = start + m[0].length;
      const taken = results.some((r) => start < r.index + r.text.length && r.index < end);
      if (!taken && isBareYear(context.text, start, end)) {
        added.push(context.createParsingResult(start, m[0], { year: Number(m[1]) }));
      }
    }
    return [...results, ...added].sort((a, b) => a.index - b.index);
  },
};

/** "2019-2021", "2019–2021": a span of whole years. */
const yearRangeParser: Parser = {
  pattern: () => new RegExp(`${YEAR}\\s*[-–]\\s*${YEAR}`),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index ?? 0;
    const [from, to] = [Number(match[1]), Number(match[2])];
    if (!isToken(context.text, start, start + match[0].length) || to < from) return null;
    return context.createParsingResult(start, match[0], { year: from }, { year: to });
  },
};

/** "2024-09": a month, which chrono leaves alone. */
const yearMonthParser: Parser = {
  pattern: () => new RegExp(`${YEAR}-(0[1-9]|1[0-2])`),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index ?? 0;
    if (!isToken(context.text, start, start + match[0].length)) return null;
    return { year: Number(match[1]), month: Number(match[2]) };
  },
};

/** "summer 2023", "winter of 2023": meteorological seasons of the northern hemisphere, as month spans. */
const seasonParser: Parser = {
  pattern: () => new RegExp(`\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index ?? 0;
    if (!isToken(context.text, start, start + match[0].length)) return null;
    const [first, last] = SEASONS[(match[1] ?? '').toLowerCase()] ?? [1, 12];
    const year = Number(match[2]);
    const end = { year: year + Math.floor((last - 1) / 12), month: ((last - 1) % 12) + 1 };
    return context.createParsingResult(start, match[0], { year, month: first }, end);
  },
};

/** "Q3 2024", "the third quarter of 2024": three months. */
const quarterParser: Parser = {
  pattern: () =>
    new RegExp(`\\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter of)\\s*(?:of\\s+)?${YEAR}`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index ?? 0;
    const ordinal = ['first', 'second', 'third', 'fourth'];
    const word = (match[2] ?? '').toLowerCase();
    const q = match[1] ? Number(match[1]) : ordinal.findIndex((o) => word.startsWith(o.slice(0, 3))) + 1 || 1;
    const year = Number(match[3]);
    return context.createParsingResult(start, match[0], { year, month: q * 3 - 2 }, { year, month: q * 3 });
  },
};

/** "the first half of 2025" (January to June), "the second half of December" (the 16th to its end). */
const halfParser: Parser = {
  pattern: () => new RegExp(`\\b(first|second|1st|2nd) half of (?:([a-z]{3,9})\\s*)?${YEAR}?`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index ?? 0;
    const second = /^(?:second|2nd)$/i.test(match[1] ?? '');
    const year = match[3] ? { year: Number(match[3]) } : {};
    const name = (match[2] ?? '').toLowerCase();
    const month = monthNumber(name) ?? 0;
    if (month > 0) {
      const last = new Date(Date.UTC(Number(match[3] ?? 2001), month, 0)).getUTCDate();
      const days = second ? [16, last] : [1, 15];
      return context.createParsingResult(
        start,
        match[0],
        { ...year, month, day: days[0] },
        { ...year, month, day: days[1] },
      );
    }
    if (!match[3]) return null;
    const months = second ? [7, 12] : [1, 6];
    return context.createParsingResult(start, match[0], { ...year, month: months[0] }, { ...year, month: months[1] });
  },
};

/** "the weekend of Saturday 14 and Sunday 15 September", "the weekend of 6 and 7 December": those two days. */
const weekendParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\bweekend of (?:sat(?:urday)?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|&|-|to)\\s*(?:sun(?:day)?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\b(?:\\s+${YEAR})?`,
      'i',
    ),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const name = (match[3] ?? '').toLowerCase();
    const month = monthNumber(name);
    if (!month) return null;
    const year = match[4] ? { year: Number(match[4]) } : {};
    const [from, to] = [Number(match[1]), Number(match[2])];
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { ...year, month, day: from },
      { ...year, month, day: to },
    );
  },
};

/** "over the weekend", "last weekend": the Saturday and Sunday on or before the reference day. */
const lastWeekendParser: Parser = {
  pattern: () => /\b(?:(?:over|during|from|on|in) the|this|last|the past|past) weekend\b(?! of\b)/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate;
    const back = (ref.getUTCDay() + 1) % 7;
    const saturday = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - back));
    const sunday = new Date(saturday.getTime() + 86_400_000);
    const day = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    const result = context.createParsingResult(match.index ?? 0, match[0], day(saturday), day(sunday));
    result.start.addTag('result/relativeDate');
    return result;
  },
};

const WEEK_PLACES = ['first', 'second', 'third', 'fourth'];

/**
 * "the last week of 2024", "the first week of March 2025", "the second week of december": seven
 * days of the year or month, the nth from its first day (days 8-14 for the second) or its last
 * seven; a month without a year is the last one up to the reference day.
 */
const weekOfParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:the )?(first|second|third|fourth|last) week of (?:(?:([a-z]{3,9})\\s+)?${YEAR}\\b|([a-z]{3,9})\\b(?!\\s+\\d))`,
      'i',
    ),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const named = match[2] ?? match[4];
    const month = named ? monthNumber(named) : 0;
    if (month === null || (!match[3] && !month)) return null;
    const ref = context.refDate;
    const year = match[3] ? Number(match[3]) : ref.getUTCFullYear() - (month > ref.getUTCMonth() + 1 ? 1 : 0);
    const place = WEEK_PLACES.indexOf((match[1] ?? '').toLowerCase());
    const [m1, m2] = month ? [month, month] : place >= 0 ? [1, 1] : [12, 12];
    const last = new Date(Date.UTC(year, m2, 0)).getUTCDate();
    const [d1, d2] = place >= 0 ? [1 + 7 * place, 7 + 7 * place] : [last - 6, last];
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year, month: m1, day: d1 },
      { year, month: m2, day: d2 },
    );
  },
};

/** Joins two results into one range, as chrono does for "X to Y"; a missing year comes from the other end. */
function join(context: ParsingContext, from: ParsingResult, to: ParsingResult): void {
  if (!from.start.isCertain('year') && to.start.isCertain('year')) {
    const wraps = monthDay(from.start) > monthDay(to.start) ? 1 : 0;
    from.start.imply('year', (to.start.get('year') ?? 0) - wraps);
  }
  from.end = to.start;
  from.text = context.text.slice(from.index, to.index + to.text.length);
}

/** Whether `prev` and `next` name the two ends of one range: "between X and Y", or "X to Y" chrono left apart. */
function isRange(text: string, prev: ParsingResult, next: ParsingResult): boolean {
  if (prev.end || next.end) return false;
  const gap = text.slice(prev.index + prev.text.length, next.index);
  if (/^\s*(?:to|until|till|through|-|–)\s*$/i.test(gap)) return true;
  return /^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(text.slice(0, prev.index));
}

/** Joins ranges whose ends chrono did not join: "between X and Y" and those with a bare year. */
const rangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out.at(-1);
      if (prev && isRange(context.text, prev, r)) join(context, prev, r);
      else out.push(r);
    }
    return out;
  },
};

/**
 * Drops times of day before chrono weighs overlapping results, so "2024-09 to 2024-12" is not
 * read as "09 to 20:24": the listing knows days, not hours.
 */
const noTimesRefiner: Refiner = {
  refine: (_context: ParsingContext, results: ParsingResult[]) =>
    results.filter(
      ({ start: c }) => !c.isCertain('hour') || c.isCertain('day') || c.isCertain('month') || c.isCertain('year'),
    ),
};

/**
 * Casual English chrono, taught bare years, "2019-2021", "2024-09", seasons and "between … and …".
 * Its US flavour reads "03/04/2024" month first; the GB one reads "September 15" as September 2015.
 */
function makeParser(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers.push(
    yearRangeParser,
    yearMonthParser,
    seasonParser,
    quarterParser,
    halfParser,
    weekendParser,
    weekOfParser,
    monthPartParser,
    yearPartParser,
  );
  parser.parsers.unshift(dayFirstParser);
  // Before chrono's own: its "last weekend" names no days.
  parser.parsers.unshift(lastWeekendParser);
  parser.refiners.unshift(noTimesRefiner);
  parser.refiners.push(yearRefiner, rangeRefiner);
  return parser;
}

export const dateParser = makeParser();
