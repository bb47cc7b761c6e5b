import { type Paper, totalAuthors } from '../listing/paper.js';
import type { Measure, Presence } from './paper-filter.js';

/** A paper's value of a measure; undefined when the listing does not say (no page count in its comments). */
export function measureOf(paper: Paper, measure: Measure): number | undefined {
  switch (measure) {
    case 'submitted':
    case 'updated':
      return Date.parse(`${paper[measure]}T00:00:00Z`);
    case 'authors':
      return totalAuthors(paper);
    case 'shownAuthors':
      return paper.authors.length;
    case 'titleLength':
      return paper.title.length;
    case 'categories':
      return paper.categories.length > 0 ? paper.categories.length : undefined;
    case 'pages':
      return pageCount(paper);
    case 'figures':
      return figureCount(paper);
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
    case 'hiddenAuthors':
      return paper.hiddenAuthorCount > 0;
    case 'code':
      return codeUrls(paper).length > 0;
    case 'pages':
      return pageCount(paper) !== undefined;
  }
}

function pageCount(paper: Paper): number | undefined {
  const m = /(\d+)\s*(?:\+\s*(\d+)\s*)?pages?\b/i.exec(paper.comments ?? '');
  return m ? Number(m[1]) + Number(m[2] ?? 0) : undefined;
}

function figureCount(paper: Paper): number | undefined {
  const m = /(\d+)\s*figures?\b/i.exec(paper.comments ?? '');
  return m ? Number(m[1]) : undefined;
}

function codeUrls(paper: Paper): string[] {
  return paper.urls.filter((u) => /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(u));
}
