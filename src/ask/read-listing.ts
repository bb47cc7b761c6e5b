import { type PaperFilter, allOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import {
  type Conditions,
  readCategories,
  readCrossListed,
  readMeasures,
  readOneCategory,
  readRanges,
  readRevised,
  readTitleMarks,
} from './read-conditions.js';
import { readPresence } from './read-presence.js';
import { compareCategories } from './compare-categories.js';
import { readNamedPapers } from './read-named-papers.js';
import { readDateClauses, readWeekdays } from './read-dates.js';
import { compareQuestion } from './answer-compare.js';
import type { Frame } from './read-frame.js';
import { type GroupNames, readGroupNames } from './read-group-names.js';
import type { PartReading } from './part-reading.js';
import { type People, readPeople } from './read-people.js';
import { readTopics } from './read-topics.js';
import { readVenues } from './read-venues.js';
import { datesAsked } from './read-fields.js';
import { applyScope, everySubject, negatedPerson, readScope } from './read-scope.js';
import type { QuestionText } from './question-text.js';
import { type Side, negationScope, splitAtNegation } from './read-negation.js';
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
  // A superlative or an average measures pages and figures: only the other fields pick its papers ("the oldest paper with a DOI").
  readPresence(text, index.papers, c, !negated && (frame.want === 'superlative' || frame.want === 'average'));
  readRanges(text, index.papers, c);
  readTitleMarks(text, c);
  readMeasures(text, c);
  // "the oldest revised paper": a date superlative over revised papers; "revised the most times" is a measure.
  if (frame.want !== 'superlative' || frame.measure === 'submitted') readRevised(text, c);
  for (const d of [...readWeekdays(text, frame.dateField), ...readDateClauses(text, index, frame.dateField, notes)]) {
    // "revised in 2025" says "revised" once: one revised condition, however many readers saw it.
    if (!c.clauses.some((k) => JSON.stringify(k) === JSON.stringify(d))) c.clauses.push(d);
  }
  const people = readPeople(text, index, { asPosition: true });
  const topics = people.ambiguous ? { clause: null, words: [] } : readTopics(text);
  return { conditions: c, people, topic: c.defines ? null : topics.clause, words: topics.words };
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
  const { positive, negative, word } = splitAtNegation(text);
  const notes: string[] = [];
  const pos = readSide(index, positive, frame, notes);
  if (unrevised) pos.conditions.clauses.push({ kind: 'revised', value: false });
  if (scope.notAuthor) {
    const negated = negatedPerson(pos.people.clause, scope.notAuthor);
    if (negated === undefined) return { kind: 'unread-negation', text: 'not … author' };
    pos.people.clause = negated;
  }
  const neg = negative ? readSide(index, negative, frame, notes, true) : null;
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
  const scoped = neg && !peopleOut ? negationScope(neg, word) : null;
  if (negative && !peopleOut && !scoped?.not) return { kind: 'unread-negation', text: negative.original.trim() };
  question.papers = allOf([
    within,
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
    /\b(?:papers?|articles?|preprints?|publications?|works?|research|which|list|show|find|any|anything|about|on|titles?|mention\w*)\b/i.test(
      frame.raw,
    )
  );
}

// "which papers did Marta Zlatic co-author": her papers, not the people she wrote with.
const PAPERS_CO_AUTHORED =
  /^(?:which|what|list|show(?: me)?) (?:\w+ )?(?:papers|articles|preprints|works)\b(?!.*\b(?:co-?authors\b|with\b))/i;

// "the newest paper that mentions X", "uses the word X in the title or abstract": any paper with the words.
const ANY_MENTION =
  /\bmention(?:s|ed|ing)?\b|\b(?:use|uses|using|with|has|have|contain|contains) the word\b|\btitle or abstract\b/i;

const REVISED_MOST_RECENTLY = /\brevised most recently\b|\bmost recently revised\b/i;

const COAUTHORS =
  /\bon the most papers with\b|\bmost papers (?:together )?with\b|\bco-?authors?\b|\bco-?authored with\b|\bwrite with\b|\bwrote with\b|\bcollaborat|\bco-?wrote\b|\bwith whom\b|\bwork(?:s|ed)? with\b/i;

// "Who has the most coauthors": people ranked by how many others they wrote with, no one named.
const MOST_COAUTHORS =
  /\b(?:most|fewest|largest number of|most distinct|most different) (?:distinct |different )?(?:co-?authors|collaborators|coworkers|co-?writers)\b/i;

// "who first-authored the most papers", "first authors of the papers that…": one place of each author list.
const POSITIONED =
  /\b(first|last)[- ]authored\b|^(?:who (?:is|was|were|are) (?:the )?|(?:(?:name|list|give me|show me) )?(?:the )?)(first|last)[- ]authors?\b(?! of (?:the )?(?:paper|article)\b)|\btop (?:\S+ )?(first|last)[- ]authors\b|\b(first|last)[- ]author(?:ed)? papers\b/i;

/** The want of a listing question, with the author ranking's options. */
function shapeQuestion(frame: Frame, fields: FieldName[], people: People, group: GroupNames): TypedQuestion {
  const raw = frame.raw;
  const q: TypedQuestion = { want: frame.want ?? 'papers', papers: null };
  if (frame.measure) q.measure = frame.measure;
  if (frame.direction) q.direction = frame.direction;
  if (frame.groupBy) q.groupBy = frame.groupBy;
  if (frame.dateField) q.dateField = frame.dateField;
  if (frame.limit) q.limit = frame.limit;
  if (frame.place) q.place = frame.place;
  if (frame.minPapers) q.minPapers = frame.minPapers;
  if (frame.maxPapers) q.maxPapers = frame.maxPapers;
  if (frame.statistic) q.statistic = frame.statistic;
  if (frame.every) q.every = true;
  if (frame.none) q.none = true;
  if (frame.emptyOnly) q.emptyOnly = true;
  if (frame.share) q.share = true;
  if (group.named) q.authorsNamed = group.named;
  if (group.except) q.exceptNamed = group.except;
  const named = people.named.map((a) => a.name);
  if (q.want === 'superlative' && q.groupBy === 'author' && named.length === 0 && MOST_COAUTHORS.test(raw))
    q.rankBy = 'coauthors';
  if (
    named.length === 2 &&
    /^compare\b|\bvs\.?\b|\bversus\b|\bcompared (?:to|with)\b|\b(?:has|have|wrote|published|(?:'s|is|was|are) on) more\b|\b(?:on|has|have) more (?:first[- ]author |last[- ]author )?papers than\b|\b(?:has|have) (?:first|last)[- ]authored more\b|^how many papers (?:are|do|did|have) .+ each\b/i.test(
      raw,
    )
  )
    return compareQuestion(raw, named);
  if (
    named.length === 1 &&
    !frame.want &&
    /^(?:who is|who's|tell me about|what about|info(?:rmation)? (?:on|about))\b/i.test(raw)
  )
    return { want: 'profile', papers: null, people: named };
  if (COAUTHORS.test(raw) && named.length === 1 && !PAPERS_CO_AUTHORED.test(raw)) q.exceptAuthors = named;
  const position = named.length === 0 ? POSITIONED.exec(raw) : null;
  if (position) {
    const at = position.slice(1).find((g) => g !== undefined) ?? '';
    q.authorPosition = at.toLowerCase() as 'first' | 'last';
    if (
      q.want === 'papers' &&
      /^(?:(?:name|list|give me|show me) )?(?:the )?(?:first|last)[- ]authors (?:of|on)\b/i.test(raw)
    )
      q.want = 'authors';
  }
  if (q.want === 'count') countOf(q, raw);
  else if (q.want === 'papers' || q.want === 'yesno') papersOrAuthors(q, raw, group, fields, frame.plural);
  return q;
}

function countOf(q: TypedQuestion, raw: string): void {
  if (
    /\bhow many (?:distinct |different |unique )?(?:(?:first|last)[- ])?(?:authors?|people|names|co-?authors?)\b|\bdistinct (?:authors?|co-?authors?|names)/i.test(
      raw,
    )
  )
    q.countOf = 'authors';
  else if (/\bhow many (?:ppl|persons|names|researchers)\b/i.test(raw)) q.countOf = 'authors';
  if (q.countOf === 'authors') {
    onPapers(q, raw);
    // "how many different people are first author": each paper's first (or last) author only.
    const position = /\b(first|last)[- ]authors?\b/i.exec(raw)?.[1]?.toLowerCase();
    if (position && !q.authorPosition) q.authorPosition = position as 'first' | 'last';
  } else if (/\b(?:different|distinct) primary categories\b/i.test(raw)) q.countOf = 'primaryCategories';
  else if (/\b(?:different|distinct) categories\b/i.test(raw)) q.countOf = 'categories';
}

const ONE_PAPER =
  /\b(?:exactly|only|just) (?:one|1|a single) paper\b|\bon (?:only |just )?one paper\b|\ba single paper\b|\bon (?:one|a single) paper only\b/i;
const MORE_PAPERS =
  /\bmore than (one|once|\d+) papers?\b|\b(?:several|multiple) papers\b|\b(?:two|2) or more papers\b/i;

/** "people with exactly one paper", "on more than one paper": how many papers each person counted or listed is on. */
function onPapers(q: TypedQuestion, raw: string): void {
  if (ONE_PAPER.test(raw)) q.maxPapers = 1;
  const more = MORE_PAPERS.exec(raw);
  if (more) q.minPapers = (Number(more[1]) || 1) + 1;
}

// Fields only one paper can have: asked with no paper named, the papers the question's words find must be one.
const OWN_FIELDS = new Set<FieldName>([
  'code',
  'doi',
  'pages',
  'figures',
  'tables',
  'venue',
  'journalRef',
  'acmClass',
  'mscClass',
  'id',
  'abstract',
  'projectPage',
  'comments',
  'firstAuthor',
  'lastAuthor',
  'secondAuthor',
  'nthAuthor',
  'primaryCategory',
]);

// "name the authors of the single-author quant-ph papers": the people on some papers, not a paper's field.
const AUTHORS_OF_PAPERS =
  /^(?:(?:name|list|give me|show me|tell me|who are) )?(?:all )?(?:the )?authors (?:of|on) (?:the |all )?.*\b(?:papers|ones|articles|preprints)\b/i;

function papersOrAuthors(q: TypedQuestion, raw: string, group: GroupNames, fields: FieldName[], plural: boolean): void {
  const own = fields.filter((f) => OWN_FIELDS.has(f));
  const dates = datesAsked(raw, fields);
  if (q.want === 'papers' && dates) {
    Object.assign(q, { want: 'field', fields: dates, each: true });
    return;
  }
  if (!plural && q.want === 'papers' && own.length > 0 && !/^(?:which|list|show)\b/i.test(raw)) {
    q.want = 'field';
    q.fields = own;
    return;
  }
  if (AUTHORS_OF_PAPERS.test(raw)) {
    q.want = 'authors';
    return;
  }
  // "Who wrote MoETuner?" names a paper: its authors, or which paper when several match.
  if (
    /^(?:who (?:wrote|authored|is behind|are the authors of)|(?:the )?authors of)\b(?! about| on\b| papers| the most| more)/i.test(
      raw,
    )
  ) {
    q.want = 'field';
    q.fields = ['authors'];
    return;
  }
  const who =
    (/^who\b/i.test(raw) && !/\bwho (?:wrote|authored) (?:the|a)\b/i.test(raw)) ||
    /^(?:(?:which|what|name|list|show(?: me)?|give me) (?:the |all )?)?(?:authors|people|persons|researchers|co-?authors)\b(?! of\b)/i.test(
      raw,
    );
  if (who || q.exceptAuthors || (group.named && q.want === 'papers' && /^which\b/i.test(raw))) q.want = 'authors';
  if (ONE_PAPER.test(raw) && group.named) q.want = 'authors';
  if (q.want === 'authors') onPapers(q, raw);
  if (fields.includes('authors') && q.want === 'papers' && /^who\b/i.test(raw)) q.want = 'authors';
}
