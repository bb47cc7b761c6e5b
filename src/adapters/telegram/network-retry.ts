import { type Transformer, HttpError } from 'grammy';
import pRetry from 'p-retry';
import type { Log } from '../../base/log.js';

/** How network failures of Bot API calls are retried. */
export interface NetworkRetry {
  /** Tries after the first (default 3). */
  retries?: number;
  /** First wait, doubled each time with jitter (default 500 ms). */
  minDelayMs?: number;
  /** All tries of one call together end after this long (default 30 s). */
  maxTimeMs?: number;
}

/**
 * A grammY API transformer that retries a call the network failed (grammY's HttpError: refused,
 * reset, timed out) a few times with backoff and jitter (p-retry), logging each retry at warn,
 * then gives up. @grammyjs/auto-retry keeps waiting out 429s; it retries network errors forever,
 * so it is told to rethrow them to this one.
 */
export function networkRetry(log: Log, options: NetworkRetry = {}): Transformer {
  const { retries = 3, minDelayMs = 500, maxTimeMs = 30_000 } = options;
  return (prev, method, payload, signal) =>
    pRetry(() => prev(method, payload, signal), {
      retries,
      minTimeout: minDelayMs,
      factor: 2,
      randomize: true,
      maxRetryTime: maxTimeMs,
      shouldRetry: ({ error }) => error instanceof HttpError && !signal?.aborted,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (error instanceof HttpError && retriesLeft > 0)
          log.warn(
            { method, attempt: attemptNumber, retriesLeft, reason: error.message },
            'telegram: request failed; retrying',
          );
      },
    });
}
