import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';
import { plural } from '../src/base/plural.js';
import { digestChat, subscriptionNumber } from './digest-chat.js';

export default defineCommand({
  name: 'unsubscribe',
  description: 'Stop a digest of this chat, by its number, or all of them',
  adminOnly: true,
  chatOnly: true,
  options: z.object({
    id: z.string().max(20).describe('The subscription number (see /subscriptions), or "all"'),
  }),
  examples: ['unsubscribe 3', 'unsubscribe all'],
  async run({ id }, ctx) {
    const { chat, digests } = digestChat(ctx);
    const all = id.trim().toLowerCase() === 'all';
    const n = all ? 'all' : subscriptionNumber(id);
    if (n === null)
      throw new UserError(
        `"${id}" is not a subscription number.`,
        'Give the number shown by /subscriptions, or "all".',
      );
    const removed = await digests.remove(chat, n);
    if (removed === 0)
      throw new UserError(
        all ? 'This chat has no subscriptions.' : `This chat has no subscription #${n}.`,
        'See /subscriptions.',
      );
    return {
      kind: 'text',
      text: all ? `Removed ${plural(removed, 'subscription')}. No more digests here.` : `Removed subscription #${n}.`,
    };
  },
});
