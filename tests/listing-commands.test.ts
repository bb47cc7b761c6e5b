// /follow, /unfollow and /listing through the chat pipeline, on chats' own listings kept in a
// SQLite store and fetched from the fake arXiv, which finds different papers for different queries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/limits.js';
import { renderTelegram } from '../src/adapters/telegram/render.js';
import { ArxivClient } from '../src/arxiv/arxiv-client.js';
import type { ChatContext, CommandContext } from '../src/chat/command.js';
import { plainText } from '../src/chat/document.js';
import { replyDocument } from '../src/chat/documents/index.js';
import type { IncomingFile } from '../src/chat/incoming-file.js';
import { ChatPipeline } from '../src/chat/pipeline.js';
import type { Reply } from '../src/chat/reply.js';
import { replyToJson } from '../src/chat/reply-json.js';
import { LiveIndex } from '../src/search/live-index.js';
import { ChatListings, MAX_SOURCES_PER_CHAT } from '../src/sources/chat-listings.js';
import { QueryRefresher } from '../src/sources/query-refresher.js';
import type { SourceView } from '../src/sources/source-views.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { validateMessage } from './fakes/discord-server.js';
import { fakeArxiv, fakePapers } from './helpers/arxiv.js';
import { FIXTURE_PATH, RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { type RealListing, readRaw, realPath } from './helpers/raw-copied.js';
import { tempDataDir } from './helpers/run.js';

const log = watchedLogger('the listing commands', { level: 'error' });
const arxiv = fakeArxiv();
/** The bot's listing: the bundled one. */
const live = new LiveIndex(fixtureIndex(), {
  files: [FIXTURE_PATH],
  bundled: true,
  filePapers: RAW_ENTRIES.length,
  asOf: new Date(),
});
const MAX_PER_QUERY = 25;
/** Papers in cs.DC by one author, and in cs.LG by the Mahajans (fakePapers' default). */
const DC = fakePapers(30, '2026-11-30', 101, { authors: ['Lin Spanner'], primary: 'cs.DC', categories: ['cs.DC'] });
const LG = fakePapers(12);
const PAPERS = [...DC, ...LG];

const stores: SqliteStore[] = [];
afterEach(() => Promise.all(stores.splice(0).map((s) => s.close())));

/** Where a command is typed: a chat (private unless said), by an administrator unless said. */
interface Where {
  chat?: string;
  kind?: ChatContext['kind'];
  admin?: boolean;
  platform?: 'telegram' | 'discord';
  file?: IncomingFile;
  /** Gives the context the console's way of opening a named file. */
  openFile?: CommandContext['openFile'];
  /** Typed outside any chat (the console today). */
  noChat?: boolean;
}

/** A listing file as a platform hands it over; `reads` counts the downloads. */
function sentFile(name: string, content: string | Buffer, announced?: number) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const file = { name, size: announced ?? bytes.length, reads: 0, read: async () => (file.reads++, bytes) };
  return file;
}

const realFile = (name: RealListing, as: string) => sentFile(as, readFileSync(realPath(name)));

/** The bot as the pipeline runs it, with each chat's own sources; `say` types a line and returns the reply. */
async function bot(options: { listings?: boolean } = {}) {
  const server = await arxiv(PAPERS);
  const store = new SqliteStore(join(tempDataDir(), 'arxivist.db'));
  stores.push(store);
  const client = new ArxivClient({ apiUrl: server.url, log, minIntervalMs: 10, retryDelayMs: 10, retries: 1 });
  const refresher = new QueryRefresher({ store, client, maxPerQuery: MAX_PER_QUERY, refreshMs: 3_600_000, log });
  const listings = new ChatListings({
    store,
    client,
    refresher,
    fallback: live,
    maxFollows: 100,
    maxPerQuery: MAX_PER_QUERY,
    indexMemoryBytes: 64 * 1024 * 1024,
    log,
  });
  const pipeline = new ChatPipeline({
    commands,
    live,
    log,
    rateLimit: { max: 10_000, windowMs: 60_000 },
    ...(options.listings === false ? {} : { listings }),
  });
  const say = async (text: string, where: Where = {}): Promise<Reply> => {
    const platform = where.platform ?? 'telegram';
    const chat: ChatContext = {
      platform,
      chatId: where.chat ?? 'c1',
      kind: where.kind ?? 'private',
      userId: 'u1',
      isAdmin: async () => where.admin ?? true,
    };
    const replies: Reply[] = [];
    await pipeline.handle({
      platform,
      incoming: { kind: 'line', text },
      userId: 'u1',
      chatId: chat.chatId,
      ...(where.file ? { file: where.file } : {}),
      context: () => ({
        ...live.snapshot(),
        platform,
        ...(where.noChat ? {} : { chat }),
        ...(where.openFile ? { openFile: where.openFile } : {}),
        commands,
        now: () => new Date(),
      }),
      send: async (out) => void (out.kind === 'reply' && replies.push(out.reply)),
    });
    expect(replies).toHaveLength(1);
    return replies[0] as Reply;
  };
  return { server, refresher, say };
}

/** What a reply says, its markup dropped: title, then every line of its blocks. */
function shown(reply: Reply): string {
  const doc = replyDocument(reply);
  const lines = doc.blocks.flatMap((b) =>
    b.type === 'text' ? b.lines : b.type === 'list' ? b.items : b.type === 'papers' ? b.entries.map((e) => [e.id]) : [],
  );
  return [...(doc.title ? [doc.title.text] : []), ...lines.map(plainText)].join('\n');
}

/** The arXiv ids a search answered with. */
function ids(reply: Reply): string[] {
  return reply.kind === 'papers' ? reply.items.map((i) => i.paper.arxivId ?? i.paper.id) : [];
}

/** A paper's title as the copied listing's lines show it (after the id line and any "doi" badge). */
function rawTitle(name: RealListing, i: number): { id: string; title: string } {
  const raw = readRaw(name)[i];
  if (!raw) throw new Error(`no entry ${i} in ${name}`);
  return { id: raw.id, title: raw.lines[raw.hasDoi ? 2 : 1] as string };
}

/** arXiv's total for a category, as the fake finds it: the papers listed in it. */
const inCategory = (cat: string) => PAPERS.filter((p) => p.categories.includes(cat)).length;

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

describe('/listing add', () => {
  it('loads a file sent with /listing, counts its papers, and replaces one of the same name', async () => {
    const { say } = await bot();
    const gpt = readRaw('gpt-search-2024-09').length;
    const loaded = await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt') });
    expect(shown(loaded)).toContain(`Loaded ${gpt} papers from gpt.txt`);
    expect(shown(loaded)).toContain('only its own sources');

    const mahajan = sentFile('mahajan.txt', readFileSync(FIXTURE_PATH));
    expect(shown(await say('/listing add', { file: mahajan }))).toContain(
      `Loaded ${RAW_ENTRIES.length} papers from mahajan.txt`,
    );
    const distributed = readRaw('distributed-systems').length;
    const again = await say('/listing add', { file: realFile('distributed-systems', 'gpt.txt') });
    expect(shown(again)).toContain(`Loaded ${distributed} papers from gpt.txt, replacing the earlier gpt.txt`);

    const listing = shown(await say('/listing'));
    expect(listing).toContain(`1. gpt.txt — listing file: ${distributed} papers, read just now`);
    expect(listing).toContain(`2. mahajan.txt — listing file: ${RAW_ENTRIES.length} papers, read just now`);
    expect(listing).not.toContain('3.');
  });

  it("keeps the chat's sources when a file is no listing, and refuses a large one before downloading it", async () => {
    const { say } = await bot();
    await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt') });
    expect(await say('/listing', { file: sentFile('notes.txt', 'Shopping: milk, eggs.\n') })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(
        /^No paper could be read from notes\.txt.*; this chat's sources are as they were\.$/,
      ),
    });
    const photo = sentFile('photo.png', 'PNG');
    expect(await say('/listing add', { file: photo })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('photo.png is not a listing file'),
    });
    const huge = sentFile('huge.html', '<html></html>', 6 * 1024 * 1024);
    expect(await say('/listing add', { file: huge })).toMatchObject({
      kind: 'error',
      message: 'huge.html has 6.0 MB; a listing file may have at most 5 MB.',
    });
    expect(photo.reads + huge.reads).toBe(0);
    const listing = shown(await say('/listing'));
    expect(listing).toContain('1. gpt.txt');
    expect(listing).not.toContain('2.');
  });

  it("answers /search from the chat's own papers only; another chat still gets the bot's listing", async () => {
    const { say } = await bot();
    await say('/listing', { file: realFile('gpt-search-2024-09', 'gpt.txt'), chat: 'reading-group' });
    const own = rawTitle('gpt-search-2024-09', 0);
    const bots = live.current.newest[0];
    if (!bots) throw new Error('the bot listing is empty');

    expect(ids(await say(`/search ${own.title}`, { chat: 'reading-group' }))).toContain(own.id);
    const theirs = await say(`/search ${bots.title}`, { chat: 'reading-group' });
    expect(theirs.kind === 'papers' ? theirs.items.map((i) => i.paper.title) : []).not.toContain(bots.title);

    expect(ids(await say(`/search ${own.title}`, { chat: 'elsewhere' }))).not.toContain(own.id);
    const elsewhere = await say(`/search ${bots.title}`, { chat: 'elsewhere' });
    expect(elsewhere.kind === 'papers' ? elsewhere.items.map((i) => i.paper.id) : []).toContain(bots.id);
  });

  it('names the first problems of a file, line by line, and counts the rest', async () => {
    const { say } = await bot();
    // Seven entries lose their "Authors:" line: each is a problem at its id line, as the file now numbers it.
    const entries = readRaw('gpt-search-2024-09');
    const broken = new Set(entries.slice(1, 8).map((e) => e.id));
    const lines: string[] = [];
    const idLines: number[] = [];
    let entry = '';
    for (const line of readFileSync(realPath('gpt-search-2024-09'), 'utf8').split('\n')) {
      if (line.startsWith('arXiv:')) entry = line.slice('arXiv:'.length).split(/\s/)[0] as string;
      if (broken.has(entry) && line.startsWith('Authors:')) continue;
      lines.push(line);
      if (line.startsWith('arXiv:') && broken.has(entry)) idLines.push(lines.length);
    }
    const said = shown(await say('/listing', { file: sentFile('broken.txt', lines.join('\n')) })).split('\n');
    expect(said[0]).toBe(`Loaded ${entries.length - 7} papers from broken.txt; 7 problems:`);
    expect(said.slice(1, 6).map((l) => l.split(':')[0])).toEqual(idLines.slice(0, 5).map((n) => `line ${n}`));
    expect(said[6]).toBe('and 2 more');
  });

  it('says how to send a file on each platform, and reads a path only where the console opens one', async () => {
    const { say } = await bot();
    expect(await say('/listing add')).toMatchObject({
      kind: 'error',
      message: 'Which listing file?',
      hint: 'To add a listing file, send the .txt or .html file as a document with the caption /listing.',
    });
    expect(await say('/listing add', { platform: 'discord' })).toMatchObject({
      hint: 'To add a listing file, use /listing add with the file in its file option.',
    });
    expect(await say('/listing add fixtures/mahajan.txt')).toMatchObject({
      kind: 'error',
      message: 'Only the console reads a file named by its path.',
    });
    const opened: string[] = [];
    const openFile = (path: string): IncomingFile => {
      opened.push(path);
      return sentFile('mahajan.txt', readFileSync(FIXTURE_PATH));
    };
    expect(shown(await say('/listing add fixtures/mahajan.txt', { openFile }))).toContain(
      `Loaded ${RAW_ENTRIES.length} papers from mahajan.txt`,
    );
    expect(opened).toEqual(['fixtures/mahajan.txt']);
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
      message: 'A listing of its own is kept per Telegram or Discord chat.',
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

describe('the sources reply', () => {
  const at = new Date('2026-12-01T12:00:00Z');
  const hoursAgo = (h: number) => new Date(at.getTime() - h * 3_600_000);
  const base = { version: 1, problems: [], createdAt: hoursAgo(100), addedAt: hoursAgo(100) };
  const sources: SourceView[] = [
    {
      ...base,
      n: 1,
      id: 1,
      kind: 'query',
      key: 'cat:cs.DC',
      label: 'cat:cs.DC',
      papers: 0,
      fetching: { fetched: 800, target: 2000 },
    },
    {
      ...base,
      n: 2,
      id: 2,
      kind: 'query',
      key: 'au:Mahajan',
      label: 'au:Mahajan',
      papers: 48,
      total: 48,
      refreshedAt: hoursAgo(72),
      error: { at: hoursAgo(2), message: 'arXiv could not be reached' },
      nextRefreshAt: new Date(at.getTime() + 10 * 60_000),
    },
    {
      ...base,
      n: 3,
      id: 3,
      kind: 'file',
      key: 'telegram:c1:gpt.txt',
      label: 'gpt.txt',
      papers: 50,
      refreshedAt: hoursAgo(3),
      problems: ['line 3: no title', 'line 9: no authors'],
    },
  ];

  it('says for each source how it stands: a fetch under way, a failure and the last success, file problems', () => {
    const reply: Reply = { kind: 'sources', sources, at, howToAdd: 'Follow a query.' };
    expect(shown(reply).split('\n')).toEqual([
      "This chat's own listing",
      '1. cat:cs.DC — arXiv query: not fetched yet; fetching: 800 of 2,000',
      '2. au:Mahajan — arXiv query: 48 papers (48 on arXiv); the last refresh failed 2 h ago (arXiv could not be reached); last success 3 days ago; next refresh in 10 min',
      '3. gpt.txt — listing file: 50 papers, read 3 h ago; 2 problems (line 3: no title)',
      "/unfollow N removes source N; /listing reset returns to the bot's listing. Follow a query.",
    ]);
    expect(replyToJson(reply)).toMatchObject({
      kind: 'sources',
      sources: [
        { n: 1, kind: 'query', query: 'cat:cs.DC', fetching: { fetched: 800, target: 2000 } },
        { n: 2, error: { at: hoursAgo(2).toISOString(), message: 'arXiv could not be reached' } },
        { n: 3, kind: 'file', label: 'gpt.txt', papers: 50, problems: ['line 3: no title', 'line 9: no authors'] },
      ],
    });
    expect(replyToJson(reply)).not.toHaveProperty('sources.2.query');
  });

  it('stays within Telegram and Discord limits with the most sources a chat may hold, each at its longest', () => {
    const long: SourceView[] = Array.from({ length: MAX_SOURCES_PER_CHAT }, (_, i) => ({
      ...(sources[1] as SourceView),
      n: i + 1,
      label: `abs:"${'mixture of experts '.repeat(60)}"`,
      error: { at: hoursAgo(2), message: 'x'.repeat(2000) },
      problems: ['p'.repeat(2000)],
    }));
    const reply: Reply = { kind: 'sources', sources: long, at, howToAdd: 'Follow a query.' };
    for (const m of renderTelegram(reply)) expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.messageLength);
    const discord = renderDiscord(reply);
    validateMessage({
      content: discord.content,
      embeds: discord.embeds,
      components: discord.components,
      allowed_mentions: { parse: [] },
    });
  });
});
