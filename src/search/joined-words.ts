import { words } from '../listing/text.js';
import type { ParsedQuery } from './query.js';

/**
 * A hyphenated or slashed word (processing-in-memory, NPU-PIM) asks for its parts in a row, as
 * the index reads them in titles and abstracts.
 */
export function joinedAsPhrases(query: ParsedQuery): ParsedQuery {
  const joined = query.words.filter((w) => /[\p{L}\p{N}][-/‐–][\p{L}\p{N}]/u.test(w));
  return joined.length
    ? {
        ...query,
        words: query.words.filter((w) => !joined.includes(w)),
        phrases: [...query.phrases, ...joined.map((w) => words(w).join(' '))],
      }
    : query;
}
