import { type PaperFilter, allOf, clausesOf } from '../search/paper-filter.js';
import { QuestionText } from './question-text.js';
import type { Side } from './read-negation.js';

// Words that start a condition: "in cs.DC", "by Jin Li", "from 2023", "about drones", "mentions GPT-4".
const LEAD = String.raw`(?:in|by|from|about|on|with|without|mentioning|mentions?|tagged|written by|submitted|published|has|have|having|whose|that (?:is|are|was|were|has|have|mentions?)|which (?:is|are|was|were|has|have|mentions?))`;
const EITHER = new RegExp(
  String.raw`\b(?:either\s+)?(${LEAD}\b[^,;?]*?)\s+or\s+(?:(?:is|are|was|were)\s+)?(${LEAD}\b[^,;?]*?)(?=\s*(?:[,;?]|\bbut\b|$))`,
  'i',
);

/** The two sides of an "or" between conditions, and the rest of the question, each to be read alone. */
export interface Either {
  left: QuestionText;
  right: QuestionText;
  rest: QuestionText;
}

/** "in cs.DC or by Jin Li", "either in cs.RO or mentions drones": each side of the "or" apart from the rest. */
export function splitEither(text: QuestionText): Either | null {
  const m = EITHER.exec(text.rest);
  if (!m) return null;
  const t = text.rest;
  const leftAt = m.index + m[0].indexOf(m[1] as string);
  const rightAt = m.index + m[0].lastIndexOf(m[2] as string);
  const keep = (from: number, to: number) => ' '.repeat(from) + t.slice(from, to) + ' '.repeat(t.length - to);
  const rest = new QuestionText(t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length));
  return {
    left: new QuestionText(keep(leftAt, leftAt + (m[1] as string).length)),
    right: new QuestionText(keep(rightAt, rightAt + (m[2] as string).length)),
    rest,
  };
}

/** What one side asks of the papers. */
export function sideFilter(side: Side): PaperFilter | null {
  return allOf([side.people.clause, ...side.conditions.clauses, side.topic]);
}

// Conditions whose own readers join an "or" of two of them ("in cs.CL or in cs.AI", "from 2023 or 2024").
const JOINED_BY_READERS = new Set(['category', 'author', 'topic', 'date', 'weekday']);

/** Either side's papers, when the two sides are conditions on different fields; null when the readers of one field join them. */
export function eitherFilter(left: Side, right: Side): PaperFilter | null {
  const a = sideFilter(left);
  const b = sideFilter(right);
  if (!a || !b) return null;
  const kinds = (f: PaperFilter) => new Set(clausesOf(f).map((c) => c.kind));
  const [ka, kb] = [kinds(a), kinds(b)];
  const same = [...ka].every((k) => kb.has(k)) && [...kb].every((k) => ka.has(k));
  if (same && [...ka].every((k) => JOINED_BY_READERS.has(k))) return null;
  return { any: [a, b] };
}

/** "X or Y but not both": not both sides of the first "or" among these conditions. */
export function notBoth(filters: readonly (PaperFilter | null)[]): PaperFilter | null {
  const or = filters.find((f): f is { any: PaperFilter[] } => f !== null && 'any' in f && f.any.length === 2);
  return or ? { not: { all: or.any } } : null;
}
