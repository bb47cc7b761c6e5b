// A bot with chats' own listings, for tests of /follow, /unfollow and /listing: the chat pipeline
// with every command, a ChatListings over a SQLite store in a temporary folder, the fake arXiv
// serving papers that different queries find apart, and the bundled listing as the bot's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { commands } from '../../commands/index.js';
import { ArxivClient } from '../../src/arxiv/arxiv-client.js';
import type { ChatContext, CommandContext } from '../../src/chat/command.js';
import { plainText } from '../../src/chat/document.js';
import { replyDocument } from '../../src/chat/documents/index.js';
import type { IncomingFile } from '../../src/chat/incoming-file.js';
import { ChatPipeline } from '../../src/chat/pipeline.js';
import type { Reply } from '../../src/chat/reply.js';
import { LiveIndex } from '../../src/search/live-index.js';
import { ChatListings } from '../../src/sources/chat-listings.js';
import { QueryRefresher } from '../../src/sources/query-refresher.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { fakeArxiv, fakePapers } from './arxiv.js';
import { FIXTURE_PATH, RAW_ENTRIES, fixtureIndex } from './fixture.js';
import { watchedLogger } from './leaks.js';
import { type RealListing, readRaw, realPath } from './raw-copied.js';
import { tempDataDir } from './run.js';

const log = watchedLogger('the listing commands', { level: 'error' });
/** The bot's listing: the bundled one. */
export const live = new LiveIndex(fixtureIndex(), {
  files: [FIXTURE_PATH],
  bundled: true,
  filePapers: RAW_ENTRIES.length,
  asOf: new Date(),
});
/** ARXIVIST_ARXIV_MAX of the bots: fewer than the fake has for cs.DC. */
export const MAX_PER_QUERY = 25;
/** Papers in cs.DC by one author, and in cs.LG by the Mahajans (fakePapers' default). */
export const DC = fakePapers(30, '2026-11-30', 101, {
  authors: ['Lin Spanner'],
  primary: 'cs.DC',
  categories: ['cs.DC'],
});
export const LG = fakePapers(12);
const PAPERS = [...DC, ...LG];

/** Where a command is typed: a chat (private unless said), by an administrator unless said. */
export interface Where {
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
export function sentFile(name: string, content: string | Buffer, announced?: number) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const file = { name, size: announced ?? bytes.length, reads: 0, read: async () => (file.reads++, bytes) };
  return file;
}

export const realFile = (name: RealListing, as: string) => sentFile(as, readFileSync(realPath(name)));

/**
 * For a test file: makes bots as the pipeline runs them, each with its own fake arXiv and store
 * (closed after each test); a bot's `say` types a line and returns the one reply.
 */
export function listingBots() {
  const arxiv = fakeArxiv();
  const opened: { close(): Promise<void> }[] = [];
  afterEach(() => Promise.all(opened.splice(0).map((s) => s.close())));
  return (options: { listings?: boolean } = {}) => bot(arxiv, opened, options);
}

async function bot(
  arxiv: ReturnType<typeof fakeArxiv>,
  opened: { close(): Promise<void> }[],
  options: { listings?: boolean },
) {
  const server = await arxiv(PAPERS);
  const store = new SqliteStore(join(tempDataDir(), 'arxivist.db'));
  opened.push(store);
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
  opened.push(listings);
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
export function shown(reply: Reply): string {
  const doc = replyDocument(reply);
  const lines = doc.blocks.flatMap((b) =>
    b.type === 'text' ? b.lines : b.type === 'list' ? b.items : b.type === 'papers' ? b.entries.map((e) => [e.id]) : [],
  );
  return [...(doc.title ? [doc.title.text] : []), ...lines.map(plainText)].join('\n');
}

/** The arXiv ids a search answered with. */
export function ids(reply: Reply): string[] {
  return reply.kind === 'papers' ? reply.items.map((i) => i.paper.arxivId ?? i.paper.id) : [];
}

/** A paper's title as the copied listing's lines show it (after the id line and any "doi" badge). */
export function rawTitle(name: RealListing, i: number): { id: string; title: string } {
  const raw = readRaw(name)[i];
  if (!raw) throw new Error(`no entry ${i} in ${name}`);
  return { id: raw.id, title: raw.lines[raw.hasDoi ? 2 : 1] as string };
}

/** arXiv's total for a category, as the fake finds it: the papers listed in it. */
export const inCategory = (cat: string) => PAPERS.filter((p) => p.categories.includes(cat)).length;
