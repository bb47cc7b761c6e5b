// Statistics asked in plain words: papers and people against an average or a median, the group
// with the highest average, two averages compared, papers counted by their number of authors or
// categories, the median date, "were more than half of those revised". Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const size = (b: string) => names(b).length + hidden(b);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const revised = (b: string) => /v1 submitted/.test(b);

function perPerson(blocks: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) for (const n of new Set(names(b))) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

describe('papers and people against an average', () => {
  it('lists the papers with more than double the average number of authors', () => {
    const limit = 2 * mean(drosophila.blocks.map(size));
    const expected = drosophila.blocks.filter((b) => size(b) > limit).map(idOf);
    const a = ask(drosophila.index, 'which papers have more than double the average team size');
    expect(ids(a.papers)).toEqual(new Set(expected));
  });

  it('counts the cs.CL papers with more authors than the cs.CL average', () => {
    const cl = gpt.blocks.filter((b) => categories(b).includes('cs.CL'));
    const above = cl.filter((b) => size(b) > mean(cl.map(size))).length;
    const a = ask(gpt.index, 'How many cs.CL papers, cross-lists included, have more authors than the cs.CL average?');
    expect(a.answer).toMatch(new RegExp(`^${above} papers of ${cl.length}\\b`));
  });

  it('names the people on at least three times the papers of the average author', () => {
    const counts = perPerson(drosophila.blocks);
    const limit = 3 * mean([...counts.values()]);
    const expected = [...counts].filter(([, n]) => n >= limit).map(([name]) => name);
    const a = ask(drosophila.index, 'who is on at least three times as many papers as the average author');
    for (const name of expected) expect(a.answer).toContain(name);
    expect(a.answer.match(/\(\d+\)/g)).toHaveLength(expected.length);
  });

  it("names a person's co-authors on at least half of that person's papers", () => {
    const his = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const counts = perPerson(his);
    counts.delete('Carey E. Priebe');
    const expected = [...counts].filter(([, n]) => n >= his.length / 2).map(([name]) => name);
    const a = ask(drosophila.index, 'which co-authors of Carey E. Priebe are on at least half of his papers');
    for (const name of expected) expect(a.answer).toContain(name);
    expect(a.answer).not.toContain('Carey E. Priebe (');
  });

  it('counts the primary categories with more papers than the average one', () => {
    const counts = new Map<string, number>();
    for (const b of distributed.blocks)
      counts.set(categories(b)[0] ?? '', (counts.get(categories(b)[0] ?? '') ?? 0) + 1);
    const above = [...counts.values()].filter((n) => n > mean([...counts.values()])).length;
    const a = ask(distributed.index, 'How many primary categories have more papers than the average primary category?');
    expect(a.answer).toMatch(new RegExp(`^${above} of the ${counts.size} primary categories`));
  });
});

describe('groups, pairs and tallies', () => {
  it('names the primary category of at least 10 papers with the largest average team', () => {
    const groups = new Map<string, string[]>();
    for (const b of distributed.blocks)
      groups.set(categories(b)[0] ?? '', [...(groups.get(categories(b)[0] ?? '') ?? []), b]);
    const [best] = [...groups]
      .filter(([, bs]) => bs.length >= 10)
      .sort((x, y) => mean(y[1].map(size)) - mean(x[1].map(size)));
    const a = ask(
      distributed.index,
      'Among primary categories with at least 10 papers, which has the largest average team?',
    );
    expect(a.answer.startsWith(`${best?.[0]} (`)).toBe(true);
  });

  it('compares the average teams of two categories', () => {
    const avg = (code: string) => mean(drosophila.blocks.filter((b) => categories(b).includes(code)).map(size));
    const a = ask(drosophila.index, 'do the q-bio.NC papers have bigger teams on average than the stat.ME ones');
    expect(a.answer.startsWith(avg('q-bio.NC') > avg('stat.ME') ? 'Yes' : 'No')).toBe(true);
  });

  it('counts the papers by how many categories they list', () => {
    const counts = new Map<number, number>();
    for (const b of distributed.blocks) counts.set(categories(b).length, (counts.get(categories(b).length) ?? 0) + 1);
    const a = ask(distributed.index, 'Tally the papers by how many categories they list: 1, 2, 3 ...');
    for (const [n, c] of counts) expect(a.answer).toContain(`${n}: ${c}`);
  });

  it('gives the median first-version date', () => {
    const days = drosophila.blocks.map((b) => versionDays(b).first).sort((x, y) => x - y);
    expect(days.length % 2).toBe(1);
    const median = new Date(days[(days.length - 1) / 2] as number);
    const day = median.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(ask(drosophila.index, "What's the median first-submission date?").answer).toContain(day);
  });

  it('answers whether more than half of the papers of a period were revised', () => {
    const since = drosophila.blocks.filter((b) => new Date(versionDays(b).first).getUTCFullYear() >= 2020);
    const n = since.filter(revised).length;
    const a = ask(drosophila.index, 'Of the papers first submitted in 2020 or later, were more than half revised?');
    expect(a.answer).toMatch(new RegExp(`^${2 * n > since.length ? 'Yes' : 'No'}: ${n} of the ${since.length} papers`));
  });
});
