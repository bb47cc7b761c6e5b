import { type PaperFilter, allOf } from '../search/paper-filter.js';
import { NUMBER, numberOf } from './read-conditions.js';
import type { Frame } from './read-frame.js';
import type { QuestionText } from './question-text.js';
import type { TypedQuestion } from './typed-question.js';

/** Which papers a listing question ranges over, besides its filter: read before the filter's words. */
export interface Scope {
  /** "on four or more of his papers": people on at least this many. */
  minPapers?: number;
  /** "X is not an author of", "X is not the last author": the person named is excluded. */
  notAuthor?: { position?: 'first' | 'last' };
  /** "does every one of X's papers…": a yes only when all of that person's papers fit. */
  everyOfPerson?: boolean;
  /** "…and is X on all of them": a yes only when all the papers of the part before fit. */
  everyOfThose?: boolean;
}

/** Takes the scope's words out of the question. */
export function readScope(text: QuestionText, frame: Frame, within: PaperFilter | null): Scope {
  const scope: Scope = {};
  const min = readMinPapers(text);
  if (min) scope.minPapers = min;
  const not = readNotAuthor(text);
  if (not) scope.notAuthor = not;
  if (frame.want === 'yesno' && text.take(EVERY_OF)) scope.everyOfPerson = true;
  if (frame.want === 'yesno' && within && text.take(EVERY_OF_THOSE)) scope.everyOfThose = true;
  return scope;
}

/** Sets what the scope asks on the shaped question. */
export function applyScope(
  q: TypedQuestion,
  scope: Scope,
  person: PaperFilter | null,
  within: PaperFilter | null,
): void {
  if (scope.minPapers && q.want === 'authors') q.minPapers = scope.minPapers;
  // "is X the last author on all his papers": all of X's papers, whatever X's place on them.
  const over = scope.everyOfThose ? within : scope.everyOfPerson && person ? anyPlace(person) : null;
  if (over && q.want === 'yesno') {
    q.every = true;
    q.everyOf = over;
  }
}

/** The people of a filter at any place on the papers. */
function anyPlace(f: PaperFilter): PaperFilter {
  if ('kind' in f) return f.kind === 'author' ? { kind: 'author', name: f.name } : f;
  return 'all' in f ? { all: f.all.map(anyPlace) } : f;
}

/** For "do all X have P" with no papers named before: the papers of X (see subjectOf); call once the filter is read. */
export function everySubject(q: TypedQuestion, raw: string): void {
  if (q.want !== 'yesno' || !q.every || q.everyOf) return;
  const subject = saidBefore(q.papers, raw) ?? subjectOf(q.papers);
  if (subject) q.everyOf = subject;
}

// "does every paper with more than 8 authors carry a cs.AI tag": the words from "every" to the verb.
const SUBJECT =
  /\b(?:every|all|each)\b(.*?)\b(?:have|has|carry|carries|are|is|were|was|mention|mentions|list|lists|include|includes|come|came|show|shows|appear|appears|use|uses)\b/i;
const FIELD_WORD: Record<string, RegExp> = {
  doi: /\bdoi/i,
  journalRef: /\bjournal/i,
  comments: /\bcomment/i,
  code: /\bcode\b|github/i,
  pages: /\bpage/i,
  figures: /\bfigure/i,
  hiddenAuthors: /\bhid|et al/i,
};

/** Whether the words of a condition are among these words of the question (roughly: codes, names, numbers, words). */
function saidIn(f: PaperFilter, span: string): boolean {
  if (!('kind' in f))
    return 'not' in f ? saidIn(f.not, span) : ('all' in f ? f.all : f.any).some((g) => saidIn(g, span));
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w.length > 2);
  const s = span.toLowerCase();
  switch (f.kind) {
    case 'category':
      return s.includes(f.code.toLowerCase());
    case 'author':
    case 'topic':
    case 'mentions':
      return words('name' in f ? f.name : f.words).some((w) => s.includes(w));
    case 'date':
      return [f.from, f.until].some((d) => d !== undefined && s.includes(d.slice(0, 4)));
    case 'measure':
      return (
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|single)\b/.test(s) &&
        /author|page|figure|table|categor|name|version/.test(s)
      );
    case 'has':
      return FIELD_WORD[f.field]?.test(s) ?? false;
    case 'revised':
      return /revis|version|updated/.test(s);
    default:
      return false;
  }
}

/** The conditions said between "every" and its verb, when they are some of the question's but not all. */
function saidBefore(filter: PaperFilter | null, raw: string): PaperFilter | null | undefined {
  const parts = !filter ? [] : 'all' in filter ? filter.all : [filter];
  if (parts.length < 2) return undefined;
  const span = SUBJECT.exec(raw)?.[1];
  // "are all papers about hallucination in cs.CL": no verb after "all", so the last condition said is asked of the others.
  const subject = span
    ? parts.filter((f) => saidIn(f, span))
    : parts.filter((f) => !saidIn(f, raw.slice(lastSaid(parts, raw))));
  return subject.length > 0 && subject.length < parts.length ? allOf(subject) : undefined;
}

/** Where the last of these conditions starts to be said: the longest tail of the question that says only one. */
function lastSaid(parts: readonly PaperFilter[], raw: string): number {
  for (let at = raw.length - 1; at > 0; at--) {
    const said = parts.filter((f) => saidIn(f, raw.slice(at)));
    if (said.length === 1) return at;
    if (said.length > 1) break;
  }
  return raw.length;
}

// What "do all X have P" says of its papers rather than picks them by: P.
const PROPERTIES = new Set(['measure', 'has', 'revised', 'weekday']);
const isProperty = (f: PaperFilter): boolean =>
  'kind' in f
    ? PROPERTIES.has(f.kind) || (f.kind === 'mentions' && f.field !== 'title' && f.field !== 'abstract')
    : 'not' in f && isProperty(f.not);
const isAuthor = (f: PaperFilter): boolean => 'kind' in f && f.kind === 'author';

/**
 * The papers "do all cs.SE papers have at least 3 authors" ranges over: the conditions that pick
 * papers (cs.SE) without those said of them (3 authors or more); with none of those, the people
 * ("are all papers by X in cs.CL"). Undefined when the question names only one kind: all papers.
 */
function subjectOf(filter: PaperFilter | null): PaperFilter | null | undefined {
  const parts = !filter ? [] : 'all' in filter ? filter.all : [filter];
  for (const said of [isProperty, (f: PaperFilter) => !isAuthor(f)]) {
    const subject = parts.filter((f) => !said(f));
    if (subject.length > 0 && subject.length < parts.length) return allOf(subject);
  }
  return undefined;
}

const EVERY_OF_THOSE = /\b(?:on |in )?(?:all|each|every one) of (?:them|those|these)\b/i;

// "on all his papers", "on every paper he is on".
const EVERY_OF =
  /\b(?:(?:every|each) one of|all of|every|each|all)\b(?= (?:his|her|their|[\p{L}.' -]{2,40}?'s) papers\b)|\b(?:every|each|all(?: the| of the)?) papers? (?:that )?(?:he|she|they)(?:'s|'re| is| are| was| were) (?:on|an author (?:of|on)|listed on)\b|\bboth (?:of (?:the|their) )?(?=papers by\b)/iu;

// "that Divyat Mahajan is NOT an author of", "that Wei Xiong did not work on", "is Priebe not the last author":
// the person named just before is the one excluded, not what follows "not".
const NOT_AUTHOR =
  /\b(?:(?:is|was|are|were|did|does|do|has|have)\s+)?not\s+(?:(?:an?|the|one of the)\s+)?(?:(first|last)\s+)?(?:author|co-?author|writer)s?\b(?:\s+(?:of|on)\b)?(?:\s+(?:it|them|these|those)\b)?|\b(?:did|does|do)\s+not\s+(?:work|write|contribute)\s+on\b(?:\s+(?:it|them|these|those)\b)?|\bis\s+not\s+on\s+(?:it|them|these|those)\b/i;

function readNotAuthor(text: QuestionText): { position?: 'first' | 'last' } | null {
  const m = text.take(NOT_AUTHOR);
  if (!m) return null;
  return m[1] ? { position: m[1].toLowerCase() as 'first' | 'last' } : {};
}

/**
 * The last person read on the positive side, excluded instead (at a position, on "his papers"
 * still); undefined when no person was read, so the question is declined rather than the "not" dropped.
 */
export function negatedPerson(
  clause: PaperFilter | null,
  not: { position?: 'first' | 'last' },
): PaperFilter | null | undefined {
  const people = !clause ? [] : 'kind' in clause ? [clause] : 'all' in clause ? clause.all : [];
  if (people.length === 0 || !people.every((c) => 'kind' in c && c.kind === 'author')) return undefined;
  const name = (people[people.length - 1] as { name: string }).name;
  const others = people.filter((c) => 'kind' in c && c.kind === 'author' && c.name !== name);
  const excluded: PaperFilter = not.position
    ? { all: [{ kind: 'author', name }, { not: { kind: 'author', name, position: not.position } }] }
    : { not: { kind: 'author', name } };
  return allOf([...others, excluded]);
}

/** "on four or more of his papers", "on both of her papers": how many of the papers a person must be on. */
function readMinPapers(text: QuestionText): number | undefined {
  const m = new RegExp(
    `\\b(?:on|in) (?:(${NUMBER}) or more|(both)) of (?=(?:his|her|their|the|these|[\\p{L}.' -]{2,40}?'s) papers\\b)`,
    'iu',
  ).exec(text.rest);
  if (!m) return undefined;
  // The words up to "of": a name before "'s papers" is still to be read.
  text.blank(m.index, m.index + m[0].length);
  return m[2] ? 2 : numberOf(m[1] as string);
}
