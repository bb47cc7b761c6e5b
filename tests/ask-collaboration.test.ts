// Who writes with whom: the pair with the most papers together, pairs on at least N papers, a
// person's one-time co-authors, co-authors two people share, who wrote alone, positions of two
// people on one paper, the authors of several papers. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { hidden, idOf, ids, names } from './helpers/raw-blocks.js';

const drosophila = realCopy('drosophila-connectome.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');

function pairs(blocks: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const people = [...new Set(names(b))].sort();
    for (let i = 0; i < people.length; i++)
      for (const other of people.slice(i + 1)) {
        const key = `${people[i]} & ${other}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  return counts;
}

function coauthors(blocks: readonly string[], name: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks.filter((x) => names(x).includes(name)))
    for (const other of new Set(names(b))) if (other !== name) counts.set(other, (counts.get(other) ?? 0) + 1);
  return counts;
}

describe('pairs of people', () => {
  it('names the pair with the most papers together, and the next one', () => {
    const sorted = [...pairs(drosophila.blocks)].sort((a, b) => b[1] - a[1]);
    const [best, second] = sorted;
    expect(best?.[1]).toBeGreaterThan(second?.[1] ?? 0);
    const a = ask(drosophila.index, 'which two people wrote the most papers together');
    expect(a.answer).toContain(`(${best?.[1]} papers): ${best?.[0]}`);
  });

  it('counts the pairs on at least two papers together', () => {
    const n = [...pairs(drosophila.blocks).values()].filter((c) => c >= 2).length;
    expect(ask(drosophila.index, 'how many pairs of people share at least 2 papers').answer).toMatch(
      new RegExp(`^${n} pairs of people`),
    );
  });
});

describe("a person's co-authors", () => {
  it('names the people a person wrote with only once', () => {
    const once = [...coauthors(drosophila.blocks, 'Carey E. Priebe')].filter(([, n]) => n === 1).map(([p]) => p);
    const a = ask(drosophila.index, 'who has Carey E. Priebe written with only once');
    expect(a.answer).toContain(`with ${once.length} persons only once`);
    for (const p of once) expect(a.answer).toContain(p);
  });

  it('names the co-authors two people share', () => {
    const x = coauthors(drosophila.blocks, 'Marta Zlatic');
    const y = coauthors(drosophila.blocks, 'Carey E. Priebe');
    const common = [...x.keys()].filter((p) => y.has(p) && p !== 'Marta Zlatic' && p !== 'Carey E. Priebe');
    const a = ask(drosophila.index, 'does Marta Zlatic share a co-author with Carey E. Priebe');
    expect(a.answer.startsWith(common.length ? 'Yes' : 'No')).toBe(true);
    for (const p of common) expect(a.answer).toContain(p);
  });

  it('names who wrote a paper alone', () => {
    const solo = gpt.blocks.filter((b) => names(b).length === 1 && hidden(b) === 0);
    const a = ask(gpt.index, 'who wrote alone');
    for (const b of solo) expect(a.answer).toContain(names(b)[0]);
    expect(ids(a.papers)).toEqual(new Set(solo.map(idOf)));
  });
});

describe('two people on one paper, and the authors of several papers', () => {
  it('reads "X is first author and Y is last" as both positions', () => {
    const expected = drosophila.blocks.filter(
      (b) => names(b)[0] === 'Youngser Park' && hidden(b) === 0 && names(b).at(-1) === 'Carey E. Priebe',
    );
    const a = ask(drosophila.index, 'papers where Youngser Park is first author and Carey E. Priebe is last');
    expect(a.understood).toContain('Carey E. Priebe as last author');
    expect(ids(a.papers)).toEqual(new Set(expected.map(idOf)));
  });

  it('names the people on several papers rather than asking which paper', () => {
    const of2014 = drosophila.blocks.filter((b) =>
      /^Submitted \d+ \w+, 2014;(?! v1)|v1 submitted \d+ \w+, 2014/m.test(b),
    );
    const a = ask(drosophila.index, 'who wrote the papers from 2014');
    expect(a.declined).toBeFalsy();
    // Names that differ only by punctuation are one person ("Stephen M. Plaza", "Stephen M Plaza").
    const plain = (t: string) => t.replace(/\./g, '');
    for (const b of of2014) for (const n of names(b)) expect(plain(a.answer)).toContain(plain(n));
  });
});

describe('co-authors over the papers that show every name', () => {
  it("counts a person's co-authors with the papers that hide names left out, as asked", () => {
    const visible = drosophila.blocks.filter((b) => hidden(b) === 0);
    const n = coauthors(visible, 'Carey E. Priebe').size;
    const a = ask(
      drosophila.index,
      'ignoring the papers with hidden authors, how many different people has Carey E. Priebe written with',
    );
    expect(a.answer).toContain(`${n} different people`);
  });

  it('gives the position said after one name to that name only', () => {
    const expected = gpt.blocks.filter(
      (b) => names(b).at(-1) === 'Hadi Hemmati' && hidden(b) === 0 && names(b).includes('Song Wang'),
    );
    const a = ask(gpt.index, 'Papers where Hadi Hemmati is the last author and Song Wang is also on the author list?');
    expect(ids(a.papers)).toEqual(new Set(expected.map(idOf)));
    expect(expected.length).toBeGreaterThan(0);
  });
});
