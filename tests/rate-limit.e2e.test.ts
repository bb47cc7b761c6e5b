// The per-user rate limit as users meet it, through the real adapters and the fake Telegram and
// Discord servers: one notice that says when they may go on and that commands until then go
// unanswered, and answers again from then on.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { TelegramAdapter } from '../src/adapters/telegram/telegram-adapter.js';
import { LiveIndex } from '../src/search/live-index.js';
import { BOT_ID, FakeDiscordServer, type FakeMessage } from './fakes/discord-server.js';
import { FakeTelegramServer, type FakeUser } from './fakes/telegram-server.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';

// Two commands per 3 s: the flood of a test fits in one window with room to spare on a busy machine.
const LIMIT = { max: 2, windowMs: 3_000 };
const NOTICE =
  /^You're sending commands faster than I can keep up with\. Try again in (\d) s; I don't answer what you send before then\.$/;
const log = watchedLogger('the rate-limited adapters', { level: 'warn' });

/** The seconds a notice says to wait: at least 1, at most the window. */
function secondsOf(notice: string): number {
  const s = Number(NOTICE.exec(notice)?.[1]);
  expect(s).toBeGreaterThanOrEqual(1);
  expect(s).toBeLessThanOrEqual(LIMIT.windowMs / 1000);
  return s;
}

describe('a Telegram user over the limit', () => {
  let server: FakeTelegramServer;
  let adapter: TelegramAdapter;
  beforeAll(async () => {
    server = await new FakeTelegramServer().start();
    const live = new LiveIndex(fixtureIndex());
    adapter = new TelegramAdapter({
      token: server.token,
      apiRoot: server.apiRoot,
      live,
      commands,
      log,
      botInfo: server.botInfo,
      rateLimit: LIMIT,
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await server?.close();
  });

  it('is told once when to go on, and is answered again from then on', async () => {
    const u: FakeUser = { id: 4242, is_bot: false, first_name: 'Ada' };
    const chat = { id: u.id, type: 'private' as const, first_name: 'Ada' };
    for (let i = 0; i < 5; i++) server.userSays(chat, u, '/stats');
    const notice = await server.waitForMessage(chat.id, (m) => /faster than/.test(m.text));
    expect(notice.text).toMatch(NOTICE);
    // The time the notice states is the contract under test: wait exactly that long.
    await sleep(secondsOf(notice.text) * 1000);
    const before = server.messagesTo(chat.id).length;
    server.userSays(chat, u, 'How many papers are there?');
    const answer = await server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
    expect(answer.text).toMatch(/^Papers in the listing: 50\./);
    const texts = server.messagesTo(chat.id).map((m) => m.text);
    expect(texts.filter((t) => /^50 papers by/.test(t))).toHaveLength(LIMIT.max);
    expect(texts.filter((t) => /faster than/.test(t))).toHaveLength(1);
  });
});

describe('a Discord user over the limit', () => {
  let server: FakeDiscordServer;
  let adapter: DiscordAdapter;
  beforeAll(async () => {
    server = await new FakeDiscordServer().start();
    const live = new LiveIndex(fixtureIndex());
    adapter = new DiscordAdapter({ token: server.token, apiUrl: server.api, live, commands, log, rateLimit: LIMIT });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await server?.close();
  });

  it('gets the notice on each slash command, seen only by them, and answers again after it', async () => {
    const userId = '1800000000000000001';
    const replies: FakeMessage[] = [];
    for (let i = 0; i < 4; i++) replies.push(await server.response(server.slash('stats', [], { userId })));
    expect(replies.slice(0, LIMIT.max).every((r) => r.embeds.length === 1)).toBe(true);
    for (const r of replies.slice(LIMIT.max)) {
      expect(r.content).toMatch(NOTICE);
      expect(r.flags & 64).toBe(64);
    }
    await sleep(secondsOf(replies[LIMIT.max]?.content ?? '') * 1000);
    const again = await server.response(server.slash('stats', [], { userId }));
    expect(again.embeds[0]?.['title']).toMatch(/^50 papers by/);
  });

  it('in a channel, gives the notice once, and answers mentions again after it', async () => {
    const userId = '1800000000000000002';
    const before = server.channelMessages.length;
    const mine = () => server.channelMessages.slice(before);
    for (let i = 0; i < 5; i++) server.mention(`<@${BOT_ID}> how many papers are there?`, userId);
    const notice = await server.waitFor<FakeMessage>('message', (m) => /faster than/.test(m.content ?? ''));
    await sleep(secondsOf(notice.content?.replace(/^⚠️ /, '') ?? '') * 1000);
    const count = mine().length;
    server.mention(`<@${BOT_ID}> how many papers are there?`, userId);
    await server.waitFor<FakeMessage>('message', () => mine().length > count);
    const texts = mine().map((m) => [m.content, ...m.embeds.map((e) => e['description'])].join('\n'));
    expect(texts.filter((t) => /Papers in the listing: 50\./.test(t))).toHaveLength(LIMIT.max + 1);
    expect(texts.filter((t) => /faster than/.test(t))).toHaveLength(1);
  });
});
