import { nameKey } from '../listing/names.js';
import type { Paper } from '../listing/paper.js';
import type { Author } from './author.js';

/** An author's page: counts, papers newest first, first and last dates, coauthors. */
export interface AuthorCard {
  name: string;
  paperCount: number;
  papers: Paper[];
  /** First-version date of the oldest paper. */
  first: string;
  /** First-version date of the newest paper. */
  last: string;
  coauthors: { name: string; count: number }[];
}

/**
 * The card of one person: papers newest first, dates, coauthors ranked by shared papers;
 * `nameOf` gives the display name of a coauthor's key.
 */
export function authorCard(author: Author, nameOf: (key: string) => string | undefined): AuthorCard {
  const shared = new Map<string, { name: string; count: number }>();
  for (const paper of author.papers) {
    const seen = new Set<string>([author.key]);
    for (const name of paper.authors) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = shared.get(key) ?? { name: nameOf(key) ?? name, count: 0 };
      entry.count++;
      shared.set(key, entry);
    }
  }
  const coauthors = [...shared.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const papers = author.papers;
  return {
    name: author.name,
    paperCount: papers.length,
    papers,
    first: (papers[papers.length - 1] as Paper).submitted,
    last: (papers[0] as Paper).submitted,
    coauthors,
  };
}
