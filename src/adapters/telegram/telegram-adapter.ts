import { autoRetry } from '@grammyjs/auto-retry';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Bot, type BotError, type Context, type Filter, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AnyCommand } from '../../chat/command.js';
import type { DigestService } from '../../digest/digest-service.js';
import { GENERIC_FAILURE } from '../../chat/command.js';
import { ChatPipeline } from '../../chat/pipeline.js';
import type { ChatListings } from '../../sources/chat-listings.js';
import { paperActions } from '../../chat/reply-actions.js';
import { splitCommandLine } from '../../chat/text-args.js';
import type { Incoming } from '../../chat/turn.js';
import type { LiveIndex } from '../../search/live-index.js';
import type { Log } from '../../base/log.js';
import type { Metrics } from '../../base/metrics.js';
import type { SharedState } from '../../base/shared-state.js';
import { telegramContext } from './command-context.js';
import { mentionsMe, stripMentions } from './mentions.js';
import { networkRetry } from './network-retry.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { webhookHandler } from './webhook.js';
import { escapeHtml } from './html.js';
import { SEND_OPTIONS } from './send-options.js';
import { TelegramDigestSender } from './telegram-digest-sender.js';
import { telegramSend } from './telegram-transport.js';

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
  /** Each chat's own sources, when a store is configured. */
  listings?: ChatListings;
  /** Commands per user per window before a slow-down notice, or a limiter shared by every instance. */
  rateLimit?: { max: number; windowMs: number } | RateLimiterAbstract;
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

/**
 * Runs the shared commands on Telegram with grammY: slash commands, questions in private chats
 * and by mention or reply in groups, paginated lists with inline buttons, and inline mode.
 * The adapter only maps updates to commands and renders replies.
 */
export class TelegramAdapter {
  readonly bot: Bot;
  private readonly pipeline: ChatPipeline;
  private polling?: Promise<void>;
  private stopWebhook?: () => void;

  constructor(private readonly options: TelegramOptions) {
    this.pipeline = new ChatPipeline({
      commands: options.commands,
      live: options.live,
      log: options.log,
      rateLimit: options.rateLimit ?? {
        max: TELEGRAM_LIMITS.userCommandsPerWindow,
        windowMs: TELEGRAM_LIMITS.userWindowMs,
      },
      ...(options.state ? { state: options.state } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.listings ? { listings: options.listings } : {}),
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

  /** Takes an update through the pipeline: the adapter only says what came in and how to send. */
  private handle(ctx: Context, incoming: Incoming): Promise<void> {
    return this.pipeline.handle({
      platform: 'telegram',
      incoming,
      updateId: ctx.update.update_id,
      ...(ctx.from ? { userId: String(ctx.from.id) } : {}),
      ...(ctx.chat ? { chatId: String(ctx.chat.id) } : {}),
      context: () => telegramContext(ctx, this.options),
      send: telegramSend(ctx),
    });
  }

  private install(): void {
    // grammY's bot.catch serves long polling only; the boundary handles a failed update alike with a webhook.
    this.bot.catch((err) => this.failed(err));
    const bot = this.bot.errorBoundary((err) => this.failed(err));
    bot.command('start', async (ctx) => {
      const index = this.options.live.current;
      // Examples from the listing served, so they work whatever it holds.
      const author = index.stats().topAuthors[0]?.name;
      const paper = index.newest[0]?.title.split(/[:,.]/)[0]?.trim();
      const tries = [...(author ? [`/author ${escapeHtml(author)}`] : []), '/latest'].join(', ');
      const ask = paper ? ` or just ask: <i>Who wrote ${escapeHtml(paper)}?</i>` : '';
      await ctx.reply(
        `Hi! I answer questions about <b>${index.size} arXiv papers</b>.\nTry /search followed by a few words, ${tries}${ask}\n/help lists everything.`,
        SEND_OPTIONS,
      );
    });
    bot.on('message:text', (ctx) => this.onText(ctx));
    bot.on('callback_query:data', (ctx) => this.handle(ctx, { kind: 'button', data: ctx.callbackQuery.data }));
    bot.on('inline_query', (ctx) =>
      this.handle(ctx, { kind: 'inline', query: ctx.inlineQuery.query, offset: Number(ctx.inlineQuery.offset) || 0 }),
    );
  }

  /** A command (any letter case, for this bot when one is named), or a question addressed to the bot. */
  private async onText(ctx: Filter<Context, 'message:text'>): Promise<void> {
    const text = ctx.message.text;
    const isPrivate = ctx.chat.type === 'private';
    if (text.startsWith('/')) {
      const line = splitCommandLine(text);
      const target = line?.target;
      if (target && target.toLowerCase() !== this.bot.botInfo.username.toLowerCase()) return;
      const name = line?.name ?? (text.slice(1).split(/\s/)[0] ?? '').toLowerCase();
      // In a group, a command no bot is named in is ours only when we know it.
      if (!isPrivate && !target && !this.pipeline.command(name)) return;
      await this.handle(ctx, { kind: 'typed', name, rest: line?.rest ?? '' });
      return;
    }
    const addressed =
      isPrivate ||
      mentionsMe(text, ctx.message.entities, this.bot.botInfo) ||
      ctx.message.reply_to_message?.from?.id === this.bot.botInfo.id;
    if (!addressed) return;
    const question = isPrivate ? text : stripMentions(text, ctx.message.entities, this.bot.botInfo);
    await this.handle(ctx, { kind: 'text', text: question });
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

  /** Sends digests through this bot's own client: one client per token. */
  digestSender(): TelegramDigestSender {
    return new TelegramDigestSender(this.bot.api, paperActions(this.options.commands));
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
