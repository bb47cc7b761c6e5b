// `npm start` with only TELEGRAM_BOT_TOKEN (and the fake's address) set: the composition root
// starts the Telegram adapter, answers, and stops gracefully on SIGTERM.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { ROOT, startMain, tempDataDir } from './helpers/run.js';
import { appendFileSync, copyFileSync } from 'node:fs';
import { entry } from './helpers/digest-env.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer('987654:SECRET-token-value').start();
});
afterAll(async () => {
  await server?.close();
});

describe('npm start with a Telegram token', () => {
  it('runs the bot, answers, reloads on SIGHUP, keeps the token out of the logs, and stops on SIGTERM', async () => {
    const data = tempDataDir();
    const listing = join(data, 'listing.txt');
    copyFileSync(join(ROOT, 'fixtures', 'mahajan.txt'), listing);
    const { child, out, exited } = startMain({
      ...process.env,
      TELEGRAM_BOT_TOKEN: server.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      LOG_LEVEL: 'debug',
      ARXIVIST_DATA_DIR: data,
      ARXIVIST_LISTING: listing,
    });

    await server.waitForCall('getMe', () => true, 20_000);
    await server.waitForCall('setMyCommands', () => true, 20_000);
    await server.waitForCall('getUpdates', (c) => Number(c.params['timeout']) > 0, 20_000);
    const u = { id: 4242, is_bot: false, first_name: 'Bea' };
    server.userSays({ id: u.id, type: 'private' }, u, '/author Dhruv Mahajan');
    const m = await server.waitForMessage(u.id);
    expect(m.text).toMatch(/^Dhruv Mahajan: 10 papers/);

    // SIGHUP reloads the listing: the new paper is there for the next command.
    appendFileSync(listing, `\n${entry('A Paper Added While Running', '1 December, 2026')}\n`);
    const seenBefore = out.text.length;
    const reloaded = new Promise<void>((resolve) => {
      // Look at everything logged since, as a line may arrive in several chunks.
      const onData = () => {
        if (/listing: reloaded/.test(out.text.slice(seenBefore))) {
          child.stderr.off('data', onData);
          resolve();
        }
      };
      child.stderr.on('data', onData);
    });
    child.kill('SIGHUP');
    await reloaded;
    server.userSays({ id: u.id, type: 'private' }, u, '/stats');
    const stats = await server.waitForMessage(u.id, (x) => /papers by/.test(x.text));
    expect(stats.text).toMatch(/^51 papers by/);

    const confirmsBefore = server.calls.filter((c) => c.method === 'getUpdates').length;
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) console.log(out.text.slice(-3000));
    expect(code).toBe(0);
    // Stopping confirms the handled updates with one last getUpdates.
    expect(server.calls.filter((c) => c.method === 'getUpdates').length).toBeGreaterThan(confirmsBefore);
    expect(out.text).toMatch(/telegram: polling/);
    expect(out.text).not.toContain('SECRET-token-value');
  });
});
