import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { DigestService } from '../src/digest/digest-service.js';
import { digestChat } from './digest-chat.js';

export default defineCommand({
  name: 'subscriptions',
  description: "This chat's digest subscriptions and their next runs",
  options: z.object({}),
  examples: ['subscriptions'],
  async run(_args, ctx) {
    const { chat, digests } = digestChat(ctx);
    const subs = await digests.store.forChat(chat);
    if (subs.length === 0) return { kind: 'text', text: 'This chat has no digest subscriptions. Start one with /subscribe.' };
    return { kind: 'text', title: `Digest subscriptions (${subs.length})`, text: subs.map((s) => DigestService.describe(s)).join('\n') };
  },
});
