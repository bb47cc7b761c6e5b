// The CLI's own digest verbs; the digest commands of a chat act on the chat they are typed in.
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { openStore } from './bootstrap.js';
import { loadConfig } from './config.js';
import { DigestService, type DigestSender, type RunSummary } from '../digest/digest-service.js';
import { EXIT, type Io, UsageError, cliLogger, served } from './cli-shared.js';

/** What `digest run` was asked: the time it runs as, and when it gives up. */
interface RunOptions {
  now: Date;
  deadlineMs: number;
}

/** Reads `--now ISO` and `--deadline SECONDS` (also `--name=value`); anything else is a usage error. */
export function digestRunOptions(args: string[]): RunOptions {
  const options = { now: { type: 'string' }, deadline: { type: 'string' } } as const;
  // Not strict: the messages below say what each option needs, in the CLI's words.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const run: RunOptions = { now: new Date(), deadlineMs: 600_000 };
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'deadline') {
      const seconds = Number(token.value);
      if (!token.value || !Number.isFinite(seconds) || seconds <= 0)
        throw new UsageError(`--deadline needs a number of seconds, like 600 (got "${token.value ?? ''}")`);
      run.deadlineMs = seconds * 1000;
    } else if (token.kind === 'option' && token.name === 'now') {
      const parsed = new Date(token.value ?? NaN);
      if (!token.value || Number.isNaN(parsed.getTime()))
        throw new UsageError(
          `--now needs an ISO date and time, like 2026-11-28T09:00:00Z (got "${token.value ?? ''}")`,
        );
      run.now = parsed;
    } else throw new UsageError(`digest run: unexpected "${args[token.index] ?? ''}"`);
  }
  return run;
}

/** `arxivist digest run`: sends the digests due at `--now`, as the bot's scheduler would. */
export async function digestRun(args: string[], json: boolean, listing: string | undefined, io: Io): Promise<number> {
  const { now, deadlineMs } = digestRunOptions(args);
  const config = loadConfig(io.env);
  const app = await served(config, cliLogger(config, io), {
    ...(listing ? { listing } : {}),
    store: true,
    senders: true,
  });
  try {
    const added = app.reloader.newAtOpen;
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
    if (json) io.stdout(`${JSON.stringify({ now: now.toISOString(), newPapers: added, ...summary })}\n`);
    else
      io.stdout(
        `${now.toISOString()}: ${summary.due} due, ${summary.sent} sent, ${summary.quiet} quiet, ${summary.alreadySent} already sent, ${summary.paused} paused, ${summary.failed} failed, ${summary.skipped} skipped, ${summary.busy} sent by another process; ${added} new paper(s) registered\n`,
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

/** `arxivist subscriptions`: every chat's subscription, as stored. */
export async function listSubscriptions(json: boolean, io: Io): Promise<number> {
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
