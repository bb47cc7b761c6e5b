import { join } from 'node:path';
import type { Config } from './config.js';
import type { DigestSender } from './digest/digest-service.js';
import type { SqliteStore } from './store/sqlite-store.js';
import { dataDir } from './sources.js';

/** The database file under ARXIVIST_DATA_DIR (default ./data). */
export function databaseFile(config: Config): string {
  return join(dataDir(config), 'arxivist.db');
}

/** Opens the store, applying migrations; the SQLite binding is loaded only then. */
export async function openStore(config: Config): Promise<SqliteStore> {
  const { SqliteStore } = await import('./store/sqlite-store.js');
  return new SqliteStore(databaseFile(config));
}

/**
 * Digest senders for the platforms configured in the environment (same tokens and API settings
 * as the bot). Platform libraries are imported only when their token is set, so the console
 * chat starts without loading them.
 */
export async function createSenders(config: Config): Promise<DigestSender[]> {
  const senders: DigestSender[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const { TelegramDigestSender, telegramApi } = await import('./adapters/telegram/telegram-digest-sender.js');
    senders.push(new TelegramDigestSender(telegramApi(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT)));
  }
  if (config.DISCORD_TOKEN) {
    const { DiscordDigestSender, discordRest } = await import('./adapters/discord/discord-digest-sender.js');
    senders.push(new DiscordDigestSender(discordRest(config.DISCORD_TOKEN, config.DISCORD_API_URL)));
  }
  return senders;
}
