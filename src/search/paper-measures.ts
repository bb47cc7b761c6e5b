import { type Paper, isRevised, totalAuthors } from '../listing/paper.js';
import { codeLinks, figuresOf, pagesOf, projectPages, tablesOf, venueClaims } from '../listing/paper-fields.js';
import type { Measure, Presence } from './paper-filter.js';

/** A paper's value of a measure; undefined when the listing does not say (no page count in its comments). */
export function measureOf(paper: Paper, measure: Measure): number | undefined {
  switch (measure) {
    case 'submitted':
    case 'updated':
      return dayNumber(measure === 'submitted' ? paper.submitted : paper.updated);
    case 'authors':
      return totalAuthors(paper);
    case 'shownAuthors':
      return paper.authors.length;
    case 'titleLength':
      return paper.title.length;
    case 'titleWords':
      return paper.title.split(/\s+/).filter(Boolean).length;
    case 'categories':
      return paper.categories.length > 0 ? paper.categories.length : undefined;
    case 'pages':
      return pagesOf(paper)?.count;
    case 'figures':
      return figuresOf(paper);
    case 'tables':
      return tablesOf(paper);
    case 'revisionGap':
      return isRevised(paper)
        ? Math.round((Date.parse(paper.updated) - Date.parse(paper.submitted)) / 86_400_000)
        : undefined;
    case 'arxivId':
      return paper.arxivId && /^\d{4}\.\d{4,5}$/.test(paper.arxivId) ? Number(paper.arxivId) : undefined;
    case 'versions':
      return isRevised(paper) ? (paper.version !== undefined && paper.version > 1 ? paper.version : undefined) : 1;
  }
}

/** Whether the paper has the field; undefined when the listing cannot say. */
export function hasField(paper: Paper, field: Presence): boolean {
  switch (field) {
    case 'doi':
      return paper.doi !== undefined;
    case 'journalRef':
      return paper.journalRef !== undefined;
    case 'comments':
      return paper.comments !== undefined;
    case 'reportNumber':
      return paper.reportNumber !== undefined;
    case 'acmClass':
      return paper.acmClass !== undefined;
    case 'mscClass':
      return paper.mscClass !== undefined;
    case 'abstract':
      return paper.abstract.trim().length > 0;
    case 'authors':
      return paper.authors.length + paper.hiddenAuthorCount > 0;
    case 'title':
      return paper.title.trim().length > 0;
    case 'hiddenAuthors':
      return paper.hiddenAuthorCount > 0;
    case 'code':
      return codeLinks(paper).length > 0;
    case 'projectPage':
      return projectPages(paper).length > 0;
    case 'pages':
      return pagesOf(paper) !== undefined;
    case 'figures':
      return figuresOf(paper) !== undefined;
    case 'acceptance':
      // Accepted, to appear or presented, by the paper's own comments (a journal reference is published, not this).
      return venueClaims(paper).some(
        (c) => c.source === 'comments' && (c.kind === 'accepted' || c.kind === 'presented'),
      );
    case 'submission': {
      const claims = venueClaims(paper);
      return (
        claims.some((c) => c.kind === 'submitted') &&
        !claims.some((c) => c.kind === 'accepted' || c.kind === 'published')
      );
    }
  }
}

/** YYYY-MM-DD as the number YYYYMMDD: in the same order as the days, without a string or a date made per paper. */
export function dayNumber(iso: string): number {
  let n = 0;
  for (let i = 0; i < iso.length; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) n = n * 10 + digit;
  }
  return n;
}
