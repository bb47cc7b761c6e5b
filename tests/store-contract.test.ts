// One contract, two stores: the same tests run on SQLite always, and on PostgreSQL when
// ARXIVIST_TEST_DATABASE_URL is set (.ci/run sets it). Each PostgreSQL run gets a schema of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstanceCoordination } from '../src/base/instance-coordination.js';
import type { SharedState } from '../src/base/shared-state.js';
import type { SubscriptionStore } from '../src/digest/subscription-store.js';
import type { NewSubscription } from '../src/digest/subscription.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite-schema.js';
import { POSTGRES_MIGRATIONS } from '../src/store/postgres-schema.js';
import { SUBSCRIPTION_COLUMNS, subscriptionValues } from '../src/store/subscription-row.js';
import { TestSchemas, postgresAtVersion } from './helpers/pg-schemas.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];

type Store = SubscriptionStore & { state: SharedState; coordination: InstanceCoordination };
interface Kind {
  name: string;
  /** A fresh, empty store on its own database, and a second handle on the same one (another instance). */
  open(clock?: () => number): Promise<{ store: Store; twin: () => Promise<Store> }>;
}

const schemas = new TestSchemas(PG_URL);
const KINDS: Kind[] = [
  {
    name: 'SQLite',
    async open(clock) {
      const file = join(mkdtempSync(join(tmpdir(), 'arxivist-contract-')), 'arxivist.db');
      return { store: new SqliteStore(file, clock), twin: async () => new SqliteStore(file, clock) };
    },
  },
];
if (PG_URL) {
  KINDS.push({
    name: 'PostgreSQL',
    async open(clock) {
      const options = { url: PG_URL, schema: schemas.next(), poolSize: 4, ...(clock ? { clock } : {}) };
      return { store: await PostgresStore.open(options), twin: () => PostgresStore.open(options) };
    },
  });
}
afterAll(() => schemas.dropAll());

const sub = (chatId: string, over: Partial<NewSubscription> = {}): NewSubscription => ({
  platform: 'telegram',
  chatId,
  chatKind: 'group',
  cadence: 'daily',
  time: '09:00',
  timezone: 'Europe/Berlin',
  quiet: false,
  cursor: 0,
  nextRunAt: '2026-03-01T08:00:00.000Z',
  createdAt: '2026-02-28T12:00:00.000Z',
  ...over,
});

describe.each(KINDS)('the store contract on $name', (kind) => {
  it('keeps subscriptions: every field, per chat, all, removal of one or all', async () => {
    const { store } = await kind.open();
    const a = await store.add(sub('-100123', { filter: 'diffusion', quiet: true, createdBy: '42' }));
    const b = await store.add(sub('-100123', { cadence: 'weekly', weekday: 'mon', time: '18:30' }));
    const c = await store.add(sub('1234567890123456789012', { platform: 'discord', chatKind: 'channel' }));
    expect(a).toEqual({ id: a.id, ...sub('-100123', { filter: 'diffusion', quiet: true, createdBy: '42' }) });
    expect(await store.get(b.id)).toMatchObject({ cadence: 'weekly', weekday: 'mon', time: '18:30' });
    expect((await store.get(c.id))?.chatId).toBe('1234567890123456789012');
    expect((await store.forChat({ platform: 'telegram', chatId: '-100123' })).map((s) => s.id)).toEqual([a.id, b.id]);
    expect((await store.all()).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
    // A chat removes only its own.
    expect(await store.remove({ platform: 'discord', chatId: '1234567890123456789012' }, a.id)).toBe(0);
    expect(await store.remove({ platform: 'telegram', chatId: '-100123' }, a.id)).toBe(1);
    expect(await store.remove({ platform: 'telegram', chatId: '-100123' }, 'all')).toBe(1);
    expect((await store.all()).map((s) => s.id)).toEqual([c.id]);
    expect(await store.get(a.id)).toBeUndefined();
    await store.close();
  });

  it('gives each paper id one first-seen number, in the order given, once', async () => {
    const { store } = await kind.open();
    expect(await store.maxSeq()).toBe(0);
    expect(await store.registerPapers(['p1', 'p2', 'p2', 'p3'], new Date())).toEqual({ added: 3, maxSeq: 3 });
    expect(await store.registerPapers(['p3', 'p4', 'p1'], new Date())).toEqual({ added: 1, maxSeq: 4 });
    expect(await store.papersAfter(0, 4)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await store.papersAfter(2, 3)).toEqual(['p3']);
    await store.close();
  });

  it('due subscriptions, the next slot, pauses', async () => {
    const { store } = await kind.open();
    const early = await store.add(sub('1', { nextRunAt: '2026-03-01T07:00:00.000Z' }));
    const late = await store.add(sub('2', { nextRunAt: '2026-03-01T10:00:00.000Z' }));
    await store.add(sub('3', { nextRunAt: '2026-03-01T06:00:00.000Z' }));
    expect(await store.pauseChat({ platform: 'telegram', chatId: '3' }, 'blocked by the user')).toBe(1);
    expect(await store.pauseChat({ platform: 'telegram', chatId: '3' }, 'again')).toBe(0);
    expect((await store.due(new Date('2026-03-01T08:00:00Z'))).map((s) => s.id)).toEqual([early.id]);
    expect((await store.nextDueAt())?.toISOString()).toBe('2026-03-01T07:00:00.000Z');
    await store.setNextRun(early.id, new Date('2026-03-02T07:00:00Z'));
    expect((await store.nextDueAt())?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect((await store.get(late.id))?.pausedReason).toBeUndefined();
    await store.close();
  });

  it('a delivery is claimed once, completed with its cursor, and never begun again', async () => {
    let now = 1_000_000;
    const { store } = await kind.open(() => now);
    const s = await store.add(sub('7', { cursor: 5 }));
    const at = new Date('2026-03-01T08:00:00Z');
    const mine = { owner: 'a', leaseMs: 60_000 };
    const theirs = { owner: 'b', leaseMs: 60_000 };
    const plan = { cursorTo: 9, paperIds: ['p6', 'p9', 'p7', 'p8'] };
    const send = { status: 'send', plan, partsSent: 0 };
    expect(await store.beginDelivery(s.id, '2026-03-01', plan, at, mine)).toEqual(send);
    expect(await store.beginDelivery(s.id, '2026-03-01', plan, at, theirs)).toEqual({ status: 'claimed' });
    // The owner may begin again (a retry in the same process).
    expect(await store.beginDelivery(s.id, '2026-03-01', plan, at, mine)).toEqual(send);
    now += 30_000;
    expect(await store.renewClaim(s.id, '2026-03-01', mine)).toBe(true);
    expect(await store.renewClaim(s.id, '2026-03-01', theirs)).toBe(false);
    now += 59_000;
    expect(await store.beginDelivery(s.id, '2026-03-01', plan, at, theirs)).toEqual({ status: 'claimed' });
    await store.completeDelivery(s.id, '2026-03-01', 9, new Date('2026-03-02T08:00:00Z'), at);
    expect(await store.beginDelivery(s.id, '2026-03-01', plan, at, theirs)).toEqual({ status: 'already-sent' });
    expect(await store.get(s.id)).toMatchObject({
      cursor: 9,
      lastDigestAt: at.toISOString(),
      nextRunAt: '2026-03-02T08:00:00.000Z',
    });
    // A cursor never moves back.
    await store.completeDelivery(s.id, '2026-03-02', 7, new Date('2026-03-03T08:00:00Z'), at);
    expect((await store.get(s.id))?.cursor).toBe(9);
    await store.close();
  });

  it('an expired claim is taken over; a released one at once', async () => {
    let now = 5_000_000;
    const { store } = await kind.open(() => now);
    const s = await store.add(sub('8'));
    const at = new Date('2026-03-01T08:00:00Z');
    const plan = { cursorTo: 1, paperIds: ['p1'] };
    const send = { status: 'send', plan, partsSent: 0 };
    expect(await store.beginDelivery(s.id, 'p', plan, at, { owner: 'dead', leaseMs: 10_000 })).toEqual(send);
    now += 10_001;
    expect(await store.beginDelivery(s.id, 'p', plan, at, { owner: 'alive', leaseMs: 10_000 })).toEqual(send);
    expect(await store.renewClaim(s.id, 'p', { owner: 'dead', leaseMs: 10_000 })).toBe(false);
    await store.releaseClaim(s.id, 'p', 'alive');
    expect(await store.beginDelivery(s.id, 'p', plan, at, { owner: 'third', leaseMs: 10_000 })).toEqual(send);
    await store.close();
  });

  it('a delivery keeps the plan it began with and the parts recorded; whoever takes it over resumes from them', async () => {
    let now = 7_000_000;
    const { store, twin } = await kind.open(() => now);
    const other = await twin();
    const s = await store.add(sub('9'));
    const at = new Date('2026-03-01T08:00:00Z');
    const dead = { owner: 'dead', leaseMs: 10_000 };
    const alive = { owner: 'alive', leaseMs: 10_000 };
    const first = {
      cursorTo: 30,
      paperIds: Array.from({ length: 25 }, (_, i) => `2611.${String(i).padStart(5, '0')}`),
    };
    expect(await store.beginDelivery(s.id, 'p', first, at, dead)).toEqual({
      status: 'send',
      plan: first,
      partsSent: 0,
    });
    expect(await store.recordParts(s.id, 'p', 1, dead)).toBe(true);
    // Recording a part renews the claim.
    now += 9_000;
    expect(await store.recordParts(s.id, 'p', 2, dead)).toBe(true);
    now += 9_000;
    const later = { cursorTo: 31, paperIds: ['2612.00001', ...first.paperIds] };
    expect(await other.beginDelivery(s.id, 'p', later, at, alive)).toEqual({ status: 'claimed' });
    now += 1_001;
    // The process died: the next one gets the first plan, not the one it built, and the parts that went out.
    expect(await other.beginDelivery(s.id, 'p', later, at, alive)).toEqual({
      status: 'send',
      plan: first,
      partsSent: 2,
    });
    expect(await store.recordParts(s.id, 'p', 3, dead)).toBe(false);
    expect(await other.recordParts(s.id, 'p', 3, alive)).toBe(true);
    await other.releaseClaim(s.id, 'p', 'alive');
    expect(await store.beginDelivery(s.id, 'p', later, at, dead)).toEqual({
      status: 'send',
      plan: first,
      partsSent: 3,
    });
    await store.completeDelivery(s.id, 'p', first.cursorTo, new Date('2026-03-02T08:00:00Z'), at);
    expect(await other.recordParts(s.id, 'p', 4, alive)).toBe(false);
    expect((await store.get(s.id))?.cursor).toBe(30);
    // An empty plan (a "no new papers" line) is kept as such.
    const none = { cursorTo: 30, paperIds: [] };
    expect(await store.beginDelivery(s.id, 'q', none, at, dead)).toEqual({ status: 'send', plan: none, partsSent: 0 });
    now += 10_001;
    expect(await other.beginDelivery(s.id, 'q', first, at, alive)).toEqual({
      status: 'send',
      plan: none,
      partsSent: 0,
    });
    await other.close();
    await store.close();
  });

  it('shared state: values expire; once is true for the first caller only, on any instance', async () => {
    let now = 1_000;
    const { store, twin } = await kind.open(() => now);
    const other = await twin();
    await store.state.put('page:x', '{"q":1}', 60_000);
    expect(await other.state.get('page:x')).toBe('{"q":1}');
    expect(await other.state.get('page:missing')).toBeUndefined();
    expect(await store.state.once('update:1', 60_000)).toBe(true);
    expect(await other.state.once('update:1', 60_000)).toBe(false);
    expect(await store.state.once('update:1', 60_000)).toBe(false);
    // PostgreSQL expires on its own clock: a short time to live shows expiry there.
    await store.state.put('short', 'v', kind.name === 'SQLite' ? 10 : 1);
    now += 11;
    await new Promise((r) => setTimeout(r, kind.name === 'SQLite' ? 0 : 20));
    expect(await other.state.get('short')).toBeUndefined();
    await other.close();
    await store.close();
  });

  it('turns at a service: one instance at a time, each the spacing after the last answer ended', async () => {
    const { store, twin } = await kind.open();
    const instances = [store, await twin(), await twin()];
    let inside = 0;
    let most = 0;
    const turns: { start: number; end: number }[] = [];
    await Promise.all(
      [...instances, ...instances].map(async (st) => {
        const endTurn = await st.coordination.waitTurn('https://api.example/query', 50);
        const start = performance.now();
        most = Math.max(most, ++inside);
        await st.ping();
        inside--;
        turns.push({ start, end: performance.now() });
        await endTurn();
      }),
    );
    expect(most).toBe(1);
    turns.sort((a, b) => a.start - b.start);
    // Times are kept in whole ms.
    for (let i = 1; i < turns.length; i++)
      expect((turns[i]?.start ?? 0) - (turns[i - 1]?.end ?? 0)).toBeGreaterThanOrEqual(50 - 2);
    for (const st of instances) await st.close();
  });

  it('a turn its instance never ended (it died mid-request) ends by itself after two minutes', async () => {
    let now = 9_000_000;
    const { store, twin } = await kind.open(() => now);
    const other = await twin();
    await store.coordination.waitTurn('svc', 3000);
    now += 120_001;
    const endTurn = await other.coordination.waitTurn('svc', 3000);
    await endTurn();
    await other.close();
    await store.close();
  });

  it('a lease: one instance at a time does the work; one that died lets go when its lease ends', async () => {
    const { store, twin } = await kind.open();
    const instances = [store, await twin(), await twin()];
    let inside = 0;
    let most = 0;
    const results = await Promise.all(
      instances.map((st, k) =>
        st.coordination.exclusively('arxiv:au:Mahajan', async () => {
          most = Math.max(most, ++inside);
          await st.ping();
          inside--;
          return k;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2]);
    expect(most).toBe(1);
    for (const st of instances) await st.close();

    let now = 1_000_000;
    const timed = await kind.open(() => now);
    const other = await timed.twin();
    let dies!: () => void;
    const died = new Promise<void>((resolve) => (dies = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const dead = timed.store.coordination.exclusively('q', async () => {
      holding();
      await died;
    });
    await held;
    now += 60_001;
    expect(await other.coordination.exclusively('q', async () => 'taken over')).toBe('taken over');
    dies();
    await dead;
    await other.close();
    await timed.store.close();
  });

  it('concurrent instances: one claim per delivery, each paper numbered once', async () => {
    const { store, twin } = await kind.open();
    const instances = [store, await twin(), await twin()];
    const subs = await Promise.all(Array.from({ length: 20 }, (_, i) => store.add(sub(`c${i}`))));
    const at = new Date('2026-03-01T08:00:00Z');
    const starts = await Promise.all(
      subs.flatMap((s) =>
        instances.map((st, k) =>
          st.beginDelivery(s.id, '2026-03-01', { cursorTo: 1, paperIds: ['p1'] }, at, {
            owner: `i${k}`,
            leaseMs: 60_000,
          }),
        ),
      ),
    );
    for (let i = 0; i < subs.length; i++) {
      const mine = starts.slice(i * 3, i * 3 + 3);
      expect(mine.filter((x) => x.status === 'send')).toHaveLength(1);
    }
    const ids = Array.from({ length: 300 }, (_, i) => `paper-${i}`);
    const results = await Promise.all(
      instances.map((st, k) => st.registerPapers(k === 1 ? [...ids].reverse() : ids, at)),
    );
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(300);
    expect(await store.maxSeq()).toBeGreaterThanOrEqual(300);
    expect(new Set(await store.papersAfter(0, Number.MAX_SAFE_INTEGER))).toEqual(new Set(ids));
    for (const st of instances) await st.close();
  });
});

/** A delivery begun by the previous version (no plan stored), whose process died, on subscription 1. */
const OLD_DELIVERY = `INSERT INTO deliveries (subscription_id, period, status, cursor_to, paper_count, started_at, claimed_by, lease_until)
  VALUES (1, 'p', 'sending', 3, 3, '2026-03-01T08:00:00Z', 'old', 0)`;

/** What the upgraded store does with that delivery: taken over with the plan given, from the first part. */
async function resumesOldDelivery(store: Store): Promise<void> {
  const plan = { cursorTo: 4, paperIds: ['p2', 'p1'] };
  const at = new Date('2026-03-01T08:00:00Z');
  const claim = { owner: 'new', leaseMs: 10_000 };
  expect(await store.beginDelivery(1, 'p', plan, at, claim)).toEqual({ status: 'send', plan, partsSent: 0 });
  expect(await store.recordParts(1, 'p', 1, claim)).toBe(true);
  expect(await store.beginDelivery(1, 'p', { cursorTo: 5, paperIds: [] }, at, claim)).toEqual({
    status: 'send',
    plan,
    partsSent: 1,
  });
}

describe('a database of the previous version upgrades in place', () => {
  it('SQLite (schema version 3)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arxivist-upgrade-')), 'arxivist.db');
    const old = new Database(file);
    for (const m of SQLITE_MIGRATIONS.slice(0, 3)) old.exec(m);
    old.pragma('user_version = 3');
    old
      .prepare(`INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(...subscriptionValues(sub('1'), (q) => (q ? 1 : 0)));
    old.exec(OLD_DELIVERY);
    old.close();
    const store = new SqliteStore(file);
    expect(store.version).toBe(SQLITE_MIGRATIONS.length);
    await resumesOldDelivery(store);
    await store.close();
  });

  it.runIf(PG_URL)('PostgreSQL (schema version 1)', async () => {
    const schema = schemas.next();
    const client = await postgresAtVersion(PG_URL as string, schema, 1);
    await client.query(
      `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      subscriptionValues(sub('1'), (q) => q),
    );
    await client.query(OLD_DELIVERY);
    await client.end();
    const store = await PostgresStore.open({ url: PG_URL as string, schema });
    expect(store.applied).toBe(POSTGRES_MIGRATIONS.length - 1);
    await resumesOldDelivery(store);
    await store.close();
  });
});

describe.runIf(PG_URL)('PostgreSQL start-up', () => {
  it('two instances starting together migrate once and share rate counts; a newer schema is refused', async () => {
    const schema = schemas.next();
    const [a, b] = await Promise.all([
      PostgresStore.open({ url: PG_URL as string, schema }),
      PostgresStore.open({ url: PG_URL as string, schema }),
    ]);
    expect(a.applied + b.applied).toBe(await a.version());
    expect([a.applied, b.applied].sort()).toEqual([0, await a.version()]);
    const limit = { max: 2, windowMs: 60_000 };
    const [la, lb] = await Promise.all([a.rateLimiter('t', limit), b.rateLimiter('t', limit)]);
    await Promise.all([la.consume('u'), lb.consume('u')]);
    await expect(la.consume('u')).rejects.toMatchObject({ remainingPoints: 0 });
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    await client.query('INSERT INTO arxivist_migrations (version) VALUES (99)');
    await client.end();
    await a.close();
    await b.close();
    await expect(PostgresStore.open({ url: PG_URL as string, schema })).rejects.toThrow(
      /ARXIVIST_DATABASE_URL: the database has schema version 99, written by a newer arxivist/,
    );
  });

  it('a database that does not answer is named, after the retries', async () => {
    await expect(
      PostgresStore.open({ url: 'postgres://postgres@127.0.0.1:1/test', connectTimeoutMs: 500 }),
    ).rejects.toThrow(/^ARXIVIST_DATABASE_URL: .*ECONNREFUSED|^ARXIVIST_DATABASE_URL: /);
  });
});
