import { autoRetry } from '@grammyjs/auto-retry';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Bot, type BotError, type Context, type Filter, GrammyError, InputFile } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { AnyCommand, CommandContext } from '../../chat/command.js';
import type { DigestService } from '../../digest/digest-service.js';
import { GENERIC_FAILURE } from '../../chat/command.js';
import { ChatInteractions } from '../../chat/interactions.js';
import type { LiveIndex } from '../../search/live-index.js';
import { type Reply, errorReply } from '../../chat/reply.js';
import { parseTextArgs } from '../../chat/text-args.js';
import type { Log } from '../../base/log.js';
import type { Metrics } from '../../base/metrics.js';
import type { SharedState } from '../../base/shared-state.js';
import { telegramContext } from './command-context.js';
import { answerInlineQuery } from './inline-query.js';
import { mentionsMe, stripMentions } from './mentions.js';
import { networkRetry } from './network-retry.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { webhookHandler } from './webhook.js';
import { type TelegramMessage, renderTelegram } from './render.js';
import { SEND_OPTIONS, keyboard } from './send-options.js';

/** What the Telegram adapter needs. */
export interface TelegramOptions {
  token: string;
  /** Bot API server, default Telegram's; a local Bot API server or a test fake otherwise. */
  apiRoot?: string;
  live: LiveIndex;
  commands: readonly AnyCommand[];
  log: Log;
  /** Digest subscriptions, when a store is configured. */
  digests?: DigestService;
  /** Commands per user per window before a slow-down notice. */
  rateLimit?: { max: number; windowMs: number };
  /** Known bot identity; skips getMe (tests, and restarts that cache it). */
  botInfo?: UserFromGetMe;
  now?: () => Date;
  /** Telegram posts updates to `url` with `secret` instead of being polled (several instances). */
  webhook?: { url: string; secret: string };
  /** Button state and handled update ids, shared by every instance; memory when alone. */
  state?: SharedState;
  metrics?: Metrics;
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;
// Telegram retries a webhook update it got no answer to; an update id seen within a day is not handled again.
const UPDATE_SEEN_MS = 24 * 3_600_000;

/**
 * Runs the shared commands on Telegram with grammY: slash commands, questions in private chats
 * and by mention or reply in groups, paginated lists with inline buttons, and inline mode.
 * The adapter only maps updates to commands and renders replies.
 */
export class TelegramAdapter {
  readonly bot: Bot;
  private readonly chat: ChatInteractions;
  private polling?: Promise<void>;
  private stopWebhook?: () => void;

  constructor(private readonly options: TelegramOptions) {
    this.chat = new ChatInteractions({
      commands: options.commands,
      live: options.live,
      log: options.log,
      rateLimit: options.rateLimit ?? {
        max: TELEGRAM_LIMITS.userCommandsPerWindow,
        windowMs: TELEGRAM_LIMITS.userWindowMs,
      },
      ...(options.state ? { state: options.state } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    this.bot = new Bot(options.token, {
      ...(options.botInfo ? { botInfo: options.botInfo } : {}),
      // Long polling holds getUpdates for 30 s: every call's deadline is above that.
      client: { apiRoot: options.apiRoot ?? 'https://api.telegram.org', timeoutSeconds: 60 },
    });
    // Waits out 429s (retry_after); network errors are retried a few times, each retry logged.
    this.bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowHttpErrors: true }));
    this.bot.api.config.use(networkRetry(options.log));
    this.install();
  }

  private context(ctx: Context): CommandContext {
    return telegramContext(ctx, this.options);
  }

  private install(): void {
    const { options } = this;
    const state = options.state;
    if (options.webhook && state) {
      // Each update once, whichever instance Telegram's retry reaches.
      this.bot.use(async (ctx, next) => {
        if (await state.once(`telegram:update:${ctx.update.update_id}`, UPDATE_SEEN_MS)) await next();
        else options.log.info({ updateId: ctx.update.update_id }, 'telegram: update already handled; skipped');
      });
    }
    // grammY's bot.catch serves long polling only; the boundary handles a failed update alike with a webhook.
    this.bot.catch((err) => this.failed(err));
    const bot = this.bot.errorBoundary((err) => this.failed(err));
    bot.command('start', async (ctx) => {
      const index = options.live.current;
      await ctx.reply(
        `Hi! I answer questions about <b>${index.size} arXiv papers</b>.\nTry /search mixture of experts, /author Dhruv Mahajan, /latest, or just ask: <i>Who wrote Pimba?</i>\n/help lists everything.`,
        SEND_OPTIONS,
      );
    });
    for (const command of options.commands) {
      bot.command(command.name, async (ctx) => {
        if (!(await this.allowed(ctx))) return;
        await this.answer(ctx, this.chat.execute(command, parseTextArgs(command, ctx.match), this.context(ctx)));
      });
    }
    bot.on('message:text', (ctx) => this.onText(ctx));
    bot.on('callback_query:data', (ctx) => this.onButton(ctx));
    bot.on('inline_query', (ctx) => answerInlineQuery(ctx, options.live));
  }

  /** A command typed in any letter case or for a named bot, or a question addressed to the bot. */
  private async onText(ctx: Filter<Context, 'message:text'>): Promise<void> {
    const text = ctx.message.text;
    const isPrivate = ctx.chat.type === 'private';
    if (text.startsWith('/')) {
      // A command in other letter case (/UNSUBSCRIBE), for another bot in a group, or unknown.
      const m = /^\/(\w+)(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(text);
      const target = m?.[2];
      if (target && target.toLowerCase() !== this.bot.botInfo.username.toLowerCase()) return;
      const command = m ? this.chat.command((m[1] as string).toLowerCase()) : undefined;
      // In a group, a command no bot is named in is ours only when we know it.
      if (!command && !isPrivate && !target) return;
      if (command) {
        if (!(await this.allowed(ctx))) return;
        await this.answer(ctx, this.chat.execute(command, parseTextArgs(command, m?.[3] ?? ''), this.context(ctx)));
        return;
      }
      const shown = text.split(/\s/)[0] ?? '';
      await this.send(
        ctx,
        errorReply(
          `Unknown command ${shown.slice(0, 40)}${shown.length > 40 ? '…' : ''}.`,
          'Type /help to see the commands.',
        ),
      );
      return;
    }
    const addressed =
      isPrivate ||
      mentionsMe(text, ctx.message.entities, this.bot.botInfo) ||
      ctx.message.reply_to_message?.from?.id === this.bot.botInfo.id;
    if (!addressed) return;
    if (!(await this.allowed(ctx))) return;
    const question = isPrivate ? text : stripMentions(text, ctx.message.entities, this.bot.botInfo);
    await this.answer(ctx, this.chat.question(question, this.context(ctx)));
  }

  /** Logs an update whose handling failed (the error alone, never the context, which holds the token) and apologizes. */
  private async failed(err: BotError): Promise<void> {
    const { ctx, error } = err;
    this.options.log.error({ err: error, updateId: ctx.update.update_id }, 'telegram: update failed');
    // 403: the user blocked the bot, or it left the chat; an apology would fail alike.
    if (error instanceof GrammyError && error.error_code === 403) return;
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: 'Sorry, that failed. Please try again.' });
      else if (ctx.chat) await ctx.reply(GENERIC_FAILURE);
    } catch (replyErr) {
      this.options.log.warn({ err: replyErr }, 'telegram: could not send the apology');
    }
  }

  /** Applies the per-user rate limit; sends its notice once per window (it says that nothing before then is answered). */
  private async allowed(ctx: Context): Promise<boolean> {
    const verdict = await this.chat.admit(ctx.from ? String(ctx.from.id) : undefined);
    if (!verdict.allowed && !verdict.repeated) await ctx.reply(verdict.notice);
    return verdict.allowed;
  }

  private async answer(ctx: Context, reply: Promise<Reply>): Promise<void> {
    await this.send(ctx, await reply);
  }

  /** Sends a reply as one or more messages; paginated replies get Prev/Next buttons. */
  private async send(ctx: Context, reply: Reply): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const pageToken = await this.chat.pageToken(reply, String(chatId));
    const messages = renderTelegram(reply, pageToken ? { pageToken } : {});
    const replyTo =
      ctx.chat?.type !== 'private' && ctx.message
        ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } }
        : {};
    for (const m of messages) {
      if (m.document) {
        const file = new InputFile(Buffer.from(m.document.content, 'utf8'), m.document.name);
        await this.bot.api.sendDocument(chatId, file, { caption: m.html, parse_mode: 'HTML', ...replyTo });
      } else {
        await this.bot.api.sendMessage(chatId, m.html, { ...SEND_OPTIONS, ...replyTo, ...keyboard(m) });
      }
    }
  }

  private async onButton(ctx: Context): Promise<void> {
    const outcome = await this.chat.press(
      ctx.callbackQuery?.data ?? '',
      this.context(ctx),
      ctx.chat ? String(ctx.chat.id) : undefined,
    );
    if (outcome.kind === 'notice') {
      await ctx.answerCallbackQuery({ text: outcome.text.slice(0, TELEGRAM_LIMITS.callbackAnswerText) });
      return;
    }
    await ctx.answerCallbackQuery();
    const target = ctx.callbackQuery?.message;
    const messages = outcome.kind === 'page' ? renderTelegram(outcome.reply, { pageToken: outcome.pageToken }) : [];
    if (messages.length === 1 && target) {
      // Another page replaces the list it was pressed under.
      const m = messages[0] as TelegramMessage;
      try {
        await ctx.api.editMessageText(target.chat.id, target.message_id, m.html, { ...SEND_OPTIONS, ...keyboard(m) });
      } catch (err) {
        // Pressing the button of the page already shown changes nothing; that is fine.
        if (!(err instanceof GrammyError && /not modified/.test(err.description))) throw err;
      }
      return;
    }
    await this.send(ctx, outcome.reply);
  }

  /**
   * Registers the command menu, then long-polls until stopped, or sets the webhook (updates then
   * come through {@link webhookHandler}). Resolves once updates flow.
   */
  async start(): Promise<void> {
    await this.bot.init();
    try {
      await this.bot.api.setMyCommands(
        this.options.commands.map((c) => ({
          command: c.name,
          description: c.description.slice(0, TELEGRAM_LIMITS.commandDescription),
        })),
      );
    } catch (err) {
      this.options.log.warn({ err }, 'telegram: could not register the command menu');
    }
    const webhook = this.options.webhook;
    if (webhook) {
      // Every instance sets the same webhook: the call is idempotent, and whichever starts last wins nothing new.
      await this.bot.api.setWebhook(webhook.url, {
        secret_token: webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
      this.polling = new Promise((resolve) => {
        this.stopWebhook = resolve;
      });
      this.options.log.info({ bot: this.bot.botInfo.username, url: webhook.url }, 'telegram: webhook set');
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.polling = this.bot.start({
        allowed_updates: [...ALLOWED_UPDATES],
        onStart: () => resolve(),
      });
      this.polling.catch((err: unknown) => {
        this.options.log.error({ err }, 'telegram: polling stopped with an error');
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    });
    this.options.log.info({ bot: this.bot.botInfo.username }, 'telegram: polling');
  }

  /** The webhook's request handler for node's http server (see webhook.ts). */
  webhookHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
    const secret = this.options.webhook?.secret;
    if (!secret) throw new Error('webhookHandler needs the webhook option');
    return webhookHandler(this.bot, secret, this.options.log);
  }

  /** Resolves when polling has ended, or the webhook adapter was stopped. */
  get done(): Promise<void> {
    return this.polling ?? Promise.resolve();
  }

  /** Stops polling after confirming the updates handled so far. The webhook stays set: other instances serve it. */
  async stop(): Promise<void> {
    this.stopWebhook?.();
    if (this.bot.isRunning()) await this.bot.stop();
    await this.polling?.catch(() => undefined);
  }
}
