// Counting people over papers by number: every expected value is worked out by hand from the
// five made-up papers below.
import { describe, expect, it } from 'vitest';
import type { Paper } from '../src/listing/paper.js';
import { nameKey } from '../src/listing/names.js';
import { PeopleTable } from '../src/search/people-table.js';
import { fixtureIndex } from './helpers/fixture.js';

const base = fixtureIndex().papers[0] as Paper;
const paper = (title: string, authors: string[], hidden = 0): Paper => ({
  ...base,
  title,
  authors,
  hiddenAuthorCount: hidden,
});

const p1 = paper('one', ['Ann Lee', 'Bob Ray', 'Cy Orr']);
const p2 = paper('two', ['Bob Ray', 'Ann Lee', 'Ann Lee']);
const p3 = paper('three', ['Cy Orr', 'Dee Fox'], 12);
const p4 = paper('four', ['ann lee', 'Eve Ash']);
const p5 = paper('five', ['Bob  Ray.', 'Dee Fox']);
const all = [p1, p2, p3, p4, p5];
const table = new PeopleTable(all, nameKey);

const summary = (papers: readonly Paper[], options = {}) => {
  const ranking = table.rank(papers, options);
  return ranking.slice().map((a) => `${a.name}: ${a.papers.map((p) => p.title).join(' ')}`);
};

describe('PeopleTable.rank', () => {
  it('counts a person once per paper, merges spellings, and orders ties by name', () => {
    // Ann Lee: 1, 2 (twice there), 4 as "ann lee"; Bob Ray: 1, 2, 5 as "Bob  Ray."; Cy Orr: 1, 3;
    // Dee Fox: 3, 5; Eve Ash: 4.
    expect(summary(all)).toEqual([
      'Ann Lee: one two four',
      'Bob Ray: one two five',
      'Cy Orr: one three',
      'Dee Fox: three five',
      'Eve Ash: four',
    ]);
  });

  it('counts a person once on a paper of thousands of names too', () => {
    // A collaboration's list: 2,000 names, Ann Lee among them three times; Bob Ray on the short paper.
    const many = Array.from({ length: 2000 }, (_, i) => (i % 700 === 0 ? 'Ann Lee' : `Person ${i}`));
    const big = paper('big', many);
    const short = paper('short', ['Ann Lee', 'Bob Ray']);
    const ranked = new PeopleTable([big, short], nameKey).rank([big, short]);
    expect(ranked.countAt(0)).toBe(2);
    expect(ranked.slice(0, 1).map((a) => a.name)).toEqual(['Ann Lee']);
    expect(ranked.length).toBe(2000 - 3 + 1 + 1);
  });

  it('names a person as first spelled on the papers counted, in their order', () => {
    expect(summary([p4, p1])).toEqual(['ann lee: four one', 'Bob Ray: one', 'Cy Orr: one', 'Eve Ash: four']);
  });

  it('counts only first or last names, and no last name on a paper that hides authors', () => {
    expect(summary(all, { position: 'first' })).toEqual(['Ann Lee: one four', 'Bob Ray: two five', 'Cy Orr: three']);
    // p3 hides 12 authors, so Dee Fox is not its last author.
    expect(summary(all, { position: 'last' })).toEqual([
      'Ann Lee: two',
      'Cy Orr: one',
      'Dee Fox: five',
      'Eve Ash: four',
    ]);
  });

  it('keeps only people the filter counts and within the bounds asked', () => {
    expect(summary(all, { counts: (key: string) => !key.includes('ray') })).toEqual([
      'Ann Lee: one two four',
      'Cy Orr: one three',
      'Dee Fox: three five',
      'Eve Ash: four',
    ]);
    expect(summary(all, { minPapers: 2, maxPapers: 2 })).toEqual(['Cy Orr: one three', 'Dee Fox: three five']);
  });

  it('reports counts and ties by place without gathering papers', () => {
    const ranking = table.rank(all);
    expect(ranking.length).toBe(5);
    expect([0, 1, 2, 3, 4].map((i) => ranking.countAt(i))).toEqual([3, 3, 2, 2, 1]);
    expect(ranking.tiedAround(0)).toEqual([0, 2]);
    expect(ranking.tiedAround(3)).toEqual([2, 4]);
    expect(ranking.tiedAround(4)).toEqual([4, 5]);
    expect(ranking.slice(3, 4).map((a) => a.name)).toEqual(['Dee Fox']);
  });

  it('refuses a paper of another listing, naming it', () => {
    expect(() => table.rank([paper('stranger', ['Zed Kay'])])).toThrow(/"stranger" is not a paper of this listing/);
  });

  it('puts ties in name order among the first hundred places and in the last group, else as first met', () => {
    // 110 people on three papers each, named so that first met is the reverse of name order; then
    // five on two papers (places 110-114: past the first hundred, not the last group), then three
    // on one (the last group).
    const name = (k: number) => `Person ${String(k).padStart(3, '0')}`;
    const heads = Array.from({ length: 110 }, (_, k) => name(109 - k));
    const middle = ['Mid E', 'Mid D', 'Mid C', 'Mid B', 'Mid A'];
    const tail = ['Tail C', 'Tail B', 'Tail A'];
    const papers = [paper('a', [...heads, ...middle, ...tail]), paper('b', [...heads, ...middle]), paper('c', heads)];
    const ranking = new PeopleTable(papers, nameKey).rank(papers);
    const names = ranking.slice().map((a) => a.name);
    expect(names.slice(0, 110)).toEqual(Array.from({ length: 110 }, (_, k) => name(k)));
    expect(names.slice(110, 115)).toEqual(middle);
    expect(names.slice(115)).toEqual(['Tail A', 'Tail B', 'Tail C']);
    expect([0, 109, 110, 114, 115, 117].map((i) => ranking.countAt(i))).toEqual([3, 3, 2, 2, 1, 1]);
  });
});
