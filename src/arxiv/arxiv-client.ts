import { setTimeout as sleep } from 'node:timers/promises';
import pRetry, { AbortError } from 'p-retry';
import type { RequestGate } from '../base/instance-coordination.js';
import type { Log } from '../base/log.js';
import { type ArxivPage, FeedFormatError, FeedLimitError, FeedReader } from '../listing/arxiv-feed.js';
import { type Gate, gateFor, through } from './arxiv-gate.js';
import { type Answer, AnswerTimeoutError, AnswerTooLargeError, getAnswer } from './arxiv-http.js';

/** The arXiv API's address. */
export const ARXIV_API = 'https://export.arxiv.org/api/query';

/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_MIN_INTERVAL_MS = 3000;

// A page we ask for holds at most 200 entries, about 0.5 MB (2.5 KB an entry); the API's largest
// page (2,000) about 5 MB; a large collaboration's paper lists 3,000 authors (150 KB). The body
// cap is 6 times the largest page and fits 200 such papers; Atom compresses 5 to 10 times, so the
// compressed cap still allows a body compressed only 4 times. The reader keeps papers, not the
// answer: these caps bound time and bandwidth, while memory follows the entries read.
const MB = 1024 * 1024;
const MAX_BODY_BYTES = 32 * MB;
const MAX_COMPRESSED_BYTES = 8 * MB;
/** Redirects followed for one request, each a request of its own in the spacing. */
const MAX_REDIRECTS = 3;
/** The hosts a redirect may lead to, besides the configured API's. */
const ARXIV_HOSTS = new Set(['export.arxiv.org', 'arxiv.org']);

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

/** arXiv's answer passed a cap (bytes, or entries beyond those asked for): asking again would cost as much. */
export class ArxivAnswerTooLargeError extends ArxivUnavailableError {
  constructor(
    query: string,
    detail: string,
    /** Bytes counted when a byte cap was passed. */
    readonly bytes?: number,
  ) {
    super(`arXiv's answer to the query "${query}" ${detail}; stopped reading it`);
    this.name = 'ArxivAnswerTooLargeError';
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
  /** Deadline of one request, the whole body included (default 30 s). */
  timeoutMs?: number;
  /** Cap on the body of one answer, decompressed (default 32 MB). */
  maxBodyBytes?: number;
  /** Cap on a compressed answer's bytes on the wire (default 8 MB). */
  maxCompressedBytes?: number;
  /** Tries after the first (default 4). */
  retries?: number;
  /** First retry delay, doubled each time with jitter (default 3 s). */
  retryDelayMs?: number;
  /** The longest Retry-After honoured (default 5 min); longer ones end the refresh. */
  maxRetryAfterMs?: number;
  /** Spaces requests across the processes sharing a database too (the time of the last one is there). */
  requestGate?: RequestGate;
  log: Log;
}

function retryAfterMs(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** One exchange: a redirect's target, or the answer's status and page (none when it was no feed). */
type Exchange = { location: string } | { status: number; retryAfter?: string; page?: ArxivPage };

/**
 * Asks the arXiv API for pages of a query, politely: one request at a time, at least 3 s between
 * them (bottleneck), a deadline and size caps on each answer, redirects only to arXiv's hosts and
 * at most 3 (each spaced like any request), retries with exponential backoff and jitter (p-retry)
 * on network errors, timeouts, 429 and 5xx (waiting out Retry-After) and on the API's transient
 * empty page; every retry is logged. Results come newest submission first.
 */
export class ArxivClient {
  readonly apiUrl: string;
  /** Requests sent so far, retries and redirects included. */
  requests = 0;
  private readonly gate: Gate;
  private readonly apiHost: string;
  private readonly shared: RequestGate | undefined;
  private readonly options: Required<Omit<ArxivClientOptions, 'apiUrl' | 'minIntervalMs' | 'requestGate'>>;

  constructor(options: ArxivClientOptions) {
    this.apiUrl = options.apiUrl ?? ARXIV_API;
    this.apiHost = new URL(this.apiUrl).host;
    this.gate = gateFor(this.apiUrl, options.minIntervalMs ?? ARXIV_MIN_INTERVAL_MS);
    this.shared = options.requestGate;
    this.options = {
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
      maxCompressedBytes: options.maxCompressedBytes ?? MAX_COMPRESSED_BYTES,
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
      return await pRetry(() => this.request(url, query, start, maxResults), {
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

  /** One try: the request and the redirects it leads to, then the answer judged. */
  private async request(url: URL, query: string, start: number, maxResults: number): Promise<ArxivPage> {
    let target = url;
    for (let redirects = 0; ; redirects++) {
      const exchange = await this.send(target, query, maxResults);
      if (!('location' in exchange)) return judge(exchange, query, start);
      if (redirects === MAX_REDIRECTS)
        throw new AbortError(
          new ArxivUnavailableError(
            `arXiv's answer to the query "${query}" redirected more than ${MAX_REDIRECTS} times; stopped`,
          ),
        );
      target = this.redirectTarget(exchange.location, target, query);
    }
  }

  /** Every request to arXiv goes through here: wait for the gate's turn, then one exchange. */
  private send(url: URL, query: string, maxResults: number): Promise<Exchange> {
    return through(this.gate, async () => {
      // The other processes on the database ask arXiv too: one request at a time among all, spaced
      // from the end of the last answer. A database failure here is not arXiv's: not retried.
      const endTurn = await this.shared?.waitTurn(this.apiUrl, this.gate.interval);
      try {
        return await this.exchange(url, query, maxResults);
      } finally {
        await endTurn?.();
      }
    });
  }

  private async exchange(url: URL, query: string, maxResults: number): Promise<Exchange> {
    this.requests += 1;
    const { timeoutMs, maxBodyBytes, maxCompressedBytes } = this.options;
    let answer: Answer;
    try {
      answer = await getAnswer(
        url,
        { 'user-agent': ArxivClient.userAgent, accept: 'application/atom+xml' },
        { timeoutMs, bodyBytes: maxBodyBytes, compressedBytes: maxCompressedBytes },
      );
    } catch (err) {
      throw failure(err, query);
    }
    const location = answer.header('location');
    if (answer.status >= 300 && answer.status < 400 && location) {
      answer.discard();
      return { location };
    }
    const reader = new FeedReader(maxResults);
    let page: ArxivPage | undefined;
    try {
      await answer.read((text) => reader.write(text));
      page = reader.end();
    } catch (err) {
      if (!(err instanceof FeedFormatError)) throw failure(err, query);
    }
    const retryAfter = answer.header('retry-after');
    return { status: answer.status, ...(retryAfter ? { retryAfter } : {}), ...(page ? { page } : {}) };
  }

  /** Where a redirect leads, when that is arXiv (or the configured API); else the request ends. */
  private redirectTarget(location: string, from: URL, query: string): URL {
    const next = URL.canParse(location, from.href) ? new URL(location, from) : undefined;
    if (
      next &&
      (next.protocol === 'https:' || next.protocol === 'http:') &&
      (ARXIV_HOSTS.has(next.hostname) || next.host === this.apiHost)
    )
      return next;
    throw new AbortError(
      new ArxivUnavailableError(
        `arXiv's answer to the query "${query}" redirects to ${next?.host || location.slice(0, 80)}, which is not arXiv; not followed`,
      ),
    );
  }
}

/** An error of one exchange as p-retry sees it: caps end the page, anything else is worth a retry. */
function failure(err: unknown, query: string): Error {
  if (err instanceof AnswerTooLargeError)
    return new AbortError(new ArxivAnswerTooLargeError(query, err.message, err.bytes));
  if (err instanceof FeedLimitError) return new AbortError(new ArxivAnswerTooLargeError(query, err.message));
  if (err instanceof AnswerTimeoutError) return new Transient(err.message);
  const e = err as Error & { code?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  return new Transient(`${e.message}${code && !e.message.includes(code) ? ` (${code})` : ''}`);
}

/** The page of an answer, or why there is none: an error feed, the status, a transient empty page. */
function judge(exchange: Exclude<Exchange, { location: string }>, query: string, start: number): ArxivPage {
  const { status, page } = exchange;
  if (page?.error) throw new AbortError(new ArxivQueryError(query, page.error));
  if (status === 429 || status >= 500) throw new Transient(`HTTP ${status}`, retryAfterMs(exchange.retryAfter));
  if (status < 200 || status >= 300)
    throw new AbortError(new ArxivUnavailableError(`arXiv answered HTTP ${status} to the query "${query}"`));
  if (!page) throw new Transient('the answer was not an Atom feed');
  if (page.entries === 0 && page.total > start)
    throw new Transient(`an empty page at ${start} of ${page.total} results`);
  return page;
}
