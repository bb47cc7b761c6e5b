// Chats' own listings in the real bot (run in this process through runMain, Telegram by webhook
// against the fake Bot API, SQLite), with the fake arXiv serving papers of two categories apart:
// two chats following different queries each see only their own papers, a chat with none the
// bundled listing; a listing file sent as a document becomes a private chat's source; a group
// member who is not an administrator cannot change the group's sources.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { type FakeChat, FakeTelegramServer, type FakeUser, type SentMessage } from './fakes/telegram-server.js';
import { fakePapers } from './helpers/arxiv.js';
import { RAW_ENTRIES } from './helpers/fixture.js';
import { startBotInProcess } from './helpers/main.js';
import { realPath } from './helpers/raw-copied.js';

const SECRET = 'sources-hook-secret';
const HOOK = 'https://bot.example.test/telegram/hook';
/** Two categories no paper shares: what cat:cs.DC finds, cat:q-bio.NC never does. */
const DC = fakePapers(7, '2026-11-30', 101, { authors: ['Lin Spanner'], primary: 'cs.DC', categories: ['cs.DC'] });
const NC = fakePapers(6, '2026-11-29', 201, {
  authors: ['Rosa Neuron'],
  primary: 'q-bio.NC',
  categories: ['q-bio.NC', 'cs.NE'],
});
const idsOf = (papers: readonly { id: string }[]) => papers.map((p) => p.id).sort();

let telegram: FakeTelegramServer;
let arxiv: FakeArxivServer;
let bot: Awaited<ReturnType<typeof startBotInProcess>>;

beforeAll(async () => {
  telegram = await new FakeTelegramServer('777001:SOURCES-token-value').start();
  arxiv = await new FakeArxivServer([...DC, ...NC]).start();
  bot = await startBotInProcess({
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ARXIVIST_ARXIV_API: arxiv.url,
    // The bundled listing is the bot's: a chat with no sources is served it.
    ARXIVIST_LISTING: undefined,
    ARXIVIST_ARXIV_QUERY: undefined,
    ARXIVIST_DATABASE_URL: undefined,
  });
  telegram.webhook.route = () => `${bot.base}/telegram/hook`;
});
afterAll(async () => {
  if (bot) {
    bot.stop();
    expect(await bot.exited).toBe(0);
  }
  await telegram?.close();
  await arxiv?.close();
});

let nextId = 9_100_000;
const person = (): FakeUser => ({ id: nextId++, is_bot: false, first_name: 'Ada' });
const privately = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private', first_name: u.first_name });

/**
 * What the bot sends to the chat after `act`: its messages up to the first that `last` accepts
 * (a long list comes in several, the last with the pages), joined.
 */
async function answer(chat: FakeChat, act: () => void, last: RegExp = /[^]/): Promise<string> {
  const before = telegram.messagesTo(chat.id).length;
  act();
  const after = (m: SentMessage) => telegram.messagesTo(chat.id).indexOf(m) >= before;
  await telegram.waitForMessage(chat.id, (m) => after(m) && last.test(m.text));
  return telegram
    .messagesTo(chat.id)
    .slice(before)
    .map((m) => m.text)
    .join('\n');
}

const say = (chat: FakeChat, from: FakeUser, text: string, last?: RegExp) =>
  answer(chat, () => telegram.userSays(chat, from, text), last);

/** Resolves once the bot has logged the end of a fetch of `query`. */
function refreshed(query: string): Promise<void> {
  const done = (text: string) =>
    text.split('\n').some((l) => l.includes('"msg":"arxiv: query refreshed"') && l.includes(`"query":"${query}"`));
  return new Promise((resolve) => {
    const check = () => {
      if (!done(bot.out.text)) return;
      bot.output.off('data', check);
      resolve();
    };
    bot.output.on('data', check);
    check();
  });
}

/** The arXiv ids of the fake's papers (2611.xxxxx) a reply lists. */
const fakeIdsIn = (text: string) => [...new Set(text.match(/\b2611\.\d{5}\b/g) ?? [])].sort();

describe("chats' own listings in the running bot", () => {
  it('two chats following different queries each see only their papers; a chat with none sees the bundled listing', async () => {
    const [ua, ub, uc] = [person(), person(), person()];
    const [a, b, c] = [privately(ua), privately(ub), privately(uc)];
    const fetchedDc = refreshed('cat:cs.DC');
    const fetchedNc = refreshed('cat:q-bio.NC');
    expect(await say(a, ua, '/follow cat:cs.DC')).toMatch(
      new RegExp(`^Following cat:cs.DC: ${DC.length} papers on arXiv`),
    );
    expect(await say(b, ub, '/follow cat:q-bio.NC')).toMatch(
      new RegExp(`^Following cat:q-bio.NC: ${NC.length} papers on arXiv`),
    );
    await Promise.all([fetchedDc, fetchedNc]);

    const inA = await say(a, ua, '/latest 20');
    expect(inA).toContain(`Latest papers (${DC.length} in the listing)`);
    expect(fakeIdsIn(inA)).toEqual(idsOf(DC));
    expect(fakeIdsIn(await say(a, ua, '/search routing --limit 20'))).toEqual(idsOf(DC));
    const inB = await say(b, ub, '/search routing --limit 20');
    expect(fakeIdsIn(inB)).toEqual(idsOf(NC));
    expect(await say(b, ub, '/latest 20')).toContain(`Latest papers (${NC.length} in the listing)`);

    const inC = await say(c, uc, '/latest 20', /^Page 1 of 3$/m);
    expect(inC).toContain(`Latest papers (${RAW_ENTRIES.length} in the listing)`);
    expect(fakeIdsIn(inC)).toEqual([]);
    expect(RAW_ENTRIES.filter((e) => inC.includes(e.title)).length).toBeGreaterThan(0);
    // Every request the bot sent asked for one of the two queries.
    expect(new Set(arxiv.requests.map((r) => r.params['search_query']))).toEqual(
      new Set(['cat:cs.DC', 'cat:q-bio.NC']),
    );
  });

  it("makes a listing file sent as a document in a private chat that chat's source", async () => {
    const u = person();
    const chat = privately(u);
    const raw = readFileSync(realPath('drosophila-connectome'), 'utf8');
    const ids = [...raw.matchAll(/^arXiv:(\d{4}\.\d{4,5})\s/gm)].map((m) => m[1] as string);
    const doc = telegram.addFile(Buffer.from(raw), 'connectome.txt');
    const loaded = await answer(chat, () => telegram.userSendsDocument(chat, u, doc));
    expect(loaded).toMatch(new RegExp(`^Loaded ${ids.length} papers from connectome\\.txt`));
    const listing = await say(chat, u, '/listing');
    expect(listing).toMatch(new RegExp(`connectome\\.txt\\b.*\\b${ids.length} papers`));
    const latest = await say(chat, u, '/latest 20', /^Page 1 of 3$/m);
    expect(latest).toContain(`Latest papers (${ids.length} in the listing)`);
    const shown = [...latest.matchAll(/\b(\d{4}\.\d{4,5})\b/g)].map((m) => m[1]);
    expect(new Set(shown).size).toBe(20);
    expect(shown.filter((id) => !ids.includes(id as string))).toEqual([]);

    // A file that is no listing leaves the chat's sources as they were.
    const notes = telegram.addFile(Buffer.from('Agenda: coffee at ten, then the talk.\n'), 'notes.txt');
    expect(await answer(chat, () => telegram.userSendsDocument(chat, u, notes))).toMatch(
      /^⚠️ No paper could be read from notes\.txt\b.*this chat's sources are as they were\./,
    );
    expect(await say(chat, u, '/listing')).toMatch(/own listing, 1 source\n[^\n]*connectome\.txt/);
  });

  it('refuses /follow from a group member who is not an administrator, and changes nothing', async () => {
    const u = person();
    const group: FakeChat = { id: -1_009_100_000, type: 'supergroup', title: 'Reading group' };
    const requests = arxiv.requests.length;
    const refused = await say(group, u, '/follow cat:cs.DC');
    expect(refused).toMatch(/^⚠️ Only administrators can use \/follow in this group\./);
    // Asked of Telegram, whose answer (the fake's default) is "member".
    const asked = telegram.calls.filter((c) => c.method === 'getChatMember' && Number(c.params['user_id']) === u.id);
    expect(asked.map((c) => Number(c.params['chat_id']))).toEqual([group.id]);
    expect(arxiv.requests).toHaveLength(requests);
    expect(await say(group, u, '/latest 20', /^Page 1 of 3$/m)).toContain(
      `Latest papers (${RAW_ENTRIES.length} in the listing)`,
    );
  });
});
