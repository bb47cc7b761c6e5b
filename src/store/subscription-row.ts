import type { NewSubscription, Subscription, Weekday } from '../digest/subscription.js';

/** A subscriptions row as either database returns it: SQLite gives text and 0/1, PostgreSQL Dates and booleans. */
export interface SubscriptionRow {
  id: number;
  platform: Subscription['platform'];
  chat_id: string;
  chat_kind: Subscription['chatKind'];
  cadence: 'daily' | 'weekly';
  weekday: string | null;
  time: string;
  timezone: string;
  filter: string | null;
  quiet: boolean | number;
  cursor: number;
  last_digest_at: Date | string | null;
  next_run_at: Date | string;
  paused_reason: string | null;
  created_at: Date | string;
  created_by: string | null;
}

const iso = (t: Date | string): string => (typeof t === 'string' ? t : t.toISOString());

export function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id,
    platform: r.platform,
    chatId: r.chat_id,
    chatKind: r.chat_kind,
    cadence: r.cadence,
    ...(r.weekday ? { weekday: r.weekday as Weekday } : {}),
    time: r.time,
    timezone: r.timezone,
    ...(r.filter ? { filter: r.filter } : {}),
    quiet: r.quiet === true || r.quiet === 1,
    cursor: r.cursor,
    ...(r.last_digest_at ? { lastDigestAt: iso(r.last_digest_at) } : {}),
    nextRunAt: iso(r.next_run_at),
    ...(r.paused_reason ? { pausedReason: r.paused_reason } : {}),
    createdAt: iso(r.created_at),
    ...(r.created_by ? { createdBy: r.created_by } : {}),
  };
}

/** The columns a new subscription sets, in the order of {@link subscriptionValues}. */
export const SUBSCRIPTION_COLUMNS =
  'platform, chat_id, chat_kind, cadence, weekday, time, timezone, filter, quiet, cursor, next_run_at, created_at, created_by';

/** A new subscription's values for {@link SUBSCRIPTION_COLUMNS}; `quiet` as the database stores it. */
export function subscriptionValues<Q>(s: NewSubscription, quiet: (q: boolean) => Q): (string | number | Q | null)[] {
  return [
    s.platform,
    s.chatId,
    s.chatKind,
    s.cadence,
    s.weekday ?? null,
    s.time,
    s.timezone,
    s.filter ?? null,
    quiet(s.quiet),
    s.cursor,
    s.nextRunAt,
    s.createdAt,
    s.createdBy ?? null,
  ];
}
