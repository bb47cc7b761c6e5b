import type { Paper } from '../listing/paper.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { readFields, readFrame } from './read-frame.js';
import { listingQuestion } from './read-listing.js';
import { onePaper } from './read-one-paper.js';
import { findLoose } from './read-paper.js';
import type { PartReading } from './part-reading.js';
import { QuestionText } from './question-text.js';
import type { FieldName } from './typed-question.js';

export type { PartReading } from './part-reading.js';

const INTRO =
  /^i(?:'m| am)? (?:remember|need|want|after|looking for|searching for|mean)\s+(?:a|the|that) (?:paper|one|article|preprint) (?:about|on|that|where|which|with|called|titled|in which)?\s*(.+)$/i;

const LISTING_WORDS =
  /\b(?:in this (?:list(?:ing)?|set)|in (?:the )?list(?:ing)?|in here|here|(?:any |all )?of these(?: papers)?|from these|among these|these|any of these|in total|overall|so far|at all|this listing)\b/gi;

// Fields a question asks of one paper (not filters on many).
const ONE_PAPER_FIELDS = new Set<FieldName>([
  'id',
  'firstAuthor',
  'lastAuthor',
  'secondAuthor',
  'authorCount',
  'authors',
  'submitted',
  'updated',
  'announced',
  'revised',
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
  const text = new QuestionText(raw);
  const frame = readFrame(text);
  const fields = readFields(text).filter((f) => ONE_PAPER_FIELDS.has(f));
  text.takeAll(LISTING_WORDS);
  // "…and which of those…": a question about the papers the part before chose, not one paper.
  const one = context.within ? null : onePaper(index, text, frame, fields, context);
  if (one) return one;
  return listingQuestion(index, text, frame, fields, context.within ?? null);
}
