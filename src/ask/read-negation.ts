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
): { not: PaperFilter | null; also: PaperFilter[]; topicKept: boolean } {
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
