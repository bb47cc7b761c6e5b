import { type Paper, paperUrl } from '../../listing/paper.js';
import type { Block, PaperEntry } from '../document.js';
import { FIELD_LIMITS, clip, paperDates, shortAuthors } from '../format.js';
import type { Paging } from '../reply.js';
import type { DocumentContext } from './kind.js';

/** A paper as a list entry numbered `n`, its authors shortened around the people asked about. */
export function paperEntry(n: number, paper: Paper, context: DocumentContext, snippet?: string): PaperEntry {
  const entry: PaperEntry = {
    n,
    title: clip(paper.title, FIELD_LIMITS.title),
    url: paperUrl(paper),
    id: paper.id,
    authors: clip(shortAuthors(paper, context.listAuthors, context.keep), FIELD_LIMITS.authors),
    dates: paperDates(paper),
  };
  return snippet ? { ...entry, snippet: clip(snippet, FIELD_LIMITS.snippet) } : entry;
}

/** Papers numbered from `first`, at most `max` of them, the rest counted. */
export function papersBlock(
  papers: readonly { paper: Paper; snippet?: string }[],
  context: DocumentContext,
  options: { first?: number; max?: number } = {},
): Block {
  const { first = 1, max = papers.length } = options;
  const shown = papers.slice(0, max);
  return {
    type: 'papers',
    entries: shown.map((p, i) => paperEntry(first + i, p.paper, context, p.snippet)),
    more: papers.length - shown.length,
  };
}

/** The number of the first paper on a page. */
export function firstOnPage(paging: Paging | undefined): number {
  return paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
}

/** Papers cited under an answer before "… and N more". */
export const CITED_PAPERS = 10;
