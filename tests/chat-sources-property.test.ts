// Over random chats and random listing files (random subsets of the entries of the real copied
// listings) added, replaced, removed and reset through ChatListings on a real SQLite store: after
// every step each chat is served exactly the union, by arXiv id, of the files it holds as this
// test tracks them, never a paper only another chat holds, and the bot's listing when it holds none.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArxivClient } from '../src/arxiv/arxiv-client.js';
import type { ChatRef } from '../src/listing/source-store.js';
import { LiveIndex } from '../src/search/live-index.js';
import { ChatListings } from '../src/sources/chat-listings.js';
import { QueryRefresher } from '../src/sources/query-refresher.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { REAL_LISTINGS, type RawCopied, readRaw } from './helpers/raw-copied.js';

const log = watchedLogger("chats' sources at random", { level: 'error' });
const fallback = new LiveIndex(fixtureIndex());
const ENTRIES: Record<string, RawCopied[]> = Object.fromEntries(REAL_LISTINGS.map((name) => [name, readRaw(name)]));
/** Few names, so that a file often replaces one of the same name. */
const NAMES = ['ours.txt', 'theirs.txt', 'more.txt'];

type Step =
  | { kind: 'add'; chat: number; name: string; listing: string; picks: number[] }
  | { kind: 'unfollow'; chat: number; n: number }
  | { kind: 'reset'; chat: number };

const chatsArb = fc.uniqueArray(
  fc.record({
    platform: fc.constantFrom('telegram' as const, 'discord' as const),
    chatId: fc.constantFrom('1', '2', '-100'),
  }),
  { minLength: 1, maxLength: 4, selector: (c) => `${c.platform}:${c.chatId}` },
);

const stepArb = (chats: number): fc.Arbitrary<Step> => {
  const chat = fc.nat({ max: chats - 1 });
  const add = fc
    .record({ chat, name: fc.constantFrom(...NAMES), listing: fc.constantFrom(...REAL_LISTINGS) })
    .chain((s) =>
      fc
        .uniqueArray(fc.nat({ max: (ENTRIES[s.listing]?.length ?? 1) - 1 }), { minLength: 1, maxLength: 30 })
        .map((picks) => ({ kind: 'add' as const, ...s, picks })),
    );
  return fc.oneof(
    { arbitrary: add, weight: 4 },
    {
      arbitrary: fc.record({ kind: fc.constant('unfollow' as const), chat, n: fc.integer({ min: 1, max: 3 }) }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('reset' as const), chat }), weight: 1 },
  );
};

/** A listing file of the chosen entries, in the order picked, as the copied page shows them. */
function fileOf(step: Extract<Step, { kind: 'add' }>): { text: string; ids: string[] } {
  const entries = step.picks.map((i) => ENTRIES[step.listing]?.[i] as RawCopied);
  return { text: entries.map((e) => e.lines.join('\n')).join('\n'), ids: entries.map((e) => e.id) };
}

/** What each chat holds, as the test tracks it: its files in the order added, each with its ids. */
type Model = { name: string; ids: string[] }[][];

async function apply(listings: ChatListings, chats: ChatRef[], model: Model, step: Step): Promise<void> {
  const chat = chats[step.chat] as ChatRef;
  const held = model[step.chat] as Model[number];
  if (step.kind === 'reset') {
    expect(await listings.reset(chat)).toBe(held.length);
    held.length = 0;
  } else if (step.kind === 'unfollow') {
    if (step.n > held.length) {
      await expect(listings.unfollow(chat, step.n)).rejects.toThrow(/no source|follows nothing/);
      return;
    }
    const removed = await listings.unfollow(chat, step.n);
    expect(removed.map((s) => s.label)).toEqual([held[step.n - 1]?.name]);
    held.splice(step.n - 1, 1);
  } else {
    const { text, ids } = fileOf(step);
    const read = await listings.addFile(chat, { name: step.name, bytes: Buffer.from(text) });
    expect(read.papers).toBe(ids.length);
    const same = held.find((f) => f.name === step.name);
    expect(read.replaced).toBe(Boolean(same));
    if (same) same.ids = ids;
    else held.push({ name: step.name, ids });
  }
}

/** Every chat's view against the model. */
async function check(listings: ChatListings, chats: ChatRef[], model: Model): Promise<void> {
  for (const [i, chat] of chats.entries()) {
    const view = await listings.view(chat);
    const held = model[i] as Model[number];
    if (held.length === 0) {
      expect(view.own).toBe(false);
      expect(view.index).toBe(fallback.current);
      continue;
    }
    const served = view.index.papers.map((p) => p.arxivId ?? p.id);
    const mine = new Set(held.flatMap((f) => f.ids));
    expect(view.own).toBe(true);
    expect(served.length).toBe(new Set(served).size);
    expect([...served].sort()).toEqual([...mine].sort());
    const othersOnly = model
      .flatMap((files, j) => (j === i ? [] : files.flatMap((f) => f.ids)))
      .filter((id) => !mine.has(id));
    expect(served.filter((id) => othersOnly.includes(id))).toEqual([]);
  }
}

describe("chats' sources, at random", () => {
  it('serve each chat exactly the union of its files, and the bot listing to a chat with none', async () => {
    const scenario = chatsArb.chain((chats) =>
      fc.record({ chats: fc.constant(chats), steps: fc.array(stepArb(chats.length), { minLength: 1, maxLength: 8 }) }),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ chats, steps }) => {
        const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'arxivist-sources-prop-')), 'arxivist.db'));
        try {
          // Never asked: files only. The address is one nothing listens on.
          const client = new ArxivClient({ apiUrl: 'http://127.0.0.1:9/api/query', log, retries: 0 });
          const refresher = new QueryRefresher({ store, client, maxPerQuery: 100, refreshMs: 3_600_000, log });
          const listings = new ChatListings({
            store,
            client,
            refresher,
            fallback,
            maxFollows: 100,
            maxPerQuery: 100,
            indexMemoryBytes: 64 * 1024 * 1024,
            log,
          });
          const model: Model = chats.map(() => []);
          await check(listings, chats, model);
          for (const step of steps) {
            await apply(listings, chats, model, step);
            await check(listings, chats, model);
          }
          await listings.close();
        } finally {
          await store.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
