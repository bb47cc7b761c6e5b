// A fake Discord: a REST API (v10) and a gateway (WebSocket, JSON, no compression) on
// 127.0.0.1. discord.js logs in to it with only `rest.api`; it validates like Discord
// (content and embed limits, components, the 3-second deadline, double acknowledgement,
// allowed_mentions) and can inject 429s and drop the gateway connection to force a resume.
import { EventEmitter } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMultipart, readBody, readForm } from './http.js';
import { FakeFiles, type ServeOptions } from './fake-files.js';
import { WebSocket, WebSocketServer } from 'ws';
import { testSecret } from '../helpers/leaks.js';

/** A REST call the fake received. */
export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  status: number;
  error?: string;
  at: number;
}

/** A message as the fake stores it (bot messages, interaction replies, edits, follow-ups). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: {
    type: number;
    components: { type: number; custom_id?: string; label?: string; style?: number; url?: string }[];
  }[];
  flags: number;
  /** Files attached, as text. */
  files: { name: string; content: string }[];
  body: Record<string, unknown>;
}

/** A file a user attaches, as Discord describes it (served from the fake's CDN path). */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

/** One interaction the fake created, and what the bot did with it. */
export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  acknowledged?: { type: number; at: number; data?: Record<string, unknown> };
  original?: FakeMessage;
  followUps: FakeMessage[];
  deferredReplies: number;
}

class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const APP_ID = '1100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1300000000000000001';
const DEADLINE_MS = 3000;

let snowflake = 1400000000000000000n;
function nextId(): string {
  snowflake += 1n;
  return snowflake.toString();
}

/** The fake Discord API and gateway. */
export class FakeDiscordServer extends EventEmitter {
  readonly calls: RestCall[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly channelMessages: FakeMessage[] = [];
  /** Commands deployed, keyed by "global" or the guild id. */
  readonly deployed = new Map<string, Record<string, unknown>[]>();
  readonly gatewayEvents: { op: number; t?: string }[] = [];
  identifies = 0;
  resumes = 0;
  private readonly http = createServer((req, res) => void this.handle(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  /** Shards GET /gateway/bot asks for; each connection identifies as [id, count] and gets its guilds' events. */
  shardCount = 1;
  /** The [id, count] of every identify, in order. */
  readonly identifiedShards: [number, number][] = [];
  private readonly connections = new Map<number, { ws: WebSocket | null; seq: number; sessionId: string }>();
  private port = 0;
  private readonly failures: { route: RegExp; retryAfter: number }[] = [];
  /** Attachments served from /cdn/attachments/…, as Discord's CDN serves them. */
  readonly files = new FakeFiles();
  readonly botUser = {
    id: BOT_ID,
    username: 'arxivist',
    discriminator: '0',
    global_name: 'arxivist',
    avatar: null,
    bot: true,
    flags: 0,
  };

  constructor(readonly token = 'ODk.fake-discord-token.abc') {
    super();
    testSecret(token);
    // Many waits on one fake at a time are normal in tests and benchmarks.
    this.setMaxListeners(0);
    this.http.on('upgrade', (req, sock, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) return void sock.destroy();
      this.wss.handleUpgrade(req, sock, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  /** The value for discord.js's `rest.api` option. */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** The next REST call whose path matches answers 429 with retry_after. */
  rateLimitNext(route: RegExp, retryAfter = 0.2): void {
    this.failures.push({ route, retryAfter });
  }

  // ---- gateway ----------------------------------------------------------------------------

  private send(ws: WebSocket, payload: Record<string, unknown>): void {
    ws.send(JSON.stringify(payload));
  }

  /** The shard a guild's events go to (Discord's rule); direct messages go to shard 0. */
  shardOf(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount)) : 0;
  }

  /** Sends a dispatch event (op 0) on the connection of the shard its guild belongs to. */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    const conn = this.connections.get(this.shardOf(guildId));
    if (!conn) throw new Error(`fake Discord: no gateway connection for shard ${this.shardOf(guildId)}`);
    this.dispatchOn(conn, t, d);
  }

  private dispatchOn(conn: { ws: WebSocket | null; seq: number }, t: string, d: unknown): void {
    if (!conn.ws) throw new Error('fake Discord: the gateway connection is closed');
    conn.seq += 1;
    this.send(conn.ws, { op: 0, t, s: conn.seq, d });
  }

  private onSocket(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const payload = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> };
      this.gatewayEvents.push({ op: payload.op });
      switch (payload.op) {
        case 1:
          this.send(ws, { op: 11 });
          break;
        case 2: {
          this.identifies += 1;
          if (payload.d['token'] !== this.token) return void ws.close(4004, 'Authentication failed.');
          const [id, count] = (payload.d['shard'] as [number, number] | undefined) ?? [0, 1];
          if (count !== this.shardCount || id >= count) return void ws.close(4010, 'Invalid shard.');
          this.identifiedShards.push([id, count]);
          const conn = { ws, seq: 0, sessionId: `session-${this.identifies}` };
          this.connections.set(id, conn);
          const mine = this.shardOf(GUILD_ID) === id;
          this.dispatchOn(conn, 'READY', {
            v: 10,
            user: this.botUser,
            guilds: mine ? [{ id: GUILD_ID, unavailable: true }] : [],
            session_id: conn.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard: [id, count],
            application: { id: APP_ID, flags: 0 },
          });
          if (mine) this.dispatchOn(conn, 'GUILD_CREATE', this.guild());
          this.emit('ready', id);
          break;
        }
        case 6: {
          this.resumes += 1;
          const old = [...this.connections.entries()].find(([, c]) => c.sessionId === payload.d['session_id']);
          if (!old) {
            this.send(ws, { op: 9, d: false });
            break;
          }
          old[1].ws = ws;
          this.dispatchOn(old[1], 'RESUMED', {});
          this.emit('resumed');
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      // The session stays, so the client may resume it on a new connection.
      for (const c of this.connections.values()) if (c.ws === ws) c.ws = null;
    });
  }

  private guild() {
    return {
      id: GUILD_ID,
      name: 'Reading group',
      icon: null,
      owner_id: '1',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      unavailable: false,
      member_count: 3,
      large: false,
      joined_at: new Date().toISOString(),
      roles: [
        {
          id: GUILD_ID,
          name: '@everyone',
          permissions: '1024',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [
        {
          id: CHANNEL_ID,
          type: 0,
          name: 'papers',
          guild_id: GUILD_ID,
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
      ],
      members: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Drops the gateway connection without a close frame, as a network failure would. */
  dropConnection(): void {
    for (const c of this.connections.values()) {
      c.ws?.terminate();
      c.ws = null;
    }
  }

  /** Resolves with the next event of this kind that satisfies `match`. */
  waitFor<T = unknown>(
    event: 'ready' | 'resumed' | 'acknowledged' | 'message' | 'edited' | 'followup' | 'call',
    match: (x: T) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const handler = (x: T) => {
        if (!match(x)) return;
        clearTimeout(timer);
        this.off(event, handler);
        resolve(x);
      };
      const timer = setTimeout(() => {
        this.off(event, handler);
        const recent = this.calls
          .slice(-6)
          .map((c) => `${c.method} ${c.path} ${c.status}${c.error ? ` ${c.error}` : ''}`)
          .join('; ');
        reject(new Error(`fake Discord: no "${event}" within ${timeoutMs} ms; recent REST calls: ${recent}`));
      }, timeoutMs);
      this.on(event, handler);
    });
  }

  // ---- interactions the tests send --------------------------------------------------------

  private user(id = '1500000000000000001', name = 'ada') {
    return { id, username: name, discriminator: '0', global_name: name, avatar: null, bot: false, flags: 0 };
  }

  private base(type: number, options: { userId?: string; permissions?: string; dm?: boolean }) {
    const id = nextId();
    const token = `itoken-${id}`;
    const interaction: FakeInteraction = { id, token, type, createdAt: Date.now(), followUps: [], deferredReplies: 0 };
    this.interactions.set(id, interaction);
    const user = this.user(options.userId);
    const where = options.dm
      ? { channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1 }, user, context: 1 }
      : {
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'papers' },
          member: {
            user,
            roles: [],
            permissions: options.permissions ?? '1024',
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
          guild: { id: GUILD_ID, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          context: 0,
        };
    return {
      interaction,
      payload: {
        id,
        token,
        type,
        application_id: APP_ID,
        version: 1,
        locale: 'en-US',
        app_permissions: '2048',
        entitlements: [],
        authorizing_integration_owners: {},
        attachment_size_limit: 8388608,
        ...where,
      },
    };
  }

  /** Registers a file a user may attach; `size` is what Discord announces (the true size unless a test lies). */
  attachment(bytes: Uint8Array, filename: string, options: ServeOptions & { size?: number } = {}): FakeAttachment {
    const id = nextId();
    const path = `/cdn/attachments/${CHANNEL_ID}/${id}/${encodeURIComponent(filename)}`;
    this.files.add(path, bytes, options);
    const url = `http://127.0.0.1:${this.port}${path}?ex=0&is=0&hm=fake`;
    const size = options.size ?? bytes.length;
    return { id, filename, size, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' };
  }

  /** A user runs a slash command; options as Discord sends them, attachments (type 11 options) resolved as Discord does. */
  slash(
    name: string,
    options: { name: string; type: number; value: unknown }[] = [],
    who: { userId?: string; permissions?: string; dm?: boolean } = {},
    attachments: FakeAttachment[] = [],
  ): FakeInteraction {
    const { interaction, payload } = this.base(2, who);
    const resolved = attachments.length
      ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } }
      : {};
    this.dispatch('INTERACTION_CREATE', { ...payload, data: { id: nextId(), name, type: 1, options, ...resolved } });
    return interaction;
  }

  /** A user types into an option with autocomplete. */
  autocomplete(
    name: string,
    options: { name: string; type: number; value: unknown; focused?: boolean }[],
  ): FakeInteraction {
    const { interaction, payload } = this.base(4, {});
    this.dispatch('INTERACTION_CREATE', { ...payload, data: { id: nextId(), name, type: 1, options } });
    return interaction;
  }

  /** A user presses a button on a message the bot sent. */
  press(message: FakeMessage, customId: string, who: { userId?: string } = {}): FakeInteraction {
    const { interaction, payload } = this.base(3, who);
    this.dispatch('INTERACTION_CREATE', {
      ...payload,
      message: this.messageObject(message),
      data: { custom_id: customId, component_type: 2 },
    });
    return interaction;
  }

  /** A user writes a message in the channel that mentions the bot. */
  mention(content: string, userId = '1500000000000000002', attachments: FakeAttachment[] = []): void {
    this.dispatch('MESSAGE_CREATE', {
      id: nextId(),
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: this.user(userId, 'bea'),
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: content.includes(`<@${BOT_ID}>`) || content.includes(`<@!${BOT_ID}>`) ? [this.botUser] : [],
      mention_roles: [],
      attachments,
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
    });
  }

  /** Resolves when the bot has answered an interaction: the reply, or the edit after a defer. */
  async response(interaction: FakeInteraction): Promise<FakeMessage> {
    const done = () =>
      interaction.original &&
      (interaction.acknowledged?.type === 4 ||
        interaction.acknowledged?.type === 7 ||
        interaction.original.body['__edited']);
    if (!done()) await this.waitFor<FakeInteraction>('edited', (i) => i === interaction && Boolean(done()));
    return interaction.original as FakeMessage;
  }

  private messageObject(m: FakeMessage) {
    return {
      id: m.id,
      channel_id: m.channel_id,
      guild_id: GUILD_ID,
      author: this.botUser,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      flags: m.flags,
    };
  }

  // ---- REST -------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && this.files.serve(url.pathname, res)) return;
    const path = url.pathname.replace(/^\/api\/v10/, '');
    let body: Record<string, unknown> | undefined;
    if (isMultipart(req)) {
      // Attachments: the JSON body in payload_json, each file in a part of its own.
      const form = await readForm(req);
      body = JSON.parse(form.fields['payload_json'] ?? '{}') as Record<string, unknown>;
      const files = form.files.map((f) => ({ name: f.name, content: f.content }));
      body['__files'] = files;
      if (body['data'] && typeof body['data'] === 'object')
        (body['data'] as Record<string, unknown>)['__files'] = files;
    } else {
      const raw = await readBody(req);
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
    }
    const call: RestCall = { method: req.method ?? 'GET', path, body, status: 200, at: Date.now() };
    try {
      const failure = this.failures.findIndex((f) => f.route.test(path));
      if (failure >= 0) {
        const f = this.failures.splice(failure, 1)[0] as { retryAfter: number };
        res.setHeader('retry-after', String(Math.ceil(f.retryAfter)));
        res.setHeader('x-ratelimit-scope', 'user');
        throw new DiscordError(429, 0, 'You are being rate limited.', { retry_after: f.retryAfter, global: false });
      }
      const result = this.route(call.method, path, body, url, req);
      call.status = result === undefined ? 204 : 200;
      this.calls.push(call);
      if (result === undefined) {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      }
    } catch (err) {
      const e = err instanceof DiscordError ? err : new DiscordError(500, 0, (err as Error).message);
      call.status = e.status;
      call.error = `${e.code} ${e.message}`;
      this.calls.push(call);
      res.writeHead(e.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: e.message, code: e.code, ...e.extra }));
    }
    this.emit('call', call);
  }

  private route(
    method: string,
    path: string,
    body: Record<string, unknown> | undefined,
    url: URL,
    req: IncomingMessage,
  ): unknown {
    const auth = req.headers.authorization;
    const needsAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsAuth && auth !== `Bot ${this.token}`) throw new DiscordError(401, 0, '401: Unauthorized');
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        url: this.gatewayUrl,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      };
    }
    if (method === 'GET' && path === '/gateway') return { url: this.gatewayUrl };
    if (method === 'GET' && path === '/users/@me') return this.botUser;
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (m[1] !== APP_ID) throw new DiscordError(403, 50001, 'Missing Access');
      const commands = validateCommands(body);
      const stored = commands.map((c) => ({
        ...c,
        id: nextId(),
        application_id: APP_ID,
        version: nextId(),
        ...(m?.[2] ? { guild_id: m[2] } : {}),
      }));
      this.deployed.set(m[2] ?? 'global', stored);
      return stored;
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.callback(m[1] as string, decodeURIComponent(m[2] as string), body ?? {}, url);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(?:@original|%40original)$/.exec(path))) {
      const interaction = this.byToken(decodeURIComponent(m[2] as string));
      if (!interaction.acknowledged) throw new DiscordError(404, 10015, 'Unknown Webhook');
      if (method === 'DELETE') {
        delete interaction.original;
        return undefined;
      }
      if (method === 'PATCH') {
        validateMessage(body ?? {}, true);
        const message = this.store(body ?? {}, interaction.original?.id);
        message.body['__edited'] = true;
        interaction.original = message;
        this.emit('edited', interaction);
        return this.messageObject(message);
      }
    }
    if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) {
      const interaction = this.byToken(decodeURIComponent(m[2] as string));
      if (!interaction.acknowledged) throw new DiscordError(404, 10015, 'Unknown Webhook');
      validateMessage(body ?? {});
      const message = this.store(body ?? {});
      interaction.followUps.push(message);
      this.emit('followup', interaction);
      return this.messageObject(message);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      if (m[1] !== CHANNEL_ID) throw new DiscordError(404, 10003, 'Unknown Channel');
      validateMessage(body ?? {});
      const message = this.store(body ?? {});
      this.channelMessages.push(message);
      this.emit('message', message);
      return this.messageObject(message);
    }
    throw new DiscordError(404, 0, `404: Not Found (${method} ${path})`);
  }

  private byToken(token: string): FakeInteraction {
    for (const i of this.interactions.values()) if (i.token === token) return i;
    throw new DiscordError(404, 10015, 'Unknown Webhook');
  }

  private store(body: Record<string, unknown>, id = nextId()): FakeMessage {
    return {
      id,
      channel_id: CHANNEL_ID,
      content: String(body['content'] ?? ''),
      embeds: (body['embeds'] as Record<string, unknown>[]) ?? [],
      components: (body['components'] as FakeMessage['components']) ?? [],
      flags: Number(body['flags'] ?? 0),
      files: (body['__files'] as FakeMessage['files'] | undefined) ?? [],
      body: { ...body },
    };
  }

  private callback(id: string, token: string, body: Record<string, unknown>, url: URL): unknown {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) throw new DiscordError(404, 10062, 'Unknown interaction');
    if (interaction.acknowledged) throw new DiscordError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - interaction.createdAt > DEADLINE_MS) throw new DiscordError(404, 10062, 'Unknown interaction');
    const type = Number(body['type']);
    const data = (body['data'] ?? {}) as Record<string, unknown>;
    if (type === 8) {
      if (interaction.type !== 4)
        throw new DiscordError(400, 50035, 'Invalid Form Body: autocomplete result for a non-autocomplete interaction');
      const choices = data['choices'] as { name: string; value: unknown }[];
      if (!Array.isArray(choices) || choices.length > 25)
        throw new DiscordError(400, 50035, 'Invalid Form Body: choices must be at most 25');
      for (const c of choices)
        if (!c.name || c.name.length > 100 || String(c.value).length > 100)
          throw new DiscordError(400, 50035, 'Invalid Form Body: choice name/value 1-100');
    } else if (type === 4 || type === 7) {
      validateMessage(data);
      interaction.original = this.store(data);
    } else if (type === 5) {
      interaction.deferredReplies += 1;
      interaction.original = this.store({ content: '', flags: data['flags'] });
    } else if (type !== 6) {
      throw new DiscordError(400, 50035, `Invalid Form Body: interaction response type ${type}`);
    }
    interaction.acknowledged = { type, at: Date.now(), data };
    this.emit('acknowledged', interaction);
    if (type === 4 || type === 7) this.emit('edited', interaction);
    return url.searchParams.get('with_response') === 'true'
      ? { interaction: { id, type: interaction.type }, resource: { type } }
      : undefined;
  }
}

/** Discord's limits on a message payload; throws a 400 like Discord for a violation. */
export function validateMessage(body: Record<string, unknown>, edit = false): void {
  const fail = (why: string) => {
    throw new DiscordError(400, 50035, `Invalid Form Body: ${why}`);
  };
  const content = body['content'];
  if (content !== undefined && content !== null && String(content).length > 2000)
    fail('content: Must be 2000 or fewer in length.');
  const embeds = (body['embeds'] ?? []) as Record<string, unknown>[];
  if (embeds.length > 10) fail('embeds: Must be 10 or fewer in length.');
  let total = 0;
  for (const e of embeds) {
    const title = String(e['title'] ?? '');
    const description = String(e['description'] ?? '');
    if (title.length > 256) fail('embeds.title: Must be 256 or fewer in length.');
    if (description.length > 4096) fail('embeds.description: Must be 4096 or fewer in length.');
    const fields = (e['fields'] ?? []) as { name: string; value: string }[];
    if (fields.length > 25) fail('embeds.fields: Must be 25 or fewer in length.');
    for (const f of fields) {
      if (!f.name || f.name.length > 256) fail('embeds.fields.name: 1-256');
      if (!f.value || f.value.length > 1024) fail('embeds.fields.value: 1-1024');
      total += f.name.length + f.value.length;
    }
    const footer = String((e['footer'] as { text?: string } | undefined)?.text ?? '');
    if (footer.length > 2048) fail('embeds.footer.text: Must be 2048 or fewer in length.');
    const author = String((e['author'] as { name?: string } | undefined)?.name ?? '');
    total += title.length + description.length + footer.length + author.length;
    if (e['url'] !== undefined && !/^https?:\/\//.test(String(e['url']))) fail('embeds.url: Not a well formed URL.');
  }
  if (total > 6000) fail('embeds: Embed size exceeds maximum size of 6000');
  const rows = (body['components'] ?? []) as {
    type: number;
    components: { type: number; custom_id?: string; label?: string; url?: string; style?: number }[];
  }[];
  if (rows.length > 5) fail('components: Must be 5 or fewer in length.');
  for (const row of rows) {
    if (row.type !== 1 || !Array.isArray(row.components) || row.components.length < 1 || row.components.length > 5)
      fail('components: action rows hold 1-5 components');
    const ids = new Set<string>();
    for (const b of row.components) {
      if (b.type !== 2) fail('components: only buttons in this fake');
      if (b.style === 5) {
        if (!b.url) fail('components.url: link button needs a url');
      } else {
        if (!b.custom_id || b.custom_id.length > 100) fail('components.custom_id: Must be 1-100 in length.');
        if (ids.has(b.custom_id as string)) fail('components.custom_id: duplicated');
        ids.add(b.custom_id as string);
      }
      if (b.label !== undefined && b.label.length > 80) fail('components.label: Must be 80 or fewer in length.');
    }
  }
  if (!edit && !content && embeds.length === 0) fail('Cannot send an empty message');
  const mentions = body['allowed_mentions'] as { parse?: unknown[] } | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0)
    fail('allowed_mentions must be { parse: [] } (this fake insists)');
}

function validateCommands(body: unknown): Record<string, unknown>[] {
  const fail = (why: string) => {
    throw new DiscordError(400, 50035, `Invalid Form Body: ${why}`);
  };
  if (!Array.isArray(body)) fail('body must be an array of commands');
  const commands = body as Record<string, unknown>[];
  if (commands.length > 100) fail('at most 100 commands');
  for (const c of commands) {
    if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(String(c['name']))) fail(`name "${String(c['name'])}" invalid`);
    const d = String(c['description'] ?? '');
    if (d.length < 1 || d.length > 100) fail(`${String(c['name'])}.description: 1-100`);
    const options = (c['options'] ?? []) as Record<string, unknown>[];
    if (options.length > 25) fail('options: at most 25');
    let optional = false;
    for (const o of options) {
      if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(String(o['name']))) fail(`option name "${String(o['name'])}" invalid`);
      const od = String(o['description'] ?? '');
      if (od.length < 1 || od.length > 100) fail(`option ${String(o['name'])}.description: 1-100`);
      if (![3, 4, 5, 10, 11].includes(Number(o['type'])))
        fail(`option ${String(o['name'])}: unexpected type ${String(o['type'])}`);
      if (o['required']) {
        if (optional) fail('Required options must be placed before non-required options');
      } else optional = true;
      if (Number(o['type']) === 11 && (o['choices'] || o['autocomplete']))
        fail(`option ${String(o['name'])}: an attachment takes no choices or autocomplete`);
      const choices = o['choices'] as unknown[] | undefined;
      if (choices && (choices.length > 25 || o['autocomplete'])) fail('choices: at most 25, and not with autocomplete');
    }
  }
  return commands;
}
