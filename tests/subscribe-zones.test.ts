// /subscribe and time zones (issue 25, finding 9): zones in any case and by any IANA name or
// alias, made-up zones refused with a reason, topic words left to the filter, and a reply that
// says what the filter means and warns when it matches nothing. The command runs as a text chat
// types it, against the real digest service, SQLite store and fixture listing. Expected times are
// worked out by hand for 2026-01-15 12:00 UTC, a Thursday (winter: New York is UTC-5, so its
// 09:00 is still to come that day; Paris is UTC+1).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { executeCommand } from '../src/chat/command.js';
import { ListingReloader } from '../src/reload/listing-reloader.js';
import type { Reply } from '../src/chat/reply.js';
import { parseTextArgs } from '../src/chat/text-args.js';
import { DigestService } from '../src/digest/digest-service.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { captureLog } from './helpers/digest-env.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';

const NOW = new Date('2026-01-15T12:00:00Z');
const subscribe = findCommand('subscribe')!;
let store: SqliteStore;
let digests: DigestService;
let reloader: ListingReloader;
let chatSeq = 7_000;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arxivist-zones-'));
  const file = join(dir, 'listing.txt');
  writeFileSync(file, FIXTURE_TEXT);
  store = new SqliteStore(join(dir, 'arxivist.db'));
  const log = captureLog();
  reloader = await ListingReloader.open({ file, store, log });
  digests = new DigestService(store, reloader.live, () => reloader.asOf, log);
});
afterAll(async () => {
  reloader?.stop();
  await store?.close();
});

/** Types `/subscribe <rest>` in a new private chat; the reply as text, and what was stored. */
async function say(rest: string) {
  const chat = { platform: 'telegram' as const, chatId: String(chatSeq++), kind: 'private' as const, userId: '42' };
  const ctx = {
    chat: { ...chat, isAdmin: async () => true },
    digests,
    index: reloader.live.current,
    platform: 'telegram' as const,
    commands,
    now: () => NOW,
  };
  const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };
  const reply: Reply = await executeCommand(subscribe, parseTextArgs(subscribe, rest), ctx, silent);
  const text =
    reply.kind === 'error'
      ? `${reply.message}\n${reply.hint ?? ''}`
      : reply.kind === 'papers'
        ? (reply.intro ?? '')
        : reply.kind === 'text'
          ? reply.text
          : '';
  const [sub] = await digests.list(chat);
  return { reply, text, sub };
}

describe('/subscribe time zones', () => {
  it.each([
    ['daily 09:00 utc', '2026-01-16T09:00:00.000Z'],
    ['daily 09:00 EST5EDT', '2026-01-15T14:00:00.000Z'],
    ['daily 09:00 est5edt', '2026-01-15T14:00:00.000Z'],
    ['daily 09:00 GMT', '2026-01-16T09:00:00.000Z'],
    ['daily 09:00 Etc/GMT+2', '2026-01-16T11:00:00.000Z'],
    ['daily etc/gmt-14 09:00', '2026-01-15T19:00:00.000Z'],
    ['daily 09:00 europe/paris', '2026-01-16T08:00:00.000Z'],
    ['weekly fri 08:30 US/Eastern', '2026-01-16T13:30:00.000Z'],
    ['daily 09:00 --timezone Japan', '2026-01-16T00:00:00.000Z'],
    ['daily 09:00 --timezone cet', '2026-01-16T08:00:00.000Z'],
  ])('"/subscribe %s" takes the zone, in any case, and no filter', async (rest, next) => {
    const { reply, text, sub } = await say(rest);
    expect(reply.kind, text).not.toBe('error');
    expect(sub?.filter).toBeUndefined();
    expect(sub?.nextRunAt).toBe(next);
    expect(text).not.toMatch(/Filter:/);
  });

  it('shows the zone as IANA spells it, or as typed when the runtime knows no other spelling', async () => {
    for (const [typed, shown] of [
      ['utc', 'UTC'],
      ['europe/paris', 'Europe/Paris'],
      ['Asia/Kolkata', 'Asia/Kolkata'],
      ['EST5EDT', 'EST5EDT'],
      ['est5edt', 'EST5EDT'],
      ['gmt0', 'GMT0'],
    ]) {
      const { text, sub } = await say(`daily 09:00 ${typed}`);
      expect(sub?.timezone).toBe(shown);
      expect(text).toMatch(new RegExp(`^Subscribed #\\d+: daily at 09:00 \\(${shown}\\)\\.$`, 'm'));
    }
  });

  it.each([
    [
      'daily 09:00 Europe/Londn',
      /^Unknown timezone "Europe\/Londn": no time zone has that name\.\nDid you mean Europe\/London\?/,
    ],
    ['daily 09:00 XYZ+5', /^Unknown timezone "XYZ\+5": no time zone has that name\.\nUse an IANA name/],
    ['daily 09:00 utc+2', /^Unknown timezone "utc\+2".*\nFor a fixed offset of UTC\+2 write Etc\/GMT-2 /],
    ['daily 09:00 GMT-05:30', /^Unknown timezone "GMT-05:30".*\nWrite the place instead/],
    ['daily 09:00 Mars/Olympus_Mons', /^Unknown timezone "Mars\/Olympus_Mons"/],
    ['daily 09:00 est5xdt', /^Unknown timezone "est5xdt"/],
    ['daily 09:00 --timezone Nowhere', /^Unknown timezone "Nowhere"/],
  ])('"/subscribe %s" is refused, saying the zone is none, and subscribes nothing', async (rest, message) => {
    const { reply, text, sub } = await say(rest);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(message);
    expect(sub).toBeUndefined();
  });

  it.each([
    ['daily 09:00 TCP/IP congestion', 'TCP/IP congestion'],
    ['daily AI/ML agents', 'AI/ML agents'],
    ['daily 09:00 GPT-4 agents', 'GPT-4 agents'],
    ['daily BERT4Rec', 'BERT4Rec'],
  ])('"/subscribe %s" keeps topic words as the filter', async (rest, filter) => {
    const { reply, sub } = await say(rest);
    expect(reply.kind).not.toBe('error');
    expect(sub?.filter).toBe(filter);
    expect(sub?.timezone).toBe('UTC');
  });
});

describe('/subscribe states its filter', () => {
  it('in words, without a warning when papers match', async () => {
    const byAuthor = await say('daily 09:00 author:"Dhruv Mahajan" -diffusion');
    expect(byAuthor.text).toMatch(/^Filter: papers by Dhruv Mahajan, without "diffusion"\.$/m);
    const topic = await say('daily 09:00 mixture of experts');
    expect(topic.text).toMatch(/^Filter: papers with the words "mixture" and "experts"\.$/m);
    const dated = await say('daily 09:00 "processing in memory" year:2024 -survey -review');
    expect(dated.text).toMatch(
      /^Filter: papers with the phrase "processing in memory", first submitted in 2024, without "survey" or "review"\.$/m,
    );
    for (const r of [byAuthor, topic, dated]) expect(r.text).not.toMatch(/⚠️/);
  });

  it('warns when no paper of the listing matches, and names a word that is a time zone', async () => {
    const none = await say('daily 09:00 zzqxv');
    expect(none.sub?.filter).toBe('zzqxv');
    expect(none.text).toMatch(
      /^⚠️ No paper of today's listing matches this filter, so its digests stay empty until a new one does\.$/m,
    );
    const zone = await say('daily 09:00 cet');
    expect(zone.text).toMatch(
      /^⚠️ No paper of today's listing matches .* "cet" is also a time zone: for it, write --timezone cet\.$/m,
    );
    // Bare words fill options only before the search words begin: a zone after them is searched for.
    const late = await say('daily 09:00 mixture of experts Europe/Paris');
    expect(late.sub?.filter).toBe('mixture of experts Europe/Paris');
    expect(late.text).toMatch(/^⚠️ .* "Europe\/Paris" is also a time zone: for it, write --timezone Europe\/Paris\.$/m);
  });
});
