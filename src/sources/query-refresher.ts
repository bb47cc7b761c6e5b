import type { RefreshLease } from '../base/instance-coordination.js';
import type { Log } from '../base/log.js';
import type { ArxivClient } from '../arxiv/arxiv-client.js';
import { type ArxivCopy, type FetchProgress, refreshCopy } from '../arxiv/arxiv-copy.js';
import { indexTermsOf } from '../search/stored-terms.js';
import type { SourceRow, SourceStore } from '../listing/source-store.js';

/** Options of {@link QueryRefresher}. */
export interface QueryRefresherOptions {
  store: SourceStore;
  client: ArxivClient;
  /** One process at a time refreshes a source, among those on one database. */
  lease?: RefreshLease;
  /** Most papers to fetch and keep per query (ARXIVIST_ARXIV_MAX). */
  maxPerQuery: number;
  /** How long a refreshed query rests (ARXIVIST_REFRESH). */
  refreshMs: number;
  log: Log;
  now?: () => Date;
}

/** Longest sleep: the clock may jump, another instance may add a follow. */
const MAX_SLEEP_MS = 60_000;
/** A failed refresh is tried again after this long, or the refresh period when shorter. */
const RETRY_AFTER_FAILURE_MS = 15 * 60_000;

/**
 * The one polite fetcher of every chat's queries: refreshes the due ones in turn (a new follow
 * first), each under a lease so that one instance fetches it, through the one client whose
 * requests keep arXiv's spacing across instances. What it fetched goes to the store.
 */
export class QueryRefresher {
  /** Sources this process is fetching now, and how far. */
  readonly loading = new Map<number, FetchProgress>();
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly now: () => Date;

  constructor(private readonly options: QueryRefresherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Looks for due queries now (a follow was added). */
  nudge(): void {
    clearTimeout(this.timer);
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.nudge();
    await this.running;
  }

  /** Refreshes every due query, one after another; the number refreshed. */
  async runDue(): Promise<number> {
    let done = 0;
    for (;;) {
      if (this.stopped && this.running) return done;
      const [next] = await this.options.store.dueQueries(this.now(), 1);
      if (!next) return done;
      await this.refresh(next);
      done += 1;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.runDue();
      } catch (err) {
        this.options.log.error({ err }, 'sources: the refresh of followed queries failed');
      }
      if (this.stopped) return;
      await this.pause(await this.sleepMs());
    }
  }

  /** Waits `ms`, or less when nudged; never keeps the process alive by itself. */
  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
      this.timer.unref();
    });
  }

  private async sleepMs(): Promise<number> {
    const due = await this.options.store.nextQueryDueAt().catch(() => undefined);
    const wait = due ? due.getTime() - this.now().getTime() : MAX_SLEEP_MS;
    return Math.min(MAX_SLEEP_MS, Math.max(0, wait));
  }

  /** Fetches one query under its lease; a failure is recorded with the source and logged once. */
  async refresh(source: SourceRow): Promise<void> {
    const work = () => this.refreshFresh(source);
    try {
      await (this.options.lease ? this.options.lease.exclusively(`source:${source.key}`, work) : work());
    } catch (err) {
      const at = this.now();
      const retry = Math.min(this.options.refreshMs, RETRY_AFTER_FAILURE_MS);
      const message = (err as Error).message;
      this.options.log.warn({ query: source.key, err: message }, `arxiv: refreshing ${source.key} failed: ${message}`);
      await this.options.store.recordSourceFailure(source.id, at, message, new Date(at.getTime() + retry));
    } finally {
      this.loading.delete(source.id);
    }
  }

  /** Under the lease: a source another instance refreshed meanwhile (or that no chat holds now) is left. */
  private async refreshFresh(seen: SourceRow): Promise<void> {
    const source = await this.options.store.source(seen.id);
    if (!source || source.version !== seen.version) return;
    const { store, client, maxPerQuery, refreshMs } = this.options;
    const saved: ArxivCopy | undefined = source.refreshedAt && {
      query: source.key,
      fetchedAt: source.refreshedAt.toISOString(),
      total: source.total ?? 0,
      papers: await store.sourcePapers([source.id]),
    };
    const { copy, summary } = await refreshCopy(client, source.key, saved, {
      max: maxPerQuery,
      now: this.now,
      onPage: (progress) => this.loading.set(source.id, progress),
    });
    const at = this.now();
    await store.setSourcePapers(source.id, copy.papers, {
      at,
      total: copy.total,
      problems: summary.problems,
      nextRefreshAt: new Date(at.getTime() + refreshMs),
      derived: await indexTermsOf(copy.papers),
    });
    this.options.log.info(
      { query: source.key, papers: copy.papers.length, new: summary.new, requests: summary.requests },
      'arxiv: query refreshed',
    );
  }
}
