import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { isPaper, resolvePaper } from './resolve-paper.js';

export default defineCommand({
  name: 'paper',
  description: "One paper's details: authors, dates, abstract, links",
  options: z.object({
    ref: z.string().max(300).describe('Paper id, arXiv id or link, or words of its title (e.g. Pimba)'),
  }),
  suggest: { ref: 'titles' },
  examples: ['paper MoETuner', 'paper the llama 3 herd of models'],
  run({ ref }, { index }) {
    const found = resolvePaper(index, ref, 'paper');
    return isPaper(found) ? { kind: 'paper', paper: found } : found;
  },
});
