import type { ChatRef, NewSubscription, Subscription } from './subscription.js';

/**
 * What a delivery sends, fixed when it is first claimed: the first-seen number the cursor moves
 * to, and the papers in the order sent, so that a delivery resumed after a crash rebuilds the
 * same parts even if the listing changed meanwhile.
 */
export interface DeliveryPlan {
  cursorTo: number;
  paperIds: string[];
}

/**
 * What beginning a delivery found: send it (by the plan stored at its first claim, from part
 * `partsSent` on), it was already delivered, or another process is sending it.
 */
export type DeliveryStart =
  { status: 'send'; plan: DeliveryPlan; partsSent: number } | { status: 'already-sent' } | { status: 'claimed' };

/** Who claims a delivery, and for how long: a claim not renewed within `leaseMs` may be taken over. */
export interface Claim {
  owner: string;
  leaseMs: number;
}

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

  /**
   * Claims a period's digest for `claim.owner` until its lease ends; says whether to send it. A
   * new delivery stores `plan`; one begun before (a retry, or the claim of a process that died
   * mid-send, taken over once its lease ended) keeps its stored plan and the parts it recorded.
   * A claim of another owner whose lease has not ended is left alone ('claimed').
   */
  beginDelivery(
    subscriptionId: number,
    period: string,
    plan: DeliveryPlan,
    now: Date,
    claim: Claim,
  ): Promise<DeliveryStart>;
  /** Extends a claim still held by `claim.owner`; false when it was lost. */
  renewClaim(subscriptionId: number, period: string, claim: Claim): Promise<boolean>;
  /** Records that the first `parts` parts went out, renewing the claim; false when the claim was lost. */
  recordParts(subscriptionId: number, period: string, parts: number, claim: Claim): Promise<boolean>;
  /** Gives up a claim after a failed send, so the next run (here or elsewhere) sends it at once. */
  releaseClaim(subscriptionId: number, period: string, owner: string): Promise<void>;
  /** In one transaction: marks the period sent, moves the cursor, sets the next slot. */
  completeDelivery(subscriptionId: number, period: string, cursorTo: number, nextRunAt: Date, now: Date): Promise<void>;
  /** Moves a subscription's next slot without delivering (a period already sent). */
  setNextRun(subscriptionId: number, nextRunAt: Date): Promise<void>;
  /** Pauses every subscription of a chat that is gone or forbids the bot. */
  pauseChat(chat: ChatRef, reason: string): Promise<number>;
  /** Resolves when the database answers (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
