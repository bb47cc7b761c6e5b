// Questions asked to catch the bot out, where a careless reading states a false fact: "which paper
// has no authors" (every paper has some), "is X the last author on all his papers" (over all of X's
// papers, not only those where X is last). Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { comments, names } from './helpers/raw-blocks.js';

const mahajan = fixtureIndex();
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

describe('papers that lack what every paper has', () => {
  it('finds no paper without authors or a title, however it is asked', () => {
    expect(RAW_ENTRIES.every((e) => e.authors.length > 0 && e.title.length > 0)).toBe(true);
    for (const q of [
      'which paper has no authors',
      'papers with zero authors',
      'papers with 0 authors',
      'which paper has no title',
    ]) {
      const a = ask(mahajan, q);
      expect(a.papers, q).toEqual([]);
      expect(a.answer, q).toMatch(/^No papers without/);
    }
    expect(ask(distributed.index, 'how many papers have no authors listed').answer).toMatch(/: 0\b/);
  });

  it('reads "zero comments" as papers without comments', () => {
    const none = distributed.blocks.filter((b) => comments(b) === '').length;
    expect(ask(distributed.index, 'how many papers have zero comments').answer).toContain(`: ${none}`);
  });
});

describe("a place claimed on all of a person's papers", () => {
  it("ranges over all the person's papers, not only those at that place", () => {
    const his = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const last = his.filter((b) => names(b).at(-1) === 'Carey E. Priebe' && !/additional authors/.test(b));
    expect(last.length).toBeLessThan(his.length);
    const a = ask(drosophila.index, 'is Carey Priebe the last author on all his papers');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.answer).toContain(`of ${his.length}`);
  });
});
