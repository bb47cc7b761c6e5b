import type { ChatRef } from '../listing/source-store.js';
import type { CommandContext } from './command.js';

/** The chat a command runs in, as the store names it; none outside a chat (the CLI). */
export function chatRefOf(ctx: Pick<CommandContext, 'chat'>): ChatRef | undefined {
  return ctx.chat && { platform: ctx.chat.platform, chatId: ctx.chat.chatId };
}
