// Bounds said on a count of a paper's pages, authors, figures or categories: "more than 5 and fewer
// than 10 authors", "a page count of more than 40".
import type { PaperFilter } from '../search/paper-filter.js';
import { NUMBER, numberOf } from './number-words.js';
import type { QuestionText } from './question-text.js';

export const UNIT =
  '(pages?|authors? (?:shown|listed|named)|authors?|categor(?:y|ies)|figures?|tables?|names? (?:shown|listed)|names?|people|persons)';

/** "a page count of more than 40", "an author count of at least 10": read before the page count's presence is. */
export function readCountBounds(text: QuestionText, clauses: PaperFilter[]): void {
  for (const m of text.takeAll(
    new RegExp(
      `\\b(?:an? |the )?(page|figure|author|category) counts? (?:of |is |that is |above |below )?(over|more th[ae]n|at least|at most|under|fewer th[ae]n|less th[ae]n|exactly)\\s+(${NUMBER})\\b`,
      'gi',
    ),
  ))
    clauses.push({
      kind: 'measure',
      measure: measured(m[1] as string),
      op: boundOp(m[2] as string),
      value: numberOf(m[3] as string),
    });
}

/** "more than 5 and fewer than 10 authors": two bounds, the unit said once for both. */
export function readBothBounds(text: QuestionText, clauses: PaperFilter[]): void {
  const BOUND = 'over|more th[ae]n|longer th[ae]n|at least|at most|under|fewer th[ae]n|less th[ae]n|shorter th[ae]n';
  const both = text.take(
    new RegExp(`\\b(${BOUND})\\s+(${NUMBER})\\s+(?:and|but)\\s+(${BOUND})\\s+(${NUMBER})\\s*${UNIT}(?: long)?\\b`, 'i'),
  );
  if (both)
    for (const [word, n] of [
      [both[1], both[2]],
      [both[3], both[4]],
    ] as [string, string][])
      clauses.push({
        kind: 'measure',
        measure: measured(both[5] as string),
        op: boundOp(word),
        value: numberOf(n),
      });
}

/** The comparison a bound's words make: "more than" is >, "at most" is <=, "exactly" is =. */
export function boundOp(words: string): '=' | '>=' | '<=' | '>' | '<' {
  const word = words.toLowerCase();
  if (word === 'exactly') return '=';
  if (word === 'at least') return '>=';
  if (word === 'at most') return '<=';
  return /over|more|longer/.test(word) ? '>' : '<';
}

export function measured(unit: string): 'pages' | 'authors' | 'shownAuthors' | 'categories' | 'figures' | 'tables' {
  const u = unit.toLowerCase();
  if (u.startsWith('name') || /^authors? (?:shown|listed|named)/.test(u)) return 'shownAuthors';
  if (u === 'people' || u === 'persons') return 'authors';
  if (u.startsWith('table')) return 'tables';
  return u.startsWith('author')
    ? 'authors'
    : u.startsWith('categor')
      ? 'categories'
      : u.startsWith('figure')
        ? 'figures'
        : 'pages';
}
