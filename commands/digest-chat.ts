import type { ChatContext, CommandContext } from '../src/chat/command.js';
import type { DigestService } from '../src/digest/digest-service.js';
import { UserError } from '../src/base/errors.js';

/** The chat and digest service a digest command needs, or a clear error where there are none. */
export function digestChat(ctx: CommandContext): { chat: ChatContext; digests: DigestService } {
  if (!ctx.chat)
    throw new UserError(
      'Digests are delivered to a Telegram or Discord chat.',
      'Run this command in the chat that should receive them.',
    );
  if (!ctx.digests) throw new UserError('Digests are not available: this bot runs without a data store.');
  return { chat: ctx.chat, digests: ctx.digests };
}

/** "#3" or "3" as a subscription number, or null. */
export function subscriptionNumber(text: string): number | null {
  const m = /^#?(\d{1,9})$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}
