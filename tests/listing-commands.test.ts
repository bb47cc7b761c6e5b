// /follow, /unfollow and /listing through the chat pipeline, on chats' own listings kept in a
// SQLite store and fetched from the fake arXiv, which finds different papers for different queries.
import { describe, expect, it } from 'vitest';
import { LG, MAX_PER_QUERY, inCategory, listingBots, realFile, shown, ids } from './helpers/listing-bot.js';
import { RAW_ENTRIES } from './helpers/fixture.js';

const bot = listingBots();

describe('/follow', () => {
  it("answers with arXiv's total and what the chat will be served, and the same query twice once", async () => {
    const { say, refresher } = await bot();
    const total = inCategory('cs.DC');
    expect(total).toBeGreaterThan(MAX_PER_QUERY);
    const followed = await say('/follow cat:cs.DC');
    expect(followed).toMatchObject({ kind: 'text' });
    expect(shown(followed)).toContain(
      `Following cat:cs.DC: ${total} papers on arXiv; this chat will be served the newest ${MAX_PER_QUERY} once fetched (about 1 request, 3 s apart).`,
    );
    expect(shown(followed)).toContain(
      "only its own sources (see /listing); /listing reset returns to the bot's listing",
    );
    expect(shown(await say('/follow   CAT:cs.DC'))).toContain('This chat follows cat:cs.DC already');

    expect(shown(await say('/listing'))).toContain('1. cat:cs.DC — arXiv query: not fetched yet; next refresh due now');
    expect(await refresher.runDue()).toBe(1);
    expect(shown(await say('/listing'))).toContain(
      `1. cat:cs.DC — arXiv query: ${MAX_PER_QUERY} papers (${total} on arXiv); refreshed just now; next refresh in 1 h`,
    );
    const stats = await say('/stats');
    expect(stats).toMatchObject({ kind: 'stats', stats: { papers: MAX_PER_QUERY } });
  });

  it('says why arXiv refused a query, or that it has no papers for it, and changes nothing', async () => {
    const { say } = await bot();
    expect(await say('/follow xx:routing')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^arXiv refused xx:routing: .*unknown field prefix "xx"/),
    });
    expect(await say('/follow cat:q-bio.NC')).toMatchObject({
      kind: 'error',
      message: 'arXiv has no papers for cat:q-bio.NC.',
    });
    expect(shown(await say('/listing'))).toContain("This chat is served the bot's listing");
  });

  it('changes nothing when arXiv does not answer, and /listing says when a refresh failed', async () => {
    const { say, server, refresher } = await bot();
    const down = { kind: 'status', status: 503 } as const;
    server.willMeet(down, down);
    expect(await say('/follow cat:cs.DC')).toMatchObject({
      kind: 'error',
      message: 'arXiv did not answer, so the query could not be checked; nothing changed.',
    });
    expect(shown(await say('/listing'))).toContain("This chat is served the bot's listing");

    await say('/follow cat:cs.DC');
    server.willMeet(down, down);
    await refresher.runDue();
    expect(shown(await say('/listing'))).toMatch(
      /1\. cat:cs\.DC — arXiv query: not fetched yet; the last refresh failed just now \(.+\); none has succeeded yet; next refresh in 15 min/,
    );
  });

  it('serves a chat only the papers of its sources; another chat keeps the bot’s listing', async () => {
    const { say, refresher } = await bot();
    await say('/follow au:Mahajan', { chat: 'lab' });
    await refresher.runDue();
    const mahajans = new Set(LG.map((p) => p.id));
    const found = ids(await say('/search routing --limit 20', { chat: 'lab' }));
    expect(found.length).toBe(Math.min(20, mahajans.size));
    for (const id of found) expect(mahajans).toContain(id);
    expect(await say('/stats', { chat: 'other' })).toMatchObject({
      kind: 'stats',
      stats: { papers: RAW_ENTRIES.length },
    });
  });
});

describe('/unfollow and /listing reset', () => {
  it('remove one source, name what the chat is served now, and go back to the bot’s listing', async () => {
    const { say } = await bot();
    await say('/follow cat:cs.DC');
    await say('/follow au:Mahajan');
    await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt') });
    expect(shown(await say('/unfollow 1'))).toBe(
      'No longer following cat:cs.DC.\nThis chat is served 1. au:Mahajan, 2. gpt.txt now.',
    );
    expect(shown(await say('/unfollow gpt.txt'))).toBe(
      'Removed the listing file gpt.txt.\nThis chat is served 1. au:Mahajan now.',
    );
    expect(await say('/unfollow 5')).toMatchObject({
      kind: 'error',
      message: 'This chat has no source 5: it has 1 source.',
    });
    expect(shown(await say('/listing reset'))).toBe("This chat is served the bot's listing again (removed 1 source).");
    expect(shown(await say('/listing reset'))).toBe(
      "This chat has no sources of its own: it is served the bot's listing already.",
    );
    expect(await say('/unfollow all')).toMatchObject({ kind: 'error' });
    await say('/follow cat:cs.DC');
    expect(shown(await say('/unfollow all'))).toBe(
      "No longer following cat:cs.DC.\nThis chat is served the bot's listing again.",
    );
  });
});

describe('who may change a chat’s sources', () => {
  it('refuses /follow, /unfollow, /listing add and reset to members of a group, and shows /listing to all', async () => {
    const { say } = await bot();
    await say('/follow cat:cs.DC', { kind: 'group', chat: 'g' });
    const member = { kind: 'group', chat: 'g', admin: false } as const;
    const refused = (what: string) => ({
      kind: 'error',
      message: `Only administrators can use ${what} in this group.`,
      hint: 'Ask a group administrator.',
    });
    expect(await say('/follow au:Mahajan', member)).toMatchObject(refused('/follow'));
    expect(await say('/unfollow 1', member)).toMatchObject(refused('/unfollow'));
    const file = realFile('gpt-search-2024-09', 'gpt.txt');
    expect(await say('/listing', { ...member, file })).toMatchObject(refused('/listing add'));
    expect(file.reads).toBe(0);
    expect(await say('/listing reset', member)).toMatchObject(refused('/listing reset'));
    expect(await say('/listing reset', { ...member, platform: 'discord' })).toMatchObject({
      hint: 'It needs the Manage Channels permission.',
    });
    expect(shown(await say('/listing', member))).toContain('1. cat:cs.DC');
  });

  it('explains where a chat’s own listing is kept: in a chat, with a database', async () => {
    const { say } = await bot();
    expect(await say('/follow cat:cs.DC', { noChat: true })).toMatchObject({
      kind: 'error',
      message: '/follow works in a chat: Telegram, Discord, or the console chat (npm start).',
    });
    const outside = await say('/listing', { noChat: true });
    expect(outside).toMatchObject({ kind: 'sources', sources: [] });
    expect(shown(outside)).toContain(
      `This chat is served the bot's listing\nPapers from: the bundled example listing mahajan.txt, ${RAW_ENTRIES.length} papers`,
    );
    const without = await bot({ listings: false });
    expect(await without.say('/follow cat:cs.DC')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^Following queries needs a chat with a database/),
    });
  });
});
