import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { plural } from '../src/base/plural.js';
import type { SimilarPaper } from '../src/search/similar.js';
import { isPaper, resolvePaper } from './resolve-paper.js';

/** Why a paper is like the other: "shares: processing-in-memory, GEMV, NPU; 1 author". */
function reason(s: SimilarPaper): string {
  const parts = [`shares: ${s.sharedWords.slice(0, 5).join(', ')}`];
  if (s.sharedAuthors.length > 0) {
    const n = s.sharedAuthors.length;
    parts.push(`${plural(n, 'author')} (${s.sharedAuthors.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''})`);
  }
  if (s.sameCategory) parts.push(`same category ${s.paper.categories[0]}`);
  return parts.join('; ');
}

export default defineCommand({
  name: 'similar',
  description: 'Papers of the listing most like one paper, with what they share',
  options: z.object({
    ref: z.string().max(300).describe('Paper id, arXiv id or link, or words of its title (e.g. Pimba)'),
    limit: z.number().int().min(1).max(20).default(5).describe('How many papers (1-20)'),
  }),
  suggest: { ref: 'titles' },
  button: { code: 'si', on: 'paper', label: 'Similar papers', listLabel: 'Similar' },
  examples: ['similar Pimba', 'similar the llama 3 herd of models --limit 3'],
  run({ ref, limit }, { index }) {
    const found = resolvePaper(index, ref, 'similar');
    if (!isPaper(found)) return found;
    const similar = index.similar(found, limit);
    if (similar.length === 0) {
      const text = `No paper in the listing is close to "${found.title}": none shares enough of its distinctive words.`;
      return { kind: 'text', text };
    }
    return {
      kind: 'papers',
      title: `${plural(similar.length, 'paper')} like "${found.title}"`,
      items: similar.map((s) => ({ paper: s.paper, snippet: reason(s) })),
    };
  },
});
