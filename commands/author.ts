import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { resolveAuthor } from './resolve-author.js';

export default defineCommand({
  name: 'author',
  description: "An author's papers, newest first, with dates and main coauthors",
  options: z.object({
    name: z.string().max(100).describe('Author name, e.g. Dhruv Mahajan (initials and "Last, First" work)'),
  }),
  suggest: { name: 'authors' },
  button: { code: 'au', on: 'name' },
  examples: ['author Dhruv Mahajan', 'author Mahajan, Divya'],
  run({ name }, { index }) {
    const found = resolveAuthor(index, name, 'author');
    if (found.kind !== 'resolved') return found;
    const { hiddenAuthors } = index.stats();
    return { kind: 'author', card: index.authors.card(found.author), ...(hiddenAuthors ? { hiddenAuthors } : {}) };
  },
});
