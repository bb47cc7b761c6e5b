// Dates chrono does not read: a part of a month ("early September", "mid-December", "late Aug
// 2024") and a day written first with slashes or dots ("18/09/2024", "18.09.2024").
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { monthNumber } from '../listing/dates.js';

const PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
};

/**
 * "early September" is its days 1-10, "mid September" 11-20, "late September" 21 to its last; a
 * month without a year is the last one up to the reference day.
 */
export const monthPartParser: Parser = {
  pattern: () =>
    /\b(early|mid|middle|late|(?:the )?(?:beginning|start|middle|end)(?= of))(?:[- ]| of (?:the )?)([a-z]{3,9})\b(?:,?\s+((?:19|20)\d{2})\b)?/i,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = PARTS[(match[1] ?? '').toLowerCase().replace(/^the /, '')];
    const month = monthNumber(match[2] ?? '');
    if (!part || !month) return null;
    const ref = context.refDate;
    const year = match[3] ? Number(match[3]) : ref.getUTCFullYear() - (month > ref.getUTCMonth() + 1 ? 1 : 0);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year, month, day: from },
      { year, month, day: to },
    );
  },
};

/** "18/09/2024": the day first, when the first number cannot be a month; "09/18/2024" chrono reads itself. */
export const dayFirstParser: Parser = {
  pattern: () => /\b(1[3-9]|2\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\d{2})\b/,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day });
  },
};

/** "early 2024" is January to April, "mid 2024" May to August, "late 2024" September to December. */
export const yearPartParser: Parser = {
  pattern: () =>
    /\b(early|mid|middle|late|(?:the )?(?:beginning|start|middle|end)(?= of))(?:[- ]| of (?:the )?)((?:19|20)\d{2})\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = PARTS[(match[1] ?? '').toLowerCase().replace(/^the /, '')];
    if (!part) return null;
    const year = Number(match[2]);
    const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    const last = new Date(Date.UTC(year, to, 0)).getUTCDate();
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year, month: from, day: 1 },
      { year, month: to, day: last },
    );
  },
};
