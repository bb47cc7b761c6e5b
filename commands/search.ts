import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';
import { plural } from '../src/base/plural.js';
import { describeQuery, isEmptyQuery, parseQuery } from '../src/search/query.js';
import { paginate } from '../src/chat/reply.js';
import { askedAuthors } from '../src/search/asked-authors.js';

export default defineCommand({
  name: 'search',
  description: 'Search papers by words, "phrases", -exclusions, author:"name", year:, before:, after:',
  options: z.object({
    query: z.string().max(300).describe('What to look for, e.g. mixture of experts author:"Divya Mahajan"'),
    limit: z.number().int().min(1).max(20).default(5).describe('Papers per page (1-20)'),
    page: z.number().int().min(1).max(1000).default(1).describe('Page of results'),
  }),
  examples: [
    'search mixture of experts',
    'search "large language models" -llama year:2024',
    'search author:"Dhruv Mahajan" diffusion',
  ],
  run({ query, limit, page }, { index }) {
    const parsed = parseQuery(query);
    if (isEmptyQuery(parsed)) {
      throw new UserError('Tell me what to search for.', 'For example: /search mixture of experts');
    }
    const { hits, notes } = index.search(parsed);
    const shown = describeQuery(parsed);
    if (hits.length === 0) {
      const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
      throw new UserError(
        `No papers match "${shown}"${why}.`,
        'Try fewer or other words, or /latest for the newest papers.',
      );
    }
    const p = paginate(hits, page, limit);
    const asked = askedAuthors(
      index.authors,
      parsed.authors,
      p.slice.map((h) => h.paper),
    );
    return {
      kind: 'papers',
      title: `${plural(hits.length, 'paper matches', 'papers match')} "${shown}"`,
      items: p.slice.map((h) => ({ paper: h.paper, score: h.score, snippet: h.snippet })),
      paging: {
        page: p.page,
        pageCount: p.pageCount,
        pageSize: limit,
        total: hits.length,
        command: 'search',
        args: { query, limit },
      },
      notes,
      ...(asked.length > 0 ? { asked } : {}),
    };
  },
});
