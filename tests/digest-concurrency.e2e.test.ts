// Two and three `arxivist digest run` processes at once on one database, with slow sends: each
// digest goes out exactly once, whoever claims it first.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { cli } from './helpers/run.js';
import { cliInProcess } from './helpers/cli.js';
import { dueSubscriptions } from './helpers/digest-env.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
  server.sendDelayMs = 50;
});
afterAll(async () => {
  await server?.close();
});

const NOW = '2026-11-28T09:00:00Z';

describe.each([2, 3])('%i digest runs at once on one database', (processes) => {
  it('send every digest exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-race-'));
    const chats = await dueSubscriptions(dir, 800_000 + processes * 1000, 20);
    const env = { TELEGRAM_BOT_TOKEN: server.token, TELEGRAM_API_ROOT: server.apiRoot, ARXIVIST_DATA_DIR: dir };
    const runs = await Promise.all(
      Array.from({ length: processes }, () => cli(['digest', 'run', '--now', NOW, '--json'], env)),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const summaries = runs.map((r) => JSON.parse(r.stdout) as { sent: number; failed: number });
    expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(chats.length);
    for (const chat of chats) {
      // A digest of the whole listing comes in parts "(1/5)" … "(5/5)": each part exactly once.
      const parts = server
        .messagesTo(chat)
        .map((m) => m.text.split('\n')[0] ?? '')
        .filter((line) => /^Digest #\d+:/.test(line));
      expect(parts.length, `chat ${chat}`).toBeGreaterThan(0);
      expect(new Set(parts).size, `chat ${chat}: ${parts.join(' | ')}`).toBe(parts.length);
      expect(parts.filter((p) => /\(1\/\d+\)$|[^)]$/.test(p))).toHaveLength(1);
    }
  });
});

describe('digest run with Telegram out of reach', () => {
  it('retries a few times, logging each retry, then exits 1 with a summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-dead-'));
    await dueSubscriptions(dir, 900_000, 1);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const env = {
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
      ARXIVIST_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
    };
    const r = await cliInProcess(['digest', 'run', '--now', NOW, '--json'], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ due: 1, sent: 0, failed: 1 });
    expect(r.stderr.match(/telegram: request failed; retrying/g)).toHaveLength(3);
    expect(r.stderr).toMatch(/digests: delivery failed; it will be retried/);
  });
});

describe('digest run with a deadline', () => {
  it('starts nothing after it, exits 1 saying what is left, and the next run sends the rest exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-deadline-'));
    const chats = await dueSubscriptions(dir, 950_000, 24);
    const env = { TELEGRAM_BOT_TOKEN: server.token, TELEGRAM_API_ROOT: server.apiRoot, ARXIVIST_DATA_DIR: dir };
    // Each digest takes five 50 ms sends; 8 at a time: 24 digests need about 0.75 s.
    const first = await cliInProcess(['digest', 'run', '--now', NOW, '--deadline', '0.3', '--json'], env);
    expect(first.code).toBe(1);
    const summary = JSON.parse(first.stdout) as { sent: number; unfinished: number };
    expect(summary.unfinished).toBeGreaterThan(0);
    expect(summary.sent + summary.unfinished).toBe(chats.length);
    expect(first.stderr).toMatch(/the run's deadline passed with \d+ digest\(s\) not started; they stay due/);
    const second = await cliInProcess(['digest', 'run', '--now', NOW, '--json'], env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ sent: summary.unfinished, unfinished: 0 });
    for (const chat of chats) {
      const firstParts = server
        .messagesTo(chat)
        .filter((m) => /^Digest #\d+: .*\(1\/\d+\)/.test(m.text.split('\n')[0] ?? ''));
      expect(firstParts, `chat ${chat}`).toHaveLength(1);
    }
  });
});
