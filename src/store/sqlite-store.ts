import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { InstanceCoordination } from '../base/instance-coordination.js';
import type { SharedState } from '../base/shared-state.js';
import type { Claim, DeliveryPlan, DeliveryStart, SubscriptionStore } from '../digest/subscription-store.js';
import { SqliteCoordination } from './sqlite-coordination.js';
import { SqliteState } from './sqlite-state.js';
import { SqliteSources } from './sqlite-sources.js';
import { migrateSqlite } from './sqlite-schema.js';
import type { ChatRef, NewSubscription, Subscription } from '../digest/subscription.js';
import { SUBSCRIPTION_COLUMNS, type SubscriptionRow, subscriptionValues, toSubscription } from './subscription-row.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimit, sqliteRateLimiter } from './rate-limiters.js';
import { registerInSqlite } from './first-seen.js';

/** A deliveries row as beginDelivery reads it. */
interface DeliveryRow {
  status: string;
  claimed_by: string | null;
  lease_until: number | null;
  cursor_to: number;
  paper_ids: string | null;
  parts_sent: number;
}

/** The subscription and source store in one SQLite file (WAL mode), through better-sqlite3. */
export class SqliteStore extends SqliteSources implements SubscriptionStore {
  readonly db: Database.Database;
  /** Button state and handled updates, shared by the processes on this data folder. */
  readonly state: SharedState;
  /** arXiv's request spacing and the refresh of each query, shared by the processes on this data folder. */
  readonly coordination: InstanceCoordination;

  constructor(
    private readonly file: string,
    /** The clock leases are measured on, in ms. */
    private readonly clock: () => number = Date.now,
  ) {
    super();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; FULL adds power-loss safety.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrateSqlite(this.db, file);
    this.state = new SqliteState(this.db, clock);
    this.coordination = new SqliteCoordination(this.db, clock);
  }

  /** A per-user rate limit named `name`, counted in this file. */
  rateLimiter(name: string, limit: RateLimit): Promise<RateLimiterAbstract> {
    return sqliteRateLimiter(this.db, name, limit);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  /** The database file. */
  get where(): string {
    return this.file;
  }

  /** Schema version applied. */
  get version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async registerPapers(ids: readonly string[], now: Date): Promise<{ added: number; maxSeq: number }> {
    const at = now.toISOString();
    const added = this.db.transaction(() => registerInSqlite(this.db, ids, at))();
    return { added, maxSeq: await this.maxSeq() };
  }

  async maxSeq(): Promise<number> {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS m FROM papers_seen').get() as { m: number }).m;
  }

  async papersAfter(seq: number, upTo: number): Promise<string[]> {
    return (
      this.db.prepare('SELECT paper_id FROM papers_seen WHERE seq > ? AND seq <= ? ORDER BY seq').all(seq, upTo) as {
        paper_id: string;
      }[]
    ).map((r) => r.paper_id);
  }

  async add(s: NewSubscription): Promise<Subscription> {
    const info = this.db
      .prepare(`INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(...subscriptionValues(s, (q) => (q ? 1 : 0)));
    return (await this.get(Number(info.lastInsertRowid))) as Subscription;
  }

  async get(id: number): Promise<Subscription | undefined> {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as SubscriptionRow | undefined;
    return row ? toSubscription(row) : undefined;
  }

  async forChat(chat: ChatRef): Promise<Subscription[]> {
    return (
      this.db
        .prepare('SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ? ORDER BY id')
        .all(chat.platform, chat.chatId) as SubscriptionRow[]
    ).map(toSubscription);
  }

  async all(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as SubscriptionRow[]).map(toSubscription);
  }

  async remove(chat: ChatRef, id: number | 'all'): Promise<number> {
    return this.db.transaction(() => {
      const ids =
        id === 'all'
          ? (
              this.db
                .prepare('SELECT id FROM subscriptions WHERE platform = ? AND chat_id = ?')
                .all(chat.platform, chat.chatId) as { id: number }[]
            ).map((r) => r.id)
          : (
              this.db
                .prepare('SELECT id FROM subscriptions WHERE platform = ? AND chat_id = ? AND id = ?')
                .all(chat.platform, chat.chatId, id) as { id: number }[]
            ).map((r) => r.id);
      for (const i of ids) {
        this.db.prepare('DELETE FROM deliveries WHERE subscription_id = ?').run(i);
        this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(i);
      }
      return ids.length;
    })();
  }

  async due(now: Date): Promise<Subscription[]> {
    return (
      this.db
        .prepare(
          'SELECT * FROM subscriptions WHERE paused_reason IS NULL AND next_run_at <= ? ORDER BY next_run_at, id',
        )
        .all(now.toISOString()) as SubscriptionRow[]
    ).map(toSubscription);
  }

  async nextDueAt(): Promise<Date | undefined> {
    const row = this.db
      .prepare('SELECT MIN(next_run_at) AS t FROM subscriptions WHERE paused_reason IS NULL')
      .get() as { t: string | null };
    return row.t ? new Date(row.t) : undefined;
  }

  async beginDelivery(
    subscriptionId: number,
    period: string,
    plan: DeliveryPlan,
    now: Date,
    claim: Claim,
  ): Promise<DeliveryStart> {
    // Leases are measured on this machine's clock, not on `now`, which `digest run --now` may set.
    const clock = this.clock();
    return this.db
      .transaction((): DeliveryStart => {
        const row = this.db
          .prepare(
            'SELECT status, claimed_by, lease_until, cursor_to, paper_ids, parts_sent FROM deliveries WHERE subscription_id = ? AND period = ?',
          )
          .get(subscriptionId, period) as DeliveryRow | undefined;
        if (row?.status === 'sent') return { status: 'already-sent' };
        if (row && row.claimed_by !== claim.owner && (row.lease_until ?? 0) > clock) return { status: 'claimed' };
        const lease = clock + claim.leaseMs;
        if (row?.paper_ids) {
          // Begun before (a retry, or a claim whose process died mid-send): taken over as it stands.
          this.db
            .prepare(
              'UPDATE deliveries SET started_at = ?, claimed_by = ?, lease_until = ? WHERE subscription_id = ? AND period = ?',
            )
            .run(now.toISOString(), claim.owner, lease, subscriptionId, period);
          const stored = { cursorTo: row.cursor_to, paperIds: JSON.parse(row.paper_ids) as string[] };
          return { status: 'send', plan: stored, partsSent: row.parts_sent };
        }
        // New, or begun by a version that stored no plan: this plan, from the first part.
        this.db
          .prepare(
            `INSERT INTO deliveries (subscription_id, period, status, cursor_to, paper_count, paper_ids, parts_sent, started_at, claimed_by, lease_until)
             VALUES (?, ?, 'sending', ?, ?, ?, 0, ?, ?, ?)
             ON CONFLICT (subscription_id, period) DO UPDATE SET cursor_to = excluded.cursor_to,
               paper_count = excluded.paper_count, paper_ids = excluded.paper_ids, parts_sent = 0,
               started_at = excluded.started_at, claimed_by = excluded.claimed_by, lease_until = excluded.lease_until`,
          )
          .run(
            subscriptionId,
            period,
            plan.cursorTo,
            plan.paperIds.length,
            JSON.stringify(plan.paperIds),
            now.toISOString(),
            claim.owner,
            lease,
          );
        return { status: 'send', plan, partsSent: 0 };
      })
      .immediate();
  }

  async renewClaim(subscriptionId: number, period: string, claim: Claim): Promise<boolean> {
    const changed = this.db
      .prepare(
        "UPDATE deliveries SET lease_until = ? WHERE subscription_id = ? AND period = ? AND claimed_by = ? AND status = 'sending'",
      )
      .run(this.clock() + claim.leaseMs, subscriptionId, period, claim.owner).changes;
    return changed > 0;
  }

  async recordParts(subscriptionId: number, period: string, parts: number, claim: Claim): Promise<boolean> {
    const changed = this.db
      .prepare(
        "UPDATE deliveries SET parts_sent = ?, lease_until = ? WHERE subscription_id = ? AND period = ? AND claimed_by = ? AND status = 'sending'",
      )
      .run(parts, this.clock() + claim.leaseMs, subscriptionId, period, claim.owner).changes;
    return changed > 0;
  }

  async releaseClaim(subscriptionId: number, period: string, owner: string): Promise<void> {
    this.db
      .prepare(
        "UPDATE deliveries SET lease_until = 0 WHERE subscription_id = ? AND period = ? AND claimed_by = ? AND status = 'sending'",
      )
      .run(subscriptionId, period, owner);
  }

  async completeDelivery(
    subscriptionId: number,
    period: string,
    cursorTo: number,
    nextRunAt: Date,
    now: Date,
  ): Promise<void> {
    this.db
      .transaction(() => {
        this.db
          .prepare("UPDATE deliveries SET status = 'sent', finished_at = ? WHERE subscription_id = ? AND period = ?")
          .run(now.toISOString(), subscriptionId, period);
        this.db
          .prepare('UPDATE subscriptions SET cursor = MAX(cursor, ?), last_digest_at = ?, next_run_at = ? WHERE id = ?')
          .run(cursorTo, now.toISOString(), nextRunAt.toISOString(), subscriptionId);
      })
      .immediate();
  }

  async setNextRun(subscriptionId: number, nextRunAt: Date): Promise<void> {
    this.db
      .prepare('UPDATE subscriptions SET next_run_at = ? WHERE id = ?')
      .run(nextRunAt.toISOString(), subscriptionId);
  }

  async pauseChat(chat: ChatRef, reason: string): Promise<number> {
    return this.db
      .prepare(
        'UPDATE subscriptions SET paused_reason = ? WHERE platform = ? AND chat_id = ? AND paused_reason IS NULL',
      )
      .run(reason, chat.platform, chat.chatId).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
