import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { followedReply } from '../src/chat/source-replies.js';
import { listingChat } from './listing-chat.js';

export default defineCommand({
  name: 'follow',
  description: "Follow an arXiv query in this chat: it is served the query's newest papers",
  adminOnly: true,
  managesSources: true,
  chatOnly: true,
  options: z.object({
    query: z
      .string()
      .max(1000)
      .describe('An arXiv query: cat:cs.DC, au:Mahajan, abs:"mixture of experts" AND cat:cs.LG'),
  }),
  examples: ['follow cat:cs.DC', 'follow au:Mahajan', 'follow abs:"mixture of experts" AND cat:cs.LG'],
  async run({ query }, ctx) {
    const { chat, listings } = listingChat(ctx);
    const followed = await listings.follow(chat, query, ctx.chat?.userId);
    const first = !followed.already && (await listings.sources(chat)).length === 1;
    return followedReply(followed, first);
  },
});
