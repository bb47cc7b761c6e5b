import type { Paper } from '../listing/paper.js';
import { termOf, words } from '../listing/text.js';

/**
 * 'no paper has "recomendation"; showing results for "recommendation"': what the words no paper
 * has were read as, in the words of the best paper; only the first half when they were read as
 * nothing (`matched` is empty).
 */
export function typoNote(unknown: readonly string[], best: Paper | undefined, matched: readonly string[]): string {
  const quote = (list: readonly string[]) => [...new Set(list)].map((w) => `"${w}"`);
  const head = `no paper has ${quote(unknown).join(' or ')}`;
  if (!best || matched.length === 0) return head;
  const text = words(`${best.title} ${best.abstract}`);
  const forms = matched.map((t) => text.find((w) => termOf(w) === t)?.toLowerCase() ?? t);
  return `${head}; showing results for ${quote(forms).join(', ')}`;
}
