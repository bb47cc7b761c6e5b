import type { ChatRef } from '../listing/source-store.js';

/** Where a subscription delivers: a chat on one platform, as sources name it. Chat ids are strings (Discord snowflakes exceed 2^53). */
export type { ChatRef };

/** Days of the week as users type them, Sunday = 0 as in cron. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How often and when a digest goes out, in the chat's timezone. */
export interface Schedule {
  cadence: 'daily' | 'weekly';
  /** For weekly digests. */
  weekday?: Weekday;
  /** "HH:MM", 24-hour. */
  time: string;
  /** An IANA name or alias, e.g. "Europe/Paris" or "EST5EDT" (see time-zones.ts). */
  timezone: string;
}

/** A chat's digest subscription as stored. */
export interface Subscription extends ChatRef, Schedule {
  id: number;
  chatKind: 'private' | 'group' | 'channel';
  /** Search syntax; papers must match it. */
  filter?: string;
  /** Send nothing, rather than a "no new papers" line, when nothing is new. */
  quiet: boolean;
  /** Highest first-seen sequence number delivered (or current when it subscribed). */
  cursor: number;
  lastDigestAt?: string;
  /** The next slot, ISO in UTC. */
  nextRunAt: string;
  /** Set when the chat is gone or forbids the bot; paused subscriptions are not run. */
  pausedReason?: string;
  createdAt: string;
  createdBy?: string;
}

/** A subscription before the store gives it an id. */
export type NewSubscription = Omit<Subscription, 'id' | 'lastDigestAt' | 'pausedReason'>;

/** "Sun 29 Nov 2026, 09:00" in the given timezone. */
export function formatInZone(iso: string | Date, timezone: string): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}

/** "daily at 09:00 (Europe/Paris)" or "weekly on Monday at 08:30 (UTC)". */
export function describeSchedule(s: Schedule): string {
  const day = s.weekday
    ? ` on ${({ sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' } as const)[s.weekday]}`
    : '';
  return `${s.cadence}${s.cadence === 'weekly' ? day : ''} at ${s.time} (${s.timezone})`;
}
