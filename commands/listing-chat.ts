import type { CommandContext } from '../src/chat/command.js';
import { chatRefOf } from '../src/chat/chat-ref.js';
import type { ChatRef } from '../src/listing/source-store.js';
import type { ChatListings } from '../src/sources/chat-listings.js';
import { UserError } from '../src/base/errors.js';

/** The chat and its listings that /follow, /unfollow and /listing change, or a clear error where there are none. */
export function listingChat(ctx: CommandContext): { chat: ChatRef; listings: ChatListings } {
  const chat = chatRefOf(ctx);
  if (!chat)
    throw new UserError(
      'A listing of its own is kept per chat: Telegram, Discord, or the console chat (npm start).',
      'Run this command in the chat that should follow the papers.',
    );
  if (!ctx.listings)
    throw new UserError(
      "Following queries needs a chat with a database; this bot runs without one, so every chat is served the bot's listing.",
    );
  return { chat, listings: ctx.listings };
}
