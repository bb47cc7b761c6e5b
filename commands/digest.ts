import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { DigestService } from '../src/digest/digest-service.js';
import { digestPreview } from '../src/chat/digest-replies.js';
import { UserError } from '../src/base/errors.js';
import { digestChat, subscriptionNumber } from './digest-chat.js';

export default defineCommand({
  name: 'digest',
  description: 'Preview what the next digest would send, without marking anything sent',
  chatOnly: true,
  options: z.object({
    id: z.string().max(20).optional().describe('Which subscription (default: the first of this chat)'),
  }),
  examples: ['digest', 'digest 3'],
  async run({ id }, ctx) {
    const { chat, digests } = digestChat(ctx);
    const n = id === undefined ? undefined : subscriptionNumber(id);
    const digest = n === null ? undefined : await digests.preview(chat, n);
    if (!digest) {
      if ((await digests.list(chat)).length === 0)
        throw new UserError('This chat has no digest subscriptions.', 'Start one with /subscribe.');
      throw new UserError(`This chat has no subscription ${id ?? ''}.`.replace(' .', '.'), 'See /subscriptions.');
    }
    const sub = digest.subscription;
    const intro = `Preview of the next digest of #${sub.id} (${DigestService.nextRunText(sub)}); nothing is marked as sent.`;
    return digestPreview(digest, intro, {
      label: 'digest',
      whenQuiet: 'Nothing new, and this subscription is quiet: it would send nothing.',
    });
  },
});
