// Digests as chats receive them at the fake Bot API, in rounds (each round every chat's digest
// made due once), counted against the papers each chat should get over all rounds.
import type { FakeTelegramServer } from '../tests/fakes/telegram-server.js';
import { digestParts, expectedParts } from '../tests/helpers/digest-parts.js';

/** One message of a digest: its chat, the round it came in, its first line, the arXiv ids it linked to. */
export interface DigestPart {
  chat: number;
  round: number;
  title: string;
  ids: string[];
}

/** Digest parts to the chats as the fake receives them, each in the round under way when it came. */
export function digestWatch(telegram: FakeTelegramServer, chats: readonly number[]) {
  const counted = new Set(chats);
  const parts: DigestPart[] = [];
  let seen = 0;
  let round = 1;
  /** This round's part titles per chat. */
  let titles = new Map<number, string[]>();
  const update = () => {
    for (; seen < telegram.sent.length; seen++) {
      const m = telegram.sent[seen] as (typeof telegram.sent)[number];
      const [title] = digestParts([m.text]);
      if (!counted.has(m.chat.id) || title === undefined) continue;
      const ids = [...m.html.matchAll(/arxiv\.org\/abs\/(\d{4}\.\d{5})/g)].map((x) => x[1] as string);
      parts.push({ chat: m.chat.id, round, title, ids });
      titles.set(m.chat.id, [...(titles.get(m.chat.id) ?? []), title]);
    }
  };
  const complete = () =>
    chats.every((c) => {
      const mine = titles.get(c) ?? [];
      return mine.length > 0 && expectedParts(mine).every((t) => mine.includes(t));
    });
  /** Resolves once every chat has every part of this round's digest, or after `timeoutMs`; the next round begins. */
  const roundDone = (timeoutMs: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        update();
        if (complete()) finish();
      };
      const timer = setTimeout(() => finish(), timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        telegram.off('call', check);
        round += 1;
        titles = new Map();
        resolve();
      };
      telegram.on('call', check);
      check();
    });
  return { parts, update, roundDone };
}

/**
 * Digests received, repeated and missing, against each chat's papers: per round, a digest received
 * more than once is repeated and none is missing; over the rounds, a chat that received a paper
 * twice had one repeated, and one that did not receive exactly its query's papers had some missing.
 */
export function tally(parts: readonly DigestPart[], expected: ReadonlyMap<number, readonly string[]>, rounds: number) {
  let digests = 0;
  let duplicates = 0;
  let missing = 0;
  for (const [chat, want] of expected) {
    const mine = parts.filter((p) => p.chat === chat);
    for (let r = 1; r <= rounds; r++) {
      const counts = new Map<string, number>();
      for (const p of mine.filter((x) => x.round === r)) counts.set(p.title, (counts.get(p.title) ?? 0) + 1);
      const times = Math.max(0, ...counts.values());
      digests += times;
      duplicates += Math.max(0, times - 1);
      if (times === 0) missing += 1;
    }
    // Each part once: the ids a chat got, a part received twice counted once.
    const once = new Map(mine.map((p) => [`${p.round} ${p.title}`, p.ids]));
    const ids = [...once.values()].flat();
    const got = new Set(ids);
    if (got.size < ids.length) duplicates += 1;
    if (got.size !== want.length || want.some((id) => !got.has(id))) missing += 1;
  }
  return { digests, duplicates, missing };
}
