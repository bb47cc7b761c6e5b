// Digest fan-out: many subscriptions delivered through the fake Telegram server with its flood
// limits on (about 30 messages a second overall, 1 a second per chat), counting duplicates.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramDigestSender, telegramApi } from '../src/adapters/telegram/telegram-digest-sender.js';
import { DigestService } from '../src/digest/digest-service.js';
import { LiveIndex } from '../src/search/live-index.js';
import { loadListing } from '../src/listing/load-listing.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { BUNDLED_LISTING } from '../src/app/paths.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { FakeTelegramServer } from '../tests/fakes/telegram-server.js';

/** What a fan-out run measured. */
export interface FanoutResult {
  subscriptions: number;
  messages: number;
  totalMs: number;
  /** Messages a second achieved, against the platform's ceiling of about 30. */
  perSecond: number;
  /** The least time the ceiling allows for these messages. */
  ceilingMs: number;
  duplicates: number;
  missing: number;
  floodRefusals: number;
}

export async function fanout(count: number): Promise<FanoutResult> {
  const server = await new FakeTelegramServer().start();
  server.limitRate(30, 1);
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'arxivist-fanout-')), 'arxivist.db'));
  const live = new LiveIndex(PaperIndex.of((await loadListing(BUNDLED_LISTING)).papers));
  const ids = live.current.papers.map((p) => p.id);
  await store.registerPapers(ids.slice(0, 48), new Date('2026-11-27T00:00:00Z'));
  const log = { error: () => undefined, warn: () => undefined, info: () => undefined };
  const digests = new DigestService(store, live, () => new Date(), log);
  // Each subscription has had a digest before, and two papers are new: one message each.
  const insert = store.db
    .prepare(`INSERT INTO subscriptions (platform, chat_id, chat_kind, cadence, time, timezone, quiet, cursor, last_digest_at, next_run_at, created_at)
    VALUES ('telegram', ?, 'private', 'daily', '09:00', 'UTC', 0, 48, '2026-11-27T09:00:00.000Z', '2026-11-28T09:00:00.000Z', '2026-11-27T00:00:00.000Z')`);
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(String(2_000_000 + i));
  })();
  await store.registerPapers(ids, new Date('2026-11-28T00:00:00Z'));
  const sender = new TelegramDigestSender(
    telegramApi(server.token, server.apiRoot, { error: () => undefined, warn: () => undefined, info: () => undefined }),
  );
  const started = performance.now();
  await digests.runDue(new Date('2026-11-28T09:00:00Z'), [sender]);
  const totalMs = performance.now() - started;
  let duplicates = 0;
  let missing = 0;
  const perChat = new Map<number, number>();
  for (const m of server.sent) perChat.set(m.chat.id, (perChat.get(m.chat.id) ?? 0) + 1);
  for (let i = 0; i < count; i++) {
    const n = perChat.get(2_000_000 + i) ?? 0;
    if (n === 0) missing++;
    if (n > 1) duplicates += n - 1;
  }
  const result: FanoutResult = {
    subscriptions: count,
    messages: server.sent.length,
    totalMs: Math.round(totalMs),
    perSecond: Math.round((server.sent.length / totalMs) * 1000 * 10) / 10,
    ceilingMs: Math.round((server.sent.length / 30) * 1000),
    duplicates,
    missing,
    floodRefusals: server.floodRefusals,
  };
  await store.close();
  await server.close();
  return result;
}
