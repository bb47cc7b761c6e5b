import { commands } from '../../commands/index.js';
import { runConsole } from '../adapters/console/console-adapter.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Store } from './bootstrap.js';
import { DigestScheduler } from '../digest/scheduler.js';
import type { Metrics } from '../base/metrics.js';
import type { DigestSender, DigestService } from '../digest/digest-service.js';
import type { LiveIndex } from '../search/live-index.js';
import type { ChatListings } from '../sources/chat-listings.js';
import type { Readable, Writable } from 'node:stream';
import { ConsoleDigestSender } from '../adapters/console/console-digest-sender.js';

/** A running part: something to stop on shutdown. */
export interface Started {
  name: string;
  done: Promise<void>;
  stop(): Promise<void>;
}

/** What the console chat runs on: the streams, the listing, and the store's services when open. */
export interface ConsoleParts {
  stdin: Readable;
  stdout: Writable;
  live: LiveIndex;
  source: string;
  digests?: DigestService;
  listings?: ChatListings;
}

/** The console chat over the listing, on the run's stdin and stdout; a chat of its own when a store is open. */
export function startConsole(parts: ConsoleParts, log: Logger): Started {
  const { stdin, stdout, live, source, digests, listings } = parts;
  const consoleDone = runConsole({
    input: stdin,
    output: stdout,
    live,
    commands,
    log,
    ...(digests ? { digests } : {}),
    ...(listings ? { listings } : {}),
    banner: `arxivist: ${live.current.size} papers (${source}). Type /help, a question, or Ctrl-D to quit.`,
  });
  return {
    name: 'console',
    done: consoleDone,
    stop: async () => {
      stdin.destroy();
    },
  };
}

/** Prints the console chat's digests on its output. */
export function consoleSender(stdout: Writable): DigestSender {
  return new ConsoleDigestSender(stdout, commands);
}

/** Digests sent when due, counted in the metrics; nudged when subscriptions or the listing change. */
export function startDigests(
  config: Config,
  parts: { store: Store; digests: DigestService; senders: DigestSender[]; live: LiveIndex },
  metrics: Metrics | undefined,
  log: Logger,
): DigestScheduler {
  const { store, digests, senders, live } = parts;
  const digestScheduler = new DigestScheduler(
    {
      runDue: async (now) => {
        const summary = await digests.runDue(now, senders);
        metrics?.digests('sent', summary.sent);
        metrics?.digests('failed', summary.failed);
        metrics?.digests('paused', summary.paused);
        return summary;
      },
      nextDueAt: () => store.nextDueAt(),
    },
    log,
    { retryBusyMs: config.ARXIVIST_DIGEST_LEASE },
  );
  digests.onChange = () => digestScheduler.nudge();
  live.onReplace(() => digestScheduler.nudge());
  digestScheduler.start();
  return digestScheduler;
}
