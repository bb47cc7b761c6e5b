// Chats' own listings with two instances of the bot on one PostgreSQL schema (Telegram by webhook
// against the fake Bot API, which delivers each update to the instance a test picks) and the fake
// arXiv: a query followed through one instance is served by the other, and the two instances'
// requests to arXiv keep arXiv's 3 s apart. Runs when ARXIVIST_TEST_DATABASE_URL is set.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { type FakeChat, FakeTelegramServer, type FakeUser } from './fakes/telegram-server.js';
import { fakePapers } from './helpers/arxiv.js';
import { type Instance, freshSchema, startInstance, stopAll } from './helpers/instances.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];
const HOOK = 'https://bot.example.test/telegram/hook';
const DC = fakePapers(7, '2026-11-30', 101, { authors: ['Lin Spanner'], primary: 'cs.DC', categories: ['cs.DC'] });
const NC = fakePapers(6, '2026-11-29', 201, {
  authors: ['Rosa Neuron'],
  primary: 'q-bio.NC',
  categories: ['q-bio.NC'],
});
/** arXiv's spacing as the fake measures it, less a little for its clock's granularity. */
const SPACING_MS = 3000 - 10;

const running: Instance[] = [];
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  await stopAll(running.splice(0));
}, 60_000);
afterAll(async () => {
  for (const close of closing.splice(0)) await close();
});

/** Resolves once any of the instances has logged a line that has every one of `parts`. */
function loggedByAny(instances: readonly Instance[], ...parts: string[]): Promise<void> {
  const has = (i: Instance) => i.out.text.split('\n').some((l) => parts.every((p) => l.includes(p)));
  return new Promise((resolve) => {
    const check = () => {
      if (!instances.some(has)) return;
      for (const i of instances) i.child.stderr.off('data', check);
      resolve();
    };
    for (const i of instances) i.child.stderr.on('data', check);
    check();
  });
}

const fakeIdsIn = (text: string) => [...new Set(text.match(/\b2611\.\d{5}\b/g) ?? [])].sort();
const idsOf = (papers: readonly { id: string }[]) => papers.map((p) => p.id).sort();

describe.runIf(PG_URL)("chats' own listings on two instances sharing PostgreSQL", () => {
  it('a query followed through one instance is served by the other; arXiv sees requests 3 s apart', async () => {
    const telegram = await new FakeTelegramServer('777002:INSTANCES-token-value').start();
    const arxiv = await new FakeArxivServer([...DC, ...NC]).start();
    const schema = await freshSchema(PG_URL as string);
    closing.push(
      () => telegram.close(),
      () => arxiv.close(),
      () => schema.drop(),
    );
    const env = {
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: HOOK,
      TELEGRAM_WEBHOOK_SECRET: 'instances-hook-secret',
      ARXIVIST_DATABASE_URL: schema.url,
      ARXIVIST_ARXIV_API: arxiv.url,
      ARXIVIST_LISTING: undefined,
      ARXIVIST_ARXIV_QUERY: undefined,
    };
    const [one, two] = await Promise.all([startInstance(env), startInstance(env)]);
    running.push(one, two);

    // Each update goes to the instance its chat's last message was sent through.
    const through = new Map<number, Instance>();
    telegram.webhook.route = (update) => {
      const chat = (update['message'] as { chat: FakeChat }).chat.id;
      return `${(through.get(chat) as Instance).base}/telegram/hook`;
    };
    /** Sends `text` in the chat through `instance`; the bot's first message to the chat after it. */
    const say = async (instance: Instance, chat: FakeChat, from: FakeUser, text: string) => {
      through.set(chat.id, instance);
      const before = telegram.messagesTo(chat.id).length;
      telegram.userSays(chat, from, text);
      const m = await telegram.waitForMessage(chat.id, (m) => telegram.messagesTo(chat.id).indexOf(m) >= before);
      return m.text;
    };
    const ua: FakeUser = { id: 9_200_001, is_bot: false, first_name: 'Ada' };
    const ub: FakeUser = { id: 9_200_002, is_bot: false, first_name: 'Bea' };
    const privately = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private', first_name: u.first_name });
    const [a, b] = [privately(ua), privately(ub)];
    const fetched = [
      loggedByAny([one, two], '"msg":"arxiv: query refreshed"', '"query":"cat:cs.DC"'),
      loggedByAny([one, two], '"msg":"arxiv: query refreshed"', '"query":"cat:q-bio.NC"'),
    ];

    // Both at once: each instance checks its query with arXiv while the other may be fetching.
    const followed = await Promise.all([say(one, a, ua, '/follow cat:cs.DC'), say(two, b, ub, '/follow cat:q-bio.NC')]);
    expect(followed[0]).toMatch(/^Following cat:cs.DC: 7 papers on arXiv/);
    expect(followed[1]).toMatch(/^Following cat:q-bio.NC: 6 papers on arXiv/);
    await Promise.all(fetched);

    // Each chat asks the instance it did not follow through.
    const listing = await say(two, a, ua, '/listing');
    expect(listing).toMatch(/1\. cat:cs\.DC\b[^\n]*\b7 papers/);
    const inA = await say(two, a, ua, '/latest 20');
    expect(inA).toContain('Latest papers (7 in the listing)');
    expect(fakeIdsIn(inA)).toEqual(idsOf(DC));
    const inB = await say(one, b, ub, '/search routing --limit 20');
    expect(fakeIdsIn(inB)).toEqual(idsOf(NC));

    // Two checks and one page per query, one at a time, whichever instance sent them.
    expect(arxiv.requests).toHaveLength(4);
    expect(arxiv.maxConcurrent).toBe(1);
    const at = arxiv.requests.map((r) => r.at).sort((x, y) => x - y);
    const gaps = at.slice(1).map((t, i) => t - (at[i] as number));
    expect(gaps.filter((gap) => gap < SPACING_MS)).toEqual([]);
  }, 120_000);
});
