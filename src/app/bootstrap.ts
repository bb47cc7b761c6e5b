import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimit } from '../store/rate-limiters.js';
import { join, resolve } from 'node:path';
import type { Config } from './config.js';
import type { Log } from '../base/log.js';
import { ListingReloader } from '../reload/listing-reloader.js';
import { DigestService, type DigestSender } from '../digest/digest-service.js';
import type { SubscriptionStore } from '../digest/subscription-store.js';
import type { SourceStore } from '../listing/source-store.js';
import { ArxivClient } from '../arxiv/arxiv-client.js';
import { ArxivFollower } from '../arxiv/arxiv-follower.js';
import { ListingError } from '../listing/load-listing.js';
import { BUNDLED_LISTING, ROOT } from './paths.js';
import { ConfigError } from '../base/errors.js';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import type { SharedState } from '../base/shared-state.js';
import type { Metrics } from '../base/metrics.js';
import { countStoreErrors } from '../ops/counted-store.js';
import { importSavedCopy, openChatSources } from './chat-sources.js';
import { copyFile } from '../arxiv/arxiv-copy.js';
import type { ChatListings } from '../sources/chat-listings.js';
import type { QueryRefresher } from '../sources/query-refresher.js';

/**
 * The data folder: ARXIVIST_DATA_DIR (from the working folder), default data/ in the project, so
 * the bot and a CLI run from any other folder share one database and one saved copy.
 */
export function dataDir(config: Config): string {
  return config.ARXIVIST_DATA_DIR ? resolve(config.ARXIVIST_DATA_DIR) : join(ROOT, 'data');
}

/**
 * A follower of the configured arXiv query (or of `query`), when there is one; with
 * `coordination` (a store's), it keeps arXiv's spacing and refreshes one at a time with the other
 * processes on that database.
 */
export function arxivFollower(
  config: Config,
  log: Log,
  query = config.ARXIVIST_ARXIV_QUERY,
  coordination?: InstanceCoordination,
): ArxivFollower | undefined {
  if (!query) return undefined;
  const client = new ArxivClient({
    ...(config.ARXIVIST_ARXIV_API ? { apiUrl: config.ARXIVIST_ARXIV_API } : {}),
    ...(coordination ? { requestGate: coordination } : {}),
    log,
  });
  const settings = { query, dataDir: dataDir(config), max: config.ARXIVIST_ARXIV_MAX };
  return new ArxivFollower(client, { ...settings, ...(coordination ? { lease: coordination } : {}) }, log);
}

/**
 * The papers to serve, as bot, console and CLI all read them: the listing file (`listing`, else
 * ARXIVIST_LISTING) and the saved copy of ARXIVIST_ARXIV_QUERY; the bundled example when
 * neither is configured.
 */
export function openListing(
  config: Config,
  log: Log,
  options: {
    listing?: string;
    store?: SubscriptionStore & { readonly coordination?: InstanceCoordination };
    fetchIfMissing?: boolean;
    metrics?: Metrics;
  } = {},
): Promise<ListingReloader> {
  const arxiv = arxivFollower(config, log, undefined, options.store?.coordination);
  const file = options.listing ?? config.ARXIVIST_LISTING ?? (arxiv ? undefined : BUNDLED_LISTING);
  const fromSetting = !options.listing && config.ARXIVIST_LISTING !== undefined;
  const opened = ListingReloader.open({
    ...(file ? { file } : {}),
    ...(file === BUNDLED_LISTING ? { bundled: true } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(options.store ? { store: options.store } : {}),
    fetchIfMissing: options.fetchIfMissing ?? true,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    log,
  });
  return opened.catch((err: unknown) => {
    throw fromSetting && err instanceof ListingError ? new ConfigError(`ARXIVIST_LISTING: ${err.message}`) : err;
  });
}

/** The database file under ARXIVIST_DATA_DIR (default ./data). */
export function databaseFile(config: Config): string {
  return join(dataDir(config), 'arxivist.db');
}

/** A store as entry points use it: subscriptions and digests, sources and their papers, plus the state instances share. */
export type Store = SubscriptionStore &
  SourceStore & {
    readonly state: SharedState;
    /** arXiv's spacing and the refresh of each query, agreed with the other processes on the database. */
    readonly coordination: InstanceCoordination;
    /** Where it keeps its data, for logs: the SQLite file, or the PostgreSQL host and database. */
    readonly where: string;
    /** A per-user rate limit counted in the store, so every instance shares each user's count. */
    rateLimiter(name: string, limit: RateLimit): Promise<RateLimiterAbstract>;
  };

/**
 * Opens the store, applying migrations: PostgreSQL when ARXIVIST_DATABASE_URL is set, else the
 * SQLite file in the data folder. Each driver is loaded only when used.
 */
export async function openStore(config: Config, log?: Log): Promise<Store> {
  if (config.ARXIVIST_DATABASE_URL) {
    const { PostgresStore } = await import('../store/postgres-store.js');
    return PostgresStore.open({ url: config.ARXIVIST_DATABASE_URL, ...(log ? { log } : {}) });
  }
  const { SqliteStore } = await import('../store/sqlite-store.js');
  const file = databaseFile(config);
  try {
    return new SqliteStore(file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(dataDirProblem(dataDir(config), file, err as NodeJS.ErrnoException));
  }
}

/** What is wrong with the data folder or its database, and what to do, naming ARXIVIST_DATA_DIR. */
function dataDirProblem(dir: string, file: string, err: NodeJS.ErrnoException): string {
  const code = err.code ?? '';
  const where = `ARXIVIST_DATA_DIR (${dir})`;
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return `${where}: a file stands where the data folder should be; point ARXIVIST_DATA_DIR at a folder`;
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return `${where}: cannot write ${file} (${err.message}); give the bot's user write access, or choose another folder`;
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'))
    return `${where}: ${file} is not a usable SQLite database (${err.message}); restore it from a backup, or move it away to start afresh`;
  return `${where}: cannot open ${file} (${err.message})`;
}

/**
 * Digest senders for the platforms configured in the environment (same tokens and API settings
 * as the bot). Platform libraries are imported only when their token is set, so the console
 * chat starts without loading them.
 */
export async function createSenders(config: Config, log: Log): Promise<DigestSender[]> {
  const senders: DigestSender[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const { TelegramDigestSender, telegramApi } = await import('../adapters/telegram/telegram-digest-sender.js');
    senders.push(new TelegramDigestSender(telegramApi(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT, log)));
  }
  if (config.DISCORD_TOKEN) {
    const { DiscordDigestSender, discordRest } = await import('../adapters/discord/discord-digest-sender.js');
    senders.push(new DiscordDigestSender(discordRest(config.DISCORD_TOKEN, config.DISCORD_API_URL)));
  }
  return senders;
}

/** What an entry point runs on: the served listing, and the store and digests when asked for. */
export interface App {
  reloader: ListingReloader;
  store?: Store;
  digests?: DigestService;
  /** Each chat's own sources, with a store. */
  listings?: ChatListings;
  /** The fetcher of chats' queries, with a store; started by the bot only. */
  refresher?: QueryRefresher;
  /** Digest senders of the platforms configured. */
  senders: DigestSender[];
  close(): Promise<void>;
}

/** What an entry point needs built. */
export interface BootOptions {
  /** Open the database and the digest service (a chat platform, `digest run`). */
  store?: boolean;
  /** Digest senders for the configured platforms. */
  senders?: boolean;
  /** A listing that replaces ARXIVIST_LISTING (the CLI's --listing). */
  listing?: string;
  /** Fetch a followed query that has no saved copy (the bot); the CLI only reads the copy. */
  fetchIfMissing?: boolean;
  /** Counts reloads and store errors (the bot with PORT set). */
  metrics?: Metrics;
}

/**
 * The one composition below the entry points: configuration → listing sources → index → store →
 * services. main.ts, cli.ts and the digest runner only choose what to build and what to run.
 */
export async function bootstrap(config: Config, log: Log, options: BootOptions = {}): Promise<App> {
  const opened = options.store ? await openStore(config, log) : undefined;
  const store = opened && options.metrics ? countStoreErrors(opened, options.metrics) : opened;
  const reloader = await openListing(config, log, {
    ...(options.listing ? { listing: options.listing } : {}),
    ...(store ? { store } : {}),
    fetchIfMissing: options.fetchIfMissing ?? true,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const sources = store ? openChatSources(config, store, reloader.live, log) : undefined;
  const query = config.ARXIVIST_ARXIV_QUERY;
  if (store && query)
    await importSavedCopy(store, query, copyFile(dataDir(config), query), config.ARXIVIST_REFRESH, log);
  const digests = store
    ? new DigestService(store, reloader.live, () => reloader.asOf, log, {
        leaseMs: config.ARXIVIST_DIGEST_LEASE,
        indexFor: async (chat) => {
          const view = await sources?.listings.view(chat);
          return view?.own ? view.index : undefined;
        },
      })
    : undefined;
  const senders = options.senders ? await createSenders(config, log) : [];
  return {
    reloader,
    ...(store ? { store } : {}),
    ...(digests ? { digests } : {}),
    ...(sources ? sources : {}),
    senders,
    close: async () => {
      reloader.stop();
      await sources?.refresher.stop();
      await sources?.listings.close();
      await store?.close();
    },
  };
}
