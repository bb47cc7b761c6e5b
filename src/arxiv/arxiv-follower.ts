import type { RefreshLease } from '../base/instance-coordination.js';
import type { Log } from '../base/log.js';
import { agreeing, plural } from '../base/plural.js';
import type { ArxivClient } from './arxiv-client.js';
import {
  type ArxivCopy,
  type FetchProgress,
  type RefreshSummary,
  copyFile,
  readCopy,
  refreshCopy,
  writeCopy,
} from './arxiv-copy.js';
import type { Paper } from '../listing/paper.js';
import type { ArxivOrigin } from '../listing/listing-origin.js';

/** Which query to follow and where its copy is kept. */
export interface ArxivFollowSettings {
  query: string;
  /** The data folder: the copy is saved under its arxiv/ folder. */
  dataDir: string;
  /** Most papers to fetch and keep (ARXIVIST_ARXIV_MAX). */
  max: number;
  /** Shared with the processes on the same database: one of them refreshes the query at a time. */
  lease?: RefreshLease;
}

/**
 * Follows one arXiv query: keeps its papers as last fetched, saved in the data folder so a
 * restart serves them at once and an outage keeps serving them. A refresh fetches the newest
 * papers and saves the merged copy; refreshes never overlap.
 */
export class ArxivFollower {
  readonly file: string;
  private saved: ArxivCopy | undefined;
  private failure: ArxivOrigin['lastError'];
  private refreshing: Promise<{ summary: RefreshSummary; added: Paper[] }> | undefined;

  constructor(
    private readonly client: ArxivClient,
    readonly settings: ArxivFollowSettings,
    private readonly log: Log,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = copyFile(settings.dataDir, settings.query);
  }

  get query(): string {
    return this.settings.query;
  }

  /** The copy now served, if any refresh ever succeeded. */
  get copy(): ArxivCopy | undefined {
    return this.saved;
  }

  get papers(): Paper[] {
    return this.saved?.papers ?? [];
  }

  /** Reads the saved copy; true when it differs from the one held (a fetch by another process). */
  async reread(): Promise<boolean> {
    const { copy, problem, skipped } = await readCopy(this.file, this.query);
    if (problem) this.log.warn({ query: this.query, file: this.file }, `arxiv: ${problem}; it will be fetched again`);
    if (skipped && copy?.fetchedAt !== this.saved?.fetchedAt)
      this.log.warn(
        { query: this.query, file: this.file, skipped },
        `arxiv: ${plural(skipped.length, 'paper')} of the saved copy ${agreeing(skipped.length, 'is', 'are')} unreadable and ${agreeing(skipped.length, 'was', 'were')} skipped; the next fetch reads them again`,
      );
    if (!copy || copy.fetchedAt === this.saved?.fetchedAt) return false;
    this.saved = copy;
    this.failure = undefined;
    return true;
  }

  /** Fetches what is new and saves it; throws ArxivUnavailableError or ArxivQueryError, keeping the copy. */
  refresh(onPage?: (progress: FetchProgress) => void): Promise<{ summary: RefreshSummary; added: Paper[] }> {
    const lease = this.settings.lease;
    this.refreshing ??= (
      lease ? lease.exclusively(`arxiv:${this.query}`, () => this.afterOthers(onPage)) : this.doRefresh(onPage)
    ).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /**
   * Under the lease: a copy another process saved since this one last looked (in a shared data
   * folder, while this one waited) is as fresh as a fetch now, so arXiv is not asked again.
   */
  private async afterOthers(
    onPage?: (progress: FetchProgress) => void,
  ): Promise<{ summary: RefreshSummary; added: Paper[] }> {
    const before = new Set(this.papers.map((p) => p.id));
    if (!(await this.reread()) || !this.saved) return this.doRefresh(onPage);
    const { query, total, fetchedAt, papers } = this.saved;
    const added = papers.filter((p) => !before.has(p.id));
    const summary = {
      query,
      total,
      fetched: 0,
      new: added.length,
      updated: 0,
      unchanged: 0,
      requests: 0,
      problems: [],
    };
    return { summary: { ...summary, listingAsOf: fetchedAt }, added };
  }

  private async doRefresh(
    onPage?: (progress: FetchProgress) => void,
  ): Promise<{ summary: RefreshSummary; added: Paper[] }> {
    try {
      const { copy, summary, added } = await refreshCopy(this.client, this.query, this.saved, {
        max: this.settings.max,
        now: this.now,
        ...(onPage ? { onPage } : {}),
      });
      this.saved = copy;
      this.failure = undefined;
      await writeCopy(this.file, copy);
      if (summary.problems.length > 0)
        this.log.warn(
          { query: this.query, problems: summary.problems },
          `arxiv: ${plural(summary.problems.length, 'problem')} in arXiv's answers (entries skipped, links dropped); the papers read are saved`,
        );
      return { summary, added };
    } catch (err) {
      this.failure = { at: this.now().toISOString(), message: (err as Error).message };
      throw err;
    }
  }

  origin(): ArxivOrigin {
    return {
      query: this.query,
      papers: this.papers.length,
      ...(this.saved ? { refreshedAt: this.saved.fetchedAt } : {}),
      ...(this.failure ? { lastError: this.failure } : {}),
    };
  }
}
