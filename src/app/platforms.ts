import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimit } from '../store/rate-limiters.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { AnyCommand } from '../chat/command.js';
import type { Metrics } from '../base/metrics.js';
import type { SharedState } from '../base/shared-state.js';
import type { DigestSender, DigestService } from '../digest/digest-service.js';
import type { LiveIndex } from '../search/live-index.js';
import type { ChatListings } from '../sources/chat-listings.js';
import type { Route } from '../ops/http-server.js';

/** A chat platform made ready: started on demand, stopped on shutdown. */
export interface Platform {
  name: string;
  /** Sends digests through the platform's own client (one client per token). */
  sender?: DigestSender;
  start(): Promise<void>;
  done: Promise<void>;
  stop(): Promise<void>;
}

/** What the platforms share: the index, the commands, the digests, state and metrics. */
export interface PlatformDeps {
  live: LiveIndex;
  commands: readonly AnyCommand[];
  digests?: DigestService;
  /** Each chat's own sources, when a store is configured. */
  listings?: ChatListings;
  state?: SharedState;
  /** Per-user rate limits counted in the store, shared by every instance; in memory when absent. */
  rateLimiter?: (name: string, limit: RateLimit) => Promise<RateLimiterAbstract>;
  metrics?: Metrics;
  log: Logger;
}

/** What every chat adapter is built with. */
type Shared = Pick<PlatformDeps, 'live' | 'commands' | 'digests' | 'listings' | 'state' | 'metrics'>;

/** The platform's per-user limit, counted where every instance sees it when the store can. */
async function limitOf(limiter: PlatformDeps['rateLimiter'], name: string, limit: RateLimit) {
  return limiter ? { rateLimit: await limiter(name, limit) } : { rateLimit: limit };
}

/** The Telegram bot, and its webhook route when one is configured. */
async function makeTelegram(
  config: Config,
  token: string,
  shared: Shared,
  log: Logger,
  routes: Map<string, Route>,
  limiter: PlatformDeps['rateLimiter'],
): Promise<Platform> {
  const { TelegramAdapter } = await import('../adapters/telegram/telegram-adapter.js');
  const { TELEGRAM_LIMITS } = await import('../adapters/telegram/limits.js');
  const limit = { max: TELEGRAM_LIMITS.userCommandsPerWindow, windowMs: TELEGRAM_LIMITS.userWindowMs };
  const webhook =
    config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET }
      : undefined;
  const telegram = new TelegramAdapter({
    ...shared,
    ...(await limitOf(limiter, 'telegram', limit)),
    token,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(webhook ? { webhook } : {}),
    log: log.child({ adapter: 'telegram' }),
  });
  if (webhook) routes.set(new URL(webhook.url).pathname, telegram.webhookHandler());
  return {
    name: 'telegram',
    sender: telegram.digestSender(),
    start: () => telegram.start(),
    get done() {
      return telegram.done;
    },
    stop: () => telegram.stop(),
  };
}

/** The Discord bot, sharded as configured. */
async function makeDiscord(
  config: Config,
  token: string,
  shared: Shared,
  log: Logger,
  limiter: PlatformDeps['rateLimiter'],
): Promise<Platform> {
  const { DiscordAdapter } = await import('../adapters/discord/discord-adapter.js');
  const { DISCORD_LIMITS } = await import('../adapters/discord/limits.js');
  const limit = { max: DISCORD_LIMITS.userCommandsPerWindow, windowMs: DISCORD_LIMITS.userWindowMs };
  const count = config.DISCORD_SHARD_COUNT;
  const discord = new DiscordAdapter({
    ...shared,
    ...(await limitOf(limiter, 'discord', limit)),
    token,
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    ...(count ? { shards: { count, ...(config.DISCORD_SHARD_IDS ? { ids: config.DISCORD_SHARD_IDS } : {}) } } : {}),
    log: log.child({ adapter: 'discord' }),
  });
  // discord.js keeps the process alive while connected; "done" is when it is stopped.
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => {
    stopped = resolve;
  });
  return {
    name: 'discord',
    sender: discord.digestSender(),
    start: () => discord.start(),
    done,
    stop: async () => {
      await discord.stop();
      stopped();
    },
  };
}

/**
 * The chat platforms the configuration names, made but not started, and the HTTP routes they
 * serve (the Telegram webhook): the server must listen before Telegram is told the webhook.
 * Platform libraries are imported only when configured.
 */
export async function makePlatforms(
  config: Config,
  deps: PlatformDeps,
): Promise<{ platforms: Platform[]; routes: Map<string, Route> }> {
  const platforms: Platform[] = [];
  const routes = new Map<string, Route>();
  const shared = {
    live: deps.live,
    commands: deps.commands,
    ...(deps.digests ? { digests: deps.digests } : {}),
    ...(deps.listings ? { listings: deps.listings } : {}),
    ...(deps.state ? { state: deps.state } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  };
  if (config.TELEGRAM_BOT_TOKEN)
    platforms.push(await makeTelegram(config, config.TELEGRAM_BOT_TOKEN, shared, deps.log, routes, deps.rateLimiter));
  if (config.DISCORD_TOKEN)
    platforms.push(await makeDiscord(config, config.DISCORD_TOKEN, shared, deps.log, deps.rateLimiter));
  return { platforms, routes };
}
