import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';

export default defineCommand({
  name: 'paper',
  description: "One paper's details: authors, dates, abstract, links",
  options: z.object({
    ref: z.string().max(300).describe('Paper id, arXiv id or link, or words of its title (e.g. Pimba)'),
  }),
  suggest: { ref: 'titles' },
  examples: ['paper MoETuner', 'paper the llama 3 herd of models'],
  run({ ref }, { index }) {
    if (!ref.trim())
      throw new UserError('Tell me which paper.', 'Give its id or words of its title, e.g. /paper MoETuner');
    const match = index.findPaper(ref);
    if (match.kind === 'found') return { kind: 'paper', paper: match.paper };
    if (match.kind === 'candidates') {
      return {
        kind: 'papers',
        title: `Several papers match "${ref.trim()}"; which one?`,
        items: match.papers.map((paper) => ({ paper })),
      };
    }
    throw new UserError(`No paper matches "${ref.trim()}".`, 'Try /search with other words.');
  },
});
