import { commands } from '../../commands/index.js';
import { type Started, consoleSender, startConsole, startDigests } from './run-parts.js';
import { type Config, loadConfig } from './config.js';
import { checkCommands } from '../chat/command.js';
import { ConfigError } from '../base/errors.js';
import { describeOrigin } from '../listing/listing-origin.js';
import { type Logger, createLogger } from './logger.js';
import { type App, bootstrap } from './bootstrap.js';
import type { DigestScheduler } from '../digest/scheduler.js';
import { makePlatforms } from './platforms.js';
import { redactSecrets } from '../base/secrets.js';
import type { Metrics } from '../base/metrics.js';
import type { Route } from '../ops/http-server.js';
import type { Readable, Writable } from 'node:stream';
import { type ProcessEvents, listenTo } from './process-events.js';

/** What a run of the bot reads and writes: the process's, or a test's. */
export interface MainIo {
  env: NodeJS.ProcessEnv;
  /** The console chat's input, when no chat platform is configured. */
  stdin: Readable;
  stdout: Writable;
  /** Messages and the log. */
  stderr: Writable & { isTTY?: boolean };
  /** SIGINT and SIGTERM stop the run, SIGHUP reloads; its unhandled errors are logged. Listened to while the run lasts. */
  events?: ProcessEvents;
  /** Stops the run, as SIGTERM does. */
  signal?: AbortSignal;
}

/** How a run ended: its exit code, and whether the process should end now rather than when its output has drained. */
export interface MainEnd {
  code: number;
  now: boolean;
}

/** What start-up has running, for shutdown to stop in order. */
interface Running {
  started: Started[];
  scheduler?: DigestScheduler;
  stopping: boolean;
}

/** Stops the digest scheduler, then the adapters, then the app; once, whichever signal comes first. */
function shutdownOf(running: Running, app: App, log: Logger): (signal: string) => Promise<void> {
  return async (signal: string) => {
    if (running.stopping) return;
    running.stopping = true;
    log.info({ signal }, 'shutting down');
    // Let a digest run in progress finish its current sends before the adapters go.
    await running.scheduler?.stop();
    const started = running.started;
    const results = await Promise.allSettled(started.map((r) => r.stop()));
    await app.close();
    for (const [i, r] of results.entries()) {
      if (r.status === 'rejected')
        log.warn({ err: r.reason, adapter: started[i]?.name }, 'adapter did not stop cleanly');
    }
    log.info('stopped');
  };
}

/** What one run has: its settings, streams, logger, the events it listens to, and how it ends when stopped. */
interface Run {
  config: Config;
  io: MainIo;
  log: Logger;
  events: ReturnType<typeof listenTo>;
  stopped(end: MainEnd): void;
}

/** SIGINT, SIGTERM or the abort signal shut down and end the run; SIGHUP reloads the listing. */
function handleSignals(run: Run, shutdown: (signal: string) => Promise<void>, reloader: App['reloader']): void {
  const stop = (signal: string) =>
    void shutdown(signal).then(
      () => run.stopped({ code: 0, now: true }),
      (err: unknown) => {
        run.log.fatal({ err }, 'shutdown failed');
        run.stopped({ code: 1, now: true });
      },
    );
  run.events.once('SIGINT', () => stop('SIGINT'));
  run.events.once('SIGTERM', () => stop('SIGTERM'));
  run.events.on('SIGHUP', () => void reloader.reload('SIGHUP', { arxiv: true }));
  const signal = run.io.signal;
  if (signal?.aborted) stop('abort');
  else signal?.addEventListener('abort', () => stop('abort'), { once: true });
}

/** The health, metrics and webhook server, listening. */
async function startHttp(
  port: number,
  ops: Ops,
  metrics: InstanceType<Ops['PrometheusMetrics']>,
  app: App,
  routes: Map<string, Route>,
  log: Logger,
): Promise<Started> {
  const http = await ops.startHttpServer({
    port,
    health: ops.healthChecks(app.reloader.live, app.store),
    metrics,
    routes,
    log,
  });
  return { name: 'http', done: new Promise(() => undefined), stop: () => http.close() };
}

/** The app built for a bot (store and senders) or for the console chat (neither), its listing logged. */
async function openApp(config: Config, log: Logger, metrics: Metrics | undefined): Promise<App> {
  // The console chat is a chat too: its subscriptions and sources live in the store.
  const app = await bootstrap(config, log, {
    store: true,
    senders: false,
    fetchIfMissing: true,
    ...(metrics ? { metrics } : {}),
  });
  if (app.store) log.info({ database: app.store.where }, 'store ready');
  return app;
}

async function start(run: Run): Promise<MainEnd> {
  const { config, log } = run;
  const problems = checkCommands(commands);
  if (problems.length > 0) throw new Error(`command declarations break platform rules:\n  ${problems.join('\n  ')}`);

  // Operations (health, metrics) are served when PORT is set; prom-client is loaded only then.
  const ops = config.PORT !== undefined ? await loadOps() : undefined;
  const metrics = ops ? new ops.PrometheusMetrics() : undefined;
  const app = await openApp(config, log, metrics);
  const source = describeOrigin(app.reloader.origin(), new Date());
  log.info({ source, papers: app.reloader.live.current.size, newPapers: app.reloader.newAtOpen }, 'listing loaded');

  const running: Running = { started: [], stopping: false };
  // Signals are handled from here on, so a SIGTERM during start-up still shuts down cleanly.
  const shutdown = shutdownOf(running, app, log);
  handleSignals(run, shutdown, app.reloader);
  try {
    await serve(run, { app, running, source, ...(ops && metrics ? { ops, metrics } : {}) });
  } catch (err) {
    // Nothing started may outlive a failed start (a test runs the bot in its own process).
    running.stopping = true;
    await running.scheduler?.stop();
    await Promise.allSettled(running.started.map((r) => r.stop()));
    await app.close();
    throw err;
  }
  if (running.stopping) return new Promise<MainEnd>(() => undefined);
  // The console chat ended (Ctrl-D): close up and let the process end by itself, so no output is cut.
  await shutdown('end of input');
  return { code: 0, now: false };
}

/** Starts the HTTP server, the chat platforms (or the console chat) and the digests, and waits for the chats to end. */
async function serve(
  run: Run,
  parts: { app: App; running: Running; source: string; ops?: Ops; metrics?: InstanceType<Ops['PrometheusMetrics']> },
): Promise<void> {
  const { config, log } = run;
  const { app, running, source, ops, metrics } = parts;
  const { reloader, store, digests, listings } = app;
  const live = reloader.live;
  const { platforms: chats, routes } = await makePlatforms(config, {
    live,
    commands,
    ...(digests ? { digests } : {}),
    ...(listings ? { listings } : {}),
    ...(store ? { state: store.state, rateLimiter: (name, limit) => store.rateLimiter(name, limit) } : {}),
    ...(metrics ? { metrics } : {}),
    log,
  });
  // The HTTP server listens before Telegram is told the webhook, so no update finds it closed.
  if (config.PORT !== undefined && ops && metrics)
    running.started.push(await startHttp(config.PORT, ops, metrics, app, routes, log));
  for (const platform of chats) {
    await platform.start();
    running.started.push(platform);
  }
  // No chat platform configured: the embedded default is a console chat over the listing.
  const { stdin, stdout } = run.io;
  const onConsole = chats.length === 0;
  if (onConsole)
    running.started.push(
      startConsole(
        { stdin, stdout, live, source, ...(digests ? { digests } : {}), ...(listings ? { listings } : {}) },
        log,
      ),
    );

  // Digests are sent through each chat platform's client, or printed in the console chat.
  const senders = onConsole ? [consoleSender(stdout)] : chats.flatMap((c) => (c.sender ? [c.sender] : []));
  if (store && digests && senders.length > 0 && !running.stopping)
    running.scheduler = startDigests(config, { store, digests, senders, live }, metrics, log);
  reloader.watch(config.ARXIVIST_REFRESH);
  app.refresher?.start();

  await Promise.all(running.started.filter((r) => r.name !== 'http').map((r) => r.done));
}

/** The operations modules: the HTTP server, health checks, Prometheus metrics. */
async function loadOps() {
  const [{ startHttpServer }, { healthChecks }, { PrometheusMetrics }] = await Promise.all([
    import('../ops/http-server.js'),
    import('../ops/health.js'),
    import('../ops/prometheus.js'),
  ]);
  return { startHttpServer, healthChecks, PrometheusMetrics };
}

type Ops = Awaited<ReturnType<typeof loadOps>>;

/**
 * Runs the bot (or the console chat) with `io`'s environment and streams until its chats end, a
 * stop signal comes or it fails; nothing it started outlives it.
 */
export async function runMain(io: MainIo): Promise<MainEnd> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    io.stderr.write(`arxivist: ${(err as Error).message}\n`);
    return { code: 2, now: true };
  }
  // The console chat keeps the terminal quiet unless asked otherwise; a bot logs its activity.
  const platforms = Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);
  const log = createLogger(config.LOG_LEVEL ?? (platforms ? 'info' : 'warn'), { destination: io.stderr });
  const events = listenTo(io.events);
  try {
    return await new Promise<MainEnd>((resolve, reject) => {
      events.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
      // Logged rather than printed by node, which would show the error's every field (a token among them).
      events.on('uncaughtException', (err) => {
        log.fatal({ err }, 'uncaught exception');
        resolve({ code: 1, now: true });
      });
      start({ config, io, log, events, stopped: resolve }).then(resolve, reject);
    });
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(redactSecrets(`arxivist: ${err.message}\n`));
      return { code: 2, now: true };
    }
    log.fatal({ err }, 'start-up failed');
    return { code: 1, now: true };
  } finally {
    events.removeAll();
  }
}
