import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Log } from '../base/log.js';
import type { SharedState } from '../base/shared-state.js';
import type { Step } from './turn.js';

// A platform may deliver an update again (Telegram retries a webhook it got no answer to); an id
// seen within a day is not handled again.
const UPDATE_SEEN_MS = 24 * 3_600_000;

/** Drops a turn whose update was handled before, by this instance or another sharing `state`. */
export function dropDuplicates(state: SharedState, log: Log): Step {
  return async (turn, next) => {
    if (turn.updateId === undefined) return next();
    if (await state.once(`${turn.platform}:update:${turn.updateId}`, UPDATE_SEEN_MS)) return next();
    log.info({ platform: turn.platform, updateId: turn.updateId }, 'update already handled; skipped');
  };
}

/** The notice of a user over the rate limit: when they may go on, and that nothing before then is answered. */
export function rateLimitNotice(msBeforeNext: number): string {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return `You're sending commands faster than I can keep up with. Try again in ${seconds} s; I don't answer what you send before then.`;
}

/**
 * The per-user rate limit (shared by every instance when the limiter is). A user over it is told
 * when to go on: once per window in a chat, where more notices would flood it; on every command
 * when only they see it (Discord's ephemeral replies). Buttons and inline queries are not counted:
 * a press answers a reply already given, and inline queries come one per keystroke.
 */
export function limitRate(limiter: RateLimiterAbstract): Step {
  return async (turn, next) => {
    if (turn.userId === undefined || turn.incoming.kind === 'inline' || turn.incoming.kind === 'button') return next();
    try {
      await limiter.consume(`${turn.platform}:${turn.userId}`);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      // Refusals count as points too: the first one of a window is the one just past the limit.
      const first = refused.consumedPoints <= limiter.points + 1;
      if (first || turn.privateNotices)
        await turn.send({ kind: 'notice', text: rateLimitNotice(refused.msBeforeNext) });
      return;
    }
    await next();
  };
}
