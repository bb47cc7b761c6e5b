import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { paginate } from '../src/chat/reply.js';

export default defineCommand({
  name: 'latest',
  description: 'The newest papers by first version, or the most recently revised',
  options: z.object({
    count: z.number().int().min(1).max(20).default(5).describe('Papers per page (1-20)'),
    kind: z.enum(['new', 'revised']).default('new').describe('new: newest first versions; revised: latest revisions'),
    page: z.number().int().min(1).max(1000).default(1).describe('Page of results'),
  }),
  examples: ['latest', 'latest 10', 'latest revised'],
  run({ count, kind, page }, { index }) {
    const list = kind === 'revised' ? index.revised : index.newest;
    const p = paginate(list, page, count);
    const title =
      kind === 'revised' ? `Recently revised papers (${list.length})` : `Latest papers (${list.length} in the listing)`;
    return {
      kind: 'papers',
      title,
      items: p.slice.map((paper) => ({ paper })),
      paging: {
        page: p.page,
        pageCount: p.pageCount,
        pageSize: count,
        total: list.length,
        command: 'latest',
        args: { count, kind },
      },
    };
  },
});
