import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { DigestService, MAX_SUBSCRIPTIONS_PER_CHAT } from '../src/digest/digest-service.js';
import { digestPreview, subscribedIntro } from '../src/chat/digest-replies.js';
import { WEEKDAYS } from '../src/digest/subscription.js';
import { TIME_ZONE_SHAPE, resolveTimeZone, timeZoneHint } from '../src/digest/time-zones.js';
import { UserError } from '../src/base/errors.js';
import { digestChat } from './digest-chat.js';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export default defineCommand({
  name: 'subscribe',
  description: 'Get a daily or weekly digest of new papers in this chat',
  adminOnly: true,
  chatOnly: true,
  options: z.object({
    cadence: z.enum(['daily', 'weekly']).default('daily').describe('daily or weekly'),
    time: z
      .string()
      .regex(/^\d{1,2}:\d{2}$/)
      .optional()
      .describe('Time of day, HH:MM in 24-hour form (default 09:00)'),
    timezone: z
      .string()
      .max(64)
      // The shape lets a bare word in a text chat fill this option; run() checks the name itself.
      .meta({ pattern: TIME_ZONE_SHAPE })
      .optional()
      .describe("IANA timezone such as Europe/Paris, any case (default: this chat's, else UTC)"),
    weekday: z.enum(WEEKDAYS).optional().describe('Day of a weekly digest: sun, mon, ... sat (default mon)'),
    filter: z
      .string()
      .max(200)
      .optional()
      .describe('Only papers matching this search, e.g. author:"Divya Mahajan" or -diffusion'),
    quiet: z.boolean().default(false).describe('Stay silent instead of saying there is nothing new'),
  }),
  examples: [
    'subscribe',
    'subscribe weekly fri 08:30 Europe/Paris',
    'subscribe daily 18:00 America/New_York mixture of experts',
  ],
  async run(args, ctx) {
    const { chat, digests } = digestChat(ctx);
    const time = args.time ?? '09:00';
    const t = TIME.exec(time);
    if (!t) throw new UserError(`"${time}" is not a time of day.`, 'Give HH:MM in 24-hour form, e.g. 09:00 or 18:30.');
    const existing = await digests.list(chat);
    const typedZone = args.timezone ?? existing[0]?.timezone ?? 'UTC';
    const timezone = resolveTimeZone(typedZone);
    if (!timezone)
      throw new UserError(`Unknown timezone "${typedZone}": no time zone has that name.`, timeZoneHint(typedZone));
    if (args.weekday && args.cadence !== 'weekly')
      throw new UserError(
        `A weekday only applies to weekly digests.`,
        `Try: /subscribe weekly ${args.weekday} ${time}`,
      );
    if (existing.length >= MAX_SUBSCRIPTIONS_PER_CHAT)
      throw new UserError(
        `This chat already has ${MAX_SUBSCRIPTIONS_PER_CHAT} subscriptions.`,
        'Remove one with /unsubscribe <id>.',
      );
    const filter = args.filter?.trim() || undefined;
    const { subscription, preview } = await digests.subscribe(
      { ...chat, chatKind: chat.kind, ...(chat.userId ? { createdBy: chat.userId } : {}) },
      {
        cadence: args.cadence,
        ...(args.cadence === 'weekly' ? { weekday: args.weekday ?? 'mon' } : {}),
        time: `${t[1]?.padStart(2, '0')}:${t[2]}`,
        timezone,
        ...(filter ? { filter } : {}),
        quiet: args.quiet,
      },
      ctx.now(),
    );
    const intro = subscribedIntro(preview, DigestService.nextRunText(subscription));
    return digestPreview(preview, intro, { label: 'preview', whenQuiet: 'Nothing yet.' });
  },
});
