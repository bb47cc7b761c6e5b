// The real grammY bot against a fake Bot API server on 127.0.0.1, over HTTP long polling.
import { watchedLogger } from './helpers/leaks.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/index.js';
import { TelegramAdapter } from '../src/adapters/telegram/telegram-adapter.js';
import { LiveIndex } from '../src/search/live-index.js';
import { FakeTelegramServer, type FakeChat, type FakeUser, type SentMessage } from './fakes/telegram-server.js';
import { RAW_ENTRIES, type RawEntry, fixtureIndex, rawPapersBy } from './helpers/fixture.js';
import { authorLine, entriesHiding, rawPapersNaming, shownCount } from './helpers/entry-authors.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DigestService } from '../src/digest/digest-service.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

let server: FakeTelegramServer;
let adapter: TelegramAdapter;
const logged: { level: number; msg: string }[] = [];

let nextId = 5000;
function user(): FakeUser {
  return { id: nextId++, is_bot: false, first_name: 'Ada', username: `ada${nextId}` };
}
function privateChat(u: FakeUser): FakeChat {
  return { id: u.id, type: 'private', first_name: u.first_name };
}
function group(): FakeChat {
  return { id: -1_000_000 - nextId++, type: 'supergroup', title: 'Reading group' };
}

/** A user says something; resolves with the first message the bot sends back to that chat. */
async function say(
  chat: FakeChat,
  from: FakeUser,
  text: string,
  options: { replyTo?: SentMessage } = {},
): Promise<SentMessage> {
  const before = server.messagesTo(chat.id).length;
  server.userSays(chat, from, text, options);
  return server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
}

beforeAll(async () => {
  server = await new FakeTelegramServer().start();
  const log = watchedLogger('the Telegram adapter', {
    level: 'warn',
    onLine: (line) => {
      const j = JSON.parse(line);
      logged.push({ level: j.level, msg: j.msg });
    },
  });
  const live = new LiveIndex(fixtureIndex());
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'arxivist-tg-')), 'arxivist.db'));
  await store.registerPapers(
    live.current.papers.map((p) => p.id),
    new Date(),
  );
  const digests = new DigestService(store, live, () => new Date(), log);
  adapter = new TelegramAdapter({
    token: server.token,
    apiRoot: server.apiRoot,
    live,
    commands,
    log,
    botInfo: server.botInfo,
    digests,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await server?.close();
});

describe('Telegram adapter end to end', () => {
  it('registers the command menu at start-up', () => {
    expect(server.commands?.map((c) => c.command)).toEqual(commands.map((c) => c.name));
    for (const c of server.commands ?? []) expect(c.description.length).toBeGreaterThan(0);
  });

  it('answers /start and /help', async () => {
    const u = user();
    expect((await say(privateChat(u), u, '/start')).text).toMatch(/I answer questions about 50 arXiv papers/);
    const help = await say(privateChat(u), u, '/help');
    for (const c of commands) expect(help.text).toContain(`/${c.name}`);
  });

  it('/search lists papers with links, escaped HTML, and pages with buttons', async () => {
    const u = user();
    const chat = privateChat(u);
    const m = await say(chat, u, '/search mixture of experts');
    expect(m.text).toMatch(/^\d+ papers? match "mixture of experts"/);
    expect(m.text).toMatch(/1\. MoETuner:/);
    expect(m.html).toMatch(/<b><a href="[^"]+">MoETuner:/);
    expect(m.params['link_preview_options']).toEqual({ is_disabled: true });
    // A query with many results pages with Prev/Next.
    const list = await say(chat, u, '/search models --limit 3');
    const next = list.reply_markup?.inline_keyboard?.flat().find((b) => b.text.startsWith('Next'));
    expect(next?.callback_data).toMatch(/^pg:/);
    const edited = new Promise<SentMessage>((resolve) => server.once('edit', resolve));
    server.press(list, next?.callback_data as string, u);
    const page2 = await edited;
    expect(page2.message_id).toBe(list.message_id);
    expect(page2.text).toMatch(/^4\. /m);
    expect(page2.text).toMatch(/Page 2 of/);
    expect(page2.reply_markup?.inline_keyboard?.flat().some((b) => b.text.startsWith('◀ Prev'))).toBe(true);
  });

  it('a button per paper shows its abstract', async () => {
    const u = user();
    const chat = privateChat(u);
    const list = await say(chat, u, '/search stragglers');
    const button = list.reply_markup?.inline_keyboard?.flat().find((b) => b.callback_data?.startsWith('ab:'));
    expect(button).toBeDefined();
    const before = server.messagesTo(chat.id).length;
    server.press(list, button?.callback_data as string, u);
    const detail = await server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
    expect(detail.text).toMatch(/^FLuID: Mitigating Stragglers/);
    expect(detail.text).toContain('First version');
  });

  it('a stale or foreign button gets a short notice, not a failure', async () => {
    const u = user();
    const chat = privateChat(u);
    const list = await say(chat, u, '/latest');
    const stale = server.press(list, 'pg:doesnotexist:2', u);
    const answer = await server.waitForCall('answerCallbackQuery', (c) => c.params['callback_query_id'] === stale);
    expect(answer.params['text']).toMatch(/expired/);
    const gone = server.press(list, 'ab:no-such-paper-000000', u);
    expect(
      (await server.waitForCall('answerCallbackQuery', (c) => c.params['callback_query_id'] === gone)).params['text'],
    ).toMatch(/no longer in the listing/);
    const junk = server.press(list, 'zz:whatever', u);
    expect(
      (await server.waitForCall('answerCallbackQuery', (c) => c.params['callback_query_id'] === junk)).params['text'],
    ).toMatch(/not mine/);
  });

  it('/author gives the card; an ambiguous name gives buttons to pick', async () => {
    const u = user();
    const chat = privateChat(u);
    const card = await say(chat, u, '/author Dhruv Mahajan');
    expect(card.text).toMatch(/^Dhruv Mahajan: 10 papers/);
    for (const e of rawPapersBy('Dhruv Mahajan')) expect(card.text).toContain(e.title);
    const amb = await say(chat, u, '/author Mahajan');
    const names = amb.reply_markup?.inline_keyboard?.flat().map((b) => b.text);
    expect(names).toContain('Divya Mahajan');
    const before = server.messagesTo(chat.id).length;
    server.press(amb, 'au:Divya Mahajan', u);
    const divya = await server.waitForMessage(chat.id, (m) => server.messagesTo(chat.id).indexOf(m) >= before);
    expect(divya.text).toMatch(/^Divya Mahajan: 17 papers/);
  });

  it('lists keep the author asked about visible, wherever they stand among the authors', async () => {
    const u = user();
    const chat = privateChat(u);
    /** Sends a line and resolves with the text of every message it got, once all of `expected` are shown. */
    const shown = async (line: string, expected: RawEntry[] | ((text: string) => boolean)) => {
      const before = server.messagesTo(chat.id).length;
      const text = () =>
        server
          .messagesTo(chat.id)
          .slice(before)
          .map((m) => m.text)
          .join('\n');
      server.userSays(chat, u, line);
      const done =
        typeof expected === 'function' ? expected : (t: string) => shownCount(t, expected) === expected.length;
      await vi.waitFor(() => expect(done(text())).toBe(true), { timeout: 10_000, interval: 20 });
      return text();
    };
    const DIVYA = /^Divya Mahajan$/;
    const divya = rawPapersNaming(DIVYA);
    const card = await shown('/author Divya Mahajan', divya);
    expect(entriesHiding(card, divya, DIVYA)).toEqual([]);
    // Third of three authors, two shown: the first, a gap, then her.
    expect(authorLine(card, 'EarthSight: A Distributed')).toMatch(/^Ansel Kaplan Erol, … Divya Mahajan \+1 · /);
    const search = await shown('/search author:"Divya Mahajan" --limit 20', divya);
    expect(entriesHiding(search, divya, DIVYA)).toEqual([]);
    // A partial name: each entry shows whichever Mahajan it lists.
    const MAHAJAN = /\bMahajan$/;
    const page = await shown('/search author:Mahajan --limit 20', (t) => /Page 1 of 3/.test(t));
    expect(shownCount(page, rawPapersNaming(MAHAJAN))).toBe(20);
    expect(entriesHiding(page, rawPapersNaming(MAHAJAN), MAHAJAN)).toEqual([]);
    const answer = await shown('How many papers has Divya Mahajan written in 2025?', (t) => /Understood/.test(t));
    expect(shownCount(answer, divya)).toBeGreaterThan(0);
    expect(entriesHiding(answer, divya, DIVYA)).toEqual([]);
  });

  it('/latest, /paper, /stats, /coauthors', async () => {
    const u = user();
    const chat = privateChat(u);
    const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted))[0];
    expect((await say(chat, u, '/latest 2')).text).toContain(`1. ${newest?.title}`);
    expect((await say(chat, u, '/paper Pimba')).text).toMatch(/^Pimba: A Processing-in-Memory/);
    expect((await say(chat, u, '/stats')).text).toMatch(/^50 papers by 273 authors/);
    expect((await say(chat, u, '/coauthors Dhruv Mahajan')).text).toMatch(/Abhimanyu Dubey: 6/);
  });

  it('a long paper detail is split into messages within the limit', async () => {
    const u = user();
    const chat = privateChat(u);
    const before = server.messagesTo(chat.id).length;
    await say(chat, u, '/paper The Llama 3 Herd of Models');
    await server.waitForMessage(chat.id, (m) => m.text.includes('the-llama-3-herd'));
    const parts = server.messagesTo(chat.id).slice(before);
    for (const p of parts) expect([...p.text].length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.text).join('\n')).toContain('536 more');
  });

  it('plain text in a private chat goes to ask', async () => {
    const u = user();
    const m = await say(privateChat(u), u, 'Who wrote MoETuner?');
    expect(m.text).toMatch(/was written by Seokjin Go and Divya Mahajan/);
    expect(m.text).toMatch(/Understood: the authors of/);
  });

  it('in a group: /cmd@bot works, a mention or a reply goes to ask, other chatter is ignored', async () => {
    const u = user();
    const g = group();
    expect((await say(g, u, '/search@arxivist_test_bot stragglers')).text).toMatch(/FLuID/);
    server.userSays(g, u, 'nice weather today, everyone');
    const mention = await say(g, u, '@arxivist_test_bot how many papers has Dhruv Mahajan written?');
    expect(mention.text).toMatch(/^Papers by Dhruv Mahajan: 10 \(2 more papers hide part of their authors/);
    expect(mention.params['reply_parameters']).toMatchObject({ allow_sending_without_reply: true });
    const reply = await say(g, u, 'and who wrote Pimba?', { replyTo: mention });
    expect(reply.text).toMatch(/^"Pimba: .*" was written by/);
    // The chatter got no answer: every bot message in the group answers one of the three.
    expect(server.messagesTo(g.id)).toHaveLength(3);
  });

  it('inline mode returns up to 50 matching papers as articles', async () => {
    const u = user();
    const id = server.inlineQuery(u, 'mixture of experts');
    const call = await server.waitForCall('answerInlineQuery', (c) => c.params['inline_query_id'] === id);
    const results = call.params['results'] as { title: string; type: string }[];
    expect(call.ok).toBe(true);
    expect(results[0]?.title).toMatch(/^MoETuner/);
    const all = server.inlineQuery(u, '');
    const latest = await server.waitForCall('answerInlineQuery', (c) => c.params['inline_query_id'] === all);
    expect((latest.params['results'] as unknown[]).length).toBe(50);
    // A search by author: each article names that author, as lists do.
    const by = server.inlineQuery(u, 'author:"Divya Mahajan"');
    const hers = await server.waitForCall('answerInlineQuery', (c) => c.params['inline_query_id'] === by);
    const articles = hers.params['results'] as { title: string; description: string }[];
    expect(articles.map((a) => a.title).sort()).toEqual(
      rawPapersBy('Divya Mahajan')
        .map((e) => e.title)
        .sort(),
    );
    for (const a of articles) expect(a.description, a.title).toContain('Divya Mahajan');
  });

  it('escapes hostile text and answers huge input clearly', async () => {
    const u = user();
    const chat = privateChat(u);
    const hostile = await say(chat, u, '/search R&D <b>bold</b> "quotes" @everyone');
    expect(hostile.html).toContain('R&amp;D &lt;b&gt;bold&lt;/b&gt;');
    expect(hostile.text).toContain('R&D <b>bold</b>');
    const huge = await say(chat, u, `/search ${'transformer '.repeat(300)}`);
    expect(huge.text).toMatch(/query is too long \(\d+ characters\); at most 300/);
    const q = await say(chat, u, `${'x'.repeat(3000)}?`);
    expect(q.text).toMatch(/at most 500/);
    for (const c of server.calls.filter((x) => x.method === 'sendMessage'))
      expect(c.error ?? '').not.toMatch(/parse entities/);
  });

  it('recovers from a 429 through auto-retry', async () => {
    const u = user();
    const chat = privateChat(u);
    server.failNext('sendMessage', { code: 429, retryAfter: 1, chatId: chat.id });
    const m = await say(chat, u, '/stats');
    expect(m.text).toMatch(/^50 papers/);
    const failed = server.calls.filter((c) => c.method === 'sendMessage' && c.error?.startsWith('429'));
    expect(failed.length).toBeGreaterThanOrEqual(1);
  });

  it('rate-limits a user who floods commands, with a notice', async () => {
    const u = user();
    const chat = privateChat(u);
    for (let i = 0; i < 12; i++) server.userSays(chat, u, '/stats');
    const notice = await server.waitForMessage(chat.id, (m) => /faster than I can keep up/.test(m.text));
    expect(notice.text).toMatch(/Try again in \d+ s; I don't answer what you send before then\./);
    const notices = server.messagesTo(chat.id).filter((m) => /faster than/.test(m.text));
    expect(notices).toHaveLength(1);
  });

  it('subscribes, lists, previews and unsubscribes a private chat', async () => {
    const u = user();
    const chat = privateChat(u);
    const sub = await say(chat, u, '/subscribe weekly fri 08:30 Europe/Paris mixture of experts');
    expect(sub.text).toMatch(
      /^Subscribed #(\d+): weekly on Friday at 08:30 \(Europe\/Paris\), papers matching "mixture of experts"\./,
    );
    expect(sub.text).toMatch(/Next digest: Fri \d+ \w+ \d{4}, 08:30 \(Europe\/Paris\)/);
    expect(sub.text).toMatch(/Preview: the latest 2 papers matching "mixture of experts"[\s\S]*MoETuner/);
    const id = /#(\d+)/.exec(sub.text)?.[1];
    expect((await say(chat, u, '/subscriptions')).text).toMatch(
      new RegExp(`#${id}: weekly on Friday at 08:30 \\(Europe/Paris\\), filter "mixture of experts"; next: Fri`),
    );
    expect((await say(chat, u, '/digest')).text).toMatch(/nothing is marked as sent/);
    expect((await say(chat, u, '/subscribe 25:00')).text).toMatch(/"25:00" is not a time of day\.\nGive HH:MM/);
    expect((await say(chat, u, '/subscribe daily 09:00 Mars/Olympus_Mons')).text).toMatch(
      /Unknown timezone "Mars\/Olympus_Mons"/,
    );
    expect((await say(chat, u, `/unsubscribe ${id}`)).text).toBe(`Removed subscription #${id}.`);
    expect((await say(chat, u, '/subscriptions')).text).toMatch(/no digest subscriptions/);
  });

  it('in a group, only administrators manage digests', async () => {
    const member = user();
    const admin = user();
    const g = group();
    server.memberStatus.set(`${g.id}:${admin.id}`, 'administrator');
    expect((await say(g, member, '/subscribe')).text).toMatch(
      /^⚠️ Only administrators can use \/subscribe in this group\./,
    );
    expect((await say(g, admin, '/subscribe daily 07:00')).text).toMatch(/^Subscribed #\d+: daily at 07:00 \(UTC\)/);
    expect((await say(g, member, '/subscriptions')).text).toMatch(/daily at 07:00 \(UTC\)/);
    expect((await say(g, member, '/unsubscribe all')).text).toMatch(/Only administrators/);
    expect((await say(g, admin, '/unsubscribe all')).text).toBe('Removed 1 subscription. No more digests here.');
  });

  it('survives a failing update and keeps answering', async () => {
    const u = user();
    const chat = privateChat(u);
    server.failNext('sendMessage', { code: 400, description: 'Bad Request: chat not found', chatId: chat.id });
    server.failNext('sendMessage', { code: 400, description: 'Bad Request: chat not found', chatId: chat.id });
    server.userSays(chat, u, '/stats');
    await server.waitForCall('sendMessage', (c) => !c.ok && /chat not found/.test(c.error ?? ''));
    const m = await say(chat, u, '/latest 1');
    expect(m.text).toMatch(/^Latest papers/);
    expect(logged.some((l) => /update failed/.test(l.msg))).toBe(true);
  });
});

describe('odd commands', () => {
  it('matches commands in any letter case, and cuts an unknown one it echoes', async () => {
    const u = user();
    const chat = privateChat(u);
    expect((await say(chat, u, '/UNSUBSCRIBE all')).text).toMatch(/This chat has no subscriptions\./);
    expect((await say(chat, u, '/Author Dhruv Mahajan')).text).toMatch(/^Dhruv Mahajan: 10 papers/);
    const long = await say(chat, u, `/${'x'.repeat(4095)}`);
    expect(long.text).toMatch(/^⚠️ Unknown command \/x{39}…\./);
  });
});

describe('a Telegram outage', () => {
  it('shows in the log within seconds, and the bot answers again once Telegram is back', async () => {
    const u = user();
    const chat = privateChat(u);
    expect((await say(chat, u, '/stats')).text).toMatch(/papers by/);
    const before = logged.length;
    await server.pause();
    try {
      await vi.waitFor(
        () => expect(logged.slice(before).some((l) => l.msg === 'telegram: request failed; retrying')).toBe(true),
        { timeout: 30_000, interval: 100 },
      );
    } finally {
      await server.resume();
    }
    expect((await say(chat, u, '/stats')).text).toMatch(/papers by/);
  }, 60_000);
});
