// A chat's own papers change while its digest is built: a refresh stores the papers of the chat's
// query, then they are first seen (as the query refresher does, on this or another instance).
// Wherever the refresh lands, each new paper reaches the chat once, in this digest or the next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestService } from '../src/digest/digest-service.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { FakeTelegramServer } from './fakes/telegram-server.js';
import { digestEnv, dueSubscription, entry } from './helpers/digest-env.js';

let server: FakeTelegramServer;
beforeAll(async () => {
  server = await new FakeTelegramServer().start();
});
afterAll(async () => {
  await server?.close();
});

const HELD = ['Routing on Sparse Meshes', 'Routing Under Churn'];
const LANDING = ['Routing With Stale Tables', 'Routing for Mixture Experts'];
let chatSeq = 960_000;

/** How many times the chat's digests named each title. */
function received(chat: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of server.messagesTo(chat).filter((x) => /^Digest #\d+:/.test(x.text)))
    for (const title of [...HELD, ...LANDING]) if (m.text.includes(title)) counts[title] = (counts[title] ?? 0) + 1;
  return counts;
}

describe("a chat's digest while its query is refreshed", () => {
  for (const when of ['before', 'after'] as const) {
    it(`a refresh landing just ${when} the digest reads the chat's papers: every paper comes once, in this digest or the next`, async () => {
      const env = await digestEnv(server);
      const days = [...HELD, ...LANDING].map((t, i) => entry(t, `${24 + i} November, 2026`));
      const papers = parseListing(days.join('\n')).papers;
      const held = papers.filter((p) => HELD.includes(p.title));
      expect(held).toHaveLength(2);
      let index = PaperIndex.of(held);
      let pending = true;
      const refresh = async () => {
        pending = false;
        index = PaperIndex.of(papers);
        const landing = papers.filter((p) => LANDING.includes(p.title)).map((p) => p.id);
        await env.store.registerPapers(landing, new Date());
      };
      const digests = new DigestService(env.store, env.live, () => env.reloader.asOf, env.log, {
        indexFor: async () => {
          if (pending && when === 'before') await refresh();
          const seen = index;
          if (pending && when === 'after') await refresh();
          return seen;
        },
      });
      const chat = chatSeq++;
      await env.store.add({ ...dueSubscription(chat), cursor: await env.store.maxSeq() });
      await env.store.registerPapers(
        held.map((p) => p.id),
        new Date(),
      );

      expect(await digests.runDue(new Date('2026-11-28T09:00:00Z'), [env.sender])).toMatchObject({ sent: 1 });
      expect(pending).toBe(false);
      expect(await digests.runDue(new Date('2026-11-29T09:00:00Z'), [env.sender])).toMatchObject({ sent: 1 });
      expect(received(chat)).toEqual(Object.fromEntries([...HELD, ...LANDING].map((t) => [t, 1])));
    });
  }
});
