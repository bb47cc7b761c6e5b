// A followed query inside the running product: the reloader serving the saved copy, the store
// registering new ids for digests, restarts and outages, and `arxivist fetch`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { type ChatContext, executeCommand } from '../src/chat/command.js';
import { ListingReloader } from '../src/reload/listing-reloader.js';
import { DigestService } from '../src/digest/digest-service.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { runCli } from '../src/app/cli.js';
import { copyFile } from '../src/arxiv/arxiv-copy.js';
import { describeOrigin } from '../src/listing/listing-origin.js';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { addedPaper, fakeArxiv, testFollower } from './helpers/arxiv.js';
import { ROOT, cli, run } from './helpers/run.js';
import { captureLog } from './helpers/digest-env.js';

const fake = fakeArxiv();
const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A bot's listing over the fake, with its database, in `dir`. */
async function bot(server: FakeArxivServer, dir: string, options: { retries?: number } = {}) {
  const log = captureLog();
  const store = new SqliteStore(join(dir, 'arxivist.db'));
  const reloader = await ListingReloader.open({
    arxiv: testFollower(server.url, dir, log, options),
    store,
    log,
    debounceMs: 50,
  });
  const digests = new DigestService(store, reloader.live, () => reloader.asOf, log);
  closers.push(() => {
    reloader.stop();
    return store.close();
  });
  return { log, store, reloader, digests };
}

const temp = () => mkdtempSync(join(tmpdir(), 'arxivist-live-'));
const chat = { platform: 'telegram' as const, chatId: '77', chatKind: 'private' as const };

describe('a followed arXiv query', () => {
  it('serves the fetched papers, and a refresh registers exactly the new ones for the next digest', async () => {
    const server = await fake(5);
    const { store, reloader, digests } = await bot(server, temp());
    expect(reloader.live.current.size).toBe(5);
    expect(await store.maxSeq()).toBe(5);
    const { subscription } = await digests.subscribe(
      chat,
      { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: false },
      new Date(),
    );
    server.papers.push(
      addedPaper('2612.00001', '2026-12-01T08:00:00Z', 'Routing Added Today'),
      addedPaper('2612.00002', '2026-12-01T09:00:00Z', 'Experts Added Today'),
    );
    const summary = await reloader.refresh('test');
    expect(summary).toMatchObject({ new: 2, updated: 0, unchanged: 5 });
    expect(reloader.live.current.size).toBe(7);
    expect(await store.maxSeq()).toBe(7);
    const digest = await digests.build({ ...subscription, lastDigestAt: new Date().toISOString() });
    expect(digest.papers.map((p) => p.id).sort()).toEqual(['2612.00001', '2612.00002']);
  });

  it('a revised paper is updated in place and never carried by a digest again', async () => {
    const server = await fake(5);
    const { store, reloader, digests } = await bot(server, temp());
    const { subscription } = await digests.subscribe(
      chat,
      { cadence: 'daily', time: '09:00', timezone: 'UTC', quiet: true },
      new Date(),
    );
    Object.assign(server.papers[0] as object, {
      version: 2,
      updated: '2026-12-01T10:00:00Z',
      title: 'Paper number 1 on routing, second version',
    });
    expect(await reloader.refresh('test')).toMatchObject({ new: 0, updated: 1 });
    expect(reloader.live.current.get('2611.00001')?.title).toBe('Paper number 1 on routing, second version');
    expect(await store.maxSeq()).toBe(5);
    expect((await digests.build({ ...subscription, lastDigestAt: new Date().toISOString() })).papers).toEqual([]);
  });

  it('a failed refresh keeps serving the saved copy, and admins see why in /subscriptions', async () => {
    const server = await fake(5);
    const dir = temp();
    const { reloader, digests, log } = await bot(server, dir, { retries: 0 });
    const copy = copyFile(dir, 'au:Mahajan');
    const saved = readFileSync(copy, 'utf8');
    server.willMeet({ kind: 'status', status: 503 });
    expect(await reloader.refresh('test')).toBeUndefined();
    expect(reloader.live.current.size).toBe(5);
    expect(
      log.lines.some((l) => l.level === 'error' && l.msg === 'arxiv: refresh failed; serving the saved copy'),
    ).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe(saved);

    const admin: ChatContext = { platform: 'telegram', chatId: '77', kind: 'group', isAdmin: async () => true };
    const member: ChatContext = { ...admin, isAdmin: async () => false };
    const run = (name: string, c: ChatContext) =>
      executeCommand(
        findCommand(name) as never,
        {},
        { ...reloader.live.snapshot(), chat: c, digests, platform: 'telegram', commands, now: () => new Date() },
        log,
      );
    expect(await run('subscriptions', admin)).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(
        /The last arXiv refresh of "au:Mahajan" failed just now: arXiv did not answer the query "au:Mahajan" \(HTTP 503\) after 1 tries/,
      ),
    });
    expect(await run('subscriptions', member)).toMatchObject({
      kind: 'text',
      text: 'This chat has no digest subscriptions. Start one with /subscribe.',
    });
    expect(await run('stats', member)).toMatchObject({
      source: expect.stringMatching(
        /^arXiv query au:Mahajan, refreshed just now, 5 papers; the last refresh failed just now$/,
      ),
    });
  });

  it('refreshes on schedule: the first refresh one period after the last fetch, even across a restart', async () => {
    const server = await fake(5);
    const dir = temp();
    const { reloader } = await bot(server, dir);
    const fetchedAt = reloader.asOf.getTime();
    reloader.watch(15 * 60_000);
    const next = reloader.nextRefreshAt()?.getTime() ?? 0;
    // croner runs on whole seconds.
    expect(Math.abs(next - (fetchedAt + 15 * 60_000))).toBeLessThanOrEqual(1000);
    reloader.stop();
    const again = await bot(server, dir);
    again.reloader.watch(6 * 3600_000);
    expect(Math.abs((again.reloader.nextRefreshAt()?.getTime() ?? 0) - (fetchedAt + 6 * 3600_000))).toBeLessThanOrEqual(
      1000,
    );
  });

  it('after a restart the saved copy is served at once, without asking arXiv', async () => {
    const server = await fake(5);
    const dir = temp();
    const first = await bot(server, dir);
    first.reloader.stop();
    const asked = server.requests.length;
    const again = await bot(server, dir);
    expect(server.requests.length).toBe(asked);
    expect(again.reloader.live.current.size).toBe(5);
    expect(again.reloader.asOf.toISOString()).toBe(first.reloader.asOf.toISOString());
  });

  it('a first fetch of several pages: the bot opens after the first page, says how far it is, then serves all', async () => {
    const server = await fake(250);
    const dir = temp();
    const log = captureLog();
    const store = new SqliteStore(join(dir, 'arxivist.db'));
    // A second apart: the bot is open, and says so, well before the second page comes.
    const arxiv = testFollower(server.url, dir, log, { minIntervalMs: 1000 });
    const reloader = await ListingReloader.open({ arxiv, store, log, debounceMs: 50 });
    closers.push(() => {
      reloader.stop();
      return store.close();
    });
    const all = new Promise<number>((resolve) => reloader.live.onReplace((index) => resolve(index.size)));
    // arXiv pages hold 200 results: one answered, one to come.
    expect(server.requests).toHaveLength(1);
    expect(reloader.live.current.size).toBe(0);
    expect(describeOrigin(reloader.origin(), new Date())).toBe(
      'arXiv query au:Mahajan, fetching from arXiv: 200 of 250 papers so far',
    );
    expect(await all).toBe(250);
    expect(describeOrigin(reloader.origin(), new Date())).toBe(
      'arXiv query au:Mahajan, refreshed just now, 250 papers',
    );
  });

  it('a running bot picks up a copy fetched by `arxivist fetch`, which prints what changed', async () => {
    const server = await fake(5);
    const dir = temp();
    const { reloader, store } = await bot(server, dir);
    reloader.watch();
    server.papers.push(addedPaper('2612.00003', '2026-12-01T07:00:00Z', 'Fetched By The CLI'));
    const swapped = new Promise<void>((resolve) => reloader.live.onReplace(() => resolve()));
    const out: string[] = [];
    const env = {
      ARXIVIST_ARXIV_QUERY: 'au:Mahajan',
      ARXIVIST_ARXIV_API: server.url,
      ARXIVIST_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    };
    const code = await runCli(['fetch', '--json'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t), env });
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(printed).toMatchObject({
      query: 'au:Mahajan',
      total: 6,
      fetched: 6,
      new: 1,
      updated: 0,
      unchanged: 5,
      requests: 1,
    });
    expect(Object.keys(printed).sort()).toEqual([
      'fetched',
      'listingAsOf',
      'new',
      'problems',
      'query',
      'requests',
      'total',
      'unchanged',
      'updated',
    ]);
    await swapped;
    expect(reloader.live.current.get('2612.00003')?.title).toBe('Fetched By The CLI');
    expect(await store.maxSeq()).toBe(6);
    expect(reloader.asOf.toISOString()).toBe(printed['listingAsOf']);
  });

  it('`arxivist fetch` shows its progress: a line per page with --verbose, one line in place on a terminal', async () => {
    const server = await fake(5);
    const run = async (args: string[], tty: boolean) => {
      const out: string[] = [];
      const err: string[] = [];
      const env = { ARXIVIST_DATA_DIR: temp(), ARXIVIST_ARXIV_API: server.url, LOG_LEVEL: 'silent' };
      const code = await runCli(args, {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        env,
        stderrIsTTY: tty,
      });
      return { code, out: out.join(''), err: err.join('') };
    };
    // The fake holds 5 papers, all in one page of the API.
    const verbose = await run(['fetch', 'au:Mahajan', '--verbose'], false);
    expect(verbose.code).toBe(0);
    expect(verbose.err).toBe('au:Mahajan: 5 of 5 papers, 1 request\n');
    const terminal = await run(['fetch', 'au:Mahajan'], true);
    expect(terminal.err).toBe('\r\x1b[2Kau:Mahajan: 5 of 5 papers, 1 request…\r\x1b[2K');
    expect(terminal.out).toMatch(/^au:Mahajan: 5 fetched of 5 matching/);
    // With --json nothing but the result, even on a terminal (without one, the other tests here show it).
    expect((await run(['fetch', 'au:Mahajan', '--json'], true)).err).toBe('');
  });

  it('`arxivist fetch` exits 1 when arXiv cannot be reached (copy untouched) and 2 for a usage error', async () => {
    const server = await fake(5);
    const dir = temp();
    const out: string[] = [];
    const io = (env: Record<string, string>) => ({
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => out.push(t),
      env: { ARXIVIST_DATA_DIR: dir, LOG_LEVEL: 'silent', ...env },
    });
    expect(await runCli(['fetch', 'au:Mahajan'], io({ ARXIVIST_ARXIV_API: server.url }))).toBe(0);
    expect(out.join('')).toMatch(
      /^au:Mahajan: 5 fetched of 5 matching, in 1 request: 5 new, 0 updated, 0 unchanged; saved in /,
    );
    out.length = 0;
    // A path the fake does not serve: HTTP 404, which no retry fixes.
    expect(
      await runCli(['fetch', 'au:Mahajan'], io({ ARXIVIST_ARXIV_API: server.url.replace('/api/query', '/gone') })),
    ).toBe(1);
    expect(out.join('')).toMatch(
      /arxivist: arXiv answered HTTP 404 to the query "au:Mahajan"; the saved copy is unchanged/,
    );
    out.length = 0;
    expect(await runCli(['fetch', 'xx:Mahajan'], io({ ARXIVIST_ARXIV_API: server.url }))).toBe(2);
    expect(out.join('')).toMatch(/arXiv rejected the query "xx:Mahajan": unknown field prefix "xx"/);
    out.length = 0;
    expect(await runCli(['fetch'], io({}))).toBe(2);
    expect(out.join('')).toMatch(/fetch needs a query: give one \(like au:Mahajan\), or set ARXIVIST_ARXIV_QUERY/);
    out.length = 0;
    // Other commands read the saved copy as the bot does, and never ask arXiv themselves.
    const asked = server.requests.length;
    expect(
      await runCli(['stats', '--json'], io({ ARXIVIST_ARXIV_QUERY: 'au:Mahajan', ARXIVIST_ARXIV_API: server.url })),
    ).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({
      stats: { papers: 5 },
      source: expect.stringMatching(/^arXiv query au:Mahajan, refreshed just now, 5 papers$/),
    });
    expect(server.requests.length).toBe(asked);
    out.length = 0;
    expect(await runCli(['stats'], io({ ARXIVIST_ARXIV_QUERY: 'cat:cs.LG' }))).toBe(2);
    expect(out.join('')).toMatch(
      /nothing fetched yet for ARXIVIST_ARXIV_QUERY "cat:cs.LG": run "arxivist fetch" first/,
    );
  });

  it('`arxivist fetch` stopped by a cap exits 1 and says why; a command that never finishes never exits 0', async () => {
    const server = await fake(5);
    server.willMeet({ kind: 'stream', gzip: true, unit: 'endless text ' });
    const ran = await cli(['fetch', 'au:Mahajan'], { ARXIVIST_ARXIV_API: server.url, LOG_LEVEL: 'silent' });
    expect(ran).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'arxivist: arXiv\'s answer to the query "au:Mahajan" passed 32 MB (decompressed); stopped reading it; the saved copy is unchanged\n',
    });
    // The event loop left with nothing to wait on, the command's promise unsettled.
    const hung = await run(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { exitWhenSettled } from ${JSON.stringify(join(ROOT, 'src', 'app', 'exit-when-settled.ts'))}; exitWhenSettled(new Promise(() => {}));`,
    ]);
    expect(hung).toEqual({
      code: 1,
      stdout: '',
      stderr: 'arxivist: the command stopped before it finished (an internal error)\n',
    });
  });
});
