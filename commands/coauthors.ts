import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { resolveAuthor } from './resolve-author.js';

export default defineCommand({
  name: 'coauthors',
  description: 'Who an author writes with, ranked by shared papers',
  options: z.object({
    name: z.string().max(100).describe('Author name, e.g. Divya Mahajan'),
  }),
  suggest: { name: 'authors' },
  button: { code: 'co', on: 'name' },
  examples: ['coauthors Divya Mahajan'],
  run({ name }, { index }) {
    const found = resolveAuthor(index, name, 'coauthors');
    if (found.kind !== 'resolved') return found;
    const card = index.authors.card(found.author);
    return { kind: 'coauthors', name: card.name, paperCount: card.paperCount, coauthors: card.coauthors };
  },
});
