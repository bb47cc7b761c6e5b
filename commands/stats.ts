import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { describeOrigin } from '../src/listing/listing-origin.js';

export default defineCommand({
  name: 'stats',
  description: 'Listing statistics: papers, authors, papers per year, top authors and words',
  options: z.object({}),
  examples: ['stats'],
  run(_args, { index, origin, now }) {
    return { kind: 'stats', stats: index.stats(), ...(origin ? { source: describeOrigin(origin, now()) } : {}) };
  },
});
