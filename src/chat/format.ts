import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised } from '../listing/paper.js';

/** "Divya Mahajan, Irene Wang +3": the first `max` authors and how many more (hidden ones too). */
export function shortAuthors(paper: Paper, max = 2): string {
  const shown = paper.authors.slice(0, max).join(', ');
  const more = paper.authors.length - Math.min(max, paper.authors.length) + paper.hiddenAuthorCount;
  return more > 0 ? `${shown} +${more}` : shown;
}

/** "13 Nov 2025, revised 14 Jan 2026" or "3 Nov 2025". */
export function paperDates(paper: Paper): string {
  const first = formatDate(paper.submitted);
  return isRevised(paper) ? `${first}, revised ${formatDate(paper.updated)}` : first;
}

/** "25 shown of 1323" style author count line. */
export function authorCountText(paper: Paper): string {
  const total = paper.authors.length + paper.hiddenAuthorCount;
  return paper.hiddenAuthorCount > 0
    ? `${total} authors (${paper.authors.length} listed)`
    : `${total} author${total === 1 ? '' : 's'}`;
}

/** Said under an abstract the listing holds only the start of (a search page copied without "More"). */
export function shortenedNote(paper: Paper): string | null {
  if (paper.abstractComplete) return null;
  const where = paper.links.abs ? 'the arXiv page' : 'arXiv';
  return paper.abstract
    ? `The listing has only the start of this abstract; the full text is on ${where}.`
    : `The listing shows no abstract for this paper; it is on ${where}.`;
}

/** A paper's metadata beyond the comments: report number and classes, as label and value. */
export function extraMeta(paper: Paper): [string, string][] {
  const out: [string, string][] = [];
  if (paper.reportNumber) out.push(['Report number', paper.reportNumber]);
  if (paper.mscClass) out.push(['MSC class', paper.mscClass]);
  if (paper.acmClass) out.push(['ACM class', paper.acmClass]);
  return out;
}

/** Longest a single listing field is shown anywhere: beyond this no platform message holds it. */
export const FIELD_LIMITS = {
  title: 400,
  author: 120,
  authors: 1500,
  meta: 700,
  categories: 200,
  snippet: 600,
} as const;

/** `text` cut to `max` characters (code points, so never inside a surrogate pair), with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * "Counts cover listed authors only: 3 papers show only part of their authors (1,835 names not
 * shown)": said wherever a count of someone's papers could miss the ones that hide them.
 */
export function hiddenAuthorsNote(hidden: { papers: number; names: number } | undefined, who?: string): string | null {
  if (!hidden) return null;
  const { papers, names } = hidden;
  const what = `${papers} ${papers === 1 ? 'paper shows' : 'papers show'} only part of ${papers === 1 ? 'its' : 'their'} authors (${names.toLocaleString('en-US')} ${names === 1 ? 'name' : 'names'} not shown)`;
  return who
    ? `Counts only the papers that list ${who}: ${what}, so there may be more.`
    : `Author counts cover listed authors only: ${what}.`;
}
