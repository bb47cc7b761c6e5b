import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { DigestService } from '../src/digest/digest-service.js';
import { ago } from '../src/listing/listing-origin.js';
import { digestChat } from './digest-chat.js';

export default defineCommand({
  name: 'subscriptions',
  description: "This chat's digest subscriptions and their next runs",
  chatOnly: true,
  options: z.object({}),
  examples: ['subscriptions'],
  async run(_args, ctx) {
    const { chat, digests } = digestChat(ctx);
    const subs = await digests.list(chat);
    // Only those who manage the chat's digests see why the papers may be stale.
    const failed = ctx.origin?.arxiv?.lastError;
    const note =
      failed && (ctx.chat?.kind === 'private' || (await ctx.chat?.isAdmin()))
        ? `\n\nThe last arXiv refresh of "${ctx.origin?.arxiv?.query}" failed ${ago(new Date(failed.at), ctx.now())}: ${failed.message}. Digests carry the papers of the last good refresh.`
        : '';
    if (subs.length === 0)
      return { kind: 'text', text: `This chat has no digest subscriptions. Start one with /subscribe.${note}` };
    return {
      kind: 'text',
      title: `Digest subscriptions (${subs.length})`,
      text: `${subs.map((s) => DigestService.describe(s)).join('\n')}${note}`,
    };
  },
});
