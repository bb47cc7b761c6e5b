// What a listing lacks, asked in everyday words: "is there no paper about X", people who were
// never first author or never wrote with someone, titles without a colon, months with no papers.
// Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, titleOf } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

/** A person as the listing means one: case, accents and punctuation aside. */
const person = (n: string) =>
  n
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const people = (blocks: readonly string[]) => new Set(blocks.flatMap(names).map(person));

describe('"is there no paper …"', () => {
  it('answers no with the papers that exist, and yes when none does', () => {
    const ro = gpt.blocks.filter((b) => categories(b).includes('cs.RO')).map(idOf);
    expect(ro.length).toBeGreaterThan(0);
    const some = ask(gpt.index, 'are there no papers in cs.RO?');
    expect(some.answer).toMatch(/^No: /);
    expect(ids(some.papers)).toEqual(new Set(ro));
    expect(gpt.blocks.some((b) => /chess/i.test(b))).toBe(false);
    const none = ask(gpt.index, 'none of the papers mention chess, right?');
    expect(none.answer).toMatch(/^Yes: /);
    expect(none.papers).toEqual([]);
  });

  it('is a topic that some paper has, not the papers without it', () => {
    const robots = gpt.blocks.filter((b) => /\brobots?\b/i.test(b)).map(idOf);
    const a = ask(gpt.index, 'is there no paper about robots?');
    expect(a.answer).toMatch(/^No: /);
    expect(ids(a.papers)).toEqual(new Set(robots));
  });
});

describe('people who never …', () => {
  it('were a first author: everyone less the first names', () => {
    const firsts = new Set(drosophila.blocks.map((b) => person(names(b)[0] ?? '')));
    const never = [...people(drosophila.blocks)].filter((n) => !firsts.has(n));
    expect(ask(drosophila.index, 'who was never a first author').answer).toContain(`${never.length} people`);
    expect(ask(drosophila.index, 'how many authors were never first author?').answer).toMatch(
      new RegExp(`^${never.length} people .* never first author`),
    );
  });

  it('wrote a paper alone: everyone less the single authors', () => {
    const alone = new Set(
      drosophila.blocks
        .filter((b) => names(b).length === 1 && !hidden(b))
        .flatMap(names)
        .map(person),
    );
    expect(alone.size).toBeGreaterThan(0);
    const never = [...people(drosophila.blocks)].filter((n) => !alone.has(n));
    expect(ask(drosophila.index, 'which authors never wrote a paper alone').answer).toContain(`${never.length} people`);
  });

  it('wrote with someone: everyone less the people on their papers, by the names shown', () => {
    const theirs = distributed.blocks.filter((b) => names(b).includes('Junyi Peng'));
    const met = people(theirs);
    const never = [...people(distributed.blocks)].filter((n) => !met.has(n));
    const a = ask(distributed.index, 'authors who never co-authored with Junyi Peng');
    expect(a.answer).toContain(`${never.length} people`);
    expect(a.answer.slice(a.answer.indexOf('Junyi Peng') + 10)).not.toContain('Junyi Peng');
    const mahajan = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan'));
    const withHer = new Set(mahajan.flatMap((e) => e.authors).map(person));
    const everyone = new Set(RAW_ENTRIES.flatMap((e) => e.authors).map(person));
    const notWithHer = [...everyone].filter((n) => !withHer.has(n)).length;
    expect(ask(fixtureIndex(), 'authors who never wrote with Divya Mahajan').answer).toContain(`${notWithHer} people`);
  });
});

describe('papers a person is not on', () => {
  it('reads "which papers by X is Y not on" as X without Y', () => {
    const expected = drosophila.blocks
      .filter((b) => names(b).includes('Marta Zlatic') && !names(b).includes('Albert Cardona'))
      .map(idOf);
    const a = ask(drosophila.index, 'which papers by Marta Zlatic is Albert Cardona not on');
    expect(ids(a.papers)).toEqual(new Set(expected));
  });
});

describe('titles without a mark', () => {
  it('counts the titles with no colon, not the papers without the word "colon"', () => {
    const without = distributed.blocks.filter((b) => !titleOf(b).includes(':')).length;
    expect(without).toBeLessThan(distributed.blocks.length);
    expect(ask(distributed.index, 'titles without a colon how many').answer).toContain(`: ${without}.`);
    const gptWithout = gpt.blocks.filter((b) => !titleOf(b).includes(':')).length;
    expect(ask(gpt.index, 'how many titles have no colon').answer).toContain(`: ${gptWithout}.`);
  });
});

describe('periods with no papers', () => {
  it('names the months of a year without a first version', () => {
    const months = new Set(RAW_ENTRIES.map((e) => e.submitted.slice(0, 7)));
    const empty = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`).filter(
      (m) => !months.has(m),
    );
    const names = empty.map((m) =>
      new Date(`${m}-01T00:00:00Z`).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }),
    );
    const a = ask(fixtureIndex(), 'which months of 2024 have no papers');
    expect(a.answer).toMatch(new RegExp(`^${empty.length} months`));
    for (const n of names) expect(a.answer).toContain(`${n} 2024: 0`);
  });
});

describe('people with no papers of a kind', () => {
  it('reads "no first-author paper", "no paper in 2025" and "never published in cs.CV"', () => {
    const firsts = new Set(gpt.blocks.map((b) => person(names(b)[0] ?? '')));
    const notFirst = [...people(gpt.blocks)].filter((n) => !firsts.has(n)).length;
    expect(ask(gpt.index, 'who has no first-author paper').answer).toContain(`${notFirst} people`);
    const cv = people(drosophila.blocks.filter((b) => categories(b).includes('cs.CV')));
    const notCv = [...people(drosophila.blocks)].filter((n) => !cv.has(n)).length;
    expect(ask(drosophila.index, 'who never published in cs.CV').answer).toContain(`${notCv} people`);
    const in2025 = new Set(
      RAW_ENTRIES.filter((e) => e.submitted.startsWith('2025'))
        .flatMap((e) => e.authors)
        .map(person),
    );
    const everyone = new Set(RAW_ENTRIES.flatMap((e) => e.authors).map(person));
    const not2025 = [...everyone].filter((n) => !in2025.has(n)).length;
    expect(ask(fixtureIndex(), 'authors with no paper in 2025').answer).toContain(`${not2025} people`);
  });
});

describe('categories never primary', () => {
  it('names the categories that appear only as cross-lists, with their papers', () => {
    const primary = new Set(distributed.blocks.map((b) => categories(b)[0]));
    const cross = new Map<string, number>();
    for (const b of distributed.blocks)
      for (const c of categories(b).slice(1)) if (!primary.has(c)) cross.set(c, (cross.get(c) ?? 0) + 1);
    expect(cross.size).toBeGreaterThan(0);
    const a = ask(distributed.index, 'which categories appear only as cross-lists, never as primary');
    expect(a.answer).toMatch(new RegExp(`^${cross.size} categories`));
    for (const [c, n] of cross) expect(a.answer).toContain(`${c}: ${n}`);
  });
});
