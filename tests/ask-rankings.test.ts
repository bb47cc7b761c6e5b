// Top-N rankings and a field of the paper a superlative picks: expectations from the raw fixture
// lines (tests/helpers/fixture.ts) and the raw blocks of the real copies, never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));
const drosophila = realCopy('drosophila-connectome.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

/** How many papers each name shown on an Authors line is on. */
function papersPerName(blocks: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const line = /^Authors:\s*(.*)$/m.exec(b)?.[1] ?? '';
    const names = line.split(/\s*,\s*/).filter((n) => n && !n.startsWith('et al.'));
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The first n by a value and every entry tied with the nth. */
function topWithTies<T>(items: readonly T[], n: number, value: (t: T) => number): T[] {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const floor = value(sorted[n - 1] as T);
  return sorted.filter((t, i) => i < n || value(t) === floor);
}

const allAuthors = (e: (typeof RAW_ENTRIES)[number]) => e.authors.length + e.hidden;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('rankings of n', () => {
  it('lists the n papers a measure ranks first, ties at the last place included', () => {
    const most = topWithTies(RAW_ENTRIES, 5, allAuthors);
    expect(titles(ask(index, 'show me the five papers with the most authors').papers)).toEqual(titles(most));
    const divya = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan'));
    const recent = topWithTies(divya, 3, (e) => day(e.updated));
    expect(titles(ask(index, 'list the 3 most recent papers by Divya Mahajan').papers)).toEqual(titles(recent));
    const oldest = topWithTies(RAW_ENTRIES, 3, (e) => -day(e.submitted));
    const a = ask(index, 'the 3 oldest papers');
    expect(titles(a.papers)).toEqual(titles(oldest));
    expect(a.query).toMatchObject({ want: 'superlative', limit: 3, direction: 'least' });
  });

  it('names the top n authors with their ties, and the people past a long tie as a number', () => {
    const counts = papersPerName(drosophila.blocks);
    const top = topWithTies([...counts], 3, ([, n]) => n);
    const a = ask(drosophila.index, 'the 3 most prolific authors');
    for (const [name, n] of top) expect(a.answer).toContain(`${name} (${n} papers)`);
    expect(a.answer.match(/\(\d+ papers?\)/g)).toHaveLength(top.length);
    const ones = [...papersPerName(distributed.blocks).values()].filter((n) => n === 1).length;
    expect(ask(distributed.index, 'top ten authors').answer).toContain(`${ones} more with 1 paper each`);
  });

  it('ranks categories by their papers', () => {
    const perCategory = new Map<string, number>();
    for (const b of gpt.blocks) {
      const tags = (/^arXiv:\S+\s+\[[^\]]*\]\s+(.*)$/m.exec(b)?.[1] ?? '').split(/\s+/).filter(Boolean);
      for (const c of new Set(tags)) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
    }
    const top = topWithTies([...perCategory], 3, ([, n]) => n);
    const a = ask(gpt.index, 'top 3 categories');
    for (const [code, n] of top) expect(a.answer).toContain(`${code} (${n} papers)`);
    expect(a.answer.match(/\(\d+ papers?\)/g)).toHaveLength(top.length);
  });
});

describe('how many are asked for', () => {
  it('lists the first n of a list, and says how many there are', () => {
    const cl = gpt.blocks.filter((b) => /^arXiv:\S+\s+\[[^\]]*\]\s+.*\bcs\.CL\b/m.test(b));
    const a = ask(gpt.index, 'list 3 cs.CL papers');
    expect(a.papers).toHaveLength(3);
    expect(a.answer).toContain(`: ${cl.length}; the first 3`);
    const year = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2024'));
    expect(titles(ask(index, 'list 2024 papers').papers)).toEqual(titles(year));
  });

  it('ranks periods and first authors by their papers', () => {
    const perMonth = new Map<string, number>();
    for (const e of RAW_ENTRIES)
      perMonth.set(e.submitted.slice(0, 7), (perMonth.get(e.submitted.slice(0, 7)) ?? 0) + 1);
    const top = topWithTies([...perMonth], 2, ([, n]) => n);
    const a = ask(index, 'which two months had the most papers');
    expect(a.answer.match(/\(\d+ papers?\)/g)).toHaveLength(top.length);
    const firsts = new Map<string, number>();
    for (const e of RAW_ENTRIES) firsts.set(e.authors[0] as string, (firsts.get(e.authors[0] as string) ?? 0) + 1);
    const [lead] = topWithTies([...firsts], 1, ([, n]) => n);
    expect(ask(index, 'top 5 first authors').answer).toContain(`${lead?.[0]} (${lead?.[1]} papers)`);
  });

  it('answers "who wrote them" of the papers a ranking named', () => {
    const newest = topWithTies(RAW_ENTRIES, 2, (e) => day(e.submitted));
    const a = ask(index, 'the two newest papers and who wrote them');
    expect(a.parts).toHaveLength(2);
    for (const e of newest) for (const name of e.authors.slice(0, 3)) expect(a.parts?.[1]?.answer).toContain(name);
  });
});

describe('a field of the paper a superlative picks', () => {
  it('gives the authors of the oldest paper, not the papers with the fewest authors', () => {
    const first = Math.min(...RAW_ENTRIES.map((e) => day(e.submitted)));
    const oldest = RAW_ENTRIES.filter((e) => day(e.submitted) === first);
    for (const q of ['name the authors of the oldest paper', 'who wrote the oldest paper']) {
      const a = ask(index, q);
      expect(titles(a.papers)).toEqual(titles(oldest));
      for (const e of oldest) expect(a.answer).toContain(e.authors.slice(0, 3).join(', '));
      expect(a.query).toMatchObject({ want: 'superlative', measure: 'submitted', fields: ['authors'] });
    }
  });

  it('answers who wrote the paper with the most authors with that paper, and when the longest was submitted', () => {
    const most = Math.max(...RAW_ENTRIES.map(allAuthors));
    const top = RAW_ENTRIES.filter((e) => allAuthors(e) === most);
    const a = ask(index, 'who wrote the paper with the most authors');
    expect(titles(a.papers)).toEqual(titles(top));
    expect(a.answer).toContain((top[0]?.authors ?? []).slice(0, 2).join(', '));
    const newest = [...RAW_ENTRIES].sort((x, y) => day(y.submitted) - day(x.submitted))[0];
    const count = ask(index, 'how many authors does the newest paper have');
    expect(count.answer).toContain(`has ${allAuthors(newest as (typeof RAW_ENTRIES)[number])} authors`);
  });

  it('answers "the oldest paper and who wrote it" in two parts', () => {
    const first = Math.min(...RAW_ENTRIES.map((e) => day(e.submitted)));
    const oldest = RAW_ENTRIES.filter((e) => day(e.submitted) === first);
    expect(oldest).toHaveLength(1);
    const a = ask(index, 'the oldest paper and who wrote it');
    expect(a.parts).toHaveLength(2);
    for (const name of oldest[0]?.authors ?? []) expect(a.parts?.[1]?.answer).toContain(name);
  });

  it('reads "ids" as what to show, not as a topic', () => {
    const plain = ask(gpt.index, 'papers about hallucination');
    const a = ask(gpt.index, 'give me the ids of the papers about hallucination');
    expect(a.answer).not.toMatch(/\bids\b/);
    expect(a.papers.map((p) => p.id)).toEqual(plain.papers.map((p) => p.id));
    expect(a.papers.length).toBeGreaterThan(0);
  });
});

describe('more ways to ask for one end of a ranking', () => {
  it('reads "the last paper X submitted" and "when did X last publish" as X\'s newest paper', () => {
    const mine = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan'));
    const newest = Math.max(...mine.map((e) => day(e.submitted)));
    const a = ask(index, 'what was the last paper Divya Mahajan submitted');
    expect(titles(a.papers)).toEqual(titles(mine.filter((e) => day(e.submitted) === newest)));
    const dhruv = RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan'));
    const last = [...dhruv].sort((x, y) => day(y.submitted) - day(x.submitted))[0];
    const b = ask(index, 'when did Dhruv Mahajan last publish');
    expect(titles(b.papers)).toEqual(titles([last as (typeof RAW_ENTRIES)[number]]));
    // Papers that hide authors could be his too: the answer says so.
    const hiding = RAW_ENTRIES.filter((e) => e.hidden > 0 && !e.authors.includes('Dhruv Mahajan')).length;
    expect(b.answer).toContain(`${hiding} more papers hide part of their authors`);
  });

  it('reads "came out first" and "the first author on the paper that came out first"', () => {
    const first = Math.min(...RAW_ENTRIES.map((e) => day(e.submitted)));
    const oldest = RAW_ENTRIES.filter((e) => day(e.submitted) === first);
    expect(titles(ask(index, 'which paper came out first').papers)).toEqual(titles(oldest));
    const a = ask(index, 'who was first author on the paper that came out first');
    expect(a.answer).toContain(`first author of "${oldest[0]?.title}" is ${oldest[0]?.authors[0]}`);
  });

  it('gives the median, and reads "unrevised" as never revised', () => {
    const counts = RAW_ENTRIES.map(allAuthors).sort((a, b) => a - b);
    const mid = counts.length / 2;
    const median =
      counts.length % 2 ? counts[Math.floor(mid)] : ((counts[mid - 1] as number) + (counts[mid] as number)) / 2;
    expect(ask(index, 'what is the median number of authors').answer).toContain(
      `median is ${median?.toFixed(1)} authors`,
    );
    const unrevised = RAW_ENTRIES.filter((e) => !e.revised).length;
    expect(ask(index, 'how many papers are unrevised').answer).toMatch(new RegExp(`: ${unrevised}\\b`));
  });
});
