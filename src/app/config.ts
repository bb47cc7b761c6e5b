import ms from 'ms';
import { z } from 'zod';
import { ConfigError } from '../base/errors.js';
import { keepSecret } from '../base/secrets.js';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const SECRETS = new Set(['TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN', 'ARXIVIST_DATABASE_URL', 'TELEGRAM_WEBHOOK_SECRET']);

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

/** "512MB" → 512, "1GB" → 1024. */
function megabytes(size: string): number {
  const n = Number(size.replace(/\D/g, ''));
  return /GB$/i.test(size) ? n * 1024 : n;
}

/** A setting that is a whole number when set: its digits as `pattern` allows, else `expected`. */
function optionalWholeNumber(pattern: RegExp, expected: string) {
  return optionalText
    .pipe(z.string().regex(pattern, expected).optional())
    .transform((s) => (s === undefined ? undefined : Number(s)));
}

/** ms's forms ("30s", "2m", "6h", "1.5d") with a unit: a bare "6" is more likely hours than milliseconds. */
function durationMs(text: string): number | undefined {
  const n = /[a-z]$/i.test(text) ? ms(text as ms.StringValue) : undefined;
  return n !== undefined && Number.isFinite(n) ? Math.round(n) : undefined;
}

type Limit = [duration: string, why?: string];

/** A duration setting, in ms: unset, `unset`; given, between `least` and `most`. */
function duration(like: string, unset: string, least: Limit, most: Limit) {
  const said = ([limit, why]: Limit) => (why ? `${limit} (${why})` : limit);
  return optionalText
    .transform((s) => durationMs(s ?? unset))
    .pipe(
      z
        .number({ error: `a duration like ${like}` })
        .min(durationMs(least[0]) as number, `at least ${said(least)}`)
        .max(durationMs(most[0]) as number, `at most ${said(most)}`),
    );
}

/** The environment variables arxivist reads, validated; see README's configuration table. */
export const ConfigSchema = z
  .object({
    ARXIVIST_LISTING: optionalText,
    /** Folder of the SQLite database (subscriptions, deliveries, first-seen papers). */
    ARXIVIST_DATA_DIR: optionalText,
    TELEGRAM_BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]+$/, 'a bot token from @BotFather, like 123456789:AAE...')
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'an http(s) URL, like https://api.telegram.org' }).optional(),
    ),
    DISCORD_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'a bot token from the Discord developer portal (three dot-separated parts)')
        .optional(),
    ),
    DISCORD_APPLICATION_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{15,21}$/, 'the numeric application id from the Discord developer portal')
        .optional(),
    ),
    DISCORD_GUILD_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{15,21}$/, 'a numeric server (guild) id')
        .optional(),
    ),
    DISCORD_API_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'an http(s) URL, like https://discord.com/api' }).optional(),
    ),
    /** A query in the arXiv API's search_query syntax to follow, like au:Mahajan or cat:cs.LG. */
    ARXIVIST_ARXIV_QUERY: optionalText.pipe(z.string().max(1000, 'at most 1000 characters').optional()),
    ARXIVIST_ARXIV_API: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'an http(s) URL, like https://export.arxiv.org/api/query' }).optional(),
    ),
    /** How often to refresh the query, in ms (given as 30m, 6h, 1d; 15m to 7d). */
    ARXIVIST_REFRESH: duration(
      '30m, 6h or 1d',
      '6h',
      ['15m', 'arXiv updates its listings once a day'],
      ['7d', 'a longer wait leaves the copy stale'],
    ),
    /** Most papers of the query to fetch and keep. */
    ARXIVIST_ARXIV_MAX: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d{1,6}$/, 'a whole number of papers, like 2000')
          .optional(),
      )
      .transform((s) => (s ? Number(s) : 2000))
      .pipe(z.number().min(1, 'at least 1').max(30_000, 'at most 30000 (the API serves no more for one query)')),
    /** Distinct arXiv queries all chats may follow together (/follow). */
    ARXIVIST_MAX_FOLLOWS: optionalWholeNumber(/^\d{1,5}$/, 'a whole number of queries, like 100')
      .pipe(z.number().min(1, 'at least 1').max(10_000, 'at most 10000').optional())
      .transform((n) => n ?? 100),
    /** Memory the indexes of chats' own sources may take, in bytes (given as 512MB or 1GB). */
    ARXIVIST_INDEX_MEMORY: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d{1,6}\s*[MG]B$/i, 'a size like 512MB or 1GB')
          .optional(),
      )
      .transform((s) => megabytes(s ?? '512MB') * 1024 * 1024)
      .pipe(z.number().min(16 * 1024 * 1024, 'at least 16MB')),
    /** How long a process's claim on a digest delivery lasts unless renewed (given as 30s, 2m; 1s to 1h). */
    ARXIVIST_DIGEST_LEASE: duration('30s or 2m', '2m', ['1s'], ['1h', "a killed instance's digests wait that long"]),
    /** PostgreSQL for several instances sharing subscriptions; unset, SQLite in ARXIVIST_DATA_DIR. */
    ARXIVIST_DATABASE_URL: optionalText.pipe(
      z
        .url({
          protocol: /^postgres(?:ql)?$/,
          error: 'a postgres:// URL, like postgres://user:pass@host:5432/arxivist',
        })
        .optional(),
    ),
    /** Telegram posts updates to this public https URL instead of being polled. */
    TELEGRAM_WEBHOOK_URL: optionalText.pipe(
      z.url({ protocol: /^https$/, error: 'a public https URL, like https://bot.example.org/telegram' }).optional(),
    ),
    TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, "1 to 256 letters, digits, _ or - (Telegram's rule for secret_token)")
        .optional(),
    ),
    /** Port of the HTTP server: health, metrics and the Telegram webhook (0: any free port). */
    PORT: optionalWholeNumber(/^\d{1,5}$/, 'a port number, like 8080').pipe(
      z.number().max(65_535, 'at most 65535').optional(),
    ),
    /** Shards in all, and the ones this instance holds ("0,1"); unset: one instance, every shard. */
    DISCORD_SHARD_COUNT: optionalWholeNumber(/^\d{1,4}$/, 'a whole number of shards, like 2').pipe(
      z.number().min(1, 'at least 1').optional(),
    ),
    DISCORD_SHARD_IDS: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d{1,4}(?:\s*,\s*\d{1,4})*$/, 'shard numbers separated by commas, like 0,1')
          .optional(),
      )
      .transform((s) => s?.split(',').map((n) => Number(n.trim()))),
    /** Unset: info when a chat platform runs, warn in the console chat (so logs do not drown it). */
    LOG_LEVEL: z.enum(LEVELS).optional(),
  })
  .superRefine((env, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN)
      need('TELEGRAM_BOT_TOKEN', 'set too when TELEGRAM_WEBHOOK_URL is set');
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
      need('TELEGRAM_WEBHOOK_SECRET', 'set too when TELEGRAM_WEBHOOK_URL is set (every request must carry it)');
    if (env.TELEGRAM_WEBHOOK_URL && env.PORT === undefined)
      need('PORT', 'set too when TELEGRAM_WEBHOOK_URL is set (the port a proxy forwards the webhook to)');
    if (env.DISCORD_SHARD_IDS && env.DISCORD_SHARD_COUNT === undefined)
      need('DISCORD_SHARD_COUNT', 'set too when DISCORD_SHARD_IDS is set');
    const count = env.DISCORD_SHARD_COUNT;
    if (count !== undefined && env.DISCORD_SHARD_IDS?.some((id) => id >= count))
      need('DISCORD_SHARD_IDS', `shard numbers below DISCORD_SHARD_COUNT (${count})`);
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message: 'set too when DISCORD_TOKEN is set (the application id from the developer portal)',
      });
    }
  });

/** Validated configuration. */
export type Config = z.output<typeof ConfigSchema>;

/** Reads configuration from the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) {
    keepSecrets(parsed.data, env);
    return parsed.data;
  }
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = env[name];
    const accepted = issue.code === 'invalid_value' ? `one of ${issue.values.map(String).join(', ')}` : issue.message;
    if (issue.code === 'custom') return `${name}: must be ${issue.message}`;
    // Secrets are named, never echoed.
    const shown = given === undefined || SECRETS.has(name) ? '' : ` (got "${given}")`;
    return `${name}: must be ${accepted}${shown}`;
  });
  throw new ConfigError(`configuration error:\n  ${lines.join('\n  ')}`);
}

/**
 * Hides the configured secrets from every log line and message from now on: every entry point
 * reads its configuration here before it logs or prints anything.
 */
function keepSecrets(config: Config, env: NodeJS.ProcessEnv): void {
  keepSecret(config.TELEGRAM_BOT_TOKEN);
  keepSecret(config.DISCORD_TOKEN);
  keepSecret(config.TELEGRAM_WEBHOOK_SECRET);
  if (config.ARXIVIST_DATABASE_URL) {
    const url = new URL(config.ARXIVIST_DATABASE_URL);
    for (const password of [url.password, url.searchParams.get('password') ?? undefined]) {
      keepSecret(password);
      keepSecret(decoded(password));
    }
  }
  // pg reads it when the URL has no password.
  keepSecret(env['PGPASSWORD']);
}

function decoded(text: string | undefined): string | undefined {
  try {
    return text === undefined ? undefined : decodeURIComponent(text);
  } catch {
    return text;
  }
}
