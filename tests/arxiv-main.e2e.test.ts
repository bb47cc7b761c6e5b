// The main program with only ARXIVIST_ARXIV_QUERY, a Telegram token and the two fake APIs: it
// serves arXiv's papers, refreshes on SIGHUP no sooner than 3 s after its last request, and the
// next digest carries the paper the fake added after start.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { addedPaper, fakePapers } from './helpers/arxiv.js';
import { startMain, tempDataDir } from './helpers/run.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

let telegram: FakeTelegramServer;
let arxiv: FakeArxivServer;
beforeAll(async () => {
  telegram = await new FakeTelegramServer('246810:ARXIV-token-value').start();
  arxiv = await new FakeArxivServer(fakePapers(5)).start();
});
afterAll(async () => {
  await telegram?.close();
  await arxiv?.close();
});

describe('npm start following an arXiv query', () => {
  it('serves the fetched papers, says where they come from, and digests a paper added after start', async () => {
    const data = tempDataDir();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ARXIVIST_ARXIV_QUERY: 'au:Mahajan',
      ARXIVIST_ARXIV_API: arxiv.url,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ARXIVIST_DATA_DIR: data,
      LOG_LEVEL: 'debug',
    };
    delete env['ARXIVIST_LISTING'];
    const { child, out, exited } = startMain(env);
    try {
      await telegram.waitForCall('getUpdates', (c) => Number(c.params['timeout']) > 0, 20_000);
      expect(arxiv.requests).toHaveLength(1);
      const u = { id: 5151, is_bot: false, first_name: 'Ravi' };
      const say = async (text: string, match: (t: string) => boolean) => {
        telegram.userSays({ id: u.id, type: 'private' }, u, text);
        return (await telegram.waitForMessage(u.id, (m) => match(m.text))).text;
      };
      // The bundled example listing is not served: only the query's five papers.
      const stats = await say('/stats', (t) => /papers by/.test(t));
      expect(stats).toMatch(/^5 papers by 2 authors/);
      expect(stats).toMatch(/Source: arXiv query au:Mahajan, refreshed just now, 5 papers/);
      expect(await say('/subscribe daily 09:00', (t) => /^Subscribed/.test(t))).toMatch(
        /^Subscribed #1: daily at 09:00 \(UTC\)/,
      );

      // Make the subscription due, as if its 09:00 had come, with its first digest already sent.
      const store = new SqliteStore(join(data, 'arxivist.db'));
      store.db
        .prepare('UPDATE subscriptions SET next_run_at = ?, last_digest_at = ?')
        .run(new Date(Date.now() - 60_000).toISOString(), new Date(Date.now() - 86_400_000).toISOString());
      await store.close();

      arxiv.papers.push(addedPaper('2612.00042', '2026-12-01T06:00:00Z', 'Mixture of Experts Announced After Start'));
      child.kill('SIGHUP');
      await arxiv.waitForRequests(2);
      // arXiv's terms: the refresh waited at least 3 s after the first fetch (the fake's clock).
      expect((arxiv.requests[1]?.at ?? 0) - (arxiv.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(3000 - 25);
      const digest = await telegram.waitForMessage(u.id, (m) => /^Digest #1/.test(m.text));
      expect(digest.text).toMatch(/^Digest #1: 1 new paper\b/);
      expect(digest.text).toContain('Mixture of Experts Announced After Start');
      expect(digest.text).not.toContain('Paper number 1 on routing');
      expect(arxiv.requests.every((r) => /^arxivist\//.test(r.userAgent))).toBe(true);
    } finally {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) console.log(out.text.slice(-3000));
      expect(code).toBe(0);
    }
    expect(out.text).toMatch(/arxiv: first fetch done/);
    expect(out.text).not.toContain('ARXIV-token-value');
  });
});
