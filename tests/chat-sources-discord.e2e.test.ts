// A listing file attached to /listing add in the real bot (run in this process through runMain,
// the discord.js client against the fake Discord, SQLite): it becomes the channel's source, and
// the channel's searches answer from its papers only.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscordServer, type FakeInteraction, type FakeMessage } from './fakes/discord-server.js';
import { RAW_ENTRIES } from './helpers/fixture.js';
import { type MainRun, startMainInProcess } from './helpers/main.js';
import { realPath } from './helpers/raw-copied.js';
import { tempDataDir } from './helpers/run.js';

/** Permissions of a member who may change the channel's sources: View Channel and Manage Channels. */
const MANAGER = String(1024 | 16);

let discord: FakeDiscordServer;
let bot: MainRun;

/** Resolves once the bot's log has a line matching `line`. */
function logged(line: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!line.test(bot.out.text)) return;
      bot.output.off('data', check);
      resolve();
    };
    bot.output.on('data', check);
    check();
  });
}

beforeAll(async () => {
  discord = await new FakeDiscordServer('MTE.SOURCES-discord.tokenvalue').start();
  bot = startMainInProcess({
    ...process.env,
    ARXIVIST_DATA_DIR: tempDataDir(),
    LOG_LEVEL: 'info',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.api,
    ARXIVIST_LISTING: undefined,
    ARXIVIST_ARXIV_QUERY: undefined,
    ARXIVIST_DATABASE_URL: undefined,
    TELEGRAM_BOT_TOKEN: undefined,
  });
  await Promise.race([
    logged(/"msg":"discord: ready"/),
    bot.exited.then(() => Promise.reject(new Error(bot.out.text))),
  ]);
});
afterAll(async () => {
  if (bot) {
    bot.stop();
    expect(await bot.exited).toBe(0);
  }
  await discord?.close();
});

/** All a message shows: its content and its embeds' texts. */
const shown = (m: FakeMessage) =>
  [m.content, ...m.embeds.map((e) => JSON.stringify([e['title'], e['description'], e['fields']]))].join('\n');

const ask = async (i: FakeInteraction) => shown(await discord.response(i));

/** arXiv ids (new style) a reply shows. */
const idsIn = (text: string) => [...new Set(text.match(/\b\d{4}\.\d{4,5}\b/g) ?? [])];

describe('a listing file attached on Discord', () => {
  it("/listing add with the file makes it the channel's source; /search answers from it only", async () => {
    const raw = readFileSync(realPath('distributed-systems'));
    const ids = [...raw.toString('utf8').matchAll(/^arXiv:(\d{4}\.\d{4,5})\s/gm)].map((m) => m[1] as string);
    const who = { permissions: MANAGER };
    expect(await ask(discord.slash('latest', [{ name: 'count', type: 4, value: 20 }], who))).toContain(
      `Latest papers (${RAW_ENTRIES.length} in the listing)`,
    );

    const file = discord.attachment(raw, 'distributed.txt');
    const added = discord.slash(
      'listing',
      [
        { name: 'action', type: 3, value: 'add' },
        { name: 'file', type: 11, value: file.id },
      ],
      who,
      [file],
    );
    expect(await ask(added)).toMatch(new RegExp(`Loaded ${ids.length} papers from distributed\\.txt`));
    expect(discord.files.downloads).toEqual([new URL(file.url).pathname]);

    const found = await ask(discord.slash('search', [{ name: 'query', type: 3, value: 'distributed' }], who));
    expect(found).toMatch(/papers? match/);
    expect(idsIn(found).length).toBeGreaterThan(0);
    expect(idsIn(found).filter((id) => !ids.includes(id))).toEqual([]);
    expect(RAW_ENTRIES.filter((e) => found.includes(e.title))).toEqual([]);
    const latest = await ask(discord.slash('latest', [{ name: 'count', type: 4, value: 20 }], who));
    expect(latest).toContain(`Latest papers (${ids.length} in the listing)`);
  });

  it('refuses /listing add from a member who may not manage the channel, without reading the file', async () => {
    const file = discord.attachment(readFileSync(realPath('gpt-search-2024-09')), 'gpt.txt');
    const options = [
      { name: 'action', type: 3, value: 'add' },
      { name: 'file', type: 11, value: file.id },
    ];
    const refused = await discord.response(discord.slash('listing', options, { permissions: '1024' }, [file]));
    expect(refused.content).toMatch(/^⚠️ Only administrators can use \/listing add/);
    expect(discord.files.downloads).not.toContain(new URL(file.url).pathname);
  });
});
