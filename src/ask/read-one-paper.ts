import { type PaperFilter, allOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { Paper } from '../listing/paper.js';
import { type Conditions, readCategories, readMeasures, readOneCategory } from './read-conditions.js';
import type { Frame } from './read-frame.js';
import { readPaperRef } from './read-paper.js';
import type { PartReading } from './part-reading.js';
import { type People, readPeople } from './read-people.js';
import { QuestionText } from './question-text.js';
import type { FieldName } from './typed-question.js';

/** A question about one named paper: its fields, or a yes or no about it. */
export function onePaper(
  index: PaperIndex,
  text: QuestionText,
  frame: Frame,
  fields: FieldName[],
  context: { paper?: Paper },
): PartReading | null {
  if (frame.plural && !context.paper) return null;
  if (frame.want && !['yesno', 'count'].includes(frame.want)) return null;
  const probe = new QuestionText(text.rest);
  const people = readPeople(probe, index, { asPosition: false });
  const ref = readPaperRef(probe, index);
  if (ref && 'candidates' in ref) return { kind: 'paper-candidates', ref };
  const pronoun = /\b(?:it|its|it's|this paper|that paper)\b/i.test(text.original);
  const paper = ref?.paper ?? (pronoun || fields.length > 0 ? context.paper : undefined);
  if (!paper) return null;
  const describe =
    /^(?:what(?:'s| is| was)? .+ about$|summar\w+|describe|explain|tell me about|what does .+ (?:do|propose|present|introduce|show|study))|\b(?:the )?gist of\b|\btl;?dr\b|\bsum (?:it )?up\b|\b(?:short |quick |brief |one-line )?(?:summary|overview|synopsis|recap) of\b|\bmain (?:idea|point|contribution|finding)s? of\b|^what(?:'s| is) (?:the )?[\p{L}\p{N}-]+(?: paper)?\W*$/iu.test(
      text.original,
    );
  if (fields.length === 0 && frame.want !== 'yesno' && !describe) return null;
  const clause: PaperFilter = { kind: 'paper', ids: [paper.id] };
  const asked = { people, topic: [], notes: [], paper };
  if (frame.want === 'yesno') {
    const condition = yesNoCondition(index, probe, text.original, fields, people);
    if (condition && 'kind' in condition && condition.kind === 'missing') return condition;
    if (condition)
      return {
        kind: 'question',
        question: { want: 'yesno', papers: allOf([clause, condition]) },
        ...asked,
      };
  }
  if (fields.length === 0 && !describe) return null;
  if (describe && !fields.length) return { kind: 'question', question: { want: 'describe', papers: clause }, ...asked };
  const yesNo = frame.want === 'yesno' ? YES_NO_FIELDS.find((f) => fields.includes(f)) : undefined;
  if (yesNo) return { kind: 'question', question: { want: 'yesno', papers: clause, fields: [yesNo] }, ...asked };
  const all = fields.includes('authors') && /\ball\b/i.test(text.original) && paper.hiddenAuthorCount > 0;
  return {
    kind: 'question',
    question: { want: 'field', papers: clause, fields: all ? ['allAuthors'] : fields },
    ...asked,
  };
}

const SOLE =
  /\b(?:the )?(?:only|sole|one and only) author\b|\bsole[- ]authored\b|\b(?:write|wrote|authored)\b.*\b(?:alone|single-author|by (?:himself|herself|themselves))\W*$/i;

/** The fields a yes or no about one paper rests on ("was it revised", "does it have a DOI"), in that order. */
const YES_NO_FIELDS: FieldName[] = ['revised', 'crossLists', 'doi', 'code', 'journalRef', 'venue'];

/**
 * What a yes or no about one paper asks of it, other than one of its fields: a person (at a
 * position), a category, more than one revision; null when it asks a field.
 */
function yesNoCondition(
  index: PaperIndex,
  probe: QuestionText,
  question: string,
  fields: FieldName[],
  people: People,
): PaperFilter | Extract<PartReading, { kind: 'missing' }> | null {
  // "is X the only author of P": X, and one author in all.
  const sole = SOLE.test(question) ? [{ kind: 'measure', measure: 'authors', op: '=', value: 1 } as const] : [];
  if (people.named.length > 0) {
    const position = fields.includes('lastAuthor') ? 'last' : fields.includes('firstAuthor') ? 'first' : undefined;
    return allOf([
      ...people.named.map((a): PaperFilter => ({ kind: 'author', name: a.name, ...(position ? { position } : {}) })),
      ...sole,
    ]);
  }
  if (people.unknown && /\bauthor|\bwork(?:ed)? on|\bco-?author|\bwrote\b/i.test(question))
    return allOf([{ kind: 'author', name: people.unknown }, ...sole]);
  // "is T. R. Marsh an author of 2512.04147": a name the listing may not show, asked of one paper.
  const asked = /^(?:is|was) (\p{Lu}[\p{L}.' -]{1,60}?) (?:an? |the )?(?:co-?)?authors? (?:of|on)\b/u.exec(question);
  if (asked) return allOf([{ kind: 'author', name: (asked[1] as string).trim() }, ...sole]);
  if (/\brevised (?:more than once|twice|several times)\b/i.test(question))
    return { kind: 'measure', measure: 'versions', op: '>', value: 2 };
  if (fields.some((f) => YES_NO_FIELDS.includes(f))) return null;
  const c: Conditions = { clauses: [], missing: [] };
  // "does the ENUBET paper have more than 50 authors": a measure of the paper.
  readMeasures(probe, c);
  // "is the Qwen2-VL paper in cs.CV only": that category and no other.
  readOneCategory(probe, c);
  readCategories(probe, index.papers, c);
  if (c.missing.length) return { kind: 'missing', what: c.missing };
  return allOf(c.clauses);
}
