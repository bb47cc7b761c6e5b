import { commands, findCommand } from '../commands/index.js';
import { renderText } from './adapters/console/render.js';
import { type CommandContext, executeCommand } from './chat/command.js';
import { ConfigError } from './base/errors.js';
import { combineListings, listingFiles, readListingFiles } from './listing/load-listing.js';
import type { Paper } from './listing/paper.js';
import { replyToJson } from './chat/reply-json.js';
import { parseTextArgs } from './chat/text-args.js';
import { createLogger } from './logger.js';
import { type Config, loadConfig } from './config.js';
import { DigestService, type DigestSender, type RunSummary } from './digest/digest-service.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';
import type { Log } from './base/log.js';
import { ArxivQueryError, ArxivUnavailableError } from './listing/arxiv-client.js';
import type { ArxivFollower } from './listing/arxiv-follower.js';
import { type App, type BootOptions, arxivFollower, bootstrap, openStore } from './bootstrap.js';
import { redactSecrets } from './base/secrets.js';
import { exitWhenSettled } from './exit-when-settled.js';

// Digest commands act on the chat they are typed in; the CLI has its own digest verbs.

const USAGE = `Usage: arxivist <command> [arguments...] [--json] [--listing FILE]
       arxivist parse FILE... [--json]
       arxivist fetch [QUERY] [--json]
       arxivist digest run [--now ISO-TIME] [--deadline SECONDS] [--json]
       arxivist subscriptions [--json]

Commands: ${commands
  .filter((c) => !c.chatOnly)
  .map((c) => c.name)
  .join(', ')}, parse, fetch, digest run, subscriptions
Options of a command go after its text, e.g.  arxivist search mixture of experts --limit 3
  --json          print the structured reply as one JSON document
  --listing FILE  the listing to read (default: $ARXIVIST_LISTING, else the bundled one)
Commands serve the listing file and the saved copy of $ARXIVIST_ARXIV_QUERY, as the bot does;
fetch refreshes that copy from arXiv now (or the copy of QUERY).

Exit codes: 0 success, 1 the reply is an error (parse found problems, arXiv could not be reached), 2 usage error.`;

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, replyError: 1, usage: 2 } as const;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

/** Runs the CLI on argv (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let json = false;
  let listing: string | undefined = io.env['ARXIVIST_LISTING']?.trim() || undefined;
  const rest: string[] = [];
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (arg === '--json') json = true;
      else if (arg === '--listing' || arg.startsWith('--listing=')) {
        const value = arg.includes('=') ? arg.slice('--listing='.length) : argv[++i];
        if (!value || value.startsWith('--')) throw new UsageError('--listing needs a file path');
        listing = value;
      } else if (arg === '--help' || arg === '-h') {
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      } else rest.push(arg);
    }
    const [name, ...args] = rest;
    if (!name) throw new UsageError('no command given');
    if (name === 'parse') return await parse(args, json, io);
    if (name === 'fetch') return await fetchQuery(args, json, io);
    if (name === 'digest' && args[0] === 'run') return await digestRun(args.slice(1), json, listing, io);
    if (name === 'subscriptions') return await listSubscriptions(json, io);
    if (findCommand(name.replace(/^\//, '').toLowerCase())?.chatOnly)
      throw new UsageError(
        `/${name} works in a Telegram or Discord chat; from here use "arxivist digest run" or "arxivist subscriptions"`,
      );
    const command = findCommand(name.replace(/^\//, '').toLowerCase());
    if (!command) throw new UsageError(`unknown command "${name}"`);

    const config = loadConfig(io.env);
    const log = createLogger(config.LOG_LEVEL ?? 'warn', { pretty: false });
    const reloader = (await served(config, log, listing ? { listing } : {})).reloader;
    const origin = reloader.origin();
    const ctx: CommandContext = {
      index: reloader.live.current,
      origin,
      platform: 'cli',
      commands,
      now: () => new Date(),
    };
    // The shell already split the words; options are read from them as in a chat.
    const reply = await executeCommand(command, parseTextArgs(command, args.join(' ')), ctx, log);
    io.stdout(
      json
        ? `${JSON.stringify({ command: command.name, ...replyToJson(reply) }, null, 2)}\n`
        : `${renderText(reply, commands)}\n`,
    );
    return reply.kind === 'error' ? EXIT.replyError : EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      if (json) io.stdout(`${JSON.stringify({ kind: 'error', error: { message: err.message } })}\n`);
      io.stderr(`arxivist: ${err.message}\n${err instanceof UsageError ? `\n${USAGE}\n` : ''}`);
      return EXIT.usage;
    }
    throw err;
  }
}

async function parse(args: string[], json: boolean, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('parse takes one or more FILEs (or folders)');
  const files: string[] = [];
  for (const arg of args) files.push(...(await listingFiles(arg)));
  const listings = await readListingFiles(files);
  const { papers, problems, notices, description } = combineListings(listings);
  if (json) {
    io.stdout(
      `${JSON.stringify({ files, ...(description ? { description } : {}), papers: papers.map(paperJson), problems, notices }, null, 2)}\n`,
    );
  } else {
    for (const l of listings) {
      io.stdout(
        `${l.file}: ${l.papers.length} paper${l.papers.length === 1 ? '' : 's'}, ${l.problems.length} problem${l.problems.length === 1 ? '' : 's'}\n`,
      );
      for (const p of l.problems) io.stdout(`  line ${p.line}: ${p.message}\n`);
      for (const n of l.notices) io.stdout(`  note: ${n}\n`);
    }
    if (listings.length > 1) io.stdout(`${papers.length} distinct paper${papers.length === 1 ? '' : 's'} in all\n`);
  }
  for (const l of listings)
    if (l.papers.length === 0 && l.text.trim()) io.stderr(`arxivist: listing ${l.file}: no paper could be read\n`);
  return problems.length > 0 || papers.length === 0 ? EXIT.replyError : EXIT.ok;
}

/** A paper as \`parse --json\` promises it: every field of the contract present, null when the listing has none. */
function paperJson(p: Paper) {
  return {
    ...p,
    arxivId: p.arxivId ?? null,
    comments: p.comments ?? null,
    journalRef: p.journalRef ?? null,
    doi: p.doi ?? null,
  };
}

async function digestRun(args: string[], json: boolean, listingFile: string | undefined, io: Io): Promise<number> {
  let now = new Date();
  let deadlineMs = 600_000;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--deadline' || arg.startsWith('--deadline=')) {
      const value = arg.includes('=') ? arg.slice('--deadline='.length) : args[++i];
      const seconds = Number(value);
      if (!value || !Number.isFinite(seconds) || seconds <= 0)
        throw new UsageError(`--deadline needs a number of seconds, like 600 (got "${value ?? ''}")`);
      deadlineMs = seconds * 1000;
    } else if (arg === '--now' || arg.startsWith('--now=')) {
      const value = arg.includes('=') ? arg.slice('--now='.length) : args[++i];
      const parsed = value ? new Date(value) : new Date(NaN);
      if (!value || Number.isNaN(parsed.getTime()))
        throw new UsageError(`--now needs an ISO date and time, like 2026-11-28T09:00:00Z (got "${value ?? ''}")`);
      now = parsed;
    } else throw new UsageError(`digest run: unexpected "${arg}"`);
  }
  const config = loadConfig(io.env);
  const log = createLogger(config.LOG_LEVEL ?? 'warn', { pretty: false });
  const app = await served(config, log, {
    ...(listingFile ? { listing: listingFile } : {}),
    store: true,
    senders: true,
  });
  try {
    const registered = { added: app.reloader.newAtOpen };
    const summary = await runUntilSettled(
      app.digests as DigestService,
      now,
      app.senders,
      config.ARXIVIST_DIGEST_LEASE,
      AbortSignal.timeout(deadlineMs),
    );
    if (summary.unfinished > 0)
      io.stderr(
        `warning: the run's deadline passed with ${summary.unfinished} digest(s) not started; they stay due for the next run\n`,
      );
    if (summary.skipped > 0)
      io.stderr(
        `warning: ${summary.skipped} due subscription(s) are on a platform with no token set here; they stay due\n`,
      );
    if (json) io.stdout(`${JSON.stringify({ now: now.toISOString(), newPapers: registered.added, ...summary })}\n`);
    else
      io.stdout(
        `${now.toISOString()}: ${summary.due} due, ${summary.sent} sent, ${summary.quiet} quiet, ${summary.alreadySent} already sent, ${summary.paused} paused, ${summary.failed} failed, ${summary.skipped} skipped, ${summary.busy} sent by another process; ${registered.added} new paper(s) registered\n`,
      );
    return summary.failed > 0 || summary.unfinished > 0 ? EXIT.replyError : EXIT.ok;
  } finally {
    await app.close();
  }
}

/**
 * Runs the due digests; those another process is sending (a bot, another cron run) are looked at
 * again until they are done or their claim expires and they can be taken over (one lease and a
 * little more), so a run ends with every due digest delivered somewhere.
 */
async function runUntilSettled(
  digests: DigestService,
  now: Date,
  senders: DigestSender[],
  leaseMs: number,
  signal: AbortSignal,
): Promise<RunSummary> {
  const total = await digests.runDue(now, senders, signal);
  const deadline = Date.now() + leaseMs + 5000;
  while (total.busy > 0 && Date.now() < deadline && !signal.aborted) {
    await sleep(Math.min(1000, leaseMs / 4));
    const again = await digests.runDue(now, senders, signal);
    for (const k of ['sent', 'alreadySent', 'quiet', 'paused', 'failed', 'skipped'] as const) total[k] += again[k];
    total.busy = again.busy;
    total.unfinished = again.unfinished;
  }
  return total;
}

/** What the bot would serve, read without asking arXiv. */
async function served(config: Config, log: Log, options: Omit<BootOptions, 'fetchIfMissing'> = {}): Promise<App> {
  const app = await bootstrap(config, log, { ...options, fetchIfMissing: false });
  const query = app.reloader.origin().arxiv;
  if (app.reloader.live.current.size === 0 && query) {
    await app.close();
    throw new ConfigError(`nothing fetched yet for ARXIVIST_ARXIV_QUERY "${query.query}": run "arxivist fetch" first`);
  }
  return app;
}

async function fetchQuery(args: string[], json: boolean, io: Io): Promise<number> {
  const config = loadConfig(io.env);
  const query = args.join(' ').trim() || config.ARXIVIST_ARXIV_QUERY;
  if (!query) throw new UsageError('fetch needs a query: give one (like au:Mahajan), or set ARXIVIST_ARXIV_QUERY');
  const log = createLogger(config.LOG_LEVEL ?? 'warn', { pretty: false });
  // Its turns at arXiv and its refresh are agreed with the bot and other processes on the database.
  const store = await openStore(config, log);
  const follower = arxivFollower(config, log, query, store.coordination) as ArxivFollower;
  await follower.reread();
  try {
    const { summary: s } = await follower.refresh();
    if (json) io.stdout(`${JSON.stringify(s)}\n`);
    else
      io.stdout(
        `${s.query}: ${s.fetched} fetched of ${s.total} matching, in ${s.requests} request${s.requests === 1 ? '' : 's'}: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged; saved in ${follower.file}\n${s.problems.map((p) => `  ${p}\n`).join('')}`,
      );
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof ArxivQueryError || err instanceof ArxivUnavailableError)) throw err;
    if (json) io.stdout(`${JSON.stringify({ kind: 'error', error: { message: err.message } })}\n`);
    io.stderr(
      `arxivist: ${err.message}${err instanceof ArxivUnavailableError ? '; the saved copy is unchanged' : ''}\n`,
    );
    return err instanceof ArxivQueryError ? EXIT.usage : EXIT.replyError;
  } finally {
    await store.close();
  }
}

async function listSubscriptions(json: boolean, io: Io): Promise<number> {
  const store = await openStore(loadConfig(io.env));
  try {
    const subs = await store.all();
    if (json) io.stdout(`${JSON.stringify({ subscriptions: subs }, null, 2)}\n`);
    else if (subs.length === 0) io.stdout('No subscriptions.\n');
    else for (const s of subs) io.stdout(`${s.platform} ${s.chatId} ${DigestService.describe(s)}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

// Run when executed directly (also through bin/arxivist.js), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli\.(?:ts|js)|arxivist(?:\.js)?)$/.test(entry)) {
  // A reader that stops early (\`arxivist parse FILE --json | head\`) closes the pipe: end quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // A promise rather than a top-level await (see main.ts): digest run imports adapters dynamically.
  // Everything printed passes the configured secrets' filter, replies and failures alike.
  exitWhenSettled(
    runCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(redactSecrets(t)),
      stderr: (t) => process.stderr.write(redactSecrets(t)),
      env: process.env,
    }).catch((err: unknown) => {
      // As node would on an unhandled rejection, but with the secrets hidden.
      process.stderr.write(redactSecrets(`arxivist: unexpected error: ${inspect(err)}\n`));
      process.exit(1);
    }),
  );
}
