import { datesAsked } from './read-fields.js';
import type { Frame } from './read-frame.js';
import type { GroupNames } from './read-group-names.js';
import type { People } from './read-people.js';
import { compareQuestion } from './answer-compare.js';
import type { FieldName, TypedQuestion } from './typed-question.js';

// "which papers did Marta Zlatic co-author": her papers, not the people she wrote with.
const PAPERS_CO_AUTHORED =
  /^(?:which|what|list|show(?: me)?) (?:\w+ )?(?:papers|articles|preprints|works)\b(?!.*\b(?:co-?authors\b|with\b))/i;

const COAUTHORS =
  /\bon the most papers with\b|\bmost papers (?:together )?with\b|\bco-?authors?\b|\bco-?authored with\b|\bwrite with\b|\bwrote with\b|\bcollaborat|\bco-?wrote\b|\bwith whom\b|\bwork(?:s|ed)? with\b/i;

// "Who has the most coauthors": people ranked by how many others they wrote with, no one named.
const MOST_COAUTHORS =
  /\b(?:most|fewest|largest number of|most distinct|most different) (?:distinct |different )?(?:co-?authors|collaborators|coworkers|co-?writers)\b/i;

// "who first-authored the most papers", "first authors of the papers that…": one place of each author list.
const POSITIONED =
  /\b(first|last)[- ]authored\b|^(?:who (?:is|was|were|are) (?:the )?|(?:(?:name|list|give me|show me) )?(?:the )?)(first|last)[- ]authors?\b(?! of (?:the )?(?:paper|article)\b)|\btop (?:\S+ )?(first|last)[- ]authors\b|\b(first|last)[- ]author(?:ed)? papers\b|\b(?:papers?|most|times|often) as (?:the |a )?(first|last)[- ]author\b|\b(first|last)[- ]author (?:spots|slots|positions|places)\b/i;

/** The want of a listing question, with the author ranking's options. */
export function shapeQuestion(frame: Frame, fields: FieldName[], people: People, group: GroupNames): TypedQuestion {
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
  if (frame.crossListsOnly) q.crossListsOnly = true;
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
    /^(?:who (?:wrote|authored|is behind|are the authors of)|(?:the )?authors of)\b(?! about| on\b| (?:(?:the|all|all the|these|those) )?papers\b| the most| more)/i.test(
      raw,
    )
  ) {
    q.want = 'field';
    q.fields = ['authors'];
    return;
  }
  const who =
    (/^who\b/i.test(raw) && !/\bwho (?:wrote|authored) (?:the|a)\b/i.test(raw)) ||
    /^(?:(?:which|what|name|list|show(?: me)?|give me) (?:the |all )?)?(?:authors|author(?= (?:appears|is on|shows up|is listed on)\b)|people|persons|researchers|co-?authors)\b(?! of\b)/i.test(
      raw,
    );
  if (
    who ||
    q.exceptAuthors ||
    (group.named && q.want === 'papers' && /^which\b(?! (?:papers?|articles?|preprints?|ones?)\b)/i.test(raw))
  )
    q.want = 'authors';
  if (ONE_PAPER.test(raw) && group.named) q.want = 'authors';
  if (q.want === 'authors') onPapers(q, raw);
  if (fields.includes('authors') && q.want === 'papers' && /^who\b/i.test(raw)) q.want = 'authors';
}
