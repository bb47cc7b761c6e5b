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

  constructor(
    private readonly target: SchedulerTarget,
    private readonly log: Log,
    private readonly now: () => Date = () => new Date(),
    private readonly maxSleepMs = 60_000,
    private readonly retryAfterFailureMs = 60_000,
  ) {}

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
    this.timer = setTimeout(() => {
      this.inFlight = this.tick().finally(() => {
        this.inFlight = undefined;
      });
    }, ms);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    let failed: boolean;
    try {
      const summary = await this.target.runDue(this.now());
      // Failed or skipped subscriptions stay due; back off instead of spinning on them.
      failed = summary.failed > 0 || summary.skipped > 0 || summary.busy > 0;
    } catch (err) {
      failed = true;
      this.log.error({ err }, 'digests: scheduled run failed');
    }
    if (this.stopped) return;
    const next = await this.target.nextDueAt().catch(() => undefined);
    const untilNext = next ? next.getTime() - this.now().getTime() : this.maxSleepMs;
    const sleep = Math.min(this.maxSleepMs, Math.max(failed ? this.retryAfterFailureMs : 0, untilNext, 0));
    this.schedule(sleep);
  }

  /** Stops waking up and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }
}
