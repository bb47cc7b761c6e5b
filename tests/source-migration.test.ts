// A database of the version before sources gains them, and accepts console subscriptions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/app/bootstrap.js';
import type { NewSubscription } from '../src/digest/subscription.js';
import type { ChatRef } from '../src/listing/source-store.js';
import { POSTGRES_MIGRATIONS } from '../src/store/postgres-schema.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite-schema.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { SUBSCRIPTION_COLUMNS, subscriptionValues } from '../src/store/subscription-row.js';
import { dueSubscription } from './helpers/digest-env.js';
import { TestSchemas, postgresAtVersion } from './helpers/pg-schemas.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];
const schemas = new TestSchemas(PG_URL);
afterAll(() => schemas.dropAll());

const at = (iso: string) => new Date(iso);
const desk: ChatRef = { platform: 'console', chatId: 'console' };

const sub = (platform: NewSubscription['platform'], chatId: string): NewSubscription => ({
  ...dueSubscription(0),
  platform,
  chatId,
});

/**
 * What the upgraded store holds: the subscriptions of the previous version (1 kept, 2 removed
 * before), the console's accepted with a new id (`id`), and sources.
 */
async function upgraded(store: Store, id: number): Promise<void> {
  expect((await store.all()).map((s) => [s.id, s.platform, s.chatId])).toEqual([[1, 'telegram', 't1']]);
  const added = await store.add(sub('console', 'console'));
  expect(added.id).toBe(id);
  expect(await store.forChat(desk)).toEqual([{ id, ...sub('console', 'console') }]);
  const s = await store.ensureSource('query', 'q', 'Q', at('2026-03-01T08:00:00Z'));
  expect(await store.linkSource(desk, s.id, at('2026-03-01T08:00:00Z'))).toBe(true);
}

describe('a database of the previous version gains sources and console subscriptions', () => {
  it('SQLite', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arxivist-upgrade-')), 'arxivist.db');
    const old = new Database(file);
    const previous = SQLITE_MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE sources'));
    for (const m of SQLITE_MIGRATIONS.slice(0, previous)) old.exec(m);
    old.pragma(`user_version = ${previous}`);
    const insert = old.prepare(
      `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of [sub('telegram', 't1'), sub('discord', 'd2')])
      insert.run(...subscriptionValues(s, (q) => (q ? 1 : 0)));
    old.exec('DELETE FROM subscriptions WHERE id = 2');
    expect(() => insert.run(...subscriptionValues(sub('console', 'c'), (q) => (q ? 1 : 0)))).toThrow(/CHECK/);
    old.close();
    const store = new SqliteStore(file);
    expect(store.version).toBe(SQLITE_MIGRATIONS.length);
    await upgraded(store, 3);
    const indexes = store.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'subscriptions' AND sql IS NOT NULL ORDER BY name",
      )
      .all();
    expect(indexes).toEqual([{ name: 'subscriptions_chat' }, { name: 'subscriptions_due' }]);
    await store.close();
  });

  it.runIf(PG_URL)('PostgreSQL', async () => {
    const schema = schemas.next();
    const previous = POSTGRES_MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE sources'));
    const client = await postgresAtVersion(PG_URL as string, schema, previous);
    const insert = `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;
    for (const s of [sub('telegram', 't1'), sub('discord', 'd2')])
      await client.query(
        insert,
        subscriptionValues(s, (q) => q),
      );
    await client.query('DELETE FROM subscriptions WHERE id = 2');
    await expect(
      client.query(
        insert,
        subscriptionValues(sub('console', 'c'), (q) => q),
      ),
    ).rejects.toThrow(/check/);
    await client.end();
    const store = await PostgresStore.open({ url: PG_URL as string, schema });
    expect(store.applied).toBe(POSTGRES_MIGRATIONS.length - previous);
    // 4: the refused insert took 3, and an identity never goes back.
    await upgraded(store, 4);
    await store.close();
  });
});
