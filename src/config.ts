import { z } from 'zod';
import { ConfigError } from './base/errors.js';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const SECRETS = new Set(['TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN']);

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

/** The environment variables arxivist reads, validated; see README's configuration table. */
export const ConfigSchema = z.object({
  ARXIVIST_LISTING: optionalText,
  /** Folder of the SQLite database (subscriptions, deliveries, first-seen papers). */
  ARXIVIST_DATA_DIR: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText.pipe(z.string().regex(/^\d+:[\w-]+$/, 'a bot token from @BotFather, like 123456789:AAE...').optional()),
  TELEGRAM_API_ROOT: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL, like https://api.telegram.org' }).optional()),
  DISCORD_TOKEN: optionalText.pipe(z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'a bot token from the Discord developer portal (three dot-separated parts)').optional()),
  DISCORD_APPLICATION_ID: optionalText.pipe(z.string().regex(/^\d{15,21}$/, 'the numeric application id from the Discord developer portal').optional()),
  DISCORD_GUILD_ID: optionalText.pipe(z.string().regex(/^\d{15,21}$/, 'a numeric server (guild) id').optional()),
  DISCORD_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL, like https://discord.com/api' }).optional()),
  /** Unset: info when a chat platform runs, warn in the console chat (so logs do not drown it). */
  LOG_LEVEL: z.enum(LEVELS).optional(),
}).superRefine((env, ctx) => {
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'set too when DISCORD_TOKEN is set (the application id from the developer portal)' });
  }
});

/** Validated configuration. */
export type Config = z.output<typeof ConfigSchema>;

/** Reads configuration from the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
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
