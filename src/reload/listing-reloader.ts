import type { Metrics } from '../base/metrics.js';
import { type FSWatcher, mkdirSync, statSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Cron } from 'croner';
import type { Log } from '../base/log.js';
import type { SubscriptionStore } from '../digest/subscription-store.js';
import type { RefreshSummary } from '../arxiv/arxiv-copy.js';
import type { ArxivFollower } from '../arxiv/arxiv-follower.js';
import { mergeListings } from '../listing/merge-listings.js';
import type { ListingOrigin } from '../listing/listing-origin.js';
import { type LoadedListing, listingPaths, loadListing } from '../listing/load-listing.js';
import type { Paper } from '../listing/paper.js';
import { LiveIndex } from '../search/live-index.js';
import { firstFetch } from './first-fetch.js';
import { PaperIndex } from '../search/paper-index.js';

/** Where the papers come from and what to tell when they change. */
export interface ListingSources {
  /** A listing setting (file, folder, or comma list); none when only a query is followed. */
  file?: string;
  /** The listing is the bundled example (nothing else configured). */
  bundled?: boolean;
  arxiv?: ArxivFollower;
  /** Registers new paper ids as first seen, so digests carry them. */
  store?: SubscriptionStore;
  log: Log;
  now?: () => Date;
  /** Changes of the listing's files within this many ms make one reload (default 500). */
  debounceMs?: number;
  /** Reading a listing file stops after this long (default 30 s), at start-up and on reload. */
  parseTimeoutMs?: number;
  /** Fetch the query at once when it has no saved copy (the bot); the CLI only reads the copy. */
  fetchIfMissing?: boolean;
  metrics?: Metrics;
}

/**
 * Serves the papers of a listing file and/or an arXiv query as one index, and keeps it current:
 * reloads the file when it changes or on SIGHUP, refreshes the query on its schedule or on
 * SIGHUP, picks up a copy fetched by another process, registers new ids with the store, and
 * swaps the index whole. Whatever fails keeps the current papers; the failure is logged.
 */
export class ListingReloader {
  private readonly watchers: FSWatcher[] = [];
  private timers = new Map<string, NodeJS.Timeout>();
  private fileListing: LoadedListing | undefined;
  /** A first fetch of the query under way, while the bot serves what it has. */
  private fetching: { fetched: number; target: number } | undefined;
  private cron: Cron | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Paper ids the store saw first when the listing was opened. */
  newAtOpen = 0;
  private readonly now: () => Date;

  private constructor(
    private readonly sources: ListingSources,
    readonly live: LiveIndex,
  ) {
    this.now = sources.now ?? (() => new Date());
  }

  /**
   * Reads the sources and builds the first index. A query with no saved copy is fetched first, up to
   * its first page when it has several (the rest is served when fetched, its progress in the origin);
   * when arXiv cannot be reached the bot starts without those papers and says so. Throws
   * ConfigError for an unreadable listing file or a query arXiv rejects.
   */
  static async open(sources: ListingSources): Promise<ListingReloader> {
    const reloader = new ListingReloader(sources, new LiveIndex(PaperIndex.of([])));
    if (sources.file) reloader.fileListing = await reloader.readFile();
    const arxiv = sources.arxiv;
    const fetching =
      arxiv && !(await arxiv.reread()) && sources.fetchIfMissing !== false
        ? await firstFetch(arxiv, sources.log, (progress) => {
            reloader.fetching = progress;
            reloader.live.describe(reloader.origin());
          })
        : undefined;
    const papers = reloader.combined();
    reloader.live.replace(await PaperIndex.build(papers), reloader.origin());
    const ids = papers.map((p) => p.id);
    if (sources.store) reloader.newAtOpen = (await sources.store.registerPapers(ids, reloader.now())).added;
    if (fetching)
      reloader
        .serially(async () => ((await fetching.rest) ? reloader.rebuild('arxiv first fetch') : false))
        .catch((err: unknown) => sources.log.error({ err }, 'arxiv: could not serve the first fetch'));
    return reloader;
  }

  /** When the papers served were last known current: the files' modification or the last refresh. */
  get asOf(): Date {
    return this.origin().asOf;
  }

  /** Where the papers come from now. */
  origin(): ListingOrigin {
    const followed = this.sources.arxiv?.origin();
    const arxiv = followed && this.fetching ? { ...followed, fetching: this.fetching } : followed;
    const times = [this.fileListing?.modifiedAt.getTime() ?? 0, arxiv?.refreshedAt ? Date.parse(arxiv.refreshedAt) : 0];
    return {
      files: this.fileListing?.files ?? [],
      ...(this.sources.bundled ? { bundled: true } : {}),
      filePapers: this.fileListing?.papers.length ?? 0,
      ...(arxiv ? { arxiv } : {}),
      asOf: new Date(Math.max(...times)),
    };
  }

  private combined(): Paper[] {
    const parts = [this.sources.arxiv?.papers ?? [], this.fileListing?.papers ?? []].filter((p) => p.length > 0);
    return parts.length === 1 ? (parts[0] as Paper[]) : mergeListings(parts);
  }

  /** Reads the listing's files, at start-up and on reload alike. */
  private async readFile(): Promise<LoadedListing> {
    const file = this.sources.file as string;
    const { parseTimeoutMs, bundled } = this.sources;
    const listing = await loadListing(file, { timeoutMs: parseTimeoutMs, trusted: bundled });
    for (const p of listing.problems)
      this.sources.log.warn({ file: p.file ?? file, line: p.line }, `listing: ${p.message}`);
    return listing;
  }

  /** Watches the listing's files and the arXiv copy's folder; starts the refresh schedule. */
  watch(refreshEveryMs?: number): void {
    const { file, arxiv, log } = this.sources;
    for (const path of file ? listingPaths(file) : []) {
      // A file's folder, not the file: editors and deploy tools replace a file by renaming a new
      // one over it, after which a watch on the old file would see nothing more.
      const folder = isFolder(path);
      this.watchPath(
        folder ? path : dirname(path),
        () => void this.reload('file changed'),
        folder ? undefined : basename(path),
      );
    }
    if (arxiv) {
      const folder = dirname(arxiv.file);
      try {
        mkdirSync(folder, { recursive: true });
      } catch (err) {
        log.warn({ err, folder }, 'arxiv: cannot create the folder of the saved copy');
      }
      // The folder, not the file: a copy is saved by renaming a new file over the old one.
      this.watchPath(folder, () => void this.pickUpCopy(), basename(arxiv.file));
    }
    if (arxiv && refreshEveryMs) {
      const last = arxiv.copy ? Date.parse(arxiv.copy.fetchedAt) : 0;
      const startAt = new Date(Math.max(this.now().getTime() + 1000, last + refreshEveryMs));
      this.cron = new Cron(
        '* * * * * *',
        { interval: Math.round(refreshEveryMs / 1000), startAt, protect: true, unref: true },
        async () => {
          await this.refresh('schedule');
        },
      );
    }
  }

  /** When the query is next refreshed on schedule, once {@link watch} started it. */
  nextRefreshAt(): Date | undefined {
    return this.cron?.nextRun() ?? undefined;
  }

  private watchPath(path: string, changed: () => void, only?: string): void {
    try {
      const watcher = watch(path, { persistent: false }, (_event, name) => {
        if (only && name !== only) return;
        clearTimeout(this.timers.get(path));
        this.timers.set(path, setTimeout(changed, this.sources.debounceMs ?? 500));
      });
      watcher.on('error', (err) => this.sources.log.warn({ err, path }, 'listing: watch failed; reload with SIGHUP'));
      this.watchers.push(watcher);
    } catch (err) {
      this.sources.log.warn({ err, path }, 'listing: cannot watch it; reload with SIGHUP');
    }
  }

  /** A copy saved by another process (`arxivist fetch`) is served as soon as it is seen. */
  private pickUpCopy(): Promise<boolean> {
    return this.serially(async () =>
      (await this.sources.arxiv?.reread()) ? this.rebuild('arxiv copy changed') : false,
    );
  }

  /** Refreshes the query now and serves the result; undefined when it failed (logged) or there is no query. */
  refresh(why: string): Promise<RefreshSummary | undefined> {
    return this.serially(async () => {
      const summary = await this.refreshQuery(why);
      if (summary) await this.rebuild(`arxiv refresh (${why})`);
      return summary;
    });
  }

  /**
   * Re-reads the listing file (and, with `arxiv`, refreshes the query first), then swaps in one
   * new index; resolves true when it did. Reloads and refreshes run one after another, so a slow
   * one never swaps in papers older than a quick one's.
   */
  reload(why = 'requested', parts: { arxiv?: boolean } = {}): Promise<boolean> {
    return this.serially(async () => {
      const refreshed = parts.arxiv ? await this.refreshQuery(why) : undefined;
      const read = this.sources.file ? await this.rereadFile(why) : false;
      return read || refreshed ? this.rebuild(why) : false;
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async refreshQuery(why: string): Promise<RefreshSummary | undefined> {
    const arxiv = this.sources.arxiv;
    if (!arxiv) return undefined;
    try {
      const { summary } = await arxiv.refresh();
      this.sources.log.info({ ...summary, why }, 'arxiv: refreshed');
      this.sources.metrics?.reload('arxiv', 'ok');
      return summary;
    } catch (err) {
      this.live.describe(this.origin());
      this.sources.metrics?.reload('arxiv', 'failed');
      this.sources.log.error(
        { query: arxiv.query, why, reason: (err as Error).message },
        'arxiv: refresh failed; serving the saved copy',
      );
      return undefined;
    }
  }

  /** Reads the listing file again; false (logged) when it cannot be read or would lose papers. */
  private async rereadFile(why: string): Promise<boolean> {
    const { file, log } = this.sources;
    let listing: LoadedListing;
    try {
      listing = await this.readFile();
    } catch (err) {
      log.error({ err, file, why }, 'listing: reload failed; keeping the current listing');
      this.sources.metrics?.reload('listing', 'failed');
      return false;
    }
    if (listing.problems.length > 0) {
      // A file caught half-written, or an entry broken by an edit: swapping would drop papers
      // users can see now. Keep the current index unless every paper it has is still there.
      const ids = new Set(listing.papers.map((p) => p.id));
      const lost = (this.fileListing?.papers ?? []).filter((p) => !ids.has(p.id));
      if (lost.length > 0) {
        log.error(
          { file, why, problems: listing.problems.length, wouldLose: lost.length },
          'listing: reload has problems and would lose papers; keeping the current listing',
        );
        this.sources.metrics?.reload('listing', 'failed');
        return false;
      }
    }
    this.fileListing = listing;
    this.sources.metrics?.reload('listing', 'ok');
    return true;
  }

  private async rebuild(why: string): Promise<boolean> {
    // Papers whose text did not change keep their place in the index; only the changes are indexed.
    const index = await PaperIndex.update(this.live.current, this.combined());
    const registered = this.sources.store
      ? await this.sources.store.registerPapers(
          index.papers.map((p) => p.id),
          this.now(),
        )
      : { added: 0 };
    this.live.replace(index, this.origin());
    this.sources.log.info(
      {
        file: this.sources.file,
        query: this.sources.arxiv?.query,
        why,
        papers: index.size,
        newPapers: registered.added,
      },
      'listing: reloaded',
    );
    return true;
  }

  stop(): void {
    this.cron?.stop();
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers) w.close();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
