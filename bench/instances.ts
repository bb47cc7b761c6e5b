// Several instances on PostgreSQL: digest fan-out with 1 and 3 bot processes against the fake
// Bot API with Telegram's flood limits (about 30 messages a second per bot, whatever the number
// of instances), and command latency through the webhook path. Needs a PostgreSQL URL.
import pg from 'pg';
import { loadListing } from '../src/listing/load-listing.js';
import { BUNDLED_LISTING } from '../src/app/paths.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import type { FanoutResult } from './fanout.js';
import { FakeTelegramServer, type FakeUser } from '../tests/fakes/telegram-server.js';
import { type Instance, freshSchema, startInstance, stopAll } from '../tests/helpers/instances.js';

const HOOK = 'https://bot.example.test/telegram/webhook';
const SECRET = 'bench-secret';

/** What one fan-out run measured, and over how many instances. */
export interface InstancesFanout extends FanoutResult {
  instances: number;
}

function env(server: FakeTelegramServer, url: string): NodeJS.ProcessEnv {
  return {
    TELEGRAM_BOT_TOKEN: server.token,
    TELEGRAM_API_ROOT: server.apiRoot,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ARXIVIST_DATABASE_URL: url,
    LOG_LEVEL: 'info',
  };
}

/**
 * `count` subscriptions due at one slot, each with two new papers (one message), delivered by
 * `instances` processes sharing one schema; the slot is set after they have all started.
 */
export async function instancesFanout(pgUrl: string, count: number, instances: number): Promise<InstancesFanout> {
  const server = await new FakeTelegramServer().start();
  server.limitRate(30, 1);
  const schema = await freshSchema(pgUrl);
  const ids = (await loadListing(BUNDLED_LISTING)).papers.map((p) => p.id);
  const store = await PostgresStore.open({ url: pgUrl, schema: schema.schema });
  await store.registerPapers(ids.slice(0, 48), new Date('2026-11-27T00:00:00Z'));
  const cursor = await store.maxSeq();
  await store.registerPapers(ids, new Date('2026-11-28T00:00:00Z'));
  await store.close();
  // The slot comes once every instance is up: they sleep until it, then all wake for it.
  const slot = new Date(Date.now() + 20_000 + 3_000 * instances);
  const client = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema.schema}` });
  await client.connect();
  await client.query(
    `INSERT INTO subscriptions (platform, chat_id, chat_kind, cadence, time, timezone, quiet, cursor, last_digest_at, next_run_at, created_at)
     SELECT 'telegram', (3000000 + g)::text, 'private', 'daily', $1, 'UTC', false, $2, $3, $4, $3 FROM generate_series(0, $5 - 1) g`,
    [
      slot.toISOString().slice(11, 16),
      cursor,
      new Date(slot.getTime() - 86_400_000).toISOString(),
      slot.toISOString(),
      count,
    ],
  );
  await client.end();
  const running: Instance[] = await Promise.all(
    Array.from({ length: instances }, () => startInstance(env(server, schema.url))),
  );
  const chats = new Set(Array.from({ length: count }, (_, i) => 3_000_000 + i));
  let received = 0;
  let last = 0;
  await new Promise<void>((resolve) => {
    const seen = new Set<number>();
    const check = () => {
      for (; received < server.sent.length; received++) {
        const id = (server.sent[received] as { chat: { id: number } }).chat.id;
        if (chats.has(id)) seen.add(id);
      }
      if (seen.size === count) {
        last = Date.now();
        server.off('call', check);
        resolve();
      }
    };
    server.on('call', check);
    check();
  });
  await stopAll(running);
  const perChat = new Map<number, number>();
  for (const m of server.sent) if (chats.has(m.chat.id)) perChat.set(m.chat.id, (perChat.get(m.chat.id) ?? 0) + 1);
  let duplicates = 0;
  let missing = 0;
  for (const c of chats) {
    const n = perChat.get(c) ?? 0;
    if (n === 0) missing++;
    if (n > 1) duplicates += n - 1;
  }
  const messages = [...perChat.values()].reduce((a, b) => a + b, 0);
  const totalMs = Math.max(1, last - slot.getTime());
  const result = {
    instances,
    subscriptions: count,
    messages,
    totalMs,
    perSecond: Math.round((messages / totalMs) * 10_000) / 10,
    ceilingMs: Math.round((messages / 30) * 1000),
    duplicates,
    missing,
    floodRefusals: server.floodRefusals,
  };
  await server.close();
  await schema.drop();
  return result;
}

/** Command latency through the webhook path: Telegram's POST to the reply, over `instances` processes. */
export async function webhookLatency(
  pgUrl: string,
  total: number,
  users: number,
  instances: number,
): Promise<{ p50: number; p99: number; commands: number }> {
  const server = await new FakeTelegramServer().start();
  const schema = await freshSchema(pgUrl);
  const running = await Promise.all(Array.from({ length: instances }, () => startInstance(env(server, schema.url))));
  let turn = 0;
  server.webhook.route = () => `${(running[turn++ % running.length] as Instance).base}/telegram/webhook`;
  const commands = [
    '/search mixture of experts',
    '/author Dhruv Mahajan',
    '/ask Who wrote Pimba?',
    '/stats',
    '/latest 5',
  ];
  // Each instance answers every command once first: the figures are of running instances, not of
  // their first burst (pool connections opened, code paths compiled; see RESULTS.md). A user of its
  // own per warm-up command: the per-user limit is counted across the instances, in the database.
  for (let i = 0; i < commands.length * instances; i++)
    await reply(
      server,
      { id: 49_000 + i, is_bot: false, first_name: 'warm-up' },
      commands[i % commands.length] as string,
    );
  const times: number[] = [];
  const perUser = Math.ceil(total / users);
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      // Each user a chat of its own; the per-user rate limit (8 in 10 s on Telegram, shared by the
      // instances) bounds commands per user.
      const from = { id: 50_000 + u, is_bot: false, first_name: `u${u}` };
      for (let i = 0; i < perUser && u * perUser + i < total; i++) {
        const t = performance.now();
        await reply(server, from, commands[(u + i) % commands.length] as string);
        times.push(performance.now() - t);
      }
    }),
  );
  await stopAll(running);
  await server.close();
  await schema.drop();
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  return { p50: pick(50), p99: pick(99), commands: times.length };
}

/** `from` sends `text` in their private chat; resolves at the bot's reply (waiting up to a minute). */
async function reply(server: FakeTelegramServer, from: FakeUser, text: string) {
  const before = server.messagesTo(from.id).length;
  server.userSays({ id: from.id, type: 'private' }, from, text);
  await server.waitForCall(
    'sendMessage',
    (c) => c.ok && Number(c.params['chat_id']) === from.id && server.messagesTo(from.id).length > before,
    60_000,
  );
}
