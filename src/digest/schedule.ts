import { Cron } from 'croner';
import { type Schedule, WEEKDAYS } from './subscription.js';

/**
 * The first slot of a schedule strictly after `from`, computed by croner in the schedule's
 * timezone, so 09:00 stays 09:00 local across daylight-saving changes.
 */
export function nextSlot(schedule: Schedule, from: Date): Date {
  const [hh, mm] = schedule.time.split(':').map(Number);
  const day = schedule.cadence === 'weekly' ? String(WEEKDAYS.indexOf(schedule.weekday ?? 'mon')) : '*';
  const cron = new Cron(`${mm} ${hh} * * ${day}`, { timezone: schedule.timezone, paused: true });
  const next = cron.nextRun(from);
  if (!next) throw new Error(`schedule: no next run for ${JSON.stringify(schedule)}`);
  return next;
}
