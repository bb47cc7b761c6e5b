import { type Interaction, type Message, PermissionFlagsBits } from 'discord.js';
import type { AnyCommand, CommandContext } from '../../chat/command.js';
import type { DigestService } from '../../digest/digest-service.js';
import type { LiveIndex } from '../../search/live-index.js';

/** What a command's context is built from: the adapter's options. */
export interface ContextSources {
  live: LiveIndex;
  commands: readonly AnyCommand[];
  now?: () => Date;
  digests?: DigestService;
}

/** The context a command runs in for this interaction or message: index, chat, user, and admin check. */
export function discordContext(from: Interaction | Message, options: ContextSources): CommandContext {
  const guild = from.guildId;
  const user = 'user' in from ? from.user : from.author;
  const channelId = from.channelId;
  return {
    ...options.live.snapshot(),
    platform: 'discord',
    commands: options.commands,
    now: options.now ?? (() => new Date()),
    ...(channelId
      ? {
          chat: {
            platform: 'discord' as const,
            chatId: channelId,
            kind: guild ? ('channel' as const) : ('private' as const),
            userId: user.id,
            // Slash commands carry the member's permissions in this channel.
            isAdmin: async () =>
              !guild ||
              ('memberPermissions' in from && Boolean(from.memberPermissions?.has(PermissionFlagsBits.ManageChannels))),
          },
        }
      : {}),
    ...(options.digests ? { digests: options.digests } : {}),
  };
}
