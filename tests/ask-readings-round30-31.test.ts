// Readings asked for by question rounds 30 (what is missing) and 31 (boolean conditions), checked
// against the raw lines of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const newest = (blocks: readonly string[]) => {
  const latest = Math.max(...blocks.map((b) => versionDays(b).first));
  return blocks.filter((b) => versionDays(b).first === latest).map(idOf);
};

describe('a date superlative beside other measure words', () => {
  it('ranks by date when categories or authors are only conditions', () => {
    const single = gpt.blocks.filter((b) => categories(b).length === 1);
    const a = ask(gpt.index, "What's the newest paper that has only one category?");
    expect(ids(a.papers)).toEqual(new Set(newest(single)));
    const one = drosophila.blocks.filter((b) => categories(b).length === 1);
    const d = ask(drosophila.index, 'on what date was the newest single-category paper first submitted');
    expect(ids(d.papers)).toEqual(new Set(newest(one)));
  });

  it('keeps "revised" and ranks by the latest version when asked for the last-updated date', () => {
    const bare = distributed.blocks.filter((b) => /v1 submitted/.test(b) && !comments(b));
    const latest = Math.max(...bare.map((b) => versionDays(b).latest));
    const a = ask(
      distributed.index,
      "Among revised papers lacking a Comments line, what's the latest 'last updated' date?",
    );
    const want = bare.filter((b) => versionDays(b).latest === latest).map(idOf);
    expect(ids(a.papers)).toEqual(new Set(want));
  });
});

describe('words that are conditions never name a paper', () => {
  it('reads "a paper that is not in eess.AS" as a condition', () => {
    const a = ask(distributed.index, 'does Junyi Peng have a paper that is not in eess.AS?');
    expect(a.understood).toContain('not in eess.AS');
    expect(a.understood).not.toMatch(/the paper "/);
  });

  it('finds "the one paper carrying both tags" by its tags', () => {
    const both = drosophila.blocks.filter((b) => categories(b).includes('cs.DC') && categories(b).includes('cs.NE'));
    expect(both).toHaveLength(1);
    const a = ask(drosophila.index, 'Authors of the one paper carrying both the cs.DC and cs.NE tags, please');
    for (const n of names(both[0] ?? '')) expect(a.answer).toContain(n);
  });
});

describe('people with papers of two kinds', () => {
  it('reads "both a paper with X in its title and a paper in Y"', () => {
    const withTitle = new Set(drosophila.blocks.filter((b) => /Drosophila/i.test(titleOf(b))).flatMap(names));
    const inMe = new Set(drosophila.blocks.filter((b) => categories(b).includes('stat.ME')).flatMap(names));
    const both = [...withTitle].filter((n) => inMe.has(n));
    const a = ask(drosophila.index, "Who has both a paper with 'Drosophila' in its title and a paper in stat.ME?");
    expect(a.answer).toMatch(new RegExp(`^${both.length} people`));
    for (const n of both) expect(a.answer).toContain(n);
  });
});

describe('one of two, in other words', () => {
  it('reads "exactly one of A and B" as one or the other', () => {
    const one = distributed.blocks.filter((b) => categories(b).includes('cs.RO') !== categories(b).includes('eess.SY'));
    expect(ask(distributed.index, 'Count the papers tagged exactly one of cs.RO and eess.SY').answer).toContain(
      `: ${one.length}.`,
    );
  });
});
