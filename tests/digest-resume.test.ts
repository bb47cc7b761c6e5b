// A delivery interrupted after some parts went out resumes after the last part recorded, with
// the papers it began with: after a failed send, after its claim passed to another process, and
// (sent again whole, never losing a part) when papers it held left the listing.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DigestSender, DigestService, type PartProgress } from '../src/digest/digest-service.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { digestEnv, dueSubscription, entry } from './helpers/digest-env.js';
import { digestParts, expectedParts, repeatedParts } from './helpers/digest-parts.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterAll(async () => {
  await server?.close();
});

let chatSeq = 760_000;
const NOW = new Date('2026-11-28T09:00:00Z');
/** The fixture's 50 papers in parts of 10, as a first digest (its cursor at 0) sends them. */
const PARTS = expectedParts(['Digest #1: the latest 50 papers (1/5)']).map((t) => t.replace(/^Digest #1: /, ''));

const partsTo = (chat: number) => digestParts(server.messagesTo(chat).map((m) => m.text));
const withoutId = (titles: string[]) => titles.map((t) => t.replace(/^Digest #\d+: /, ''));

/** The real sender, but `after(n)` runs once the first n parts are recorded. */
function interrupted(sender: DigestSender, after: (parts: number) => Promise<void>): DigestSender {
  return {
    platform: sender.platform,
    send: (chat, digest, progress: PartProgress) =>
      sender.send(chat, digest, {
        from: progress.from,
        sent: async (n) => {
          await progress.sent(n);
          await after(n);
        },
      }),
  };
}

describe('a delivery interrupted mid-digest', () => {
  it('resumes after the parts recorded, with the papers it began with, after a failed send', async () => {
    const env = await digestEnv(server);
    const chat = chatSeq++;
    await env.store.add(dueSubscription(chat));
    const failing = interrupted(env.sender, async (n) => {
      if (n === 2) throw new Error('connection reset');
    });
    expect(await env.digests.runDue(NOW, [failing])).toMatchObject({ due: 1, failed: 1 });
    expect(withoutId(partsTo(chat))).toEqual(PARTS.slice(0, 2));

    // A paper arrives before the retry: the resumed digest keeps its 50 papers and parts; the new
    // one waits for the next digest.
    appendFileSync(env.listing, `\n${entry('A Paper After The Crash', '28 November, 2026')}\n`);
    expect(await env.reloader.reload('test')).toBe(true);
    expect(await env.digests.runDue(NOW, [env.sender])).toMatchObject({ due: 1, sent: 1 });
    expect(withoutId(partsTo(chat))).toEqual(PARTS);
    expect(await env.digests.runDue(new Date('2026-11-29T09:00:00Z'), [env.sender])).toMatchObject({ sent: 1 });
    const next = server.messagesTo(chat).at(-1)?.text ?? '';
    expect(next).toMatch(/^Digest #\d+: 1 new paper\b/);
    expect(next).toContain('A Paper After The Crash');
  });

  it('taken over by another process once its lease ended: that one sends the rest, the first stops', async () => {
    const env = await digestEnv(server);
    const chat = chatSeq++;
    await env.store.add(dueSubscription(chat));
    let clock = 1_000_000;
    const timed = new SqliteStore(join(env.dir, 'arxivist.db'), () => clock);
    const service = () => new DigestService(timed, env.live, () => env.reloader.asOf, env.log, { leaseMs: 10_000 });
    const [slow, other] = [service(), service()];
    let otherRun: unknown;
    const stalls = interrupted(env.sender, async (n) => {
      if (n !== 2) return;
      // This process stalls past its lease; another one takes the delivery over meanwhile.
      clock += 20_000;
      otherRun = await other.runDue(NOW, [env.sender]);
    });
    expect(await slow.runDue(NOW, [stalls])).toMatchObject({ due: 1, busy: 1, sent: 0 });
    expect(otherRun).toMatchObject({ due: 1, sent: 1 });
    // Part 3, in flight when the claim passed, is the one part sent twice.
    const titles = partsTo(chat);
    expect(new Set(withoutId(titles))).toEqual(new Set(PARTS));
    expect(repeatedParts(titles)).toBe(1);
    expect(env.log.lines.map((l) => l.msg)).toContain('digests: claim taken over by another process; left to it');
    await timed.close();
  });

  it('whose papers left the listing before it resumed is sent again whole, rather than lose a part', async () => {
    const env = await digestEnv(server);
    const chat = chatSeq++;
    await env.store.add(dueSubscription(chat));
    const failing = interrupted(env.sender, async (n) => {
      if (n === 3) throw new Error('connection reset');
    });
    expect(await env.digests.runDue(NOW, [failing])).toMatchObject({ failed: 1 });
    const blocks = FIXTURE_TEXT.split('\n-\n');
    writeFileSync(env.listing, blocks.slice(0, -1).join('\n-\n'));
    expect(await env.reloader.reload('test')).toBe(true);
    expect(env.live.current.size).toBe(49);
    expect(await env.digests.runDue(NOW, [env.sender])).toMatchObject({ sent: 1 });
    const again = expectedParts(['Digest #1: the latest 49 papers (1/5)']).map((t) => t.replace(/^Digest #1: /, ''));
    expect(withoutId(partsTo(chat))).toEqual([...PARTS.slice(0, 3), ...again]);
    expect(env.log.lines.map((l) => l.msg)).toContain(
      'digests: papers of a resumed digest left the listing; resent whole',
    );
  });
});
