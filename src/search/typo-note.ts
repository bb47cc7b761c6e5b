import type { Paper } from '../listing/paper.js';
import { termOf, words } from '../listing/text.js';

/**
 * 'no paper has "recomendation"; showing results for "recommendation"': what a query that
 * matched only through near spellings was read as, in the words of its best paper.
 */
export function typoNote(unknown: readonly string[], best: Paper, matched: readonly string[]): string {
  const text = words(`${best.title} ${best.abstract}`);
  const forms = matched.map((t) => text.find((w) => termOf(w) === t)?.toLowerCase() ?? t);
  const quote = (list: readonly string[]) => [...new Set(list)].map((w) => `"${w}"`);
  return `no paper has ${quote(unknown).join(' or ')}; showing results for ${quote(forms).join(', ')}`;
}
