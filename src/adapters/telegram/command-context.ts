import type { Context } from 'grammy';
import type { AnyCommand, ChatContext, CommandContext } from '../../chat/command.js';
import type { DigestService } from '../../digest/digest-service.js';
import type { LiveIndex } from '../../search/live-index.js';

/** What a command's context is built from: the adapter's options. */
export interface ContextSources {
  live: LiveIndex;
  commands: readonly AnyCommand[];
  now?: () => Date;
  digests?: DigestService;
}

/** The context a command runs in for this update: index, chat, user, and admin check. */
export function telegramContext(ctx: Context, options: ContextSources): CommandContext {
  const chat = ctx.chat;
  const from = ctx.from;
  const chatContext: ChatContext | undefined = chat && {
    platform: 'telegram',
    chatId: String(chat.id),
    kind: chat.type === 'private' ? 'private' : chat.type === 'channel' ? 'channel' : 'group',
    ...(from ? { userId: String(from.id) } : {}),
    isAdmin: async () => {
      if (chat.type === 'private') return true;
      if (!from) return false;
      const member = await ctx.api.getChatMember(chat.id, from.id);
      return member.status === 'creator' || member.status === 'administrator';
    },
  };
  return {
    ...options.live.snapshot(),
    platform: 'telegram',
    commands: options.commands,
    now: options.now ?? (() => new Date()),
    ...(chatContext ? { chat: chatContext } : {}),
    ...(options.digests ? { digests: options.digests } : {}),
  };
}
