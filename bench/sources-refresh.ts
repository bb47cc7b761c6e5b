// Chats' followed queries on PostgreSQL: each of `queries` chats follows a query of its own
// through the Telegram webhook of one or two bot processes, and the one fetcher refreshes them all
// at arXiv's pace (the gaps measured at the fake arXiv). Every chat's digest is made due twice,
// halfway through the refresh and after it, and what each chat receives is compared with its
// query's papers as the fake lists them.
import pg from 'pg';
import { type FakeArxivPaper, FakeArxivServer } from '../tests/fakes/arxiv-server.js';
import { FakeTelegramServer } from '../tests/fakes/telegram-server.js';
import { type Instance, freshSchema, startInstance, stopAll } from '../tests/helpers/instances.js';
import { digestWatch, tally } from './digest-rounds.js';

const HOOK = 'https://bot.example.test/telegram/webhook';
const SECRET = 'bench-secret';
/** The chat (and user) following query k is FIRST_CHAT + k; the chat waking instance i is WAKER + i. */
const FIRST_CHAT = 6_100_000;
const WAKER = 6_200_000;
/** How long the digests may take once due before the chats still without one count as missing. */
const DIGESTS_MS = 120_000;

/** What one run measured. */
export interface SourcesRefresh {
  queries: number;
  /** arXiv requests the fake received, from the first follow to the last digest. */
  requests: number;
  /** The smallest gap between two consecutive requests at the fake. */
  minGapMs: number;
  /** From the first /follow sent until every query was fetched and stored (NaN: not all were). */
  totalMs: number;
  /** Digests the chats received in the two rounds (a digest of several messages counts once). */
  digests: number;
  /** One a chat a round. */
  expectedDigests: number;
  /** A round's digest (or a part of it) received again, plus each chat that received a paper twice. */
  duplicates: number;
  /** A round's digest not received, plus each chat that did not receive exactly its query's papers. */
  missing: number;
}

const category = (k: number) => `bench.q${String(k + 1).padStart(2, '0')}`;

/** Query k's papers: `perQuery` of its own (ids 2912.*, which no real listing has), one a day back. */
function queryPapers(k: number, perQuery: number): FakeArxivPaper[] {
  const newest = Date.parse('2026-11-30T12:00:00Z');
  return Array.from({ length: perQuery }, (_, i) => {
    const n = k * perQuery + i + 1;
    const at = new Date(newest - i * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: `2912.${String(n).padStart(5, '0')}`,
      version: 1,
      published: at,
      updated: at,
      title: `Bench paper ${n} of query ${k + 1}`,
      summary: `We study scheduling problem ${n}.`,
      authors: ['Ada Example', `Author ${k + 1}`],
      primary: category(k),
      categories: [category(k)],
    };
  });
}

function env(telegram: FakeTelegramServer, arxiv: FakeArxivServer, url: string): NodeJS.ProcessEnv {
  return {
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ARXIVIST_DATABASE_URL: url,
    ARXIVIST_ARXIV_API: arxiv.url,
    // The shortest period allowed: no query comes due a second time within the run.
    ARXIVIST_REFRESH: '15m',
    LOG_LEVEL: 'info',
  };
}

/** `chat` (a private chat, its user of the same id) says `text`; resolves at the bot's next message to it. */
async function say(telegram: FakeTelegramServer, chat: number, text: string, timeoutMs: number): Promise<void> {
  const before = telegram.messagesTo(chat).length;
  telegram.userSays({ id: chat, type: 'private' }, { id: chat, is_bot: false, first_name: `c${chat}` }, text);
  await telegram.waitForCall(
    'sendMessage',
    (c) => c.ok && Number(c.params['chat_id']) === chat && telegram.messagesTo(chat).length > before,
    timeoutMs,
  );
}

/** Resolves with the time the instances have logged `count` refreshed queries in all, or NaN after `timeoutMs`. */
function refreshedAll(running: readonly Instance[], count: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const streams = running.flatMap((i) => [i.child.stdout, i.child.stderr]);
    const check = () => {
      const done = running.reduce((n, i) => n + (i.out.text.match(/"msg":"arxiv: query refreshed"/g)?.length ?? 0), 0);
      if (done >= count) finish(performance.now());
    };
    const timer = setTimeout(() => finish(NaN), timeoutMs);
    const finish = (at: number) => {
      clearTimeout(timer);
      for (const s of streams) s.off('data', check);
      resolve(at);
    };
    for (const s of streams) s.on('data', check);
    check();
  });
}

/** Makes the chats' subscriptions due now, straight in the database. */
async function makeDue(url: string, chats: readonly number[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE subscriptions SET next_run_at = now() WHERE platform = 'telegram' AND chat_id = ANY($1)`, [
    chats.map(String),
  ]);
  await client.end();
}

/** The smallest gap between consecutive request times. */
function minGap(times: readonly number[]): number {
  const at = [...times].sort((a, b) => a - b);
  let gap = Infinity;
  for (let i = 1; i < at.length; i++) gap = Math.min(gap, (at[i] as number) - (at[i - 1] as number));
  return gap === Infinity ? NaN : gap;
}

/** The instances and fakes of one run, and how to reach each chat's instance. */
interface Run {
  telegram: FakeTelegramServer;
  running: Instance[];
  /** The database with the run's schema. */
  url: string;
  chats: number[];
  /** The daily slot of every subscription, half a day away: never due by itself within the run. */
  slot: string;
  watch: ReturnType<typeof digestWatch>;
}

/** Routes each chat's updates to its instance: query k's chat to instance k mod n, waker i to instance i. */
function routeChats(run: Run): void {
  const route = new Map<number, Instance>(
    run.chats.map((c, k) => [c, run.running[k % run.running.length] as Instance]),
  );
  run.running.forEach((i, n) => route.set(WAKER + n, i));
  run.telegram.webhook.route = (update) => {
    const chat = Number((update['message'] as { chat: { id: number } } | undefined)?.chat.id);
    // Only the chats routed here send anything.
    return `${route.get(chat)?.base ?? ''}/telegram/webhook`;
  };
}

/** Makes every chat's digest due now, and waits until each chat has all of it (or the time is up). */
async function digestRound(run: Run): Promise<void> {
  await makeDue(run.url, run.chats);
  // A /subscribe wakes the digest scheduler of the instance that takes it, as it does for a
  // subscription's own: each instance gets one, from a chat of its own not counted here.
  await Promise.all(run.running.map((_, n) => say(run.telegram, WAKER + n, `/subscribe daily ${run.slot}`, 30_000)));
  await run.watch.roundDone(DIGESTS_MS);
}

/** Starts `instances` bot processes on `schema` (into `running`, to be stopped), and routes each chat's updates to its own. */
async function startRun(
  telegram: FakeTelegramServer,
  arxiv: FakeArxivServer,
  schema: { url: string },
  counts: { instances: number; queries: number },
  running: Instance[],
): Promise<Run> {
  const { instances, queries } = counts;
  await Promise.all(
    Array.from({ length: instances }, async () => {
      running.push(await startInstance(env(telegram, arxiv, schema.url)));
    }),
  );
  const chats = Array.from({ length: queries }, (_, k) => FIRST_CHAT + k);
  const slot = `${String((new Date().getUTCHours() + 12) % 24).padStart(2, '0')}:00`;
  const run = { telegram, running, url: schema.url, chats, slot, watch: digestWatch(telegram, chats) };
  routeChats(run);
  return run;
}

/**
 * `queries` chats subscribe to a daily digest, then each follows a query of `perQuery` papers (one
 * page, at most 200), over `instances` bot processes on a fresh schema. Times the full fetch at
 * the fake arXiv; the digests are made due twice, once half the queries are fetched and once all
 * are, and each chat must get its query's papers, each paper once.
 */
export async function sourcesRefresh(
  pgUrl: string,
  opts: { queries: number; perQuery: number; instances: 1 | 2 },
): Promise<SourcesRefresh> {
  const { queries, perQuery, instances } = opts;
  const papers = Array.from({ length: queries }, (_, k) => queryPapers(k, perQuery));
  const arxiv = await new FakeArxivServer(papers.flat()).start();
  const telegram = await new FakeTelegramServer().start();
  const schema = await freshSchema(pgUrl);
  const running: Instance[] = [];
  try {
    const run = await startRun(telegram, arxiv, schema, { instances, queries }, running);
    const { chats, slot } = run;
    // Subscribed before they follow: all their query's papers are first seen after the
    // subscription, so the digests together hold exactly those (a first digest's latest 10 among them).
    await Promise.all(chats.map((c) => say(telegram, c, `/subscribe daily ${slot}`, 30_000)));
    // Each query costs a check and a page, 3 s apart; a minute more for the slack of a run.
    const budgetMs = queries * 2 * 3_000 + 60_000;
    const half = refreshedAll(running, Math.max(1, Math.floor(queries / 2)), budgetMs);
    const all = refreshedAll(running, queries, budgetMs);
    const t0 = performance.now();
    const follows = Promise.allSettled(chats.map((c, k) => say(telegram, c, `/follow cat:${category(k)}`, budgetMs)));
    // Due while the rest are fetched (every chat has followed by then: none is served the bot's listing).
    await Promise.all([half, follows]);
    await digestRound(run);
    const totalMs = (await all) - t0;
    await digestRound(run);
    // Stopped (SIGTERM lets a run finish its sends): what arrives until then is counted too.
    await stopAll(running);
    run.watch.update();
    const expected = new Map(chats.map((c, k) => [c, (papers[k] as FakeArxivPaper[]).map((p) => p.id)]));
    return {
      queries,
      requests: arxiv.requests.length,
      minGapMs: minGap(arxiv.requests.map((r) => r.at)),
      totalMs,
      expectedDigests: 2 * queries,
      ...tally(run.watch.parts, expected, 2),
    };
  } finally {
    await stopAll(running);
    await telegram.close();
    await arxiv.close();
    await schema.drop();
  }
}
