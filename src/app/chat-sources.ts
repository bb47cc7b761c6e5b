import type { Config } from './config.js';
import type { Log } from '../base/log.js';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import { ArxivClient } from '../arxiv/arxiv-client.js';
import { readCopy } from '../arxiv/arxiv-copy.js';
import { queryKey } from '../sources/query-key.js';
import type { SourceStore } from '../listing/source-store.js';
import type { LiveIndex } from '../search/live-index.js';
import { ChatListings } from '../sources/chat-listings.js';
import { indexTermsOf } from '../search/stored-terms.js';
import { QueryRefresher } from '../sources/query-refresher.js';

/** What chats' own sources are kept in: the store, with its coordination of instances. */
type SourcesStore = SourceStore & { coordination: InstanceCoordination };

/** Each chat's own listing and the one fetcher of their queries (not started). */
export function openChatSources(
  config: Config,
  store: SourcesStore,
  fallback: LiveIndex,
  log: Log,
): { listings: ChatListings; refresher: QueryRefresher } {
  const client = new ArxivClient({
    ...(config.ARXIVIST_ARXIV_API ? { apiUrl: config.ARXIVIST_ARXIV_API } : {}),
    requestGate: store.coordination,
    log,
  });
  const refresher = new QueryRefresher({
    store,
    client,
    lease: store.coordination,
    maxPerQuery: config.ARXIVIST_ARXIV_MAX,
    refreshMs: config.ARXIVIST_REFRESH,
    log,
  });
  const listings = new ChatListings({
    store,
    client,
    refresher,
    fallback,
    maxFollows: config.ARXIVIST_MAX_FOLLOWS,
    maxPerQuery: config.ARXIVIST_ARXIV_MAX,
    indexMemoryBytes: config.ARXIVIST_INDEX_MEMORY,
    log,
  });
  return { listings, refresher };
}

/**
 * The saved copy of the bot's own query (`file`, from before chats had sources) becomes a known
 * source once, so a chat that follows the same query is served its papers at once.
 */
export async function importSavedCopy(
  store: SourceStore,
  query: string,
  file: string,
  refreshMs: number,
  log: Log,
): Promise<void> {
  const { copy } = await readCopy(file, query);
  if (!copy) return;
  const source = await store.ensureSource('query', queryKey(query), query, new Date());
  if (source.refreshedAt) return;
  const at = new Date(copy.fetchedAt);
  const nextRefreshAt = new Date(at.getTime() + refreshMs);
  const derived = await indexTermsOf(copy.papers);
  await store.setSourcePapers(source.id, copy.papers, { at, total: copy.total, problems: [], nextRefreshAt, derived });
  log.info(
    { query, papers: copy.papers.length },
    'sources: the saved copy of the query is now a source chats may follow',
  );
}
