import type { ChatRef, NewSubscription, Subscription } from './subscription.js';

/** What beginning a delivery found: send it, or it was already delivered. */
export type DeliveryStart = 'send' | 'already-sent';

/**
 * Persistence for digests: the first-seen sequence of every paper id, subscriptions, and
 * deliveries keyed by (subscription, period). Asynchronous so that a server database (for
 * several instances) can implement it as well as the embedded SQLite one.
 */
export interface SubscriptionStore {
  /** Gives each id not seen before the next sequence number; returns how many were new. */
  registerPapers(ids: readonly string[], now: Date): Promise<{ added: number; maxSeq: number }>;
  /** Highest sequence number given so far (0 when none). */
  maxSeq(): Promise<number>;
  /** Ids first seen after sequence `seq` (up to `upTo`), oldest first. */
  papersAfter(seq: number, upTo: number): Promise<string[]>;

  add(sub: NewSubscription): Promise<Subscription>;
  get(id: number): Promise<Subscription | undefined>;
  forChat(chat: ChatRef): Promise<Subscription[]>;
  all(): Promise<Subscription[]>;
  /** Removes one subscription of a chat, or all of them; returns how many went. */
  remove(chat: ChatRef, id: number | 'all'): Promise<number>;
  /** Active subscriptions whose next slot is at or before `now`. */
  due(now: Date): Promise<Subscription[]>;
  /** The earliest next slot among active subscriptions. */
  nextDueAt(): Promise<Date | undefined>;

  /** Records that a period's digest is being sent (idempotent); says whether to send it. */
  beginDelivery(
    subscriptionId: number,
    period: string,
    cursorTo: number,
    paperCount: number,
    now: Date,
  ): Promise<DeliveryStart>;
  /** In one transaction: marks the period sent, moves the cursor, sets the next slot. */
  completeDelivery(subscriptionId: number, period: string, cursorTo: number, nextRunAt: Date, now: Date): Promise<void>;
  /** Moves a subscription's next slot without delivering (a period already sent). */
  setNextRun(subscriptionId: number, nextRunAt: Date): Promise<void>;
  /** Pauses every subscription of a chat that is gone or forbids the bot. */
  pauseChat(chat: ChatRef, reason: string): Promise<number>;
  close(): Promise<void>;
}
