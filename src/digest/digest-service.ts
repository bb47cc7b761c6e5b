import type { Log } from '../base/log.js';
import type { LiveIndex } from '../search/live-index.js';
import { type Paper, compareNewest } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { isEmptyQuery, parseQuery } from '../search/query.js';
import { DigestDelivery } from './digest-delivery.js';
import type { Digest, DigestSender } from './digest.js';
import { nextSlot } from './schedule.js';
import type { SubscriptionStore } from './subscription-store.js';
import { type ChatRef, type Schedule, type Subscription, describeSchedule, formatInZone } from './subscription.js';

export { ChatUnavailableError, type Digest, type DigestSender, type PartProgress, digestSends } from './digest.js';

/** Counts of one run over the due subscriptions. */
export interface RunSummary {
  due: number;
  sent: number;
  alreadySent: number;
  quiet: number;
  paused: number;
  failed: number;
  skipped: number;
  /** Being sent by another process (its claim has not expired): left to it. */
  busy: number;
  /** Not started before the run's deadline: still due. */
  unfinished: number;
}

const FIRST_DIGEST_LATEST = 10;
const CONCURRENCY = 8;
/** How long a claim on a delivery lasts unless renewed (renewed every third of it while sending). */
export const DEFAULT_LEASE_MS = 120_000;
/** The most subscriptions one chat may have. */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 10;

/** Options of {@link DigestService}. */
export interface DigestServiceOptions {
  /** How long a claim on a delivery lasts unless renewed. */
  leaseMs?: number;
  /** The papers of a chat that has sources of its own; undefined: the bot's listing. */
  indexFor?: (chat: ChatRef) => Promise<PaperIndex | undefined>;
}

/**
 * Digest subscriptions: subscribing, previews, and delivering due digests exactly once per
 * period. Newness is the store's first-seen sequence of paper ids, never a clock comparison.
 */
export class DigestService {
  /** Called after anything that changes when the next digest is due (the scheduler listens). */
  onChange: () => void = () => undefined;

  private readonly delivery: DigestDelivery;

  constructor(
    readonly store: SubscriptionStore,
    private readonly live: LiveIndex,
    private readonly listingAsOf: () => Date,
    private readonly log: Log,
    private readonly options: DigestServiceOptions = {},
  ) {
    const indexOf = (sub: Subscription) => this.indexOf(sub);
    this.delivery = new DigestDelivery(
      store,
      indexOf,
      log,
      (sub) => this.build(sub),
      options.leaseMs ?? DEFAULT_LEASE_MS,
    );
  }

  /** The papers a subscription's chat is served: its own sources', else the bot's listing. */
  private async indexOf(sub: Subscription): Promise<PaperIndex> {
    return (await this.options.indexFor?.({ platform: sub.platform, chatId: sub.chatId })) ?? this.live.current;
  }

  /** Papers matching a subscription filter (search syntax), or all. */
  private matching(index: PaperIndex, filter: string | undefined): (p: Paper) => boolean {
    if (!filter) return () => true;
    const query = parseQuery(filter);
    if (isEmptyQuery(query) && query.excluded.length === 0) return () => true;
    const ids = new Set(index.search(query, { allWords: true }).hits.map((h) => h.paper.id));
    return (p) => ids.has(p.id);
  }

  /** Builds what the next digest of a subscription would send, marking nothing. */
  async build(sub: Subscription): Promise<Digest> {
    // The cursor before the papers: sources store their papers before they are first seen, so a
    // paper first seen by now is among the chat's papers read next, and none is passed over unsent.
    const cursorTo = await this.store.maxSeq();
    const index = await this.indexOf(sub);
    const matches = this.matching(index, sub.filter);
    const fresh = (await this.store.papersAfter(sub.cursor, cursorTo))
      .map((id) => index.get(id))
      .filter((p): p is Paper => p !== undefined && matches(p));
    const first = sub.lastDigestAt === undefined;
    const set = new Set(fresh);
    if (first) {
      // Papers first seen after the cursor are the next digest's; here they would come twice.
      const later = new Set(await this.store.papersAfter(cursorTo, await this.store.maxSeq()));
      const latest = index.newest.filter((p) => !later.has(p.id) && matches(p));
      for (const p of latest.slice(0, FIRST_DIGEST_LATEST)) set.add(p);
    }
    const papers = [...set].sort(compareNewest);
    const since = (sub.lastDigestAt ?? sub.createdAt).slice(0, 10);
    return {
      subscription: sub,
      papers,
      first,
      cursorTo,
      since,
      listingAsOf: this.listingAsOf().toISOString().slice(0, 10),
    };
  }

  /** A chat's subscriptions, oldest first. */
  list(chat: ChatRef): Promise<Subscription[]> {
    return this.store.forChat(chat);
  }

  /** Removes one subscription of a chat, or all; returns how many went. */
  async remove(chat: ChatRef, id: number | 'all'): Promise<number> {
    const removed = await this.store.remove(chat, id);
    if (removed > 0) this.onChange();
    return removed;
  }

  /** The next digest of a chat's subscription (its first when no id is given), marking nothing; undefined when there is none. */
  async preview(chat: ChatRef, id?: number): Promise<Digest | undefined> {
    const subs = await this.store.forChat(chat);
    const sub = id === undefined ? subs[0] : subs.find((s) => s.id === id);
    return sub ? this.build(sub) : undefined;
  }

  /** Creates a subscription whose cursor starts at the papers known now. */
  async subscribe(
    chat: ChatRef & { chatKind: Subscription['chatKind']; createdBy?: string },
    schedule: Schedule & { filter?: string; quiet: boolean },
    now: Date,
  ): Promise<{ subscription: Subscription; preview: Digest }> {
    const subscription = await this.store.add({
      platform: chat.platform,
      chatId: chat.chatId,
      chatKind: chat.chatKind,
      cadence: schedule.cadence,
      ...(schedule.cadence === 'weekly' ? { weekday: schedule.weekday ?? 'mon' } : {}),
      time: schedule.time,
      timezone: schedule.timezone,
      ...(schedule.filter ? { filter: schedule.filter } : {}),
      quiet: schedule.quiet,
      cursor: await this.store.maxSeq(),
      nextRunAt: nextSlot(schedule, now).toISOString(),
      createdAt: now.toISOString(),
      ...(chat.createdBy ? { createdBy: chat.createdBy } : {}),
    });
    this.onChange();
    return { subscription, preview: await this.build(subscription) };
  }

  /**
   * Runs every due subscription once; one failing chat never blocks the others. Once `signal`
   * aborts (a run's deadline), no further delivery starts: those left are counted as unfinished
   * and stay due for the next run.
   */
  async runDue(now: Date, senders: readonly DigestSender[], signal?: AbortSignal): Promise<RunSummary> {
    const due = await this.store.due(now);
    const summary: RunSummary = {
      due: due.length,
      sent: 0,
      alreadySent: 0,
      quiet: 0,
      paused: 0,
      failed: 0,
      skipped: 0,
      busy: 0,
      unfinished: 0,
    };
    const queue = [...due];
    const worker = async () => {
      while (queue.length > 0 && !signal?.aborted) {
        const sub = queue.shift() as Subscription;
        const outcome = await this.delivery.deliver(sub, now, senders);
        summary[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    summary.unfinished = queue.length;
    if (due.length > 0) this.log.info({ ...summary }, 'digests: run finished');
    return summary;
  }

  /** "Next: Sun 29 Nov 2026, 09:00 (Europe/Paris)". */
  static nextRunText(sub: Subscription): string {
    return `${formatInZone(sub.nextRunAt, sub.timezone)} (${sub.timezone})`;
  }

  /** One line describing a subscription. */
  static describe(sub: Subscription): string {
    const filter = sub.filter ? `, filter "${sub.filter}"` : '';
    const state = sub.pausedReason ? ` [paused: ${sub.pausedReason}]` : `; next: ${DigestService.nextRunText(sub)}`;
    return `#${sub.id}: ${describeSchedule(sub)}${filter}${sub.quiet ? ', quiet' : ''}${state}`;
  }
}
