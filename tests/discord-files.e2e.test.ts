// Attachments sent to the real discord.js client, against the fake Discord (interactions with
// resolved attachments, files on its CDN path): the command that takes files declares a `file`
// option and reads what it was given, never more than the limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { deployCommands } from '../src/adapters/discord/deploy-commands.js';
import { defineCommand } from '../src/chat/command.js';
import { LiveIndex } from '../src/search/live-index.js';
import {
  APP_ID,
  BOT_ID,
  type FakeAttachment,
  FakeDiscordServer,
  type FakeInteraction,
  type FakeMessage,
  GUILD_ID,
} from './fakes/discord-server.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { readfile } from './helpers/file-commands.js';

const MB = 1024 * 1024;
let server: FakeDiscordServer;
let adapter: DiscordAdapter;

const plain = defineCommand({
  name: 'plain',
  description: 'Test only: takes no files',
  options: z.object({}),
  run: (_args, ctx) => ({ kind: 'text', text: ctx.file ? 'given a file' : 'no file given' }),
});

let userSeq = 1700000000000000000n;
const nextUser = () => (userSeq += 1n).toString();

/** The bot's answer to an interaction: its reply, its edit after a defer, or (an error after a defer) a follow-up. */
function answer(i: FakeInteraction): Promise<FakeMessage> {
  return new Promise((resolve) => {
    const check = () => {
      const done = i.original && (i.acknowledged?.type === 4 || i.original.body['__edited']);
      const m = i.followUps[0] ?? (done ? i.original : undefined);
      if (!m) return;
      server.off('edited', check);
      server.off('followup', check);
      resolve(m);
    };
    server.on('edited', check);
    server.on('followup', check);
    check();
  });
}

/** Runs /name with the file attached as Discord sends it: a type 11 option naming a resolved attachment. */
function slashWithFile(
  name: string,
  file: FakeAttachment,
  options: { name: string; type: number; value: unknown }[] = [],
) {
  return answer(
    server.slash(name, [...options, { name: 'file', type: 11, value: file.id }], { userId: nextUser() }, [file]),
  );
}

const text = (m: FakeMessage) => String(m.embeds[0]?.['description'] ?? m.content);

beforeAll(async () => {
  server = await new FakeDiscordServer().start();
  adapter = new DiscordAdapter({
    token: server.token,
    apiUrl: server.api,
    live: new LiveIndex(fixtureIndex()),
    commands: [readfile, plain],
    log: watchedLogger('the Discord adapter reading files', { level: 'warn' }),
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await server?.close();
});

describe('Discord attachments', () => {
  it('declares an optional attachment option named file on the command that takes files only', async () => {
    const result = await deployCommands(
      { token: server.token, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: server.api },
      [readfile, plain],
    );
    expect(result).toEqual({ deployed: ['readfile', 'plain'] });
    const [file, other] = server.deployed.get(GUILD_ID) as { options: Record<string, unknown>[] }[];
    expect(file?.options).toEqual([
      { type: 3, name: 'note', description: 'A note', required: false },
      { type: 11, name: 'file', description: 'A file to read, at most 5 MB', required: false },
    ]);
    expect(other?.options).toEqual([]);
  });

  it('gives the command the attached file, with its other options', async () => {
    // 12 characters, 13 bytes: Ö takes two.
    const file = server.attachment(Buffer.from('<p>Özlem</p>'), 'saved page.html');
    expect(text(await slashWithFile('readfile', file, [{ name: 'note', type: 3, value: 'add' }]))).toBe(
      'saved page.html: 13 bytes (add)',
    );
    expect(server.files.downloads).toEqual([new URL(file.url).pathname]);
    expect(text(await answer(server.slash('readfile', [], { userId: nextUser() })))).toBe('⚠️ no file');
  });

  it('gives no file to a command that does not take files', async () => {
    const file = server.attachment(Buffer.from('x'), 'x.txt');
    expect(text(await slashWithFile('plain', file))).toBe('no file given');
  });

  it('refuses an attachment announced over 5 MB without fetching it', async () => {
    const file = server.attachment(Buffer.alloc(6 * MB, 97), 'huge.txt');
    const m = await slashWithFile('readfile', file);
    expect(m.content).toBe('⚠️ huge.txt has 6 MB; a file sent here may have at most 5 MB.');
    expect(m.flags & 64).toBe(64);
    expect(server.files.downloads).not.toContain(new URL(file.url).pathname);
  });

  it('stops reading an attachment that lies about its size at 5 MB', async () => {
    // Announced as 100 bytes; the body never ends, so only stopping at the cap gives an answer.
    const file = server.attachment(Buffer.alloc(5 * MB + 64 * 1024, 97), 'liar.txt', { size: 100, neverEnd: true });
    const m = await slashWithFile('readfile', file);
    expect(m.content).toBe('⚠️ liar.txt has more than 5 MB; a file sent here may have at most 5 MB.');
  });

  it('sends a file attached to a mention to the command that takes files', async () => {
    const file = server.attachment(Buffer.from('Pimba: a listing\n'), 'listing.txt');
    const replied = server.waitFor<FakeMessage>('message');
    server.mention(`<@${BOT_ID}> here is our listing`, nextUser(), [file]);
    expect(text(await replied)).toBe('listing.txt: 17 bytes');
  });
});
