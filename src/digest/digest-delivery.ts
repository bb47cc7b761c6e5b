import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Log } from '../base/log.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { ChatUnavailableError, type Digest, type DigestSender, digestSends } from './digest.js';
import { nextSlot } from './schedule.js';
import type { Claim, DeliveryPlan, SubscriptionStore } from './subscription-store.js';
import type { Subscription } from './subscription.js';

/** How one due subscription's delivery ended, as a run counts it. */
export type DeliveryOutcome = 'sent' | 'alreadySent' | 'quiet' | 'paused' | 'failed' | 'skipped' | 'busy';

/** This process's claim on a delivery ended and another process took it over: it sends the rest. */
class ClaimLostError extends Error {
  constructor() {
    super('the claim on this delivery was taken over by another process');
    this.name = 'ClaimLostError';
  }
}

/**
 * Delivers a due subscription's digest once per period, whichever process claims it: the claim
 * stores what the digest sends, each part is recorded as it goes out, and a claim taken over
 * after a crash (its lease ended) resumes after the last part recorded.
 */
export class DigestDelivery {
  /** This process's claims on deliveries; another process skips them until their lease ends. */
  readonly claim: Claim;

  constructor(
    private readonly store: SubscriptionStore,
    private readonly indexOf: (sub: Subscription) => Promise<PaperIndex>,
    private readonly log: Log,
    private readonly build: (sub: Subscription) => Promise<Digest>,
    leaseMs: number,
  ) {
    this.claim = { owner: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`, leaseMs };
  }

  async deliver(sub: Subscription, now: Date, senders: readonly DigestSender[]): Promise<DeliveryOutcome> {
    const sender = senders.find((s) => s.platform === sub.platform);
    if (!sender) {
      this.log.warn(
        { subscription: sub.id, platform: sub.platform },
        'digests: platform not configured here; left for later',
      );
      return 'skipped';
    }
    // The period is the slot being delivered; after downtime, one digest catches up and the
    // next slot is the first one after now, not each missed one.
    const period = sub.nextRunAt;
    const next = nextSlot(sub, now);
    try {
      const fresh = await this.build(sub);
      const plan = { cursorTo: fresh.cursorTo, paperIds: fresh.papers.map((p) => p.id) };
      const start = await this.store.beginDelivery(sub.id, period, plan, now, this.claim);
      if (start.status === 'claimed') return 'busy';
      if (start.status === 'already-sent') {
        await this.store.setNextRun(sub.id, next);
        return 'alreadySent';
      }
      const digest = this.planned(fresh, start.plan, await this.indexOf(sub));
      // Papers of the plan gone from the listing change the split into parts: rather than skip
      // parts that may not have gone out, such a digest is sent again whole.
      const whole = digest.papers.length === start.plan.paperIds.length;
      if (!whole && start.partsSent > 0)
        this.log.warn(
          { subscription: sub.id, period },
          'digests: papers of a resumed digest left the listing; resent whole',
        );
      await this.sendClaimed(sender, digest, period, whole ? start.partsSent : 0);
      await this.store.completeDelivery(sub.id, period, digest.cursorTo, next, now);
      return digestSends(digest) ? 'sent' : 'quiet';
    } catch (err) {
      if (err instanceof ClaimLostError) {
        this.log.warn({ subscription: sub.id, period }, 'digests: claim taken over by another process; left to it');
        return 'busy';
      }
      if (err instanceof ChatUnavailableError) {
        await this.store.pauseChat(sub, err.reason);
        this.log.warn(
          { subscription: sub.id, platform: sub.platform, chat: sub.chatId, reason: err.reason },
          'digests: chat unavailable; its subscriptions are paused',
        );
        return 'paused';
      }
      this.log.error({ err, subscription: sub.id }, 'digests: delivery failed; it will be retried');
      return 'failed';
    }
  }

  /** The digest a delivery's stored plan sends: the fresh one, or the plan's papers as the index has them now. */
  private planned(fresh: Digest, plan: DeliveryPlan, index: PaperIndex): Digest {
    const same =
      plan.cursorTo === fresh.cursorTo &&
      plan.paperIds.length === fresh.papers.length &&
      plan.paperIds.every((id, i) => fresh.papers[i]?.id === id);
    if (same) return fresh;
    const papers = plan.paperIds.map((id) => index.get(id)).filter((p): p is Paper => p !== undefined);
    return { ...fresh, papers, cursorTo: plan.cursorTo };
  }

  /**
   * Sends a claimed digest from part `from` on, recording each part as it goes out, so a run
   * after a crash resumes after it. A failed send gives the claim up for the next run.
   */
  private async sendClaimed(sender: DigestSender, digest: Digest, period: string, from: number): Promise<void> {
    const sub = digest.subscription;
    if (!digestSends(digest)) return;
    // A long send keeps its claim alive, so no other process takes it over meanwhile.
    const renewal = setInterval(
      () => void this.store.renewClaim(sub.id, period, this.claim).catch(() => undefined),
      this.claim.leaseMs / 3,
    );
    const sent = async (parts: number) => {
      if (!(await this.store.recordParts(sub.id, period, parts, this.claim))) throw new ClaimLostError();
    };
    try {
      await sender.send(sub, digest, { from, sent });
    } catch (err) {
      if (!(err instanceof ClaimLostError))
        await this.store.releaseClaim(sub.id, period, this.claim.owner).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(renewal);
    }
  }
}
