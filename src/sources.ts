import { resolve } from 'node:path';
import type { Config } from './config.js';
import type { Log } from './base/log.js';
import { ListingReloader } from './chat/listing-reloader.js';
import type { SubscriptionStore } from './digest/subscription-store.js';
import { ArxivClient } from './listing/arxiv-client.js';
import { ArxivFollower } from './listing/arxiv-follower.js';
import { BUNDLED_LISTING } from './paths.js';

/** The data folder: ARXIVIST_DATA_DIR, default ./data. */
export function dataDir(config: Config): string {
  return resolve(config.ARXIVIST_DATA_DIR ?? 'data');
}

/** A follower of the configured arXiv query (or of `query`), when there is one. */
export function arxivFollower(
  config: Config,
  log: Log,
  query = config.ARXIVIST_ARXIV_QUERY,
): ArxivFollower | undefined {
  if (!query) return undefined;
  const client = new ArxivClient({ ...(config.ARXIVIST_ARXIV_API ? { apiUrl: config.ARXIVIST_ARXIV_API } : {}), log });
  return new ArxivFollower(client, { query, dataDir: dataDir(config), max: config.ARXIVIST_ARXIV_MAX }, log);
}

/**
 * The papers to serve, as bot, console and CLI all read them: the listing file (`listing`, else
 * ARXIVIST_LISTING) and the saved copy of ARXIVIST_ARXIV_QUERY; the bundled example when
 * neither is configured.
 */
export function openListing(
  config: Config,
  log: Log,
  options: { listing?: string; store?: SubscriptionStore; fetchIfMissing?: boolean } = {},
): Promise<ListingReloader> {
  const arxiv = arxivFollower(config, log);
  const file = options.listing ?? config.ARXIVIST_LISTING ?? (arxiv ? undefined : BUNDLED_LISTING);
  return ListingReloader.open({
    ...(file ? { file } : {}),
    ...(file === BUNDLED_LISTING ? { bundled: true } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(options.store ? { store: options.store } : {}),
    fetchIfMissing: options.fetchIfMissing ?? true,
    log,
  });
}
