// Ranks said in everyday words: "where does Pimba rank by number of authors", "is cs.LG the second
// most common tag", "is Carey E. Priebe the No. 1 last author", "who's No. 2 for last-author
// spots", "top 3 cs.DC papers by number of authors", "Abhimanyu Dubey's 5th paper", "top 3 years".
// Competition ranks (a tie shares a rank). Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const mahajan = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

/** 1 + how many values beat this one (the larger wins). */
const rankOf = (values: readonly number[], v: number) => 1 + values.filter((x) => x > v).length;
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

describe('where something ranks', () => {
  it("gives a paper's rank by number of authors, hidden ones included", () => {
    const sizes = RAW_ENTRIES.map((e) => e.authors.length + e.hidden);
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    const size = (pimba?.authors.length ?? 0) + (pimba?.hidden ?? 0);
    const a = ask(mahajan, 'Where does Pimba rank by number of authors?');
    expect(a.answer).toContain(`ranks ${ordinal(rankOf(sizes, size))} of ${RAW_ENTRIES.length} papers`);
    expect(a.answer).toContain(`${size} authors`);
  });

  it('answers whether a category holds a place, cross-lists counted', () => {
    const counts = tally(gpt.blocks.flatMap(categories));
    const place = rankOf([...counts.values()], counts.get('cs.LG') ?? 0);
    const a = ask(gpt.index, 'is cs.LG the second most common tag if you count cross-lists');
    expect(a.answer.startsWith(place === 2 ? 'Yes' : 'No')).toBe(true);
    expect(a.answer).toContain(`${ordinal(place)} of ${counts.size} categories`);
  });

  it('answers whether a person is the No. 1 last author, over the papers that show every name', () => {
    const last = tally(drosophila.blocks.filter((b) => hidden(b) === 0).map((b) => names(b).at(-1) ?? ''));
    const priebe = last.get('Carey E. Priebe') ?? 0;
    const a = ask(drosophila.index, 'Is Carey E. Priebe the No. 1 last author here?');
    expect(a.answer.startsWith(rankOf([...last.values()], priebe) === 1 ? 'Yes' : 'No')).toBe(true);
    expect(a.answer).toContain(`${priebe} papers`);
  });
});

describe('a place said in other words', () => {
  it('reads "who\'s No. 2 for last-author spots" as the second most papers as last author', () => {
    const last = tally(RAW_ENTRIES.filter((e) => e.hidden === 0).map((e) => e.authors.at(-1) ?? ''));
    const values = [...last.values()].sort((a, b) => b - a);
    const second = [...last].filter(([, n]) => n === values[1]).map(([name]) => name);
    const a = ask(mahajan, "Only counting the papers that show every author, who's No. 2 for last-author spots?");
    for (const name of second) expect(a.answer).toContain(name);
  });

  it('reads "top 3 cs.DC papers by number of authors" as the three with the most', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const size = (b: string) => names(b).length + hidden(b);
    const third = dc.map(size).sort((x, y) => y - x)[2] ?? 0;
    const expected = dc.filter((b) => size(b) >= third).map(idOf);
    expect(ids(ask(distributed.index, 'Top 3 cs.DC papers by number of authors').papers)).toEqual(new Set(expected));
  });

  it('reads "Abhimanyu Dubey\'s 5th paper" as the fifth oldest of his papers', () => {
    const his = RAW_ENTRIES.filter((e) => e.authors.includes('Abhimanyu Dubey')).sort((a, b) =>
      a.submitted.localeCompare(b.submitted),
    );
    const fifth = his[4];
    expect(fifth).toBeDefined();
    const a = ask(mahajan, "When did Abhimanyu Dubey's 5th paper come out?");
    expect(a.answer).toContain(fifth?.title);
  });

  it('reads "top 3 years" as the years with the most first versions', () => {
    const years = tally(drosophila.blocks.map((b) => new Date(versionDays(b).first).toISOString().slice(0, 4)));
    const sorted = [...years].sort((a, b) => b[1] - a[1]);
    const a = ask(drosophila.index, 'top 3 years by number of new papers, with the counts');
    for (const [year, n] of sorted.slice(0, 3)) expect(a.answer).toContain(`${year} (${n} papers)`);
  });
});

describe('questions that only look like ranks or group averages', () => {
  it('reads "in the 2 weeks before Pimba" as a period, not a place in a ranking or a topic', () => {
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    const day = Date.parse(`${pimba?.submitted}T00:00:00Z`);
    const inWindow = RAW_ENTRIES.filter((e) => {
      const d = Date.parse(`${e.submitted}T00:00:00Z`);
      return d >= day - 14 * 86_400_000 && d < day && e.authors.includes('Divya Mahajan');
    });
    const a = ask(mahajan, 'Did Divya Mahajan publish anything in the 2 weeks before Pimba?');
    expect(a.answer.startsWith(inWindow.length > 0 ? 'Yes' : 'No')).toBe(true);
    expect(a.understood).not.toMatch(/ranks|about "/);
  });

  it('answers a compound with "most" and "average" part by part, not as a group average', () => {
    const a = ask(mahajan, 'which year has the most papers and what is their average number of authors');
    expect(a.parts).toHaveLength(2);
  });
});
