// Digests end to end below the chat adapters: the real SQLite store, the real Telegram sender
// (grammY's Api) against the fake Bot API server, listing reloads from a real file.
import { appendFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextSlot } from '../src/digest/schedule.js';
import { DigestScheduler } from '../src/digest/scheduler.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { digestEnv, entry, openEnv } from './helpers/digest-env.js';
import { RAW_ENTRIES } from './helpers/fixture.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

let chatSeq = 900_000;
const newChat = () => String(chatSeq++);
const digestsTo = (chatId: string) => server.messagesTo(Number(chatId)).filter((m) => /^Digest #\d+/.test(m.text));
const at = (iso: string) => new Date(iso);

describe('SQLite store', () => {
  it('applies versioned migrations in WAL mode and keeps chat ids as text', async () => {
    const { store } = await digestEnv(server);
    expect(store.version).toBe(7);
    // A database a newer arxivist wrote is refused, naming both versions.
    const newer = join(mkdtempSync(join(tmpdir(), 'arxivist-newer-')), 'arxivist.db');
    new SqliteStore(newer).db.pragma('user_version = 99');
    expect(() => new SqliteStore(newer)).toThrow(
      /schema version 99, written by a newer arxivist; this one knows up to 7/,
    );
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const sub = await store.add({
      platform: 'discord',
      chatId: '1234567890123456789012',
      chatKind: 'channel',
      cadence: 'daily',
      time: '09:00',
      timezone: 'UTC',
      quiet: false,
      cursor: 0,
      nextRunAt: '2026-01-01T09:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect((await store.get(sub.id))?.chatId).toBe('1234567890123456789012');
  });

  it('gives each paper id one first-seen sequence number, once', async () => {
    const { store } = await digestEnv(server);
    const before = await store.maxSeq();
    expect(before).toBe(50);
    expect(await store.registerPapers(['x-1', 'x-2'], new Date())).toEqual({ added: 2, maxSeq: 52 });
    expect(await store.registerPapers(['x-2', 'x-1', 'x-3'], new Date())).toEqual({ added: 1, maxSeq: 53 });
    expect(await store.papersAfter(50, 53)).toEqual(['x-1', 'x-2', 'x-3']);
  });
});

describe('digests', () => {
  it('first digest sends the latest papers at the chosen local time, then only new ones, exactly once', async () => {
    const env = await digestEnv(server);
    const chatId = newChat();
    const { subscription, preview } = await env.digests.subscribe(
      { platform: 'telegram', chatId, chatKind: 'private' },
      { cadence: 'daily', time: '09:00', timezone: 'Europe/Paris', quiet: false },
      at('2026-11-28T07:00:00Z'),
    );
    // 09:00 in Paris in winter is 08:00 UTC.
    expect(subscription.nextRunAt).toBe('2026-11-28T08:00:00.000Z');
    expect(preview.papers).toHaveLength(10);
    expect(await env.digests.runDue(at('2026-11-28T07:59:00Z'), [env.sender])).toMatchObject({ due: 0 });
    expect(await env.digests.runDue(at('2026-11-28T08:00:00Z'), [env.sender])).toMatchObject({ due: 1, sent: 1 });
    const first = digestsTo(chatId);
    expect(first).toHaveLength(1);
    const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted));
    expect(first[0]?.text).toContain(newest[0]?.title);
    // Stateless buttons ride along: the abstract and the similar papers of each listed paper.
    const data = first[0]?.reply_markup?.inline_keyboard?.flat().map((b) => b.callback_data) ?? [];
    expect(data.filter((d) => d?.startsWith('si:'))).toHaveLength(10);
    expect(data.some((d) => d?.startsWith('pg:'))).toBe(false);
    // Running again for the same time sends nothing at all.
    expect(await env.digests.runDue(at('2026-11-28T08:00:30Z'), [env.sender])).toMatchObject({ due: 0 });

    // The listing gains two papers, and one paper is revised (same title, new Submitted date).
    const revisedTitle = newest[3]?.title as string;
    const text = readFileSync(env.listing, 'utf8');
    const lines = text.split('\n');
    const at3 = lines.indexOf(revisedTitle);
    const dateLine = lines.findIndex((l, i) => i > at3 && l.startsWith('Submitted '));
    lines[dateLine] =
      lines[dateLine]!.startsWith('Submitted') && lines[dateLine]!.includes('v1 submitted')
        ? lines[dateLine]!.replace(/^Submitted [^;]+;/, 'Submitted 27 November, 2026;')
        : lines[dateLine]!.replace(/^Submitted ([^;]+);/, 'Submitted 27 November, 2026; v1 submitted $1;');
    writeFileSync(
      env.listing,
      `${lines.join('\n')}\n${entry('Quantum Widgets for Sparse Experts', '28 November, 2026')}\n${entry('Another Fresh Result', '29 November, 2026')}\n`,
    );
    expect(await env.reloader.reload('test')).toBe(true);
    expect(env.live.current.size).toBe(52);

    expect(await env.digests.runDue(at('2026-11-29T08:00:00Z'), [env.sender])).toMatchObject({ sent: 1 });
    const second = digestsTo(chatId)[1];
    expect(second?.text).toMatch(/^Digest #\d+: 2 new papers/);
    expect(second?.text.indexOf('Another Fresh Result')).toBeLessThan(
      second?.text.indexOf('Quantum Widgets') as number,
    );
    expect(second?.text).not.toContain(revisedTitle);

    // Nothing new: one line, with the dates.
    expect(await env.digests.runDue(at('2026-11-30T08:00:00Z'), [env.sender])).toMatchObject({ sent: 1 });
    expect(digestsTo(chatId)[2]?.text).toMatch(
      /^Digest #\d+: no new papers since 29 Nov 2026 \(listing as of \d+ \w+ \d{4}\)\.$/,
    );
    expect(digestsTo(chatId)).toHaveLength(3);
  });

  it('a quiet subscription sends nothing when nothing is new; a filter keeps only matching papers', async () => {
    const env = await digestEnv(server);
    const quietChat = newChat();
    const filteredChat = newChat();
    await env.digests.subscribe(
      { platform: 'telegram', chatId: quietChat, chatKind: 'private' },
      { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: true },
      at('2026-11-28T00:00:00Z'),
    );
    await env.digests.subscribe(
      { platform: 'telegram', chatId: filteredChat, chatKind: 'group' },
      { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: false, filter: 'author:"Dhruv Mahajan" -diffusion' },
      at('2026-11-28T00:00:00Z'),
    );
    await env.digests.runDue(at('2026-11-28T09:00:00Z'), [env.sender]);
    const filtered = digestsTo(filteredChat)[0]?.text ?? '';
    const dhruv = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Dhruv Mahajan') && !/diffusion/i.test(`${e.title} ${e.paragraphs.join(' ')}`),
    );
    expect(filtered).toMatch(new RegExp(`^Digest #\\d+: the latest ${dhruv.length} papers matching`));
    await env.digests.runDue(at('2026-11-29T09:00:00Z'), [env.sender]);
    expect(digestsTo(quietChat)).toHaveLength(1);
    expect(server.messagesTo(Number(quietChat))).toHaveLength(1);
  });

  it('after a restart on the same database: no duplicate, and one digest catches up missed days', async () => {
    const first = await digestEnv(server);
    const chatId = newChat();
    await first.digests.subscribe(
      { platform: 'telegram', chatId, chatKind: 'private' },
      { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: false },
      at('2026-11-28T00:00:00Z'),
    );
    await first.digests.runDue(at('2026-11-28T09:00:00Z'), [first.sender]);
    await first.store.close();

    const again = await openEnv(server, first.dir);
    expect(await again.digests.runDue(at('2026-11-28T09:05:00Z'), [again.sender])).toMatchObject({ due: 0 });
    // Down for three days: one digest, then the next slot is tomorrow, not each missed day.
    appendFileSync(again.listing, `\n${entry('A Paper While We Were Down', '30 November, 2026')}\n`);
    await again.reloader.reload('test');
    expect(await again.digests.runDue(at('2026-12-01T10:00:00Z'), [again.sender])).toMatchObject({ due: 1, sent: 1 });
    expect(await again.digests.runDue(at('2026-12-01T10:00:01Z'), [again.sender])).toMatchObject({ due: 0 });
    const sub = (await again.store.forChat({ platform: 'telegram', chatId }))[0];
    expect(sub?.nextRunAt).toBe('2026-12-02T09:00:00.000Z');
    const sent = digestsTo(chatId);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.text).toMatch(/^Digest #\d+: 1 new paper\b/);
  });

  it('a chat that blocked the bot pauses its subscriptions; others still get theirs', async () => {
    const env = await digestEnv(server);
    const blocked = newChat();
    const fine = newChat();
    for (const chatId of [blocked, fine]) {
      await env.digests.subscribe(
        { platform: 'telegram', chatId, chatKind: 'private' },
        { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: false },
        at('2026-11-28T00:00:00Z'),
      );
    }
    server.failNext('sendMessage', {
      code: 403,
      description: 'Forbidden: bot was blocked by the user',
      chatId: Number(blocked),
    });
    expect(await env.digests.runDue(at('2026-11-28T09:00:00Z'), [env.sender])).toMatchObject({
      due: 2,
      sent: 1,
      paused: 1,
    });
    expect(digestsTo(fine)).toHaveLength(1);
    const paused = (await env.store.forChat({ platform: 'telegram', chatId: blocked }))[0];
    expect(paused?.pausedReason).toMatch(/bot was blocked/);
    expect(await env.digests.runDue(at('2026-11-29T09:00:00Z'), [env.sender])).toMatchObject({ due: 1 });
    expect(env.log.lines.some((l) => l.level === 'warn' && /paused/.test(l.msg ?? ''))).toBe(true);
  });

  it('a malformed reload keeps the old index and logs the problem lines', async () => {
    const env = await digestEnv(server);
    const before = env.live.current;
    writeFileSync(env.listing, 'this is not a listing\nat all\n');
    expect(await env.reloader.reload('test')).toBe(false);
    expect(env.live.current).toBe(before);
    // A listing with a broken entry that would drop a paper is refused too, naming the line.
    writeFileSync(
      env.listing,
      readFileSync(new URL('../fixtures/mahajan.txt', import.meta.url), 'utf8').replace(
        'Authors:\nAnsel Kaplan Erol,',
        'Authorz:\nAnsel Kaplan Erol,',
      ),
    );
    expect(await env.reloader.reload('test')).toBe(false);
    expect(env.live.current).toBe(before);
    const problem = env.log.lines.find((l) => l.level === 'warn' && 'line' in l.obj);
    expect((problem?.obj as { line: number }).line).toBe(38);
    expect(env.log.lines.some((l) => /would lose papers/.test(l.msg ?? ''))).toBe(true);
  });

  it('the watcher sees a listing replaced by rename three times in a row (as editors save)', async () => {
    const env = await digestEnv(server);
    env.reloader.watch();
    try {
      for (let n = 1; n <= 3; n++) {
        const swapped = new Promise<void>((resolve) => {
          const stop = env.live.onReplace(() => {
            stop();
            resolve();
          });
        });
        const next = join(env.dir, `listing.txt.tmp${n}`);
        writeFileSync(
          next,
          `${readFileSync(env.listing, 'utf8')}\n${entry(`Renamed In Number ${n}`, `${n} December, 2026`)}\n`,
        );
        renameSync(next, env.listing);
        await swapped;
        expect(env.live.current.size).toBe(50 + n);
      }
    } finally {
      env.reloader.stop();
    }
  });

  it('the scheduler fires at 09:00 local time across a daylight-saving change (fake clock)', async () => {
    // Built before the clock is faked: MiniSearch's async indexing waits on real timers.
    const env = await digestEnv(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: at('2026-03-27T12:00:00Z') });
    const chatId = newChat();
    const { subscription } = await env.digests.subscribe(
      { platform: 'telegram', chatId, chatKind: 'private' },
      { cadence: 'daily', time: '09:00', timezone: 'Europe/Paris', quiet: false },
      new Date(),
    );
    // Paris is UTC+1 until the night of 29 March 2026, then UTC+2.
    expect(subscription.nextRunAt).toBe('2026-03-28T08:00:00.000Z');
    expect(nextSlot(subscription, at('2026-03-28T08:00:00Z')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    const scheduler = new DigestScheduler(
      { runDue: (now) => env.digests.runDue(now, [env.sender]), nextDueAt: () => env.store.nextDueAt() },
      env.log,
    );
    scheduler.start();
    const sentAt: string[] = [];
    const onSent = (c: { method: string; params: Record<string, unknown> }) => {
      if (c.method === 'sendMessage' && String(c.params['chat_id']) === chatId) sentAt.push(new Date().toISOString());
    };
    server.on('call', onSent);
    try {
      await vi.advanceTimersByTimeAsync(at('2026-03-28T07:59:00Z').getTime() - Date.now());
      expect(sentAt).toEqual([]);
      await vi.advanceTimersByTimeAsync(60_000);
      await server.waitForCall('sendMessage', (c) => String(c.params['chat_id']) === chatId);
      expect(sentAt[0]).toBe('2026-03-28T08:00:00.000Z');
      await vi.waitFor(async () =>
        expect((await env.store.forChat({ platform: 'telegram', chatId }))[0]?.nextRunAt).toBe(
          '2026-03-29T07:00:00.000Z',
        ),
      );
      await vi.advanceTimersByTimeAsync(at('2026-03-29T06:59:00Z').getTime() - Date.now());
      expect(sentAt).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(sentAt).toHaveLength(2));
      expect(sentAt[1]).toBe('2026-03-29T07:00:00.000Z');
    } finally {
      server.off('call', onSent);
      await scheduler.stop();
    }
  });

  it('weekly digests run on their weekday', async () => {
    const env = await digestEnv(server);
    const { subscription } = await env.digests.subscribe(
      { platform: 'telegram', chatId: newChat(), chatKind: 'group' },
      { cadence: 'weekly', weekday: 'fri', time: '18:30', timezone: 'America/New_York', quiet: false },
      at('2026-11-28T12:00:00Z'),
    );
    // Saturday 28 Nov 2026: the next Friday is 4 Dec, 18:30 EST = 23:30 UTC.
    expect(subscription.nextRunAt).toBe('2026-12-04T23:30:00.000Z');
    expect(new SqliteStore(':memory:').version).toBe(7);
  });
});
