import { formatDate } from '../listing/dates.js';
import { nameKey } from '../listing/names.js';
import { type Paper, isRevised } from '../listing/paper.js';
import type { Reply } from './reply.js';

const NOBODY: ReadonlySet<string> = new Set();
// People asked about kept visible beyond the first authors of one entry; the rest are counted in "+N".
const MAX_KEPT = 5;

/**
 * "Divya Mahajan, Irene Wang +3": the first `max` authors and how many more (hidden ones too).
 * The people in `keep` (name keys, see {@link askedAbout}) stay visible wherever they stand,
 * after the first author: "Ansel Kaplan Erol, … Divya Mahajan +1".
 */
export function shortAuthors(paper: Paper, max = 2, keep: ReadonlySet<string> = NOBODY): string {
  const { authors } = paper;
  const asked = keep.size === 0 ? [] : authors.flatMap((name, i) => (keep.has(nameKey(name)) ? [i] : []));
  const beyond = asked.filter((i) => i >= max).length;
  const lead = Math.min(authors.length, Math.max(1, max - beyond));
  const shown = [...Array.from({ length: lead }, (_, i) => i), ...asked.filter((i) => i >= lead).slice(0, MAX_KEPT)];
  let text = '';
  shown.forEach((at, n) => {
    const name = authors[at] as string;
    text = n === 0 ? name : `${text}, ${at === (shown[n - 1] as number) + 1 ? '' : '… '}${name}`;
  });
  const more = authors.length - shown.length + paper.hiddenAuthorCount;
  return more > 0 ? `${text} +${more}` : text;
}

/** The people a reply is about, as name keys: its list entries keep them among the authors shown. */
export function askedAbout(reply: Reply): ReadonlySet<string> {
  const names =
    reply.kind === 'author'
      ? [reply.card.name]
      : reply.kind === 'papers'
        ? (reply.asked ?? [])
        : reply.kind === 'answer'
          ? (reply.asked ?? [])
          : [];
  return askedKeys(names);
}

/** The name keys of these people, for {@link shortAuthors}. */
export function askedKeys(names: readonly string[]): ReadonlySet<string> {
  return names.length === 0 ? NOBODY : new Set(names.map(nameKey));
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
