import type { Paper } from '../listing/paper.js';
import type { ChatRef, Subscription } from './subscription.js';

/** Where a delivery stands: the parts before `from` went out already; `sent(n)` records that the first n did. */
export interface PartProgress {
  from: number;
  sent(parts: number): Promise<void>;
}

/** Delivers digests to chats on one platform, worded by the chat layer. */
export interface DigestSender {
  platform: ChatRef['platform'];
  /** Sends the digest's parts (as the chat layer splits it) from `progress.from` on, awaiting `progress.sent` after each. */
  send(chat: ChatRef, digest: Digest, progress: PartProgress): Promise<void>;
}

/** The chat is gone or forbids the bot (blocked, kicked, deleted, no permission). */
export class ChatUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ChatUnavailableError';
  }
}

/** What one digest of one subscription holds, as data. */
export interface Digest {
  subscription: Subscription;
  /** Newest first. */
  papers: Paper[];
  /** The first digest of a subscription also carries the latest papers. */
  first: boolean;
  /** Sequence number the cursor moves to once delivered. */
  cursorTo: number;
  /** The day the papers are new since (the last digest, or the subscription), ISO. */
  since: string;
  /** The day the listing was last known current, ISO. */
  listingAsOf: string;
}

/** Whether a digest sends anything: papers, or a "no new papers" line unless the subscription is quiet. */
export function digestSends(digest: Digest): boolean {
  return digest.papers.length > 0 || !digest.subscription.quiet;
}
