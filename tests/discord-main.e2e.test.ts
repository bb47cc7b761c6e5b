// `npm start` with DISCORD_TOKEN and DISCORD_APPLICATION_ID (and the fake's address) set, and the
// deploy script as users run it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscordServer, GUILD_ID } from './fakes/discord-server.js';
import { run, startMain, tempDataDir } from './helpers/run.js';

let server: FakeDiscordServer;
beforeAll(async () => {
  server = await new FakeDiscordServer('MTE.SECRET-discord.tokenvalue').start();
});
afterAll(async () => {
  await server?.close();
});

describe('Discord from the command line', () => {
  it('npm run deploy:discord deploys to the guild', async () => {
    const r = await run('npm', ['run', '--silent', 'deploy:discord'], {
      env: {
        DISCORD_TOKEN: server.token,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: server.api,
      },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Deployed \d+ commands/);
    expect(server.deployed.get(GUILD_ID)?.length).toBeGreaterThan(5);
  });

  it('npm start runs the bot, answers, keeps the token out of the logs, and stops on SIGTERM', async () => {
    const ready = server.waitFor('ready', () => true, 20_000);
    const { child, out, exited } = startMain({
      ...process.env,
      DISCORD_TOKEN: server.token,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: server.api,
      LOG_LEVEL: 'debug',
      ARXIVIST_DATA_DIR: tempDataDir(),
    });
    await ready;
    // READY is sent before the client has processed it; wait for the log line that says so.
    await new Promise<void>((resolve) => {
      const check = () =>
        /discord: ready/.test(out.text) ? resolve() : setImmediate(() => child.stderr.once('data', check));
      check();
    });
    const m = await server.response(server.slash('author', [{ name: 'name', type: 3, value: 'Dhruv Mahajan' }]));
    expect(m.embeds[0]?.['title']).toBe('Dhruv Mahajan: 10 papers');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.text).not.toContain('SECRET-discord');
  });
});
