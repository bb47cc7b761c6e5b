import type { Log } from '../base/log.js';
import { ConfigError } from '../base/errors.js';
import { type App, type BootOptions, bootstrap } from './bootstrap.js';
import type { Config } from './config.js';
import { type Logger, createLogger } from './logger.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, replyError: 1, usage: 2 } as const;

/** Where a CLI run reads its settings and writes: the process's streams and environment, or a test's. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal, where progress may be drawn in place. */
  stderrIsTTY?: boolean;
}

/** A mistake in the command line: exit 2 with the message and the usage. */
export class UsageError extends Error {}

/**
 * The CLI's logger, written to the run's stderr at LOG_LEVEL, default warn: one readable line per
 * event on a terminal, JSON lines otherwise (stdout may be JSON too, and scripts read the log).
 */
export function cliLogger(config: Config, io: Io): Logger {
  return createLogger(config.LOG_LEVEL ?? 'warn', {
    destination: { write: io.stderr },
    pretty: io.stderrIsTTY === true,
  });
}

/** What the bot would serve, read without asking arXiv. */
export async function served(
  config: Config,
  log: Log,
  options: Omit<BootOptions, 'fetchIfMissing'> = {},
): Promise<App> {
  const app = await bootstrap(config, log, { ...options, fetchIfMissing: false });
  const query = app.reloader.origin().arxiv;
  if (app.reloader.live.current.size === 0 && query) {
    await app.close();
    throw new ConfigError(`nothing fetched yet for ARXIVIST_ARXIV_QUERY "${query.query}": run "arxivist fetch" first`);
  }
  return app;
}
