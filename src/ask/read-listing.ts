import { readTitleMarks } from './read-title-marks.js';
import { type PaperFilter, allOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import {
  type Conditions,
  readCategories,
  readCrossListed,
  readMeasures,
  readCountBounds,
  readOneCategory,
  readRanges,
  readRevised,
} from './read-conditions.js';
import { readPresence } from './read-presence.js';
import { compareCategories } from './compare-categories.js';
import { readNamedPapers } from './read-named-papers.js';
import { readDateClauses, readWeekdays } from './read-dates.js';
import { shapeQuestion } from './shape-question.js';
import type { Frame } from './read-frame.js';
import { readGroupNames } from './read-group-names.js';
import type { PartReading } from './part-reading.js';
import { type People, readPeople } from './read-people.js';
import { readTopics } from './read-topics.js';
import { readVenues } from './read-venues.js';
import { applyScope, everySubject, negatedPerson, readScope } from './read-scope.js';
import type { QuestionText } from './question-text.js';
import { type Side, negationScope, splitAtNegation } from './read-negation.js';
import { eitherFilter, notBoth, splitEither } from './read-either.js';
import type { FieldName, TypedQuestion } from './typed-question.js';

function readSide(index: PaperIndex, text: QuestionText, frame: Frame, notes: string[], negated = false): Side {
  const c: Conditions = { clauses: [], missing: [] };
  // "except Pimba and NeuPIMs": those papers, not the words.
  const named = negated ? readNamedPapers(text, index) : null;
  // "apart from the two math.AP papers": how many are left out is not what they are.
  if (negated) text.take(/\b(?:the )?(?:two|three|four|five|both|\d{1,2})\b(?=\s+\S+\s+(?:papers?|ones?)\b)/i);
  if (named) c.clauses.push(named);
  readOneCategory(text, c);
  readCrossListed(text, index.papers, c);
  readCategories(text, index.papers, c);
  readVenues(text, index.papers, c);
  readCountBounds(text, c.clauses);
  // A superlative or an average measures pages and figures: only the other fields pick its papers ("the oldest paper with a DOI").
  readPresence(
    text,
    index.papers,
    c,
    !negated &&
      (frame.want === 'superlative' || frame.want === 'average') &&
      (frame.measure === 'pages' || frame.measure === 'figures'),
  );
  readRanges(text, index.papers, c);
  readTitleMarks(text, c);
  readMeasures(text, c);
  // "the oldest revised paper": a date superlative over revised papers; "revised the most times" is a measure.
  if (frame.want !== 'superlative' || frame.measure === 'submitted' || frame.measure === 'updated')
    readRevised(text, c);
  for (const d of [...readWeekdays(text, frame.dateField), ...readDateClauses(text, index, frame.dateField, notes)]) {
    // "revised in 2025" says "revised" once: one revised condition, however many readers saw it.
    if (!c.clauses.some((k) => JSON.stringify(k) === JSON.stringify(d))) c.clauses.push(d);
  }
  const people = readPeople(text, index, { asPosition: true });
  const topics = people.ambiguous ? { clause: null, words: [] } : readTopics(text);
  return { conditions: c, people, topic: c.defines ? null : topics.clause, words: topics.words };
}

/** "in cs.DC or by Jin Li": the two sides read apart and joined by "or", when they are conditions on different fields. */
function eitherSides(
  index: PaperIndex,
  positive: QuestionText,
  frame: Frame,
  notes: string[],
): PartReading | { filter: PaperFilter; rest: QuestionText; words: string[]; named: People['named'] } | null {
  const either = splitEither(positive);
  if (!either) return null;
  const own: string[] = [];
  const sides = [readSide(index, either.left, frame, own), readSide(index, either.right, frame, own)] as const;
  const filter = eitherFilter(...sides);
  if (!filter) return null;
  for (const side of sides) {
    if (side.people.ambiguous) return { kind: 'ambiguous', people: side.people };
    if (side.conditions.missing.length) return { kind: 'missing', what: side.conditions.missing };
  }
  notes.push(...own);
  const words = sides.flatMap((side) => side.words);
  return { filter, rest: either.rest, words, named: sides.flatMap((side) => side.people.named) };
}

/** A question about the listing's papers: conditions, then what is wanted of the papers they select. */
export function listingQuestion(
  index: PaperIndex,
  text: QuestionText,
  frame: Frame,
  fields: FieldName[],
  within: PaperFilter | null = null,
): PartReading {
  const group = readGroupNames(text, index);
  const scope = readScope(text, frame, within);
  // "not revised" is a condition of its own wherever it stands, not the start of what the papers are not.
  const unrevised = text.take(/\b(?:never|not) (?:been |yet |ever )?(?:revised|updated)\b/i);
  // "in cs.CL or cs.AI but not both": one or the other.
  const onlyOne = text.take(/,?\s*\b(?:but |and )?not both\b|\(\s*not both\s*\)/i);
  const { positive, negative, word } = splitAtNegation(text);
  const notes: string[] = [];
  const either = eitherSides(index, positive, frame, notes);
  if (either && 'kind' in either) return either;
  const pos = readSide(index, either?.rest ?? positive, frame, notes);
  if (either) {
    pos.conditions.clauses.push(either.filter);
    pos.words.push(...either.words);
    pos.people = { ...pos.people, named: [...pos.people.named, ...either.named] };
  }
  if (unrevised) pos.conditions.clauses.push({ kind: 'revised', value: false });
  if (scope.notAuthor) {
    const negated = negatedPerson(pos.people.clause, scope.notAuthor);
    if (negated === undefined) return { kind: 'unread-negation', text: 'not … author' };
    pos.people.clause = negated;
  }
  const negEither = negative ? eitherSides(index, negative, frame, notes) : null;
  if (negEither && 'kind' in negEither) return negEither;
  const neg = negative ? readSide(index, negEither?.rest ?? negative, frame, notes, true) : null;
  if (neg && negEither) {
    neg.conditions.clauses.push(negEither.filter);
    neg.words.push(...negEither.words);
  }
  const missing = [...pos.conditions.missing, ...(neg?.conditions.missing ?? [])];
  if (missing.length) return { kind: 'missing', what: missing };
  for (const side of [pos, neg]) if (side?.people.ambiguous) return { kind: 'ambiguous', people: side.people };
  const unknown = pos.people.unknown;
  const namesPaper = /^(?:who (?:wrote|authored)|(?:the )?authors of)\b(?! about| on\b)/i.test(frame.raw);
  if (
    !namesPaper &&
    !pos.people.clause &&
    unknown &&
    !pos.conditions.clauses.length &&
    index.search(unknown, { allWords: true }).hits.length === 0
  )
    return { kind: 'unknown-person', name: unknown, asked: frame.want === 'yesno' ? 'yesno' : 'other' };
  const question = shapeQuestion(frame, fields, pos.people, group);
  applyScope(question, scope, pos.people.clause, within);
  // "who else is on it besides Baptiste Lefort": the person is left out of the names, not their papers.
  const peopleOut =
    neg && question.want === 'authors' && neg.people.named.length > 0 && !neg.topic && !neg.conditions.clauses.length;
  if (peopleOut) question.exceptAuthors = [...(question.exceptAuthors ?? []), ...neg.people.named.map((a) => a.name)];
  const scoped = neg && !peopleOut ? negationScope(neg, word, negative?.original) : null;
  // "papers without any Mahajan": the family name took the words after "without".
  const groupTook = group.clause !== null && 'not' in group.clause && !negative?.original.trim();
  if (negative && !peopleOut && !scoped?.not && !groupTook)
    return { kind: 'unread-negation', text: negative.original.trim() };
  const exclusive = onlyOne ? notBoth([pos.people.clause, ...pos.conditions.clauses, pos.topic]) : null;
  if (onlyOne && !exclusive) return { kind: 'unread-negation', text: 'not both' };
  question.papers = allOf([
    within,
    exclusive,
    pos.people.clause,
    group.clause,
    ...pos.conditions.clauses,
    pos.topic,
    ...(scoped?.also ?? []),
    scoped?.not ? { not: scoped.not } : null,
    // "which was revised most recently": the newest of the revised papers, not a paper never revised.
    question.measure === 'updated' && REVISED_MOST_RECENTLY.test(frame.raw) ? { kind: 'revised', value: true } : null,
  ]);
  everySubject(question, frame.raw);
  compareCategories(question, frame.raw);
  if (question.want === 'superlative' && ANY_MENTION.test(frame.raw)) question.anyMention = true;
  const words = [...pos.words, ...(neg ? neg.words.map((w) => (scoped?.topicKept ? w : `not ${w}`)) : [])];
  const people = { ...pos.people, named: [...pos.people.named, ...(neg?.people.named ?? [])] };
  const explicit = isExplicit(frame, question, pos, group.clause !== null || neg !== null || within !== null);
  return { kind: 'question', explicit, question, people, topic: words, notes };
}

/** Whether a question asks for papers in so many words, so that an empty answer is an answer and not a misreading. */
function isExplicit(frame: Frame, question: TypedQuestion, pos: Side, more: boolean): boolean {
  return (
    frame.want !== undefined ||
    question.want !== 'papers' ||
    pos.conditions.clauses.some((c) => !('kind' in c) || c.kind !== 'date') ||
    pos.people.clause !== null ||
    more ||
    /\b(?:papers?|articles?|preprints?|publications?|works?|research|which|list|show|find|any|anything|about|on|titles?|mention\w*|came out|come out|published|appeared|posted|released|submitted|new)\b/i.test(
      frame.raw,
    )
  );
}

// "the newest paper that mentions X", "uses the word X in the title or abstract": any paper with the words.
const ANY_MENTION =
  /\bmention(?:s|ed|ing)?\b|\b(?:use|uses|using|with|has|have|contain|contains) the word\b|\btitle or abstract\b/i;

const REVISED_MOST_RECENTLY = /\brevised most recently\b|\bmost recently revised\b/i;
