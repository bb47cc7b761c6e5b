import type { Log } from '../base/log.js';
import type { RunSummary } from './digest-service.js';

/** What the scheduler drives: a run of the due digests, and when the next one is due. */
export interface SchedulerTarget {
  runDue(now: Date): Promise<RunSummary>;
  nextDueAt(): Promise<Date | undefined>;
}

/**
 * Wakes when the earliest subscription is due and runs the due digests. The next slots live in
 * the store, so a restart picks up where it left off. It sleeps at most `maxSleepMs` at a time
 * (the clock may jump, the host may sleep), and backs off after a run with failures.
 */
export class DigestScheduler {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private stopped = true;

  private readonly now: () => Date;
  private readonly maxSleepMs: number;
  private readonly retryAfterFailureMs: number;
  private readonly retryBusyMs: number;

  constructor(
    private readonly target: SchedulerTarget,
    private readonly log: Log,
    options: {
      now?: () => Date;
      /** Longest sleep (default 1 min): the clock may jump, the host may sleep. */
      maxSleepMs?: number;
      /** Wait after a run with failures (default 1 min). */
      retryAfterFailureMs?: number;
      /** Wait after a run that left deliveries to another process: about when their claims end (the lease). */
      retryBusyMs?: number;
    } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxSleepMs = options.maxSleepMs ?? 60_000;
    this.retryAfterFailureMs = options.retryAfterFailureMs ?? 60_000;
    this.retryBusyMs = options.retryBusyMs ?? 60_000;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Re-plans the next wake-up now (after a subscription was added or the listing changed). */
  nudge(): void {
    if (!this.stopped && !this.inFlight) this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    // A run that ends after stop() plans nothing more.
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick().finally(() => {
        this.inFlight = undefined;
      });
    }, ms);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    let backoff = 0;
    try {
      const summary = await this.target.runDue(this.now());
      // Failed or skipped subscriptions stay due; back off instead of spinning on them. Claims of
      // another process end with their lease: look again then (it may have died mid-send).
      if (summary.failed > 0 || summary.skipped > 0) backoff = this.retryAfterFailureMs;
      else if (summary.busy > 0) backoff = this.retryBusyMs;
    } catch (err) {
      backoff = this.retryAfterFailureMs;
      this.log.error({ err }, 'digests: scheduled run failed');
    }
    if (this.stopped) return;
    const next = await this.target.nextDueAt().catch(() => undefined);
    const untilNext = next ? next.getTime() - this.now().getTime() : this.maxSleepMs;
    const sleep = Math.min(this.maxSleepMs, Math.max(backoff, untilNext, 0));
    this.schedule(sleep);
  }

  /** Stops waking up and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }
}
