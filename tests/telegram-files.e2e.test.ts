// Documents sent to the real grammY bot, against the fake Bot API (getFile, then the file's own
// URL): a caption's command gets the file, a document alone in a private chat goes to the command
// that takes files, and no more than the limit is ever read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramAdapter } from '../src/adapters/telegram/telegram-adapter.js';
import { GENERIC_FAILURE } from '../src/chat/command.js';
import { LiveIndex } from '../src/search/live-index.js';
import {
  type FakeChat,
  type FakeDocument,
  FakeTelegramServer,
  type FakeUser,
  type SentMessage,
} from './fakes/telegram-server.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { readfile } from './helpers/file-commands.js';

const MB = 1024 * 1024;
let server: FakeTelegramServer;
let adapter: TelegramAdapter;
let logged = '';

let nextId = 7000;
const user = (): FakeUser => ({ id: nextId++, is_bot: false, first_name: 'Ada', username: `ada${nextId}` });
const privateChat = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private', first_name: u.first_name });
const group = (): FakeChat => ({ id: -1_000_000 - nextId++, type: 'supergroup', title: 'Reading group' });

/** Resolves with the first message the bot sends to the chat after `act`. */
async function answer(chat: FakeChat, act: () => void): Promise<SentMessage> {
  const before = server.messagesTo(chat.id).length;
  act();
  return server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
}

const asks = (doc: FakeDocument) =>
  server.calls.filter((c) => c.method === 'getFile' && c.params['file_id'] === doc.file_id);

beforeAll(async () => {
  server = await new FakeTelegramServer().start();
  const log = watchedLogger('the Telegram adapter reading files', {
    level: 'warn',
    onLine: (line) => {
      logged += line;
    },
  });
  adapter = new TelegramAdapter({
    token: server.token,
    apiRoot: server.apiRoot,
    live: new LiveIndex(fixtureIndex()),
    commands: [readfile],
    log,
    botInfo: server.botInfo,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await server?.close();
});

describe('Telegram documents', () => {
  it('runs the command of a caption with the file, in a group, named to this bot or not', async () => {
    const [u, chat] = [user(), group()];
    const doc = server.addFile(Buffer.from('Pimba: a listing\n'), 'listing.txt');
    const plain = await answer(chat, () => server.userSendsDocument(chat, u, doc, '/readfile'));
    expect(plain.text).toBe('listing.txt: 17 bytes');
    const named = await answer(chat, () => server.userSendsDocument(chat, u, doc, '/readfile@arxivist_test_bot add'));
    expect(named.text).toBe('listing.txt: 17 bytes (add)');
    expect(asks(doc)).toHaveLength(2);
    expect(server.files.downloads).toContain('documents/file_1.txt');
  });

  it('sends a document alone in a private chat to the command that takes files', async () => {
    const u = user();
    // 12 characters, 13 bytes: Ö takes two.
    const doc = server.addFile(Buffer.from('<p>Özlem</p>'), 'saved page.html');
    const m = await answer(privateChat(u), () => server.userSendsDocument(privateChat(u), u, doc));
    expect(m.text).toBe('saved page.html: 13 bytes');
  });

  it("leaves a group's documents alone unless a command for this bot comes with them", async () => {
    const [u, chat] = [user(), group()];
    const doc = server.addFile(Buffer.from('minutes of the meeting'), 'minutes.txt');
    server.userSendsDocument(chat, u, doc);
    server.userSendsDocument(chat, u, doc, 'minutes attached');
    server.userSendsDocument(chat, u, doc, '/readfile@some_other_bot');
    // Updates are handled in order: once this one is answered, the three before it were passed over.
    const m = await answer(chat, () => server.userSays(chat, u, '/readfile'));
    expect(m.text).toBe('⚠️ no file');
    expect(server.messagesTo(chat.id)).toHaveLength(1);
    expect(asks(doc)).toHaveLength(0);
  });

  it('refuses a document announced over 5 MB without fetching it', async () => {
    const u = user();
    const doc = server.addFile(Buffer.alloc(6 * MB, 97), 'huge.txt');
    const downloads = server.files.downloads.length;
    const m = await answer(privateChat(u), () => server.userSendsDocument(privateChat(u), u, doc, '/readfile'));
    expect(m.text).toBe('⚠️ huge.txt has 6 MB; a file sent here may have at most 5 MB.');
    expect(asks(doc)).toHaveLength(0);
    expect(server.files.downloads).toHaveLength(downloads);
  });

  it('stops reading a document that lies about its size at 5 MB', async () => {
    const u = user();
    // Announced as 100 bytes; the body never ends, so only stopping at the cap gives an answer.
    const doc = server.addFile(Buffer.alloc(5 * MB + 64 * 1024, 97), 'liar.txt', { size: 100, neverEnd: true });
    const m = await answer(privateChat(u), () => server.userSendsDocument(privateChat(u), u, doc));
    expect(m.text).toBe('⚠️ liar.txt has more than 5 MB; a file sent here may have at most 5 MB.');
    expect(asks(doc)).toHaveLength(1);
  });

  it('apologizes when the file cannot be fetched, and logs why without the token of its URL', async () => {
    const u = user();
    const doc = server.addFile(Buffer.from('gone soon'), 'gone.txt');
    server.loseFile(doc);
    const m = await answer(privateChat(u), () => server.userSendsDocument(privateChat(u), u, doc));
    expect(m.text).toBe(`⚠️ ${GENERIC_FAILURE}`);
    expect(logged).toContain('gone.txt could not be downloaded: HTTP 404');
    expect(logged).not.toContain(server.token);
  });
});
