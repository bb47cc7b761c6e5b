import { z } from 'zod';
import { ask } from '../src/ask/ask.js';
import { defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question in plain words, e.g. "Who wrote Pimba?" or "How many papers in 2024?"',
  options: z.object({
    question: z.string().max(500).describe('Your question about the papers, authors, topics or dates'),
  }),
  takesText: true,
  examples: [
    'ask How many papers has Divya Mahajan written in 2025?',
    'ask Who collaborates most with Dhruv Mahajan?',
    'ask When was EarthSight first submitted?',
  ],
  run({ question }, { index }) {
    if (!question.trim())
      throw new UserError('Ask me a question about the listing.', 'For example: /ask Who wrote MoETuner?');
    return { kind: 'answer', question: question.trim(), nameCommand: 'author', ...ask(index, question) };
  },
});
