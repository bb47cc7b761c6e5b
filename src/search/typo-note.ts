import type { Paper } from '../listing/paper.js';
import { words } from '../listing/text.js';
import { editDistance, termOf } from './terms.js';

/**
 * 'no paper has "recomendation"; showing results for "recommendation"': what the words no paper
 * has were read as, in the words of the best paper; only the first half when they were read as
 * nothing (`matched` is empty).
 */
export function typoNote(unknown: readonly string[], best: Paper | undefined, matched: readonly string[]): string {
  const quote = (list: readonly string[]) => [...new Set(list)].map((w) => `"${w}"`);
  const head = `no paper has ${quote(unknown).join(' or ')}`;
  if (!best || matched.length === 0) return head;
  const text = words(`${best.title} ${best.abstract}`).map((w) => w.toLowerCase());
  const typed = unknown.map((w) => w.toLowerCase());
  // Of the paper's words for a matched term, the one nearest what was typed ("recommendation", not "recommender").
  const nearest = (t: string) => {
    const forms = [...new Set(text.filter((w) => termOf(w) === t))];
    const distance = (w: string) => Math.min(...typed.map((u) => editDistance(w, u, 6)));
    return forms.sort((a, b) => distance(a) - distance(b))[0] ?? t;
  };
  return `${head}; showing results for ${quote(matched.map(nearest)).join(', ')}`;
}
