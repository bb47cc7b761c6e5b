// A fake Telegram Bot API server for end-to-end tests: real HTTP on 127.0.0.1, long polling,
// and validation like Telegram's (HTML entities, message length, callback_data size, inline
// results, command menus), with injectable 429s. grammY talks to it through `apiRoot`.
import { EventEmitter } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FormFile, isMultipart, readBody, readForm } from './http.js';
import type { UserFromGetMe } from 'grammy/types';
import { parseTelegramHtml } from './telegram-html.js';
import { FakeFiles, type ServeOptions } from './fake-files.js';
import { WebhookDelivery } from './telegram-webhook.js';
import { secretIn, testSecret, watchForSecrets } from '../helpers/leaks.js';

/** A Bot API call the fake received. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** What the fake answered: ok, or the error it gave. */
  ok: boolean;
  error?: string;
  at: number;
}

/** A chat as the fake keeps it. */
export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  first_name?: string;
}

/** A user of the fake. */
export interface FakeUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
}

/** A file users may send, as a message's `document` carries it. */
export interface FakeDocument {
  file_id: string;
  file_unique_id: string;
  file_name: string;
  file_size: number;
}

/** A message the bot sent, with its visible text. */
export interface SentMessage {
  message_id: number;
  chat: FakeChat;
  text: string;
  html: string;
  reply_markup?: { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] };
  params: Record<string, unknown>;
  /** A file sent with sendDocument (its caption is the text). */
  document?: { name: string; content: string };
}

class ApiError extends Error {
  constructor(
    readonly code: number,
    description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA = 64;

interface Waiter {
  offset: number;
  limit: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

/** The fake Bot API server. */
export class FakeTelegramServer extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly bot: FakeUser;
  commands: { command: string; description: string }[] | null = null;
  /** Member statuses for getChatMember, keyed "chatId:userId"; default "member". */
  readonly memberStatus = new Map<string, string>();
  private readonly updates: Record<string, unknown>[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private poller: Waiter | null = null;
  private readonly failures: {
    method: string;
    code: number;
    description: string;
    retryAfter?: number;
    chatId?: number;
  }[] = [];
  private readonly pendingCallbacks = new Set<string>();
  /** After this many delivered messages, sendMessage requests are delivered but never answered. */
  private holdAfter = Infinity;
  private delivered = 0;
  /** How long each sendMessage takes to be answered. */
  sendDelayMs = 0;
  /** Telegram-like flood limits on sendMessage, when set by {@link limitRate}. */
  private rate: { global: number; perChat: number } | null = null;
  private readonly recentSends: number[] = [];
  private readonly recentByChat = new Map<number, number>();
  /** How many sendMessage calls got 429 from the flood limits. */
  floodRefusals = 0;
  /** Requests held open by holdSendsAfter. */
  readonly held: ServerResponse[] = [];
  private readonly pendingInline = new Set<string>();
  private nextQueryId = 1;
  private server = createServer((req, res) => void this.handle(req, res));
  private port = 0;
  /** After setWebhook: updates are POSTed to the bot instead of queued for getUpdates. */
  readonly webhook = new WebhookDelivery((a) => this.emit('webhook', a));
  /** Files served at /file/bot<token>/<file_path> after getFile. */
  readonly files = new FakeFiles();
  private readonly filePaths = new Map<string, { path: string; size: number }>();
  /** Request bodies that held a secret: the token belongs in the URL only, never in what the bot sends. */
  private leaked = '';

  constructor(
    readonly token = '123456:TEST-token',
    username = 'arxivist_test_bot',
  ) {
    super();
    // Many waits on one fake at a time are normal in tests and benchmarks.
    this.setMaxListeners(0);
    testSecret(token);
    watchForSecrets(`requests to the fake Telegram`, () => this.leaked);
    this.bot = { id: Number(token.split(':')[0]), is_bot: true, first_name: 'arxivist', username };
  }

  /** Starts listening on 127.0.0.1 with a free port. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering, as a network outage would: the port is closed until {@link resume}. */
  async pause(): Promise<void> {
    if (this.poller) {
      clearTimeout(this.poller.timer);
      this.poller.res.destroy();
      this.poller = null;
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Listens again on the same port after {@link pause}. */
  async resume(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  /** The apiRoot to give grammY. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The botInfo grammY would get from getMe. */
  get botInfo(): UserFromGetMe {
    return {
      ...this.bot,
      is_bot: true,
      username: this.bot.username as string,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    if (this.poller) {
      clearTimeout(this.poller.timer);
      this.respond(this.poller.res, 200, { ok: true, result: [] });
      this.poller = null;
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers sendMessage beyond `global` per second overall, or 1 per chat per `perChat` seconds, with 429 retry_after 1. */
  limitRate(global = 30, perChat = 1): void {
    this.rate = { global, perChat };
  }

  private flooded(params: Record<string, unknown>): boolean {
    if (!this.rate) return false;
    const now = Date.now();
    while (this.recentSends.length && now - (this.recentSends[0] as number) >= 1000) this.recentSends.shift();
    const chat = Number(params['chat_id']);
    const last = this.recentByChat.get(chat);
    if (this.recentSends.length >= this.rate.global || (last !== undefined && now - last < this.rate.perChat * 1000)) {
      this.floodRefusals++;
      return true;
    }
    this.recentSends.push(now);
    this.recentByChat.set(chat, now);
    return false;
  }

  /**
   * From now on, once `count` messages have been delivered, each further sendMessage is
   * delivered (recorded) but its response never comes, as when a process dies mid-send.
   */
  holdSendsAfter(count: number): void {
    this.holdAfter = count;
    this.delivered = 0;
  }

  /** The next call to `method` (for `chatId`, if given) is answered with an error, e.g. 429 with retry_after. */
  failNext(
    method: string,
    options: { code?: number; description?: string; retryAfter?: number; chatId?: number } = {},
  ): void {
    const { code = 429, retryAfter } = options;
    const description =
      options.description ?? (code === 429 ? `Too Many Requests: retry after ${retryAfter ?? 1}` : 'Bad Request');
    this.failures.push({
      method,
      code,
      description,
      ...(code === 429 ? { retryAfter: retryAfter ?? 1 } : {}),
      ...(options.chatId !== undefined ? { chatId: options.chatId } : {}),
    });
  }

  // ---- updates the tests send -------------------------------------------------------------

  private push(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    if (this.webhook.info) {
      this.webhook.deliver({ update_id: id, ...update });
      return id;
    }
    this.updates.push({ update_id: id, ...update });
    this.flushPoller();
    return id;
  }

  /** A user writes `text` in `chat`; commands and @mentions get their entities, as in Telegram. */
  userSays(chat: FakeChat, from: FakeUser, text: string, options: { replyTo?: SentMessage } = {}): number {
    const entities: Record<string, unknown>[] = [];
    const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
    if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
    for (const m of text.matchAll(/@[A-Za-z0-9_]{5,32}/g)) {
      if (command && m.index < command[0].length) continue;
      entities.push({ type: 'mention', offset: utf16Offset(text, m.index), length: m[0].length });
    }
    const message: Record<string, unknown> = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(entities.length ? { entities } : {}),
    };
    if (options.replyTo) {
      message['reply_to_message'] = {
        message_id: options.replyTo.message_id,
        date: 0,
        chat: options.replyTo.chat,
        from: this.bot,
        text: options.replyTo.text,
      };
    }
    return this.push({ message });
  }

  /** Registers a file users may send; `size` is what Telegram announces (the true size unless a test lies). */
  addFile(bytes: Uint8Array, name: string, options: ServeOptions & { size?: number } = {}): FakeDocument {
    const n = this.filePaths.size + 1;
    const path = `documents/file_${n}${/\.[a-z0-9]+$/i.exec(name)?.[0] ?? ''}`;
    const size = options.size ?? bytes.length;
    this.files.add(path, bytes, options);
    this.filePaths.set(`doc${n}`, { path, size });
    return { file_id: `doc${n}`, file_unique_id: `u${n}`, file_name: name, file_size: size };
  }

  /** The file stops being served (getFile still answers), as when a download link has expired. */
  loseFile(document: FakeDocument): void {
    const file = this.filePaths.get(document.file_id);
    if (file) this.files.remove(file.path);
  }

  /** A user sends a document, with a caption (a command gets its entity, as in Telegram). */
  userSendsDocument(chat: FakeChat, from: FakeUser, document: FakeDocument, caption?: string): number {
    const command = caption === undefined ? null : /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(caption);
    const message: Record<string, unknown> = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      document: { ...document, mime_type: 'text/plain' },
      ...(caption === undefined ? {} : { caption }),
      ...(command ? { caption_entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    };
    return this.push({ message });
  }

  /** A user presses an inline button of a message the bot sent. */
  press(message: SentMessage, data: string, from: FakeUser): string {
    const id = `cb${this.nextQueryId++}`;
    this.pendingCallbacks.add(id);
    this.push({
      callback_query: {
        id,
        from,
        chat_instance: 'ci',
        data,
        message: { message_id: message.message_id, date: 0, chat: message.chat, from: this.bot, text: message.text },
      },
    });
    return id;
  }

  /** A user types "@bot query" in some chat. */
  inlineQuery(from: FakeUser, query: string, offset = ''): string {
    const id = `iq${this.nextQueryId++}`;
    this.pendingInline.add(id);
    this.push({ inline_query: { id, from, query, offset } });
    return id;
  }

  // ---- waiting ----------------------------------------------------------------------------

  /** Resolves with the first call (past or future) to `method` that satisfies `match`. */
  waitForCall(method: string, match: (c: ApiCall) => boolean = () => true, timeoutMs = 10_000): Promise<ApiCall> {
    const found = this.calls.find((c) => c.method === method && match(c));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onCall = (c: ApiCall) => {
        if (c.method === method && match(c)) {
          clearTimeout(timer);
          this.off('call', onCall);
          resolve(c);
        }
      };
      const timer = setTimeout(() => {
        this.off('call', onCall);
        const recent = this.calls
          .slice(-8)
          .map((c) => `${c.method}${c.ok ? '' : ` (${c.error})`}`)
          .join(', ');
        reject(new Error(`fake Telegram: no ${method} call matched within ${timeoutMs} ms; recent calls: ${recent}`));
      }, timeoutMs);
      this.on('call', onCall);
    });
  }

  /** Resolves with the first message (past or future) sent to `chatId` that satisfies `match`. */
  async waitForMessage(chatId: number, match: (m: SentMessage) => boolean = () => true): Promise<SentMessage> {
    const call = await this.waitForCall(
      'sendMessage',
      (c) => c.ok && Number(c.params['chat_id']) === chatId && match(this.messageOf(c)),
    );
    return this.messageOf(call);
  }

  private messageOf(call: ApiCall): SentMessage {
    return this.sent.find((m) => m.params === call.params) as SentMessage;
  }

  /** Every message sent to a chat, in order. */
  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chat.id === chatId);
  }

  // ---- the HTTP API -----------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec((req.url ?? '').split('?')[0] as string);
    if (download && download[1] === this.token && this.files.serve(download[2] as string, res)) return;
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? '').split('?')[0] as string);
    const form = isMultipart(req) ? await readForm(req) : undefined;
    const body = form ? '' : await readBody(req);
    if (!m) return this.respond(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    let params: Record<string, unknown> = {};
    try {
      params = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return this.respond(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    if (form) {
      // Files go as multipart: other parameters are fields (objects as JSON), files "attach://<part>".
      for (const [name, value] of Object.entries(form.fields))
        params[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
      params['__files'] = form.files;
    }
    // The token belongs in the URL, the webhook secret in setWebhook: neither anywhere else.
    const sent =
      method === 'setWebhook'
        ? JSON.stringify({ ...params, secret_token: undefined })
        : form
          ? JSON.stringify(params)
          : body;
    if (secretIn(sent)) this.leaked += `${method}: ${sent}\n`;
    const call: ApiCall = { method, params, ok: true, at: Date.now() };
    try {
      if (token !== this.token) throw new ApiError(401, 'Unauthorized');
      const failure = this.failures.findIndex(
        (f) => f.method === method && (f.chatId === undefined || f.chatId === Number(params['chat_id'])),
      );
      if (failure >= 0) {
        const f = this.failures.splice(failure, 1)[0] as (typeof this.failures)[number];
        throw new ApiError(
          f.code,
          f.description,
          f.retryAfter !== undefined ? { retry_after: f.retryAfter } : undefined,
        );
      }
      if (method === 'sendMessage' && this.flooded(params))
        throw new ApiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 });
      if (method === 'getUpdates' && this.webhook.info)
        throw new ApiError(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        );
      if (method === 'getUpdates') {
        this.calls.push(call);
        this.emit('call', call);
        return this.getUpdates(params, res);
      }
      const result = this.dispatch(method, params);
      this.calls.push(call);
      this.emit('call', call);
      if (method === 'sendMessage' && ++this.delivered > this.holdAfter) {
        this.held.push(res);
        this.emit('held', call);
        return;
      }
      if (method === 'sendMessage' && this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
      this.respond(res, 200, { ok: true, result });
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(500, `Internal Server Error: ${(err as Error).message}`);
      call.ok = false;
      call.error = `${e.code} ${e.message}`;
      this.calls.push(call);
      this.emit('call', call);
      this.respond(res, e.code, {
        ok: false,
        error_code: e.code,
        description: e.message,
        ...(e.parameters ? { parameters: e.parameters } : {}),
      });
    }
  }

  private respond(res: ServerResponse, status: number, payload: unknown): void {
    if (res.writableEnded) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  private getUpdates(params: Record<string, unknown>, res: ServerResponse): void {
    const offset = Number(params['offset'] ?? 0);
    const limit = Number(params['limit'] ?? 100);
    const timeout = Number(params['timeout'] ?? 0);
    // Confirm: updates below the offset are gone for good.
    while (this.updates.length && Number((this.updates[0] as { update_id: number }).update_id) < offset)
      this.updates.shift();
    if (this.poller) {
      this.respond(res, 409, {
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
      return;
    }
    if (this.updates.length > 0 || timeout <= 0) {
      this.respond(res, 200, { ok: true, result: this.updates.slice(0, limit) });
      return;
    }
    const waiter: Waiter = { offset, limit, res, timer: setTimeout(() => this.finishPoll(waiter), timeout * 1000) };
    this.poller = waiter;
    res.on('close', () => {
      if (this.poller === waiter) {
        clearTimeout(waiter.timer);
        this.poller = null;
      }
    });
  }

  private finishPoll(waiter: Waiter): void {
    if (this.poller !== waiter) return;
    this.poller = null;
    clearTimeout(waiter.timer);
    this.respond(waiter.res, 200, { ok: true, result: this.updates.slice(0, waiter.limit) });
  }

  private flushPoller(): void {
    if (this.poller) this.finishPoll(this.poller);
  }

  private dispatch(method: string, p: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return this.botInfo;
      case 'deleteWebhook':
        this.webhook.info = null;
        return true;
      case 'setWebhook': {
        const url = String(p['url'] ?? '');
        if (!/^https:\/\//.test(url))
          throw new ApiError(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = p['secret_token'] === undefined ? undefined : String(p['secret_token']);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
          throw new ApiError(400, 'Bad Request: secret token contains unallowed characters');
        this.webhook.info = {
          url,
          ...(secret ? { secret } : {}),
          ...(Array.isArray(p['allowed_updates']) ? { allowedUpdates: p['allowed_updates'] as string[] } : {}),
        };
        return true;
      }
      case 'getWebhookInfo':
        return { url: this.webhook.info?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'sendChatAction':
        return true;
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'getMyCommands':
        return this.commands ?? [];
      case 'sendDocument':
        return this.sendDocument(p);
      case 'sendMessage':
        return this.sendMessage(p);
      case 'editMessageText':
        return this.editMessageText(p);
      case 'answerCallbackQuery': {
        const id = String(p['callback_query_id']);
        if (!this.pendingCallbacks.delete(id))
          throw new ApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        if (p['text'] !== undefined && String(p['text']).length > 200)
          throw new ApiError(400, 'Bad Request: callback answer text is too long');
        return true;
      }
      case 'answerInlineQuery':
        return this.answerInlineQuery(p);
      case 'getFile': {
        const file = this.filePaths.get(String(p['file_id']));
        if (!file) throw new ApiError(400, 'Bad Request: invalid file_id');
        // Bots may download files of up to 20 MB.
        if (file.size > 20 * 1024 * 1024) throw new ApiError(400, 'Bad Request: file is too big');
        const id = String(p['file_id']);
        return { file_id: id, file_unique_id: `u${id.slice(3)}`, file_size: file.size, file_path: file.path };
      }
      case 'getChatMember': {
        const status = this.memberStatus.get(`${p['chat_id']}:${p['user_id']}`) ?? 'member';
        return { status, user: { id: Number(p['user_id']), is_bot: false, first_name: 'User' } };
      }
      default:
        throw new ApiError(404, 'Not Found: method not found');
    }
  }

  private setMyCommands(p: Record<string, unknown>): true {
    const commands = p['commands'] as { command: string; description: string }[];
    if (!Array.isArray(commands) || commands.length > 100) throw new ApiError(400, 'Bad Request: too many commands');
    for (const c of commands) {
      if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw new ApiError(400, 'Bad Request: BOT_COMMAND_INVALID');
      if (!c.description || c.description.length > 256)
        throw new ApiError(400, 'Bad Request: command description is invalid');
    }
    this.commands = commands;
    return true;
  }

  private checkText(p: Record<string, unknown>): string {
    const raw = String(p['text'] ?? '');
    let text = raw;
    if (p['parse_mode'] === 'HTML') {
      const parsed = parseTelegramHtml(raw);
      if ('error' in parsed) throw new ApiError(400, parsed.error);
      text = parsed.text;
    } else if (p['parse_mode'] !== undefined) {
      throw new ApiError(400, `Bad Request: unsupported parse_mode ${String(p['parse_mode'])} in this fake`);
    }
    if (text.trim().length === 0) throw new ApiError(400, 'Bad Request: message text is empty');
    if ([...text].length > MAX_TEXT) throw new ApiError(400, 'Bad Request: message is too long');
    this.checkMarkup(p['reply_markup']);
    return text;
  }

  private checkMarkup(markup: unknown): void {
    if (markup === undefined) return;
    const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
    if (!Array.isArray(rows)) throw new ApiError(400, 'Bad Request: reply markup must have inline_keyboard');
    for (const row of rows) {
      if (!Array.isArray(row)) throw new ApiError(400, 'Bad Request: inline keyboard rows must be arrays');
      for (const b of row as Record<string, unknown>[]) {
        if (!b['text']) throw new ApiError(400, 'Bad Request: button text is empty');
        const data = b['callback_data'];
        if (data !== undefined) {
          const bytes = Buffer.byteLength(String(data), 'utf8');
          if (bytes < 1 || bytes > MAX_CALLBACK_DATA) throw new ApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
        } else if (b['url'] === undefined) throw new ApiError(400, 'Bad Request: button has no action');
      }
    }
  }

  private chatOf(id: unknown): FakeChat {
    const n = Number(id);
    if (!Number.isFinite(n)) throw new ApiError(400, 'Bad Request: chat not found');
    return n > 0 ? { id: n, type: 'private', first_name: 'User' } : { id: n, type: 'supergroup', title: 'Group' };
  }

  private sendDocument(p: Record<string, unknown>): unknown {
    const files = (p['__files'] ?? []) as FormFile[];
    const file = files.find((f) => `attach://${f.field}` === p['document']);
    if (!file) throw new ApiError(400, 'Bad Request: there is no document in the request');
    const caption = this.checkText({ ...p, text: p['caption'] });
    if ([...caption].length > MAX_CAPTION) throw new ApiError(400, 'Bad Request: message caption is too long');
    const chat = this.chatOf(p['chat_id']);
    const message: SentMessage = {
      message_id: this.nextMessageId++,
      chat,
      text: caption,
      html: String(p['caption']),
      params: p,
      document: { name: file.name, content: file.content },
    };
    this.sent.push(message);
    return { message_id: message.message_id, date: Math.floor(Date.now() / 1000), chat, from: this.bot, caption };
  }

  private sendMessage(p: Record<string, unknown>): unknown {
    const text = this.checkText(p);
    const chat = this.chatOf(p['chat_id']);
    const message: SentMessage = {
      message_id: this.nextMessageId++,
      chat,
      text,
      html: String(p['text']),
      params: p,
      ...(p['reply_markup'] ? { reply_markup: p['reply_markup'] } : {}),
    };
    this.sent.push(message);
    return { message_id: message.message_id, date: Math.floor(Date.now() / 1000), chat, from: this.bot, text };
  }

  private editMessageText(p: Record<string, unknown>): unknown {
    const text = this.checkText(p);
    const target = this.sent.find(
      (m) => m.chat.id === Number(p['chat_id']) && m.message_id === Number(p['message_id']),
    );
    if (!target) throw new ApiError(400, 'Bad Request: message to edit not found');
    if (
      target.html === String(p['text']) &&
      JSON.stringify(target.reply_markup) === JSON.stringify(p['reply_markup'])
    ) {
      throw new ApiError(400, 'Bad Request: message is not modified');
    }
    target.text = text;
    target.html = String(p['text']);
    if (p['reply_markup']) target.reply_markup = p['reply_markup'];
    else delete target.reply_markup;
    this.emit('edit', target);
    return { message_id: target.message_id, date: 0, chat: target.chat, from: this.bot, text };
  }

  private answerInlineQuery(p: Record<string, unknown>): true {
    const id = String(p['inline_query_id']);
    if (!this.pendingInline.delete(id))
      throw new ApiError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    const results = p['results'] as Record<string, unknown>[];
    if (!Array.isArray(results) || results.length > 50) throw new ApiError(400, 'Bad Request: RESULTS_TOO_MUCH');
    const ids = new Set<string>();
    for (const r of results) {
      const rid = String(r['id'] ?? '');
      if (!rid || Buffer.byteLength(rid) > 64 || ids.has(rid))
        throw new ApiError(400, 'Bad Request: RESULT_ID_INVALID');
      ids.add(rid);
      if (r['type'] !== 'article' || !r['title'])
        throw new ApiError(400, 'Bad Request: result must be an article with a title');
      const content = r['input_message_content'] as Record<string, unknown> | undefined;
      if (!content) throw new ApiError(400, 'Bad Request: input_message_content missing');
      this.checkText({ text: content['message_text'], parse_mode: content['parse_mode'] });
    }
    if (p['next_offset'] !== undefined && Buffer.byteLength(String(p['next_offset'])) > 64)
      throw new ApiError(400, 'Bad Request: next_offset too long');
    return true;
  }
}

function utf16Offset(text: string, index: number): number {
  return text.slice(0, index).length;
}
