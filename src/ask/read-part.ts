import type { Paper } from '../listing/paper.js';
import { type PaperFilter, allOf, clausesOf } from '../search/paper-filter.js';
import { listingHas } from './answer-fields.js';
import type { PaperIndex } from '../search/paper-index.js';
import { readFields, readFrame } from './read-frame.js';
import { listingQuestion } from './read-listing.js';
import { onePaper } from './read-one-paper.js';
import { findLoose } from './read-paper.js';
import type { PartReading } from './part-reading.js';
import { QuestionText } from './question-text.js';
import { readExtremeField } from './read-extreme-field.js';
import { readShareOf } from './read-share.js';
import { readOnEach } from './read-on-each.js';
import { type ArxivSyntax, readArxivSyntax } from './read-arxiv-syntax.js';
import { readWhichOf } from './read-which-of.js';
import type { FieldName, TypedQuestion } from './typed-question.js';

export type { PartReading } from './part-reading.js';

const INTRO =
  /^i(?:'m| am)? (?:remember|need|want|after|looking for|searching for|mean)\s+(?:a|the|that) (?:paper|one|article|preprint) (?:about|on|that|where|which|with|called|titled|in which)?\s*(.+)$/i;

const LISTING_WORDS =
  /\b(?:(?:in |of |from )?(?:this|the|these|our|my) (?:datasets?|data sets?|collections?|corpus|corpora|databases?)|in this (?:list(?:ing)?|set|search(?: result)?s?)|in (?:the )?list(?:ing)?|in here|here|(?:any |all )?of these(?: papers)?|from these|among these|these|any of these|in total|overall|so far|at all|this listing|(?:(?:in|on) )?(?:this|the) (?:arxiv|archive)(?: list(?:ing)?)?)\b/gi;

// Fields a question asks of one paper (not filters on many).
const ONE_PAPER_FIELDS = new Set<FieldName>([
  'id',
  'firstAuthor',
  'lastAuthor',
  'secondAuthor',
  'nthAuthor',
  'authorCount',
  'authors',
  'submitted',
  'updated',
  'announced',
  'revised',
  'versions',
  'primaryCategory',
  'crossLists',
  'categories',
  'comments',
  'pages',
  'figures',
  'tables',
  'doi',
  'reportNumber',
  'acmClass',
  'mscClass',
  'journalRef',
  'venue',
  'code',
  'projectPage',
  'abstract',
  'title',
]);

const EACH_FIELD =
  /^(?:and )?(?:when|what(?:'s| is| are| was| were)|who (?:wrote|authored|are the authors of) (?:them|those|these|each)\b|who (?:is|are|was|were) (?:the )?(?:first |last |second )?authors? of (?:each|them|those|these)\b)/i;

const ON_BOTH =
  /^(?:.*?\b)?(?:who|which (?:authors|people|names))\b.*?\b(?:on|of|wrote|authored|co-?authored|in) both (?:the )?(.+?) and (?:the )?(.+?)(?: papers?)?$/i;

/** "who is listed on both the Llama 3 Herd and the Llama 4 Herd papers": the people on both named papers. */
function sharedAuthors(index: PaperIndex, raw: string): PartReading | undefined {
  const m = ON_BOTH.exec(raw);
  if (!m) return undefined;
  const papers = [m[1], m[2]].map((ref) => findLoose(index, (ref as string).trim()));
  const ids = papers.flatMap((f) => (f.kind === 'found' ? [f.paper.id] : []));
  if (ids.length !== 2 || ids[0] === ids[1]) return undefined;
  return readAs({ want: 'authors', papers: { kind: 'paper', ids }, minPapers: 2 });
}

const SHARING =
  /^(?:which|what|list|show|how many)\b.*?\b(?:share|shares|sharing|have|has|having) (?:at least one|an?|any|one or more|some) (?:co-?)?authors? (?:in common )?with (?:the )?(.+?)(?: paper)?(?:[?,;].*)?$/i;

/** "which other papers share at least one author with AlignBot": papers with any of its shown names, not itself. */
function sharingAuthor(index: PaperIndex, raw: string): PartReading | undefined {
  const m = SHARING.exec(raw);
  const found = m ? findLoose(index, (m[1] as string).trim()) : undefined;
  if (found?.kind !== 'found' || found.paper.authors.length === 0) return undefined;
  const { paper } = found;
  const anyOf = paper.authors.map((name) => ({ kind: 'author' as const, name, shown: true }));
  return readAs({
    want: /^how many\b/i.test(raw) ? 'count' : 'papers',
    papers: { all: [{ any: anyOf }, { not: { kind: 'paper', ids: [paper.id] } }] },
  });
}

/** "who wrote the oldest paper": the superlative, with the fields to show of the paper it picks. */
function extremeField(
  index: PaperIndex,
  raw: string,
  context: { paper?: Paper; within?: PaperFilter },
): PartReading | undefined {
  const found = readExtremeField(raw);
  if (!found) return undefined;
  const fields = readFields(new QuestionText(found.fieldWords)).filter((f) => ONE_PAPER_FIELDS.has(f));
  if (fields.length === 0) return undefined;
  const reading = readPart(index, found.extreme, context);
  if (reading.kind !== 'question' || reading.question.want !== 'superlative' || reading.question.groupBy)
    return undefined;
  reading.question.fields = fields;
  return reading;
}

/** "what share of the cs.CL papers are cross-listed": a count of some papers as a share of others. */
function shareOf(
  index: PaperIndex,
  raw: string,
  context: { paper?: Paper; within?: PaperFilter },
): PartReading | undefined {
  const found = readShareOf(raw);
  if (!found) return undefined;
  const base = readPart(index, found.base, context);
  const part = readPart(index, found.part, context);
  if (base.kind !== 'question' || part.kind !== 'question') return undefined;
  if (base.question.want !== 'papers' || part.question.want !== 'count' || !base.question.papers) return undefined;
  const of = base.question.papers;
  const question: TypedQuestion = {
    want: 'count',
    share: true,
    shareOf: of,
    papers: allOf([of, part.question.papers]),
  };
  const named = [...base.people.named, ...part.people.named];
  return { ...part, question, people: { ...part.people, named }, notes: [...base.notes, ...part.notes] };
}

/** "who has papers in both 2022 and 2025": the people with papers among each of the two. */
function onEach(
  index: PaperIndex,
  raw: string,
  context: { paper?: Paper; within?: PaperFilter },
): PartReading | undefined {
  const found = readOnEach(raw);
  if (!found) return undefined;
  const [a, b] = [readPart(index, found.first, context), readPart(index, found.second, context)];
  if (a.kind !== 'question' || b.kind !== 'question' || a.question.want !== 'authors' || b.question.want !== 'authors')
    return undefined;
  const sides = [a.question.papers, b.question.papers];
  if (!sides[0] || !sides[1] || JSON.stringify(sides[0]) === JSON.stringify(sides[1])) return undefined;
  const onEach = sides as PaperFilter[];
  // "who wrote with both X and Y": neither X nor Y is one of their coauthors.
  const except = [...new Set([...(a.question.exceptAuthors ?? []), ...(b.question.exceptAuthors ?? [])])];
  const question = {
    ...a.question,
    papers: { any: onEach },
    onEach,
    ...(except.length ? { exceptAuthors: except } : {}),
  };
  return { ...a, question, notes: [...a.notes, ...b.notes] };
}

// What may stand around arXiv's syntax in a question without asking anything more of the papers.
const SYNTAX_FILLER =
  /\b(?:which|what|papers?|does|do|that|this|hit|hits|match(?:es)?|results?|list|show|me|just|only|the|names?|authors?|are|is|shown|going|by|as|please|for|with|there|find|people|everyone|have|has|at least one)\b|[-—–:,.?!]/gi;

/** The papers arXiv's search syntax names, asked as the rest of the question asks ("how many", "anything for"). */
function syntaxQuestion(
  index: PaperIndex,
  { filter, rest, unknown }: ArxivSyntax,
  context: { paper?: Paper; within?: PaperFilter },
): PartReading {
  if (clausesOf(filter).some((c) => c.kind === 'category') && !listingHas(index.papers).categories)
    return { kind: 'missing', what: ['categories'] };
  const within = allOf([context.within, filter]) as PaperFilter;
  const bare =
    rest
      .replace(/\bhow many\b|\bany(?:thing)?\b/gi, ' ')
      .replace(SYNTAX_FILLER, ' ')
      .trim() === '';
  const asked = !bare
    ? rest
    : /\bhow many\b/i.test(rest)
      ? 'how many papers'
      : /\bany(?:thing)?\b|\b(?:is|are) there\b/i.test(rest)
        ? 'are there any papers'
        : 'which papers';
  const reading = readPart(index, asked, { ...context, within });
  if (reading.kind !== 'question' || unknown.length === 0) return reading;
  const none = unknown.map((name) => `no author's name has "${name}"`);
  return { ...reading, notes: [...reading.notes, ...none] };
}

/** A question read whole by one pattern: no people, topic words or notes of its own. */
function readAs(question: TypedQuestion): PartReading {
  return { kind: 'question', explicit: true, question, people: { named: [], clause: null }, topic: [], notes: [] };
}

/** Reads one question (a part of a compound one) into a typed query. */
export function readPart(
  index: PaperIndex,
  raw: string,
  context: { paper?: Paper; within?: PaperFilter },
): PartReading {
  const intro = INTRO.exec(raw);
  if (intro) {
    const found = findLoose(index, intro[1] as string);
    if (found.kind === 'found') return { kind: 'reference', paper: found.paper };
  }
  const syntax = readArxivSyntax(index, raw);
  if (syntax) return syntaxQuestion(index, syntax, context);
  const which = context.within ? undefined : readWhichOf(index, raw);
  if (which) return readPart(index, which.asked, { ...context, within: which.papers });
  const shared =
    sharedAuthors(index, raw) ??
    sharingAuthor(index, raw) ??
    extremeField(index, raw, context) ??
    shareOf(index, raw, context) ??
    onEach(index, raw, context);
  if (shared) return shared;
  const text = new QuestionText(raw);
  const frame = readFrame(text);
  const fields = readFields(text).filter((f) => ONE_PAPER_FIELDS.has(f));
  text.takeAll(LISTING_WORDS);
  // "…and when were they last updated": a field of each paper the part before chose.
  if (context.within && fields.length && (frame.want ?? 'field') === 'field' && EACH_FIELD.test(raw))
    return readAs({ want: 'field', papers: context.within, fields, each: true });
  // "…and which of those…": a question about the papers the part before chose, not one paper.
  const one = context.within ? null : onePaper(index, text, frame, fields, context);
  if (one) return one;
  return listingQuestion(index, text, frame, fields, context.within ?? null);
}
