import pg from 'pg';
import { ConfigError } from '../base/errors.js';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import type { SharedState } from '../base/shared-state.js';
import type { Claim, DeliveryPlan, DeliveryStart, SubscriptionStore } from '../digest/subscription-store.js';
import type { ChatRef, NewSubscription, Subscription } from '../digest/subscription.js';
import { SUBSCRIPTION_COLUMNS, type SubscriptionRow, subscriptionValues, toSubscription } from './subscription-row.js';
import { migrate } from './postgres-schema.js';
import { PostgresCoordination } from './postgres-coordination.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimit, postgresRateLimiter } from './rate-limiters.js';
import { PostgresState } from './postgres-state.js';
import { PostgresSources } from './postgres-sources.js';
import { registerInPostgres } from './first-seen.js';
import { type PostgresStoreOptions, createPool, inTransaction, nowMs, waitForDatabase } from './postgres-pool.js';

export type { PostgresStoreOptions } from './postgres-pool.js';

/**
 * The subscription and source store on PostgreSQL (node-postgres, a pool, parameterised queries only), for
 * several instances sharing one database: migrations under an advisory lock, first-seen numbers
 * from a sequence, delivery claims with leases on the database's clock.
 */
export class PostgresStore extends PostgresSources implements SubscriptionStore {
  /** Migrations this instance applied at start (0 when another instance had applied them). */
  applied = 0;
  /** Button state and handled updates, shared by every instance on this database. */
  readonly state: SharedState;
  /** arXiv's request spacing and the refresh of each query, shared by every instance on this database. */
  readonly coordination: InstanceCoordination;

  private constructor(
    protected readonly pool: pg.Pool,
    private readonly options: PostgresStoreOptions,
  ) {
    super();
    this.state = new PostgresState(pool);
    this.coordination = new PostgresCoordination(pool, options.clock);
  }

  /** Connects (retrying while the database starts), migrates, and returns the store. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const pool = createPool(options);
    const store = new PostgresStore(pool, options);
    try {
      await waitForDatabase(pool, options);
      store.applied = await migrate(pool, options.schema);
      if (store.applied > 0) options.log?.info({ applied: store.applied }, 'store: migrations applied');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err instanceof ConfigError ? err : new ConfigError(`ARXIVIST_DATABASE_URL: ${(err as Error).message}`);
    }
    return store;
  }

  /** The host and database, without credentials. */
  get where(): string {
    const u = new URL(this.options.url);
    return `postgres://${u.host}${u.pathname}${this.options.schema ? ` (schema ${this.options.schema})` : ''}`;
  }

  /** Schema version applied. */
  async version(): Promise<number> {
    const { rows } = await this.pool.query<{ v: number }>('SELECT MAX(version) AS v FROM arxivist_migrations');
    return rows[0]?.v ?? 0;
  }

  private tx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  /** A per-user rate limit named `name`, counted in the database every instance shares. */
  rateLimiter(name: string, limit: RateLimit): Promise<RateLimiterAbstract> {
    return postgresRateLimiter(this.pool, name, limit, this.options.schema);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async registerPapers(ids: readonly string[], now: Date): Promise<{ added: number; maxSeq: number }> {
    const added = await this.tx((c) => registerInPostgres(c, ids, now.toISOString()));
    return { added, maxSeq: await this.maxSeq() };
  }

  async maxSeq(): Promise<number> {
    const { rows } = await this.pool.query<{ m: number }>('SELECT COALESCE(MAX(seq), 0)::bigint AS m FROM papers_seen');
    return rows[0]?.m ?? 0;
  }

  async papersAfter(seq: number, upTo: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ paper_id: string }>(
      'SELECT paper_id FROM papers_seen WHERE seq > $1 AND seq <= $2 ORDER BY seq',
      [seq, upTo],
    );
    return rows.map((r) => r.paper_id);
  }

  async add(s: NewSubscription): Promise<Subscription> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
      subscriptionValues(s, (q) => q),
    );
    return toSubscription(rows[0] as SubscriptionRow);
  }

  async get(id: number): Promise<Subscription | undefined> {
    const { rows } = await this.pool.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return rows[0] ? toSubscription(rows[0]) : undefined;
  }

  async forChat(chat: ChatRef): Promise<Subscription[]> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = $1 AND chat_id = $2 ORDER BY id',
      [chat.platform, chat.chatId],
    );
    return rows.map(toSubscription);
  }

  async all(): Promise<Subscription[]> {
    const { rows } = await this.pool.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id');
    return rows.map(toSubscription);
  }

  async remove(chat: ChatRef, id: number | 'all'): Promise<number> {
    return this.tx(async (c) => {
      const { rows } = await c.query<{ id: number }>(
        'DELETE FROM subscriptions WHERE platform = $1 AND chat_id = $2 AND ($3::bigint IS NULL OR id = $3) RETURNING id',
        [chat.platform, chat.chatId, id === 'all' ? null : id],
      );
      const ids = rows.map((r) => r.id);
      if (ids.length) await c.query('DELETE FROM deliveries WHERE subscription_id = ANY($1::bigint[])', [ids]);
      return ids.length;
    });
  }

  async due(now: Date): Promise<Subscription[]> {
    const { rows } = await this.pool.query<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE paused_reason IS NULL AND next_run_at <= $1 ORDER BY next_run_at, id',
      [now.toISOString()],
    );
    return rows.map(toSubscription);
  }

  async nextDueAt(): Promise<Date | undefined> {
    const { rows } = await this.pool.query<{ t: Date | null }>(
      'SELECT MIN(next_run_at) AS t FROM subscriptions WHERE paused_reason IS NULL',
    );
    return rows[0]?.t ?? undefined;
  }

  async beginDelivery(
    subscriptionId: number,
    period: string,
    plan: DeliveryPlan,
    now: Date,
    claim: Claim,
  ): Promise<DeliveryStart> {
    // One statement: a new period is claimed with this plan; a claim of ours, or one whose lease
    // ran out (its instance died mid-send), is taken over with its stored plan and parts (a row
    // of a version that stored no plan gets this one); a live claim of another instance and a
    // sent period are left alone.
    const { rows } = await this.pool.query<{ cursor_to: number; paper_ids: string[]; parts_sent: number }>(
      `INSERT INTO deliveries AS d (subscription_id, period, status, cursor_to, paper_count, paper_ids, parts_sent,
                                    started_at, claimed_by, lease_until)
       VALUES ($1, $2, 'sending', $3, $4, $5, 0, $6, $7, ${nowMs(8)} + $9)
       ON CONFLICT (subscription_id, period) DO UPDATE
         SET cursor_to = CASE WHEN d.paper_ids IS NULL THEN EXCLUDED.cursor_to ELSE d.cursor_to END,
             paper_count = CASE WHEN d.paper_ids IS NULL THEN EXCLUDED.paper_count ELSE d.paper_count END,
             parts_sent = CASE WHEN d.paper_ids IS NULL THEN 0 ELSE d.parts_sent END,
             paper_ids = COALESCE(d.paper_ids, EXCLUDED.paper_ids),
             started_at = EXCLUDED.started_at, claimed_by = EXCLUDED.claimed_by, lease_until = EXCLUDED.lease_until
         WHERE d.status = 'sending' AND (d.claimed_by = EXCLUDED.claimed_by OR COALESCE(d.lease_until, 0) <= ${nowMs(8)})
       RETURNING cursor_to, paper_ids, parts_sent`,
      [
        subscriptionId,
        period,
        plan.cursorTo,
        plan.paperIds.length,
        plan.paperIds,
        now.toISOString(),
        claim.owner,
        this.options.clock?.() ?? null,
        claim.leaseMs,
      ],
    );
    const row = rows[0];
    if (row)
      return { status: 'send', plan: { cursorTo: row.cursor_to, paperIds: row.paper_ids }, partsSent: row.parts_sent };
    const found = await this.pool.query<{ status: string }>(
      'SELECT status FROM deliveries WHERE subscription_id = $1 AND period = $2',
      [subscriptionId, period],
    );
    return { status: found.rows[0]?.status === 'sent' ? 'already-sent' : 'claimed' };
  }

  async renewClaim(subscriptionId: number, period: string, claim: Claim): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE deliveries SET lease_until = ${nowMs(4)} + $5
       WHERE subscription_id = $1 AND period = $2 AND claimed_by = $3 AND status = 'sending'`,
      [subscriptionId, period, claim.owner, this.options.clock?.() ?? null, claim.leaseMs],
    );
    return (rowCount ?? 0) > 0;
  }

  async recordParts(subscriptionId: number, period: string, parts: number, claim: Claim): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE deliveries SET parts_sent = $3, lease_until = ${nowMs(5)} + $6
       WHERE subscription_id = $1 AND period = $2 AND claimed_by = $4 AND status = 'sending'`,
      [subscriptionId, period, parts, claim.owner, this.options.clock?.() ?? null, claim.leaseMs],
    );
    return (rowCount ?? 0) > 0;
  }

  async releaseClaim(subscriptionId: number, period: string, owner: string): Promise<void> {
    await this.pool.query(
      "UPDATE deliveries SET lease_until = 0 WHERE subscription_id = $1 AND period = $2 AND claimed_by = $3 AND status = 'sending'",
      [subscriptionId, period, owner],
    );
  }

  async completeDelivery(
    subscriptionId: number,
    period: string,
    cursorTo: number,
    nextRunAt: Date,
    now: Date,
  ): Promise<void> {
    await this.tx(async (c) => {
      await c.query(
        "UPDATE deliveries SET status = 'sent', finished_at = $1 WHERE subscription_id = $2 AND period = $3",
        [now.toISOString(), subscriptionId, period],
      );
      await c.query(
        'UPDATE subscriptions SET cursor = GREATEST(cursor, $1), last_digest_at = $2, next_run_at = $3 WHERE id = $4',
        [cursorTo, now.toISOString(), nextRunAt.toISOString(), subscriptionId],
      );
    });
  }

  async setNextRun(subscriptionId: number, nextRunAt: Date): Promise<void> {
    await this.pool.query('UPDATE subscriptions SET next_run_at = $1 WHERE id = $2', [
      nextRunAt.toISOString(),
      subscriptionId,
    ]);
  }

  async pauseChat(chat: ChatRef, reason: string): Promise<number> {
    const { rowCount } = await this.pool.query(
      'UPDATE subscriptions SET paused_reason = $1 WHERE platform = $2 AND chat_id = $3 AND paused_reason IS NULL',
      [reason, chat.platform, chat.chatId],
    );
    return rowCount ?? 0;
  }

  /** Sent deliveries per instance that claimed them (operations, and the multi-instance tests). */
  async deliveryOwners(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ owner: string; n: number }>(
      "SELECT claimed_by AS owner, COUNT(*)::bigint AS n FROM deliveries WHERE status = 'sent' GROUP BY claimed_by",
    );
    return new Map(rows.map((r) => [r.owner, r.n]));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
