import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramDigestSender, telegramApi } from '../../src/adapters/telegram/telegram-digest-sender.js';
import { commands } from '../../commands/index.js';
import { paperActions } from '../../src/chat/reply-actions.js';
import { DigestService } from '../../src/digest/digest-service.js';
import { ListingReloader } from '../../src/reload/listing-reloader.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { NewSubscription } from '../../src/digest/subscription.js';
import type { FakeTelegramServer } from '../fakes/telegram-server.js';
import { FIXTURE_TEXT } from './fixture.js';
import { watchedLogger } from './leaks.js';

/** A made-up listing entry, in the fixture's format. */
export function entry(title: string, v1: string, authors = ['Ada Example', 'Divya Mahajan']): string {
  return `-\n${title}\nAuthors:\n${authors.join(',\n')}\nAbstract:\nWe study ${title.toLowerCase()} in depth.\nSubmitted ${v1};\noriginally announced ${v1.split(' ').slice(1).join(' ').replace(',', '')}.`;
}

/** Log lines the digest code wrote, by level. */
export interface CapturedLog {
  lines: { level: string; obj: object; msg?: string }[];
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** A log keeping what was logged as given; each line also goes through a logger as the bot makes it, checked for secrets. */
export function captureLog(): CapturedLog {
  const lines: CapturedLog['lines'] = [];
  const written = watchedLogger('a captured log');
  const at = (level: 'error' | 'warn' | 'info') => (obj: object, msg?: string) => {
    lines.push({ level, obj, ...(msg ? { msg } : {}) });
    written[level](obj, msg);
  };
  return { lines, error: at('error'), warn: at('warn'), info: at('info') };
}

/** A listing file, database, index, reloader and digest service in a temp folder, sending to a fake Telegram. */
export async function digestEnv(server: FakeTelegramServer, dir = mkdtempSync(join(tmpdir(), 'arxivist-digest-'))) {
  const listing = join(dir, 'listing.txt');
  writeFileSync(listing, FIXTURE_TEXT);
  return openEnv(server, dir);
}

/** Opens (or reopens, as after a restart) the environment in `dir`. */
export async function openEnv(server: FakeTelegramServer, dir: string) {
  const listing = join(dir, 'listing.txt');
  const store = new SqliteStore(join(dir, 'arxivist.db'));
  const log = captureLog();
  // A short debounce: a test that watches the listing waits for each reload it causes.
  const reloader = await ListingReloader.open({ file: listing, store, log, debounceMs: 50 });
  const live = reloader.live;
  const digests = new DigestService(store, live, () => reloader.asOf, log);
  const sender = new TelegramDigestSender(
    telegramApi(server.token, server.apiRoot, captureLog()),
    paperActions(commands),
  );
  return { dir, listing, store, live, log, reloader, digests, sender };
}

/** A daily 09:00 UTC digest for Telegram chat `chatId`, due at 2026-11-28T09:00Z, never sent. */
export function dueSubscription(chatId: number): NewSubscription {
  return {
    platform: 'telegram',
    chatId: String(chatId),
    chatKind: 'private',
    cadence: 'daily',
    time: '09:00',
    timezone: 'UTC',
    quiet: false,
    cursor: 0,
    nextRunAt: '2026-11-28T09:00:00.000Z',
    createdAt: '2026-11-27T00:00:00.000Z',
  };
}

/** `count` subscriptions like {@link dueSubscription}, for chats `first`, `first + 1`…, in `dir`'s database. */
export async function dueSubscriptions(dir: string, first: number, count: number): Promise<number[]> {
  const store = new SqliteStore(join(dir, 'arxivist.db'));
  const chats = Array.from({ length: count }, (_, i) => first + i);
  for (const chat of chats) await store.add(dueSubscription(chat));
  await store.close();
  return chats;
}
