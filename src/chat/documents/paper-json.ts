import type { Paper } from '../../listing/paper.js';

/** A paper as the JSON output lists it. */
export function paperSummary(paper: Paper, extra: { score?: number; snippet?: string } = {}) {
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors,
    hiddenAuthorCount: paper.hiddenAuthorCount,
    submitted: paper.submitted,
    updated: paper.updated,
    announced: paper.announced,
    url: paper.links.abs ?? paper.links.search,
    ...(extra.score !== undefined ? { score: Math.round(extra.score * 1000) / 1000 } : {}),
    ...(extra.snippet !== undefined ? { snippet: extra.snippet } : {}),
  };
}
