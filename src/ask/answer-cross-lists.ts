import type { Paper } from '../listing/paper.js';
import { joinAnd, plural } from './answer.js';
import type { Said } from './answer-sets.js';

/** "Which categories appear only as cross-lists": those on the papers that none of them has first. */
export function crossListsOnlyAnswer(papers: readonly Paper[], described: string): Said {
  const primary = new Set(papers.flatMap((p) => p.categories.slice(0, 1)));
  const counts = new Map<string, Paper[]>();
  for (const p of papers)
    for (const c of p.categories.slice(1)) if (!primary.has(c)) counts.set(c, [...(counts.get(c) ?? []), p]);
  const rows = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (primary.size === 0) return { text: 'The listing shows no categories.', papers: [], declined: true };
  if (rows.length === 0)
    return { text: `None: every category of the ${described} is the primary category of one of them.`, papers: [] };
  const list = rows.map(([c, ps]) => `${c}: ${ps.length}`);
  return {
    text: `${plural(rows.length, 'category appears', 'categories appear')} only as cross-lists on the ${described}, never as a primary category (papers cross-listed to each): ${joinAnd(list)}.`,
    papers: [...new Set(rows.flatMap((r) => r[1]))],
  };
}
