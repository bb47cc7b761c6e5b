// Several instances of the bot, as deployed behind a load balancer: three processes on one
// PostgreSQL schema, Telegram in webhook mode against the fake Bot API, which delivers each
// update to whichever instance a test picks. Runs when ARXIVIST_TEST_DATABASE_URL is set.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../src/store/postgres-store.js';
import { FakeTelegramServer, type ApiCall } from './fakes/telegram-server.js';
import { type Instance, freshSchema, startInstance, stopAll } from './helpers/instances.js';
import { dueSubscription } from './helpers/digest-env.js';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { fakePapers } from './helpers/arxiv.js';
import { digestParts, expectedParts, repeatedParts } from './helpers/digest-parts.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];
const SECRET = 'webhook-secret_42';
const HOOK = 'https://bot.example.test/telegram/hook';

let server: FakeTelegramServer;
const running: Instance[] = [];
const drops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterEach(async () => {
  await stopAll(running.splice(0));
}, 60_000);
afterAll(async () => {
  await server?.close();
  for (const drop of drops) await drop();
});

/** A schema of its own for one test, and the environment of its instances (with `extra`). */
async function cluster(lease = '3s', extra: NodeJS.ProcessEnv = {}) {
  const schema = await freshSchema(PG_URL as string);
  drops.push(() => schema.drop());
  const env = {
    TELEGRAM_BOT_TOKEN: server.token,
    TELEGRAM_API_ROOT: server.apiRoot,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ARXIVIST_DATABASE_URL: schema.url,
    ARXIVIST_DIGEST_LEASE: lease,
    ...extra,
  };
  const start = async (n: number) => {
    const started = await Promise.all(Array.from({ length: n }, () => startInstance(env)));
    running.push(...started);
    return started;
  };
  return { schema, env, start };
}

/** Resolves once an instance has logged a line matching `line`. */
function logged(instance: Instance, line: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!line.test(instance.out.text)) return;
      instance.child.stderr.off('data', check);
      resolve();
    };
    instance.child.stderr.on('data', check);
    check();
  });
}

/** The first message of a digest (a long one comes in parts "(1/3)", "(2/3)"...). */
function digestStart(text: string): boolean {
  const first = text.split('\n')[0] ?? '';
  return /^Digest #\d+:/.test(first) && !/\((?:[2-9]|\d{2,})\/\d+\)$/.test(first);
}

/** `count` private chats from `first` on, each with a daily digest already due (of the papers matching `filter`). */
async function dueSubscriptions(schema: string, first: number, count: number, filter?: string): Promise<number[]> {
  const store = await PostgresStore.open({ url: PG_URL as string, schema });
  const chats = Array.from({ length: count }, (_, i) => first + i);
  for (const chat of chats) await store.add({ ...dueSubscription(chat), ...(filter ? { filter } : {}) });
  await store.close();
  return chats;
}

/** Whether `titles` hold every part of their digest. */
function isComplete(titles: readonly string[]): boolean {
  return titles.length > 0 && expectedParts(titles).every((t) => titles.includes(t));
}

/** Digests per chat as the fake receives them, counted as they come (the fake sends thousands). */
function digestCounter(chats: number[]) {
  const counts = new Map<number, number>(chats.map((c) => [c, 0]));
  const parts = new Map<number, string[]>(chats.map((c) => [c, []]));
  let seen = 0;
  let without = chats.length;
  let incomplete = chats.length;
  let total = 0;
  const update = () => {
    for (; seen < server.sent.length; seen++) {
      const s = server.sent[seen] as (typeof server.sent)[number];
      const n = counts.get(s.chat.id);
      const titles = parts.get(s.chat.id);
      if (n === undefined || !titles) continue;
      const before = isComplete(titles);
      titles.push(...digestParts([s.text]));
      if (!before && isComplete(titles)) incomplete--;
      if (!digestStart(s.text)) continue;
      if (n === 0) without--;
      counts.set(s.chat.id, n + 1);
      total++;
    }
  };
  /** Resolves once `done()` holds, checked at each call the fake receives. */
  const until = (done: () => boolean, what: string, timeoutMs = 150_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        update();
        if (done()) finish();
      };
      const timer = setTimeout(
        () => finish(new Error(`${what} not reached in ${timeoutMs} ms (${without} chats without a digest)`)),
        timeoutMs,
      );
      const finish = (err?: Error) => {
        clearTimeout(timer);
        server.off('call', check);
        if (err) reject(err);
        else resolve();
      };
      server.on('call', check);
      check();
    });
  return {
    counts,
    /** The part titles each chat received, in order. */
    parts,
    /** Counts what arrived since the last look. */
    refresh: update,
    total: () => total,
    /** Waits until every chat has at least one digest. */
    everyChat: () => until(() => without === 0, 'a digest for every chat'),
    /** Waits until every chat has every part of its digest. */
    everyPart: () => until(() => incomplete === 0, 'every part of every digest'),
    until,
  };
}

describe.runIf(PG_URL)('several instances on PostgreSQL, Telegram by webhook', () => {
  it('start together and migrate once; the webhook needs its secret; a button works on another instance; an update is handled once', async () => {
    const { start } = await cluster();
    const [a, b, c] = (await start(3)) as [Instance, Instance, Instance];
    expect(running.filter((i) => /"msg":"store: migrations applied"/.test(i.out.text))).toHaveLength(1);
    expect(
      server.calls.filter((call) => call.method === 'setWebhook' && call.params['secret_token'] === SECRET).length,
    ).toBeGreaterThanOrEqual(3);

    for (const i of [a, b, c]) {
      const health = await fetch(`${i.base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', checks: { index: { ok: true }, store: { ok: true } } });
    }
    const update = JSON.stringify({
      update_id: 999_999,
      message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: '/stats' },
    });
    const noSecret = await fetch(`${a.base}/telegram/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: update,
    });
    expect(noSecret.status).toBe(401);
    const wrongSecret = await fetch(`${a.base}/telegram/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'not-it' },
      body: update,
    });
    expect(wrongSecret.status).toBe(401);

    // A list sent by instance A; its Next button pressed through instance B.
    const chat = { id: 4242, type: 'private' as const, first_name: 'Ada' };
    const user = { id: 4242, is_bot: false, first_name: 'Ada' };
    server.webhook.route = () => `${a.base}/telegram/hook`;
    const searchUpdate = server.userSays(chat, user, '/search learning');
    const list = await server.waitForMessage(chat.id, (m) => Boolean(m.reply_markup?.inline_keyboard));
    const next = list.reply_markup?.inline_keyboard?.flat().find((k) => /Next/.test(k.text))?.callback_data;
    expect(next).toMatch(/^pg:/);
    server.webhook.route = () => `${b.base}/telegram/hook`;
    server.press(list, next as string, user);
    const edited = await server.waitForCall(
      'editMessageText',
      (call: ApiCall) => Number(call.params['message_id']) === list.message_id,
    );
    expect(String(edited.params['text'])).toMatch(/page 2|2\//i);
    expect(b.out.text).toMatch(/"msg":"telegram: webhook set"/);

    // Telegram sends the /search update again (its answer was lost): instance C handles nothing.
    const before = server.messagesTo(chat.id).length;
    await server.webhook.idle();
    const again = await fetch(`${c.base}/telegram/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(server.webhook.updates.get(searchUpdate)),
    });
    expect(again.status).toBe(200);
    expect(c.out.text).toMatch(new RegExp(`"updateId":${searchUpdate}[^\\n]*update already handled`));
    expect(server.messagesTo(chat.id)).toHaveLength(before);

    const metrics = await (await fetch(`${a.base}/metrics`)).text();
    expect(metrics).toMatch(/arxivist_commands_total\{command="search",outcome="ok"\} 1/);
    expect(metrics).toMatch(/arxivist_reply_seconds_bucket/);
  }, 120_000);

  it('2,000 digests due at once are delivered exactly once by three instances', async () => {
    const { schema, start } = await cluster();
    // Digests of one message each (a few papers): what is checked is who sends each digest, and the
    // parts of long digests are the next test's.
    const chats = await dueSubscriptions(schema.schema, 810_000, 2_000, 'llama');
    const digests = digestCounter(chats);
    await start(3);
    await digests.everyChat();
    // Stopped (SIGTERM lets a run finish its sends), nothing more may arrive: each chat has exactly one.
    await stopAll(running.splice(0));
    digests.refresh();
    expect([...digests.counts].filter(([, n]) => n !== 1)).toEqual([]);
    // The work was spread over the instances, each delivery claimed by one of them.
    const store = await PostgresStore.open({ url: PG_URL as string, schema: schema.schema });
    const owners = await store.deliveryOwners();
    await store.close();
    expect(owners.size).toBeGreaterThanOrEqual(2);
    expect([...owners.values()].reduce((a, b) => a + b, 0)).toBe(chats.length);
  }, 240_000);

  it('an instance killed with SIGKILL mid-fan-out: the others resume its deliveries, no part is lost, only the parts it had in flight repeat', async () => {
    const { schema, start } = await cluster('2s');
    const chats = await dueSubscriptions(schema.schema, 830_000, 600);
    server.sendDelayMs = 5;
    const digests = digestCounter(chats);
    const [victim] = (await start(3)) as [Instance, Instance, Instance];
    // Kill one instance once 150 digests went out, with its sends in flight.
    await digests.until(() => digests.total() >= 150, '150 digests');
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBe(null);
    await digests.everyPart();
    await stopAll(running.splice(0));
    digests.refresh();
    server.sendDelayMs = 0;
    for (const [chat, titles] of digests.parts) {
      expect(new Set(titles), `chat ${chat}`).toEqual(new Set(expectedParts(titles)));
      expect(repeatedParts(titles), `chat ${chat}: ${titles.join(' | ')}`).toBeLessThanOrEqual(1);
    }
    // The killed instance sends at most 8 digests at a time (the digest service's concurrency),
    // each one part at a time: the others resume them after the last part it recorded.
    const repeated = [...digests.parts.values()].filter((titles) => repeatedParts(titles) > 0);
    expect(repeated.length).toBeLessThanOrEqual(8);
  }, 240_000);

  it('two instances following one arXiv query take turns at arXiv: one request at a time, 3 s apart, start-up and SIGHUP alike', async () => {
    const arxiv = await new FakeArxivServer(fakePapers(5)).start();
    try {
      // A data folder each, as in the compose file: each instance fetches its own copy at start.
      const { start } = await cluster('3s', { ARXIVIST_ARXIV_QUERY: 'au:Mahajan', ARXIVIST_ARXIV_API: arxiv.url });
      const [a, b] = (await start(2)) as [Instance, Instance];
      expect(arxiv.requests).toHaveLength(2);
      a.child.kill('SIGHUP');
      b.child.kill('SIGHUP');
      await arxiv.waitForRequests(4, 60_000);
      expect(arxiv.maxConcurrent).toBe(1);
      // arXiv's terms, on the fake's clock: 3 s from the end of one answer to the next request
      // (times are kept in whole ms).
      const at = arxiv.requests.map((r) => r.at).sort((x, y) => x - y);
      for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(3000 - 2);
      for (const i of [a, b]) await logged(i, /"msg":"arxiv: refreshed"/);
    } finally {
      await arxiv.close();
    }
  }, 120_000);
});
