import { DiscordAPIError, REST, Routes } from 'discord.js';
import {
  ChatUnavailableError,
  type Digest,
  type DigestSender,
  type PartProgress,
} from '../../digest/digest-service.js';
import type { ChatRef } from '../../digest/subscription.js';
import { digestReplies } from '../../chat/digest-replies.js';
import type { PaperAction } from '../../chat/reply.js';
import { renderDiscord } from './render.js';

// Unknown Channel, Missing Access, Missing Permissions, Cannot send messages to this user.
const GONE = new Set([10003, 50001, 50013, 50007]);

/** A REST client for digests; discord.js's queue waits out rate limits. */
export function discordRest(token: string, api?: string): REST {
  // A deadline on each request and a few retries (discord.js REST), stated rather than left to defaults.
  return new REST({ ...(api ? { api } : {}), timeout: 15_000, retries: 3 }).setToken(token);
}

/** Sends digests to Discord channels over REST (no gateway needed, so the CLI can too). */
export class DiscordDigestSender implements DigestSender {
  readonly platform = 'discord' as const;

  constructor(
    private readonly rest: REST,
    private readonly actions: readonly PaperAction[] = [],
  ) {}

  async send(chat: ChatRef, digest: Digest, progress: PartProgress): Promise<void> {
    for (const [part, reply] of digestReplies(digest, this.actions).entries()) {
      if (part < progress.from) continue;
      const m = renderDiscord(reply);
      try {
        await this.rest.post(Routes.channelMessages(chat.chatId), {
          body: {
            ...(m.content ? { content: m.content } : {}),
            embeds: m.embeds,
            components: m.components,
            allowed_mentions: { parse: [] },
          },
        });
      } catch (err) {
        if (err instanceof DiscordAPIError && typeof err.code === 'number' && GONE.has(err.code))
          throw new ChatUnavailableError(`discord ${err.code}: ${err.message}`);
        throw err;
      }
      await progress.sent(part + 1);
    }
  }
}
