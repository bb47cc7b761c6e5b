import type { Paper } from '../listing/paper.js';
import type { Author, AuthorMap } from './author-map.js';

/**
 * The names under which these papers list the people that author:"…" filters name (a partial
 * name names everyone it matches), so that a list can show them wherever they stand.
 */
export function askedAuthors(authors: AuthorMap, filters: readonly string[], papers: readonly Paper[]): string[] {
  if (filters.length === 0) return [];
  const people = new Set<Author>(filters.flatMap((name) => authors.resolve(name)));
  const names = new Set<string>();
  for (const paper of papers) {
    for (const name of paper.authors) {
      const person = authors.get(name);
      if (person && people.has(person)) names.add(name);
    }
  }
  return [...names];
}
