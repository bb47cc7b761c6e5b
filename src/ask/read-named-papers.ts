import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { QuestionText } from './question-text.js';

// "other than WOC and LeaseGuard", "except Pimba, NeuPIMs": short names joined by "and", "or" or commas.
const NAMES =
  /(?:^|\s)((?:the )?[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*){0,3}(?:(?:,\s*|\s+(?:and|or|nor)\s+|,\s*(?:and|or)\s+)(?:the )?[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*){0,3})*)(?: papers?| ones?)?(?=\s|[?.!,;]|$)/u;

/**
 * Papers named by their short names in a negated part ("other than WOC and LeaseGuard"): the papers
 * themselves, not the words as a topic. Only exact short names or the first words of one title count, and all of the list must.
 */
export function readNamedPapers(text: QuestionText, index: PaperIndex): PaperFilter | null {
  const m = NAMES.exec(text.rest);
  if (!m) return null;
  const names = (m[1] as string)
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+/)
    .map((n) => n.replace(/^the /, ''));
  const found = names.map((n) => index.findPaper(n, { strict: true, shortName: true }));
  if (found.some((f) => f.kind !== 'found')) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  text.blank(start, m.index + m[0].length);
  return { kind: 'paper', ids: found.map((f) => (f.kind === 'found' ? f.paper.id : '')) };
}
