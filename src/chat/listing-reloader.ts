import { type FSWatcher, watch } from 'node:fs';
import type { ErrorLog } from './command.js';
import type { SubscriptionStore } from '../digest/subscription-store.js';
import type { LiveIndex } from '../search/live-index.js';
import { type LoadedListing, listingPaths, loadListing } from '../listing/load-listing.js';
import { PaperIndex } from '../search/paper-index.js';

/** Logging the reloader needs. */
export interface ReloadLog extends ErrorLog {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/**
 * Reloads the listing file when it changes (debounced) or when asked (SIGHUP): re-parses it,
 * swaps the index whole, and registers new paper ids with the store. A listing that fails to
 * load keeps the old index; its problems are logged with line numbers.
 */
export class ListingReloader {
  private readonly watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<boolean> | undefined;
  /** When the file of the listing now served was last modified. */
  asOf: Date;

  constructor(
    private readonly file: string,
    initial: { modifiedAt: Date },
    private readonly live: LiveIndex,
    private readonly store: SubscriptionStore | undefined,
    private readonly log: ReloadLog,
    private readonly now: () => Date = () => new Date(),
    private readonly debounceMs = 500,
  ) {
    this.asOf = initial.modifiedAt;
  }

  /** Watches the listing's files and folders; changes within `debounceMs` of each other make one reload. */
  watch(): void {
    for (const path of listingPaths(this.file)) {
      try {
        const watcher = watch(path, { persistent: false }, () => {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.reload('file changed'), this.debounceMs);
        });
        watcher.on('error', (err) => this.log.warn({ err, file: path }, 'listing: watch failed; reload with SIGHUP'));
        this.watchers.push(watcher);
      } catch (err) {
        this.log.warn({ err, file: path }, 'listing: cannot watch the file; reload with SIGHUP');
      }
    }
  }

  /** Reloads now; resolves true when the new listing was swapped in. Concurrent calls share one reload. */
  reload(why = 'requested'): Promise<boolean> {
    this.reloading ??= this.doReload(why).finally(() => { this.reloading = undefined; });
    return this.reloading;
  }

  private async doReload(why: string): Promise<boolean> {
    let listing: LoadedListing;
    try {
      // A running bot keeps answering while a large listing is parsed and indexed in batches.
      listing = await loadListing(this.file, { yieldWhileParsing: true });
    } catch (err) {
      this.log.error({ err, file: this.file, why }, 'listing: reload failed; keeping the current listing');
      return false;
    }
    for (const p of listing.problems) this.log.warn({ file: p.file ?? this.file, line: p.line }, `listing: ${p.message}`);
    if (listing.problems.length > 0) {
      // A file caught half-written, or an entry broken by an edit: swapping would drop papers
      // users can see now. Keep the current index unless every paper it has is still there.
      const ids = new Set(listing.papers.map((p) => p.id));
      const lost = this.live.current.papers.filter((p) => !ids.has(p.id));
      if (lost.length > 0) {
        this.log.error({ file: this.file, why, problems: listing.problems.length, wouldLose: lost.length }, 'listing: reload has problems and would lose papers; keeping the current listing');
        return false;
      }
    }
    // Papers whose text did not change keep their place in the index; only the changes are indexed.
    const index = await PaperIndex.update(this.live.current, listing.papers);
    const registered = this.store ? await this.store.registerPapers(index.papers.map((p) => p.id), this.now()) : { added: 0 };
    this.live.replace(index);
    this.asOf = listing.modifiedAt;
    this.log.info({ file: this.file, why, papers: index.size, newPapers: registered.added, problems: listing.problems.length }, 'listing: reloaded');
    return true;
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
  }
}
