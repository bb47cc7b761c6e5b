// `arxivist digest run` killed with SIGKILL in the middle of a fan-out, then run again: no
// subscription loses a part of its digest, and an interrupted delivery resumes after the last part
// it recorded, so it repeats at most the one part that was in flight.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { ROOT } from './helpers/run.js';
import { cliInProcess } from './helpers/cli.js';
import { dueSubscriptions } from './helpers/digest-env.js';
import { digestParts, expectedParts, repeatedParts } from './helpers/digest-parts.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterAll(async () => {
  await server?.close();
});

const SUBSCRIPTIONS = 12;
/** The digest service sends this many digests at once: each one's worker ends up stuck on a held send. */
const CONCURRENCY = 8;
const NOW = '2026-11-28T09:00:00Z';

/** The parts each chat received, by their first line. */
function partsTo(chat: number): string[] {
  return digestParts(server.messagesTo(chat).map((m) => m.text));
}

describe('digest run under SIGKILL', () => {
  it('loses no part, and repeats at most one part per interrupted delivery', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-crash-'));
    // The shortest lease, so the next run takes over the killed run's claims soon.
    const env = {
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      ARXIVIST_DATA_DIR: dir,
      ARXIVIST_DIGEST_LEASE: '1s',
    };
    const chats = await dueSubscriptions(dir, 700_000, SUBSCRIPTIONS);

    // The first run dies once 20 messages went out (digests of 5 parts, 8 at a time: each of them
    // partly sent) and every worker waits on a send that was delivered but never answered.
    server.holdSendsAfter(20);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'arxivist.js'), 'digest', 'run', '--now', NOW], {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve) => {
      const check = () => {
        if (server.held.length >= CONCURRENCY) {
          server.off('held', check);
          resolve();
        }
      };
      server.on('held', check);
      check();
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const beforeCrash = new Map(chats.map((c) => [c, partsTo(c).length]));
    const interrupted = chats.filter((c) => (beforeCrash.get(c) ?? 0) > 0);
    expect(interrupted.length).toBeGreaterThan(0);
    expect(interrupted.length).toBeLessThan(SUBSCRIPTIONS);
    // Some delivery had more than one part out: resending it whole would repeat several.
    expect(Math.max(...beforeCrash.values())).toBeGreaterThan(1);

    // The second run finishes the fan-out, taking over the killed run's claims once their lease ends.
    server.holdSendsAfter(Infinity);
    const second = await cliInProcess(['digest', 'run', '--now', NOW, '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ failed: 0, paused: 0, busy: 0 });
    let duplicated = 0;
    for (const c of chats) {
      const parts = partsTo(c);
      expect(new Set(parts), `chat ${c}`).toEqual(new Set(expectedParts(parts)));
      const repeats = repeatedParts(parts);
      expect(repeats, `chat ${c}: ${parts.join(' | ')}`).toBeLessThanOrEqual(1);
      if (repeats > 0) expect(interrupted, `chat ${c}`).toContain(c);
      duplicated += repeats;
    }
    expect(duplicated).toBeLessThanOrEqual(interrupted.length);

    // Every period is marked sent and nothing is due: a third run would send nothing.
    const store = new SqliteStore(join(dir, 'arxivist.db'));
    try {
      expect(await store.due(new Date(NOW))).toEqual([]);
      expect(await store.all()).toHaveLength(SUBSCRIPTIONS);
      const statuses = store.db.prepare('SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status').all();
      expect(statuses).toEqual([{ status: 'sent', n: SUBSCRIPTIONS }]);
    } finally {
      await store.close();
    }
  });
});
