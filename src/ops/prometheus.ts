import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../base/metrics.js';

/** {@link Metrics} as Prometheus series in a registry of their own, with the process's defaults. */
export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'arxivist_commands_total',
    help: 'Commands run, by command and outcome (ok, refused: the user erred, failed: unexpected)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'arxivist_reply_seconds',
    help: 'Time from a command to its reply, by command',
    labelNames: ['command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly digestCount = new Counter({
    name: 'arxivist_digests_total',
    help: 'Digests by outcome: sent, failed (retried on the next run), paused (chat gone or bot blocked)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'arxivist_listing_reloads_total',
    help: 'Listing file reloads and arXiv query refreshes, by outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly storeErrors = new Counter({
    name: 'arxivist_store_errors_total',
    help: 'Store operations that failed, by operation',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'arxivist_' });
    // Series that exist before their first event, so dashboards and alerts see zeros.
    for (const outcome of ['sent', 'failed', 'paused'] as const) this.digestCount.inc({ outcome }, 0);
    for (const kind of ['listing', 'arxiv'] as const)
      for (const outcome of ['ok', 'failed'] as const) this.reloads.inc({ kind, outcome }, 0);
  }

  command(name: string, outcome: 'ok' | 'refused' | 'failed', seconds: number): void {
    this.commands.inc({ command: name, outcome });
    this.latency.observe({ command: name }, seconds);
  }

  digests(outcome: 'sent' | 'failed' | 'paused', count: number): void {
    if (count > 0) this.digestCount.inc({ outcome }, count);
  }

  reload(kind: 'listing' | 'arxiv', outcome: 'ok' | 'failed'): void {
    this.reloads.inc({ kind, outcome });
  }

  storeError(operation: string): void {
    this.storeErrors.inc({ operation });
  }
}
