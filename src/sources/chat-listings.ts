import { UserError } from '../base/errors.js';
import type { Log } from '../base/log.js';
import { plural } from '../base/plural.js';
import { type ArxivClient, ArxivQueryError } from '../arxiv/arxiv-client.js';
import { FETCH_PAGE_SIZE } from '../arxiv/arxiv-copy.js';
import { listingTextWorker, readListingText } from '../listing/load-listing.js';
import type { ListingWorker } from '../listing/parse-in-worker.js';
import type { ChatRef, ChatSourceRow, SourceStore } from '../listing/source-store.js';
import type { ChatView, FileRead, Followed, SourceView } from './source-views.js';
import type { LiveIndex } from '../search/live-index.js';
import { PaperIndex } from '../search/paper-index.js';
import { type IndexInput, IndexCache } from './index-cache.js';
import { TERMS_VERSION, indexTermsOf, storedTerms } from '../search/stored-terms.js';
import { chatOrigin } from './chat-origin.js';
import { queryKey } from './query-key.js';
import type { QueryRefresher } from './query-refresher.js';

/** Options of {@link ChatListings}. */
export interface ChatListingsOptions {
  store: SourceStore;
  /** Checks a query as it is followed. */
  client: ArxivClient;
  refresher: QueryRefresher;
  /** The bot's listing: what a chat with no sources of its own is served. */
  fallback: LiveIndex;
  /** Distinct queries all chats may follow together (ARXIVIST_MAX_FOLLOWS). */
  maxFollows: number;
  /** Papers fetched per query (ARXIVIST_ARXIV_MAX). */
  maxPerQuery: number;
  /** Memory the indexes of chats' sources may take (ARXIVIST_INDEX_MEMORY). */
  indexMemoryBytes: number;
  log: Log;
  now?: () => Date;
}

/** The most a listing file sent in a chat may have. */
export const MAX_LISTING_FILE_BYTES = 5 * 1024 * 1024;
/** The most sources one chat may hold. */
export const MAX_SOURCES_PER_CHAT = 20;
const LISTING_NAME = /\.(?:txt|text|html?)$/i;

/** Refuses what cannot be a listing file by its name and size; a file sent in a chat is checked before it is downloaded. */
export function checkListingFile(name: string, bytes: number): void {
  if (!LISTING_NAME.test(name))
    throw new UserError(
      `${name} is not a listing file: send a .txt (copied text) or .html (saved page) from arxiv.org.`,
    );
  if (bytes > MAX_LISTING_FILE_BYTES)
    throw new UserError(`${name} has ${(bytes / 1024 / 1024).toFixed(1)} MB; a listing file may have at most 5 MB.`);
}

const EMPTY = PaperIndex.of([]);

/**
 * Each chat's own listing: the arXiv queries it follows and the listing files sent in it, kept in
 * the store; a chat with none is served the bot's listing. Indexes of chats' sources are built
 * when first needed and kept within a memory budget.
 */
export class ChatListings {
  private readonly cache: IndexCache;
  private readonly now: () => Date;
  /** Reads the files sent in chats, one after another, apart from the thread that answers. */
  private worker: ListingWorker | undefined;

  constructor(private readonly options: ChatListingsOptions) {
    this.cache = new IndexCache(options.indexMemoryBytes);
    this.now = options.now ?? (() => new Date());
  }

  /** The papers the chat is served now: its sources' merged, or the bot's listing. */
  async view(chat: ChatRef | undefined): Promise<ChatView> {
    const rows = chat ? await this.options.store.chatSources(chat) : [];
    if (rows.length === 0) return { ...this.options.fallback.snapshot(), own: false };
    const filled = rows.filter((r) => r.refreshedAt !== undefined).sort((a, b) => a.id - b.id);
    const set = filled.map((r) => r.id).join('+');
    const version = filled.map((r) => r.version).join('+');
    const index = filled.length
      ? await this.cache.get(set, version, () => this.indexInput(filled.map((r) => r.id)))
      : EMPTY;
    return { index, origin: chatOrigin(await this.sources(chat as ChatRef, rows), this.now()), own: true };
  }

  /** The papers of these sources with the index terms stored beside them. */
  private async indexInput(ids: readonly number[]): Promise<IndexInput> {
    const { papers, derived } = await this.options.store.sourcePapersDerived(ids, TERMS_VERSION);
    return { papers, known: storedTerms(derived) };
  }

  /** The chat's sources, numbered, with any fetch under way. */
  async sources(chat: ChatRef, rows?: ChatSourceRow[]): Promise<SourceView[]> {
    const held = rows ?? (await this.options.store.chatSources(chat));
    return held.map((row, i) => {
      const progress = this.options.refresher.loading.get(row.id);
      return {
        ...row,
        n: i + 1,
        ...(progress ? { fetching: { fetched: progress.fetched, target: progress.target } } : {}),
      };
    });
  }

  /** Follows an arXiv query in the chat, once arXiv has said it has papers for it. */
  async follow(chat: ChatRef, typed: string, by?: string): Promise<Followed> {
    const query = queryKey(typed);
    if (!query) throw new UserError('Which arXiv query?', 'For example: /follow cat:cs.DC or /follow au:Mahajan');
    if (query.length > 1000) throw new UserError('That query is too long: at most 1000 characters.');
    const held = await this.options.store.chatSources(chat);
    const total = await this.check(query);
    const following = Math.min(total, this.options.maxPerQuery);
    const requests = Math.ceil(following / FETCH_PAGE_SIZE);
    if (held.some((r) => r.kind === 'query' && r.key === query))
      return { query, total, following, requests, already: true };
    if (held.length >= MAX_SOURCES_PER_CHAT)
      throw new UserError(
        `This chat has ${MAX_SOURCES_PER_CHAT} sources, the most it may hold.`,
        'Remove one with /unfollow first (see /listing).',
      );
    await this.linkWithinLimit(chat, query, typed.trim(), by);
    this.options.refresher.nudge();
    return { query, total, following, requests, already: false };
  }

  /** Papers arXiv has for the query; a UserError saying why when it has none or cannot say. */
  private async check(query: string): Promise<number> {
    try {
      const page = await this.options.client.page(query, 0, 1);
      if (page.total === 0)
        throw new UserError(
          `arXiv has no papers for ${query}.`,
          'Check the query: for example cat:cs.DC, au:Mahajan, ti:"mixture of experts".',
        );
      return page.total;
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (err instanceof ArxivQueryError) throw new UserError(`arXiv refused ${query}: ${err.reason}.`);
      this.options.log.warn({ query, err: (err as Error).message }, 'sources: a follow could not be checked');
      throw new UserError(
        'arXiv did not answer, so the query could not be checked; nothing changed.',
        'Try again in a few minutes.',
      );
    }
  }

  /** Links the query's source; refused (and undone) when it is one distinct query past the bot's limit. */
  private async linkWithinLimit(chat: ChatRef, query: string, label: string, by?: string): Promise<void> {
    const { store, maxFollows } = this.options;
    const now = this.now();
    const source = await store.ensureSource('query', query, label, now);
    await store.linkSource(chat, source.id, now, by);
    if ((await store.countFollowedQueries()) <= maxFollows) return;
    await store.unlinkSource(chat, source.id);
    throw new UserError(
      `This bot follows ${plural(maxFollows, 'query', 'queries')} already, its limit (ARXIVIST_MAX_FOLLOWS); nothing changed.`,
      'Follow a query another chat follows, or ask whoever runs the bot.',
    );
  }

  /** Removes the source numbered `n` in /listing, or all of them; the ones removed. */
  async unfollow(chat: ChatRef, which: number | 'all'): Promise<SourceView[]> {
    const views = await this.sources(chat);
    if (which === 'all') {
      await this.options.store.unlinkAll(chat);
      return views;
    }
    const view = views[which - 1];
    if (!view)
      throw new UserError(
        views.length
          ? `This chat has no source ${which}: it has ${plural(views.length, 'source')}.`
          : 'This chat follows nothing of its own.',
        'See them with /listing.',
      );
    await this.options.store.unlinkSource(chat, view.id);
    return [view];
  }

  /** Reads a listing file sent in the chat and makes it one of its sources (replacing one of the same name). */
  async addFile(chat: ChatRef, file: { name: string; bytes: Uint8Array }, by?: string): Promise<FileRead> {
    const name = file.name.trim().slice(0, 200) || 'listing.txt';
    checkListingFile(name, file.bytes.length);
    this.worker ??= listingTextWorker();
    const read = await readListingText(name, Buffer.from(file.bytes).toString('utf8'), this.worker);
    const problems = read.problems.map((p) => `line ${p.line}: ${p.message}`);
    if (read.papers.length === 0)
      throw new UserError(
        `No paper could be read from ${name}${problems[0] ? ` (${problems[0]})` : ''}; this chat's sources are as they were.`,
      );
    const { store } = this.options;
    const key = `${chat.platform}:${chat.chatId}:${name}`;
    const held = await store.chatSources(chat);
    if (!held.some((r) => r.kind === 'file' && r.key === key) && held.length >= MAX_SOURCES_PER_CHAT)
      throw new UserError(
        `This chat has ${MAX_SOURCES_PER_CHAT} sources, the most it may hold.`,
        'Remove one with /unfollow first (see /listing).',
      );
    const now = this.now();
    const source = await store.ensureSource('file', key, name, now);
    await store.setSourcePapers(source.id, read.papers, {
      at: now,
      problems,
      derived: await indexTermsOf(read.papers),
    });
    const added = await store.linkSource(chat, source.id, now, by);
    return { name, papers: read.papers.length, problems, replaced: !added };
  }

  /** Ends the worker that reads files sent in chats. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  /** Removes every source of the chat: it is served the bot's listing again. How many it had. */
  reset(chat: ChatRef): Promise<number> {
    return this.options.store.unlinkAll(chat);
  }

  /** Indexes held and the memory reckoned for them, for metrics and the benchmark. */
  indexUsage(): { indexes: number; bytes: number } {
    return this.cache.usage();
  }
}
