import { type PaperFilter, allOf } from '../search/paper-filter.js';
import { QuestionText } from './question-text.js';
import type { Conditions } from './read-conditions.js';
import type { People } from './read-people.js';
import { NEGATION } from './read-topics.js';

/** What one side of a question (before or after its "not") asks of the papers. */
export interface Side {
  conditions: Conditions;
  people: People;
  topic: PaperFilter | null;
  words: string[];
}

/** The question split at its "not", "without", "except": what the papers are, and what they are not. */
export function splitAtNegation(text: QuestionText): {
  positive: QuestionText;
  negative: QuestionText | null;
  word?: string;
} {
  const m = NEGATION.exec(text.rest);
  // "(not cs.*)" restates what was just said ("outside computer science"): read once.
  if (!m || /\(\s*$/.test(text.rest.slice(0, m.index))) {
    if (m) text.blank(m.index, text.rest.indexOf(')', m.index) + 1 || text.rest.length);
    return { positive: text, negative: null };
  }
  // "besides Pimba, which papers did she write in 2025": the negated words end at the comma.
  const comma = text.rest.indexOf(',', m.index + m[0].length);
  // "…, none of the q-bio.NC ones, which has the most authors": so do the words up to a comma before the question.
  const asksAfter = comma > 0 && /^\s*(?:which|what|who|how|when)\b/i.test(text.rest.slice(comma + 1));
  if ((!/\S/.test(text.rest.slice(0, m.index)) || asksAfter) && comma > 0) {
    const end = text.rest.length;
    const negative = new QuestionText(
      ' '.repeat(m.index + m[0].length) + text.rest.slice(m.index + m[0].length, comma) + ' '.repeat(end - comma),
    );
    const positive = new QuestionText(
      text.rest.slice(0, m.index) + ' '.repeat(comma + 1 - m.index) + text.rest.slice(comma + 1),
    );
    return { positive, negative, word: m[0] };
  }
  const positive = new QuestionText(text.rest.slice(0, m.index) + ' '.repeat(text.rest.length - m.index));
  const negative = new QuestionText(' '.repeat(m.index + m[0].length) + text.rest.slice(m.index + m[0].length));
  return { positive, negative, word: m[0] };
}

/**
 * What the negated side excludes. After "without" (or "but no") a field that papers have or lack
 * is what is negated, and the conditions after it hold of the papers asked for: "papers without a
 * DOI in cs.DC" are the cs.DC papers without one, not the papers outside "cs.DC with a DOI".
 */
export function negationScope(
  side: Side,
  word: string | undefined,
  negated = '',
): { not: PaperFilter | null; also: PaperFilter[]; topicKept: boolean } {
  const first = firstOnly(side, negated);
  if (first) return first;
  // "other than Divya, Divyat and Dhruv": none of the people listed, not "not all three together".
  const people = side.people.clause;
  const listed =
    people && 'all' in people && people.all.every((c) => 'kind' in c && c.kind === 'author')
      ? { any: people.all }
      : people;
  const all = allOf([...side.conditions.clauses, listed, side.topic]);
  const isHas = (c: PaperFilter) => 'kind' in c && c.kind === 'has';
  const has = side.conditions.clauses.filter(isHas);
  const rest = [...side.conditions.clauses.filter((c) => !isHas(c)), listed, side.topic];
  if (!word || !/^(?:without|but no)$/i.test(word) || has.length === 0 || rest.every((c) => c === null))
    return { not: all, also: [], topicKept: false };
  return { not: allOf(has), also: rest.filter((c): c is PaperFilter => c !== null), topicKept: true };
}

// What the words right after "not" are about: "not by X", "not in cs.CV", "not from 2020", "not about Y".
const LEADS: [RegExp, 'author' | 'category' | 'date' | 'topic'][] = [
  [/^(?:by|written by|authored by)\s/i, 'author'],
  [
    /^(?:in|tagged|listed in|cross-listed (?:to|in))\s+(?:[a-z-]+\.[A-Za-z]{2,}|cs|math|stat|physics|astro-ph|q-bio|econ|eess)\b/i,
    'category',
  ],
  [
    /^(?:from|in|during|before|after|since|submitted|published|dated)\s+(?:\d{4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i,
    'date',
  ],
  [/^(?:about|on|mentioning|mentions?)\s/i, 'topic'],
];

/**
 * "papers not by Priebe from 2020": only what follows "not" is negated, when the negated words go
 * on to a condition of another field ("from 2020" is still asked). Undefined when the words after
 * "not" are one condition, or an "or" of two fields.
 */
function firstOnly(
  side: Side,
  negated: string,
): { not: PaperFilter | null; also: PaperFilter[]; topicKept: boolean } | undefined {
  const text = negated.trim();
  const kind = LEADS.find(([re]) => re.test(text))?.[1];
  const clauses = side.conditions.clauses;
  // "neither in cs.CL nor about GPT-4" (made "not in cs.CL or about GPT-4"): the "or" of two fields is negated whole.
  if (!kind || clauses.some((c) => kindOf(c) === undefined)) return undefined;
  const ofKind = (c: PaperFilter) => kindOf(c) === kind;
  const not = kind === 'author' ? side.people.clause : kind === 'topic' ? side.topic : allOf(clauses.filter(ofKind));
  const also = [
    ...(kind === 'author' ? [] : [side.people.clause]),
    ...(kind === 'topic' ? [] : [side.topic]),
    ...(kind === 'category' || kind === 'date' ? clauses.filter((c) => !ofKind(c)) : clauses),
  ].filter((c): c is PaperFilter => c !== null);
  if (!not || also.length === 0) return undefined;
  return { not, also, topicKept: kind !== 'topic' };
}

/** The field a condition is on, also of an "or" or "and" of one field; undefined for a mix or a "not". */
function kindOf(f: PaperFilter): string | undefined {
  if ('kind' in f) return f.kind;
  if ('not' in f) return undefined;
  const kinds = new Set(('any' in f ? f.any : f.all).map(kindOf));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
