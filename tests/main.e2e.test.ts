import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.js';
import type { EventEmitter } from 'node:events';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { leftBehind } from './helpers/cli.js';
import { mainInProcess, startBotInProcess } from './helpers/main.js';
import { run } from './helpers/run.js';

describe('configuration', () => {
  it('names a bad variable and what it accepts', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    );
    // Unset, the arXiv settings take their documented defaults: every 6 h, at most 2000 papers.
    expect(loadConfig({})).toEqual({
      ARXIVIST_REFRESH: 6 * 3600_000,
      ARXIVIST_ARXIV_MAX: 2000,
      ARXIVIST_DIGEST_LEASE: 120_000,
      ARXIVIST_MAX_FOLLOWS: 100,
      ARXIVIST_INDEX_MEMORY: 512 * 1024 * 1024,
    });
    for (const url of ['ftp://example.org', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(() => loadConfig({ TELEGRAM_API_ROOT: url }), url).toThrow(/TELEGRAM_API_ROOT: must be an http\(s\) URL/);
      expect(() => loadConfig({ DISCORD_API_URL: url }), url).toThrow(/DISCORD_API_URL: must be an http\(s\) URL/);
    }
    expect(loadConfig({ TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' }).TELEGRAM_API_ROOT).toBe('http://127.0.0.1:8081');
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'not a token' })).toThrow(
      /TELEGRAM_BOT_TOKEN: must be a bot token from @BotFather/,
    );
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'not a token' })).not.toThrow(/not a token/);
  });

  it("reads the arXiv settings: a refresh period of at least 15 minutes, a cap within the API's", () => {
    expect(loadConfig({ ARXIVIST_REFRESH: '30m' }).ARXIVIST_REFRESH).toBe(30 * 60_000);
    expect(loadConfig({ ARXIVIST_REFRESH: '1h' }).ARXIVIST_REFRESH).toBe(3600_000);
    expect(loadConfig({ ARXIVIST_REFRESH: '1d' }).ARXIVIST_REFRESH).toBe(86_400_000);
    expect(loadConfig({ ARXIVIST_REFRESH: '15m' }).ARXIVIST_REFRESH).toBe(15 * 60_000);
    expect(() => loadConfig({ ARXIVIST_REFRESH: '14m' })).toThrow(
      /ARXIVIST_REFRESH: must be at least 15m.*\(got "14m"\)/,
    );
    expect(() => loadConfig({ ARXIVIST_REFRESH: 'hourly' })).toThrow(
      /ARXIVIST_REFRESH: must be a duration like 30m, 6h or 1d/,
    );
    expect(() => loadConfig({ ARXIVIST_REFRESH: '6' })).toThrow(
      /ARXIVIST_REFRESH: must be a duration like 30m, 6h or 1d \(got "6"\)/,
    );
    expect(loadConfig({ ARXIVIST_REFRESH: '2 hours' }).ARXIVIST_REFRESH).toBe(7_200_000);
    expect(loadConfig({ ARXIVIST_REFRESH: '1.5h' }).ARXIVIST_REFRESH).toBe(5_400_000);
    expect(loadConfig({ ARXIVIST_REFRESH: '7d' }).ARXIVIST_REFRESH).toBe(604_800_000);
    expect(() => loadConfig({ ARXIVIST_REFRESH: '8d' })).toThrow(/ARXIVIST_REFRESH: must be at most 7d/);
    expect(() => loadConfig({ ARXIVIST_REFRESH: '-1h' })).toThrow(/ARXIVIST_REFRESH: must be at least 15m/);
    expect(loadConfig({ ARXIVIST_ARXIV_MAX: '500' }).ARXIVIST_ARXIV_MAX).toBe(500);
    expect(() => loadConfig({ ARXIVIST_ARXIV_MAX: '0' })).toThrow(/ARXIVIST_ARXIV_MAX: must be at least 1/);
    expect(() => loadConfig({ ARXIVIST_ARXIV_MAX: '40000' })).toThrow(/ARXIVIST_ARXIV_MAX: must be at most 30000/);
    expect(() => loadConfig({ ARXIVIST_ARXIV_MAX: 'lots' })).toThrow(/ARXIVIST_ARXIV_MAX: must be a whole number/);
    expect(() => loadConfig({ ARXIVIST_ARXIV_API: 'file:///x' })).toThrow(
      /ARXIVIST_ARXIV_API: must be an http\(s\) URL/,
    );
    expect(loadConfig({ ARXIVIST_ARXIV_QUERY: '  au:Mahajan ' }).ARXIVIST_ARXIV_QUERY).toBe('au:Mahajan');
  });
});

describe('configuration of the digest lease', () => {
  it('reads 30s or 2m, from 1s to 1h', () => {
    expect(loadConfig({ ARXIVIST_DIGEST_LEASE: '30s' }).ARXIVIST_DIGEST_LEASE).toBe(30_000);
    expect(loadConfig({ ARXIVIST_DIGEST_LEASE: '2m' }).ARXIVIST_DIGEST_LEASE).toBe(120_000);
    expect(loadConfig({ ARXIVIST_DIGEST_LEASE: '1s' }).ARXIVIST_DIGEST_LEASE).toBe(1000);
    expect(() => loadConfig({ ARXIVIST_DIGEST_LEASE: '0s' })).toThrow(
      /ARXIVIST_DIGEST_LEASE: must be at least 1s \(got "0s"\)/,
    );
    expect(() => loadConfig({ ARXIVIST_DIGEST_LEASE: '2h' })).toThrow(/ARXIVIST_DIGEST_LEASE: must be at most 1h/);
    expect(() => loadConfig({ ARXIVIST_DIGEST_LEASE: 'soon' })).toThrow(
      /ARXIVIST_DIGEST_LEASE: must be a duration like 30s or 2m \(got "soon"\)/,
    );
  });
});

describe('configuration of several instances', () => {
  it('reads the database URL, the webhook, the port and the shards, and names what is missing', () => {
    const url = 'postgres://bot:s3cret@db:5432/arxivist';
    expect(loadConfig({ ARXIVIST_DATABASE_URL: url }).ARXIVIST_DATABASE_URL).toBe(url);
    // A wrong URL is named but, like tokens, never echoed: it may hold a password.
    expect(() => loadConfig({ ARXIVIST_DATABASE_URL: 'mysql://bot:s3cret@db/x' })).toThrow(
      /ARXIVIST_DATABASE_URL: must be a postgres:\/\/ URL/,
    );
    expect(() => loadConfig({ ARXIVIST_DATABASE_URL: 'mysql://bot:s3cret@db/x' })).not.toThrow(/s3cret/);
    const hook = {
      TELEGRAM_BOT_TOKEN: '123:abc',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: 'a_secret-1',
      PORT: '8080',
    };
    expect(loadConfig(hook)).toMatchObject({ PORT: 8080, TELEGRAM_WEBHOOK_SECRET: 'a_secret-1' });
    expect(() => loadConfig({ ...hook, TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/hook' })).toThrow(
      /TELEGRAM_WEBHOOK_URL: must be a public https URL/,
    );
    expect(() => loadConfig({ ...hook, TELEGRAM_WEBHOOK_SECRET: undefined })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: must be set too when TELEGRAM_WEBHOOK_URL is set/,
    );
    expect(() => loadConfig({ ...hook, PORT: undefined })).toThrow(/PORT: must be set too when TELEGRAM_WEBHOOK_URL/);
    expect(() => loadConfig({ ...hook, TELEGRAM_WEBHOOK_SECRET: 'has space' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: must be 1 to 256 letters, digits, _ or -/,
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be at most 65535/);
    expect(loadConfig({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0, 2' })).toMatchObject({
      DISCORD_SHARD_COUNT: 4,
      DISCORD_SHARD_IDS: [0, 2],
    });
    expect(() => loadConfig({ DISCORD_SHARD_IDS: '0' })).toThrow(/DISCORD_SHARD_COUNT: must be set too/);
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '2' })).toThrow(
      /DISCORD_SHARD_IDS: must be shard numbers below DISCORD_SHARD_COUNT \(2\)/,
    );
  });
});

describe('npm start (the main program, as a subprocess)', () => {
  it('answers a console chat over the bundled listing when no token is set, line by line', async () => {
    // Exactly what `npm start` runs.
    const r = await run(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
      input: '/search mixture of experts\n/author Dhruv Mahajan\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ 1\. MoETuner/);
    expect(r.stdout).toMatch(/Dhruv Mahajan: 10 papers/);
  });
});

describe('the main program (runMain, in this process)', () => {
  it('stops with a message naming the variable when configuration is broken', async () => {
    const r = await mainInProcess({ env: { LOG_LEVEL: 'loud' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOG_LEVEL: must be one of/);
  });

  it('stops with a message naming the file when the listing cannot be read', async () => {
    const r = await mainInProcess({ env: { ARXIVIST_LISTING: '/nonexistent/listing.txt' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/listing \/nonexistent\/listing\.txt: cannot read it \(no such file\)/);
  });

  it('leaves nothing behind at the end of its input, and no worker or listener when stopped', async () => {
    expect(await leftBehind(() => mainInProcess({ input: '/stats\n' }))).toEqual([]);
    const telegram = await new FakeTelegramServer('13579:LEFT-token-value').start();
    let events: EventEmitter | undefined;
    const left = await leftBehind(async () => {
      const bot = await startBotInProcess({
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/hook',
        TELEGRAM_WEBHOOK_SECRET: 'left-secret',
      });
      events = bot.events;
      bot.stop();
      expect(await bot.exited).toBe(0);
    });
    await telegram.close();
    // Only workers: timers the run cleared (grammY's request timeouts) can still be listed here.
    expect(left.filter((kind) => kind === 'WORKER')).toEqual([]);
    expect(events?.eventNames()).toEqual([]);
  });
});
