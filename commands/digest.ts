import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { DigestService } from '../src/digest/digest-service.js';
import { UserError } from '../src/base/errors.js';
import { digestChat, subscriptionNumber } from './digest-chat.js';

export default defineCommand({
  name: 'digest',
  description: 'Preview what the next digest would send, without marking anything sent',
  options: z.object({
    id: z.string().max(20).optional().describe('Which subscription (default: the first of this chat)'),
  }),
  examples: ['digest', 'digest 3'],
  async run({ id }, ctx) {
    const { chat, digests } = digestChat(ctx);
    const subs = await digests.store.forChat(chat);
    if (subs.length === 0) throw new UserError('This chat has no digest subscriptions.', 'Start one with /subscribe.');
    const n = id === undefined ? subs[0]?.id : subscriptionNumber(id);
    const sub = subs.find((s) => s.id === n);
    if (!sub) throw new UserError(`This chat has no subscription ${id ?? ''}.`.replace(' .', '.'), 'See /subscriptions.');
    const digest = await digests.build(sub);
    const intro = `Preview of the next digest of #${sub.id} (${DigestService.nextRunText(sub)}); nothing is marked as sent.`;
    const first = digest.replies[0];
    if (!first) return { kind: 'text', text: `${intro}\nNothing new, and this subscription is quiet: it would send nothing.` };
    if (first.kind === 'papers') {
      const items = digest.replies.flatMap((r) => (r.kind === 'papers' ? r.items : []));
      return { kind: 'papers', intro, title: first.title.replace(/ \(\d+\/\d+\)$/, ''), items };
    }
    return { kind: 'text', text: `${intro}\n${first.kind === 'text' ? first.text : ''}` };
  },
});
