import { commands } from '../commands/index.js';
import { runConsole } from './adapters/console/console-adapter.js';
import { type Config, loadConfig } from './config.js';
import { checkCommands } from './chat/command.js';
import { ConfigError } from './base/errors.js';
import { describeOrigin } from './listing/listing-origin.js';
import { type Logger, createLogger } from './logger.js';
import { bootstrap, databaseFile } from './bootstrap.js';
import { DigestScheduler } from './digest/scheduler.js';

/** A running adapter: something to stop on shutdown. */
interface Started {
  name: string;
  done: Promise<void>;
  stop(): Promise<void>;
}

async function start(config: Config, log: Logger): Promise<void> {
  const problems = checkCommands(commands);
  if (problems.length > 0) throw new Error(`command declarations break platform rules:\n  ${problems.join('\n  ')}`);

  // Digests need a chat platform; the console chat runs without a database.
  const platforms = Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);
  const app = await bootstrap(config, log, { store: platforms, senders: platforms, fetchIfMissing: true });
  const { reloader, store, digests, senders } = app;
  if (store) log.info({ database: databaseFile(config), schema: store.version }, 'store ready');
  const live = reloader.live;
  const source = describeOrigin(reloader.origin(), new Date());
  log.info({ source, papers: live.current.size, newPapers: reloader.newAtOpen }, 'listing loaded');

  const started: Started[] = [];
  let scheduler: DigestScheduler | undefined;
  // Signals are handled from here on, so a SIGTERM during start-up still shuts down cleanly.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Let a digest run in progress finish its current sends before the adapters go.
    await scheduler?.stop();
    const results = await Promise.allSettled(started.map((r) => r.stop()));
    await app.close();
    for (const [i, r] of results.entries()) {
      if (r.status === 'rejected')
        log.warn({ err: r.reason, adapter: started[i]?.name }, 'adapter did not stop cleanly');
    }
    log.info('stopped');
  };
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
  process.on('SIGHUP', () => void reloader.reload('SIGHUP', { arxiv: true }));

  if (config.TELEGRAM_BOT_TOKEN) {
    // Imported only when configured, so the console chat starts without loading grammY.
    const { TelegramAdapter } = await import('./adapters/telegram/telegram-adapter.js');
    const telegram = new TelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
      live,
      commands,
      ...(digests ? { digests } : {}),
      log: log.child({ adapter: 'telegram' }),
    });
    await telegram.start();
    started.push({ name: 'telegram', done: telegram.done, stop: () => telegram.stop() });
  }
  if (config.DISCORD_TOKEN) {
    const { DiscordAdapter } = await import('./adapters/discord/discord-adapter.js');
    const discord = new DiscordAdapter({
      token: config.DISCORD_TOKEN,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      live,
      commands,
      ...(digests ? { digests } : {}),
      log: log.child({ adapter: 'discord' }),
    });
    await discord.start();
    // discord.js keeps the process alive while connected; "done" is when it is stopped.
    let stopped!: () => void;
    const done = new Promise<void>((resolve) => {
      stopped = resolve;
    });
    started.push({
      name: 'discord',
      done,
      stop: async () => {
        await discord.stop();
        stopped();
      },
    });
  }
  if (started.length === 0) {
    // No chat platform configured: the embedded default is a console chat over the listing.
    const consoleDone = runConsole({
      input: process.stdin,
      output: process.stdout,
      live,
      commands,
      log,
      banner: `arxivist: ${live.current.size} papers (${source}). Type /help, a question, or Ctrl-D to quit.`,
    });
    started.push({
      name: 'console',
      done: consoleDone,
      stop: async () => {
        process.stdin.destroy();
      },
    });
  }

  // Digests run where a chat platform is configured; the console has no chat to deliver to.
  if (store && digests && senders.length > 0 && !stopping) {
    const digestScheduler = new DigestScheduler(
      { runDue: (now) => digests.runDue(now, senders), nextDueAt: () => store.nextDueAt() },
      log,
    );
    scheduler = digestScheduler;
    digests.onChange = () => digestScheduler.nudge();
    live.onReplace(() => digestScheduler.nudge());
    digestScheduler.start();
  }
  reloader.watch(config.ARXIVIST_REFRESH);

  await Promise.all(started.map((r) => r.done));
  // The console chat ended (Ctrl-D): close up and let the process end by itself, so no output is cut.
  await shutdown('end of input');
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`arxivist: ${(err as Error).message}\n`);
    process.exit(2);
  }
  // The console chat keeps the terminal quiet unless asked otherwise; a bot logs its activity.
  const platforms = Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);
  const log = createLogger(config.LOG_LEVEL ?? (platforms ? 'info' : 'warn'));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  try {
    await start(config, log);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`arxivist: ${err.message}\n`);
      process.exit(2);
    }
    log.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

// Not a top-level await: while the entry module is still evaluating, Node can deadlock on the
// dynamic imports of platform adapters (seen with Node 20 and tsx).
void main();
