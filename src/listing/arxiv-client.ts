import { setTimeout as sleep } from 'node:timers/promises';
import Bottleneck from 'bottleneck';
import pRetry, { AbortError } from 'p-retry';
import type { Log } from '../base/log.js';
import { type ArxivPage, FeedFormatError, parseArxivFeed } from './arxiv-feed.js';

/** The arXiv API's address. */
export const ARXIV_API = 'https://export.arxiv.org/api/query';

/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_MIN_INTERVAL_MS = 3000;

const VERSION = '0.1.0';

/** The API rejected the query itself (an error feed): asking again will not help. */
export class ArxivQueryError extends Error {
  constructor(
    readonly query: string,
    readonly reason: string,
  ) {
    super(`arXiv rejected the query "${query}": ${reason}`);
    this.name = 'ArxivQueryError';
  }
}

/** arXiv could not be reached or kept failing, after the retries. */
export class ArxivUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArxivUnavailableError';
  }
}

/** A failure worth another try: the network, a timeout, 429, 5xx, or arXiv's transient empty page. */
class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'Transient';
  }
}

/** Options of {@link ArxivClient}; all but `log` have production defaults. */
export interface ArxivClientOptions {
  /** The API address (default {@link ARXIV_API}). */
  apiUrl?: string;
  /**
   * Least time between the starts of two requests, shared by every client of the same API in the
   * process. Defaults to arXiv's 3 s; only tests against a fake may pass less.
   */
  minIntervalMs?: number;
  /** Deadline of one request, answer included (default 30 s). */
  timeoutMs?: number;
  /** Tries after the first (default 4). */
  retries?: number;
  /** First retry delay, doubled each time with jitter (default 3 s). */
  retryDelayMs?: number;
  /** The longest Retry-After honoured (default 5 min); longer ones end the refresh. */
  maxRetryAfterMs?: number;
  log: Log;
}

/** One request at a time to an API, spaced; `lastEnd` is when the previous answer ended. */
interface Gate {
  limiter: Bottleneck;
  interval: number;
  lastEnd: number;
}

// One gate per API and spacing, for the whole process: two clients never ask at once.
const gates = new Map<string, Gate>();

function gateFor(apiUrl: string, interval: number): Gate {
  const key = `${new URL(apiUrl).origin}|${interval}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = { limiter: new Bottleneck({ maxConcurrent: 1, minTime: interval }), interval, lastEnd: -Infinity };
    gates.set(key, gate);
  }
  return gate;
}

/**
 * Runs `request` through the gate. bottleneck spaces the starts; the spacing also counts from the
 * end of the previous answer, so the server sees the interval whatever the latency of each request.
 */
async function through<T>(gate: Gate, request: () => Promise<T>): Promise<T> {
  return gate.limiter.schedule(async () => {
    const wait = gate.lastEnd + gate.interval - performance.now();
    if (wait > 0) await sleep(wait);
    try {
      return await request();
    } finally {
      gate.lastEnd = performance.now();
    }
  });
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Asks the arXiv API for pages of a query, politely: one request at a time, at least 3 s between
 * them (bottleneck), a deadline on each, retries with exponential backoff and jitter (p-retry) on
 * network errors, timeouts, 429 and 5xx (waiting out Retry-After) and on the API's transient
 * empty page; every retry is logged. Results come newest submission first.
 */
export class ArxivClient {
  readonly apiUrl: string;
  /** Requests sent so far, retries included. */
  requests = 0;
  private readonly gate: Gate;
  private readonly options: Required<Omit<ArxivClientOptions, 'apiUrl' | 'minIntervalMs'>>;

  constructor(options: ArxivClientOptions) {
    this.apiUrl = options.apiUrl ?? ARXIV_API;
    this.gate = gateFor(this.apiUrl, options.minIntervalMs ?? ARXIV_MIN_INTERVAL_MS);
    this.options = {
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries ?? 4,
      retryDelayMs: options.retryDelayMs ?? 3000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 300_000,
      log: options.log,
    };
  }

  /** The User-Agent arXiv sees: who asks, and why. */
  static readonly userAgent = `arxivist/${VERSION} (chat bot following an arXiv query for a research group; Node.js ${process.versions.node})`;

  /** One page of results, newest submission first. */
  async page(query: string, start: number, maxResults: number): Promise<ArxivPage> {
    const url = new URL(this.apiUrl);
    url.search = new URLSearchParams({
      search_query: query,
      start: String(start),
      max_results: String(maxResults),
      sortBy: 'submittedDate',
      sortOrder: 'descending',
    }).toString();
    const { log, retries, retryDelayMs, maxRetryAfterMs } = this.options;
    try {
      return await pRetry(() => through(this.gate, () => this.request(url, query, start)), {
        retries,
        minTimeout: retryDelayMs,
        factor: 2,
        randomize: true,
        // A whole page, retries included, gives up after 10 minutes.
        maxRetryTime: 600_000,
        shouldRetry: ({ error }) => error instanceof Transient && (error.retryAfterMs ?? 0) <= maxRetryAfterMs,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (!(error instanceof Transient)) return;
          const wait = error.retryAfterMs;
          if (retriesLeft > 0 && (wait ?? 0) <= maxRetryAfterMs) {
            log.warn(
              {
                query,
                start,
                attempt: attemptNumber,
                retriesLeft,
                reason: error.message,
                ...(wait !== undefined ? { retryAfterMs: wait } : {}),
              },
              'arxiv: request failed; retrying',
            );
            if (wait) await sleep(wait);
          }
        },
      });
    } catch (err) {
      if (err instanceof Transient)
        throw new ArxivUnavailableError(
          `arXiv did not answer the query "${query}" (${err.message}) after ${retries + 1} tries`,
        );
      throw err;
    }
  }

  private async request(url: URL, query: string, start: number): Promise<ArxivPage> {
    this.requests += 1;
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, {
        headers: { 'user-agent': ArxivClient.userAgent, accept: 'application/atom+xml' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = await response.text();
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const why =
        e.name === 'TimeoutError'
          ? `no answer within ${this.options.timeoutMs / 1000} s`
          : `${e.message}${e.cause?.code ? ` (${e.cause.code})` : ''}`;
      throw new Transient(why);
    }
    let page: ArxivPage | undefined;
    try {
      page = parseArxivFeed(body);
    } catch (err) {
      if (!(err instanceof FeedFormatError)) throw err;
    }
    if (page?.error) throw new AbortError(new ArxivQueryError(query, page.error));
    if (response.status === 429 || response.status >= 500)
      throw new Transient(`HTTP ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
    if (!response.ok)
      throw new AbortError(new ArxivUnavailableError(`arXiv answered HTTP ${response.status} to the query "${query}"`));
    if (!page) throw new Transient('the answer was not an Atom feed');
    if (page.entries === 0 && page.total > start)
      throw new Transient(`an empty page at ${start} of ${page.total} results`);
    return page;
  }
}
