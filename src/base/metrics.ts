/**
 * What the bot counts for operations; the entry point supplies one over prom-client, and every
 * layer may report to it. The default counts nothing.
 */
export interface Metrics {
  /** A command ran: answered ('ok'), refused as the user's error ('refused'), or failed unexpectedly. */
  command(name: string, outcome: 'ok' | 'refused' | 'failed', seconds: number): void;
  /** Digests of a run, by what became of them. */
  digests(outcome: 'sent' | 'failed' | 'paused', count: number): void;
  /** A reload of the listing file, or a refresh of the followed arXiv query. */
  reload(kind: 'listing' | 'arxiv', outcome: 'ok' | 'failed'): void;
  /** A store operation failed. */
  storeError(operation: string): void;
}

export const NO_METRICS: Metrics = {
  command: () => undefined,
  digests: () => undefined,
  reload: () => undefined,
  storeError: () => undefined,
};
