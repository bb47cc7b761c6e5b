// `arxivist digest run` killed with SIGKILL in the middle of a fan-out, then run again: no
// subscription loses its digest, and none gets more than one duplicate.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { ROOT, cli } from './helpers/run.js';
import { dueSubscriptions } from './helpers/digest-env.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterAll(async () => {
  await server?.close();
});

const SUBSCRIPTIONS = 24;

/** The first message of a digest (a long one comes in parts "(1/5)", "(2/5)"...). */
function digestStart(text: string): boolean {
  const first = text.split('\n')[0] ?? '';
  return /^Digest #\d+:/.test(first) && !/\((?:[2-9]|\d{2,})\/\d+\)$/.test(first);
}
const NOW = '2026-11-28T09:00:00Z';

describe('digest run under SIGKILL', () => {
  it('loses nothing and duplicates at most one digest per subscription', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-crash-'));
    // A short lease, so the next run may take over the killed run's claims within the test.
    const env = {
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      ARXIVIST_DATA_DIR: dir,
      ARXIVIST_DIGEST_LEASE: '2s',
    };
    const chats = (await dueSubscriptions(dir, 700_000, SUBSCRIPTIONS)).map(String);

    // The first run dies after 6 messages went out, with more in flight.
    server.holdSendsAfter(6);
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
        if (server.held.length >= 2) {
          server.off('held', check);
          resolve();
        }
      };
      server.on('held', check);
      check();
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const afterCrash = new Map(
      chats.map((c) => [c, server.messagesTo(Number(c)).filter((m) => digestStart(m.text)).length]),
    );
    expect([...afterCrash.values()].filter((n) => n > 0).length).toBeLessThan(SUBSCRIPTIONS);

    // The second run finishes the fan-out, taking over the killed run's claims once their lease ends.
    server.holdSendsAfter(Infinity);
    const second = await cli(['digest', 'run', '--now', NOW, '--json'], env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ failed: 0, paused: 0 });
    for (const c of chats) {
      const digests = server.messagesTo(Number(c)).filter((m) => digestStart(m.text)).length;
      expect(digests, `chat ${c}`).toBeGreaterThanOrEqual(1);
      expect(digests, `chat ${c}`).toBeLessThanOrEqual(2);
    }
    // A third run for the same period sends nothing at all.
    const before = server.sent.length;
    const third = await cli(['digest', 'run', '--now', NOW, '--json'], env);
    expect(JSON.parse(third.stdout)).toMatchObject({ due: 0 });
    expect(server.sent.length).toBe(before);
    const list = await cli(['subscriptions', '--json'], env);
    expect(JSON.parse(list.stdout).subscriptions).toHaveLength(SUBSCRIPTIONS);
  });
});
