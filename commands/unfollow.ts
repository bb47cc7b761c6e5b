import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { unfollowedReply } from '../src/chat/source-replies.js';
import { UserError } from '../src/base/errors.js';
import type { ChatRef } from '../src/listing/source-store.js';
import type { ChatListings } from '../src/sources/chat-listings.js';
import { queryKey } from '../src/sources/query-key.js';
import { listingChat } from './listing-chat.js';

/** The source a typed word names: "all", its number in /listing, or its query or file name as shown there. */
async function which(typed: string, chat: ChatRef, listings: ChatListings): Promise<number | 'all'> {
  const text = typed.trim();
  if (text.toLowerCase() === 'all') return 'all';
  const number = /^#?(\d{1,9})$/.exec(text);
  if (number) return Number(number[1]);
  const key = queryKey(text).toLowerCase();
  const named = (await listings.sources(chat)).find(
    (s) => s.label.toLowerCase() === text.toLowerCase() || (s.kind === 'query' && s.key.toLowerCase() === key),
  );
  if (named) return named.n;
  throw new UserError(`This chat has no source "${text}".`, 'Give the number shown by /listing, or "all".');
}

export default defineCommand({
  name: 'unfollow',
  description: 'Remove a source of this chat (a followed query or a listing file), by its number, or all',
  adminOnly: true,
  managesSources: true,
  chatOnly: true,
  options: z.object({
    source: z.string().max(1000).describe('The source number shown by /listing, or "all"'),
  }),
  examples: ['unfollow 1', 'unfollow all'],
  async run({ source }, ctx) {
    const { chat, listings } = listingChat(ctx);
    const removed = await listings.unfollow(chat, await which(source, chat, listings));
    if (removed.length === 0)
      throw new UserError("This chat has no sources of its own: it is served the bot's listing.", 'See /listing.');
    return unfollowedReply(removed, await listings.sources(chat));
  },
});
