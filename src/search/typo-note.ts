import type { Paper } from '../listing/paper.js';
import { editDistance, termOf, words } from '../listing/text.js';

/**
 * 'no paper has "recomendation"; showing results for "recommendation"': what a query that
 * matched only through near spellings was read as, in the words of its best paper.
 */
export function typoNote(unknown: readonly string[], best: Paper, matched: readonly string[]): string {
  const text = words(`${best.title} ${best.abstract}`).map((w) => w.toLowerCase());
  const typed = unknown.map((w) => w.toLowerCase());
  // Of the paper's words for a matched term, the one nearest what was typed ("recommendation", not "recommender").
  const nearest = (t: string) => {
    const forms = [...new Set(text.filter((w) => termOf(w) === t))];
    const distance = (w: string) => Math.min(...typed.map((u) => editDistance(w, u, 6)));
    return forms.sort((a, b) => distance(a) - distance(b))[0] ?? t;
  };
  const forms = matched.map(nearest);
  const quote = (list: readonly string[]) => [...new Set(list)].map((w) => `"${w}"`);
  return `no paper has ${quote(unknown).join(' or ')}; showing results for ${quote(forms).join(', ')}`;
}
