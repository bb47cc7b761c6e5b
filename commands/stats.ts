import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';

export default defineCommand({
  name: 'stats',
  description: 'Listing statistics: papers, authors, papers per year, top authors and words',
  options: z.object({}),
  examples: ['stats'],
  run(_args, { index }) {
    return { kind: 'stats', stats: index.stats() };
  },
});
