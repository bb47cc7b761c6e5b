// A place claimed for a named paper ("is Llama 3 the newest paper", "is Context Diffusion the second
// newest of Abhimanyu Dubey's papers") and two superlatives compared ("is the newest cs.DC paper also
// the newest paper in the whole list"): a yes or no from the ranking, never the paper alone.
// Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, hidden, versionDays } from './helpers/raw-blocks.js';

const mahajan = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

/** The entries with the largest value of `by`, ties together. */
function topOf<T>(items: readonly T[], by: (x: T) => number): T[] {
  const best = Math.max(...items.map(by));
  return items.filter((x) => by(x) === best);
}

describe('a place claimed for a named paper', () => {
  it('says No, with its place, when the paper named is not the newest', () => {
    const llama3 = RAW_ENTRIES.find((e) => e.title === 'The Llama 3 Herd of Models');
    const place = 1 + RAW_ENTRIES.filter((e) => e.submitted > (llama3?.submitted ?? '')).length;
    expect(place).toBeGreaterThan(1);
    const a = ask(mahajan, 'is Llama 3 the newest paper');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.answer).toContain(`ranks ${place}`);
  });

  it("ranks a paper among one person's papers, newest first", () => {
    const dubey = RAW_ENTRIES.filter((e) => e.authors.includes('Abhimanyu Dubey'));
    const cd = dubey.find((e) => e.title.startsWith('Context Diffusion'));
    const place = 1 + dubey.filter((e) => e.submitted > (cd?.submitted ?? '')).length;
    for (const [q, yes] of [
      ["Abhimanyu Dubey's papers newest first: is Context Diffusion second?", place === 2],
      [`is Context Diffusion the ${place === 3 ? 'third' : 'second'} newest of Abhimanyu Dubey's papers?`, place === 3],
    ] as const) {
      const a = ask(mahajan, q);
      expect(a.answer, q).toMatch(yes ? /^Yes\b/ : /^No\b/);
      expect(a.answer, q).toContain(`of ${dubey.length} papers by Abhimanyu Dubey`);
    }
  });

  it('declines a place with nothing to rank by, and a measure the paper does not state', () => {
    expect(ask(distributed.index, 'is LeaseGuard second').declined).toBe(true);
    // The bundled listing states no page counts.
    expect(ask(mahajan, 'is Pimba the longest').declined).toBe(true);
  });
});

describe('two superlatives compared', () => {
  it('says Yes when the newest cs.DC paper is also the newest of all', () => {
    const day = (b: string) => versionDays(b).first;
    const dc = topOf(
      distributed.blocks.filter((b) => categories(b).includes('cs.DC')),
      day,
    ).map(idOf);
    const all = topOf(distributed.blocks, day).map(idOf);
    const a = ask(distributed.index, 'is the newest cs.DC paper also the newest paper in the whole list?');
    expect(a.answer).toMatch(dc.every((id) => all.includes(id)) ? /^Yes\b/ : /^(?:No|Partly)\b/);
    for (const id of [...dc, ...all]) expect(ids(a.papers)).toContain(id);
  });

  it('says No, naming both picks, when the oldest paper is not the one with the most authors', () => {
    const oldest = topOf(drosophila.blocks, (b) => -versionDays(b).first).map(idOf);
    const biggest = topOf(drosophila.blocks, (b) => names(b).length + hidden(b)).map(idOf);
    expect(oldest.some((id) => biggest.includes(id))).toBe(false);
    const a = ask(drosophila.index, 'is the oldest paper also the one with the most authors');
    expect(a.answer).toMatch(/^No\b/);
    for (const id of [...oldest, ...biggest]) expect(ids(a.papers)).toContain(id);
  });

  it('declines when a side is not a pick of papers', () => {
    const a = ask(mahajan, 'is the most prolific author also the one with the most first-author papers');
    expect(a.declined).toBe(true);
  });
});
