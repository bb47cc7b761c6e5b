import { autoRetry } from '@grammyjs/auto-retry';
import { Api, GrammyError } from 'grammy';
import {
  ChatUnavailableError,
  type Digest,
  type DigestSender,
  type PartProgress,
} from '../../digest/digest-service.js';
import type { ChatRef } from '../../digest/subscription.js';
import { digestReplies } from '../../chat/digest-replies.js';
import type { PaperAction } from '../../chat/reply.js';
import { renderTelegram } from './render.js';
import type { Log } from '../../base/log.js';
import { networkRetry } from './network-retry.js';

// What Telegram answers when the bot can no longer write to a chat.
const GONE =
  /bot was blocked|bot was kicked|chat not found|user is deactivated|not enough rights|have no rights|CHAT_WRITE_FORBIDDEN|group chat was (?:deleted|upgraded)/i;

/** A Bot API client for digests: a deadline on each call, 429s waited out, network errors retried a few times. */
export function telegramApi(token: string, apiRoot: string | undefined, log: Log): Api {
  const api = new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds: 30 });
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: true }));
  api.config.use(networkRetry(log));
  return api;
}

/** Sends digests to Telegram chats; a chat that is gone raises ChatUnavailableError. */
export class TelegramDigestSender implements DigestSender {
  readonly platform = 'telegram' as const;

  constructor(
    private readonly api: Api,
    private readonly actions: readonly PaperAction[] = [],
  ) {}

  async send(chat: ChatRef, digest: Digest, progress: PartProgress): Promise<void> {
    for (const [part, reply] of digestReplies(digest, this.actions).entries()) {
      if (part < progress.from) continue;
      // Digests carry no Prev/Next (that state would not outlive a restart), only the stateless
      // Abstract and Similar buttons, which the running bot answers whenever they are pressed.
      for (const m of renderTelegram(reply)) {
        try {
          await this.api.sendMessage(chat.chatId, m.html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(m.keyboard ? { reply_markup: { inline_keyboard: m.keyboard } } : {}),
          });
        } catch (err) {
          if (err instanceof GrammyError && (err.error_code === 403 || GONE.test(err.description)))
            throw new ChatUnavailableError(`telegram ${err.error_code}: ${err.description}`);
          throw err;
        }
      }
      await progress.sent(part + 1);
    }
  }
}
