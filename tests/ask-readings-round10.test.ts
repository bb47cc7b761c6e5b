// Readings found by the tenth question round (fixtures/questions/round10): expectations from the
// raw fixture lines (tests/helpers/fixture.ts) and the raw blocks of the real copies, never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** A raw block's categories, its first version's date (ISO) and its arXiv id. */
function facts(block: string): { id: string; categories: string[]; first: string; revised: boolean; doi: boolean } {
  const head = /^arXiv:(\S+)\s+\[[^\]]*\]\s+(.*)$/m.exec(block);
  const dates = /^Submitted (\d+) (\w+), (\d{4});(?: v1 submitted (\d+) (\w+), (\d{4});)?/m.exec(block);
  const [day, month, year] = dates?.[4] ? [dates[4], dates[5], dates[6]] : [dates?.[1], dates?.[2], dates?.[3]];
  const first = `${year}-${String(MONTHS.indexOf(month as string) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    id: head?.[1] ?? '',
    categories: (head?.[2] ?? '').split(/\s+/).filter(Boolean),
    first,
    revised: dates?.[4] !== undefined,
    doi: /^doi\s*$/m.test(block) || /\bdoi\.org\//.test(block),
  };
}

const ids = (list: readonly { arxivId?: string | undefined; id: string }[]) =>
  new Set(list.map((p) => p.arxivId ?? p.id));

describe('questions read as asked (round 10)', () => {
  it('gives a share of some papers out of those papers, not out of the listing', () => {
    const cl = gpt.blocks.map(facts).filter((f) => f.categories.includes('cs.CL'));
    const crossed = cl.filter((f) => f.categories.length > 1).length;
    const pct = `${Number(((100 * crossed) / cl.length).toFixed(1))}%`;
    const a = ask(gpt.index, 'what share of the cs.CL papers are cross-listed');
    expect(a.answer).toContain(`${crossed} of the ${cl.length} papers in cs.CL (${pct})`);
    const primary = gpt.blocks.map(facts).filter((f) => f.categories[0] === 'cs.CL');
    const b = ask(gpt.index, 'of the papers whose primary category is cs.CL, what share are cross-listed?');
    expect(b.answer).toContain(`${primary.filter((f) => f.categories.length > 1).length} of the ${primary.length}`);
  });

  it('keeps the conditions after "without a DOI" on the papers asked for', () => {
    const dc = distributed.blocks.map(facts).filter((f) => f.categories.includes('cs.DC') && !f.doi);
    const a = ask(distributed.index, 'papers without a DOI in cs.DC');
    expect(ids(a.papers)).toEqual(new Set(dc.map((f) => f.id)));
  });

  it('reads "on or after" a day as including it', () => {
    const since = distributed.blocks.map(facts).filter((f) => f.first >= '2025-12-12');
    const a = ask(distributed.index, 'how many papers were first submitted on or after 12 december 2025');
    expect(a.answer).toMatch(new RegExp(`: ${since.length}\\b`));
  });

  it('finds the oldest revised paper among the revised papers', () => {
    const revised = drosophila.blocks.map(facts).filter((f) => f.revised);
    const first = revised.map((f) => f.first).sort()[0];
    const a = ask(drosophila.index, "what's the oldest paper here that has been revised?");
    expect(ids(a.papers)).toEqual(new Set(revised.filter((f) => f.first === first).map((f) => f.id)));
  });

  it('names people with papers in each of two years, and people on at least n papers', () => {
    const years = (name: string) =>
      new Set(RAW_ENTRIES.filter((e) => e.authors.includes(name)).map((e) => e.submitted.slice(0, 4)));
    const everyone = [...new Set(RAW_ENTRIES.flatMap((e) => e.authors))];
    const both = everyone.filter((n) => years(n).has('2022') && years(n).has('2025'));
    const a = ask(index, 'who has papers first submitted in both 2022 and 2025?');
    for (const name of both) expect(a.answer).toContain(name);
    expect(a.answer).toMatch(new RegExp(`^${both.length} people have`));
    const causal = RAW_ENTRIES.filter((e) => /\bcausal\b/i.test([e.title, ...e.paragraphs].join(' ')));
    const count = (n: string) => causal.filter((e) => e.authors.includes(n)).length;
    const two = [...new Set(causal.flatMap((e) => e.authors))].filter((n) => count(n) >= 2);
    const b = ask(index, 'name the authors with at least 2 papers that use the word causal (title or abstract)');
    expect(b.answer).toMatch(new RegExp(`^${two.length} people`));
    for (const name of two) expect(b.answer).toContain(name);
  });

  it('lists every year of an asked range, a year with no papers as 0', () => {
    const revised = RAW_ENTRIES.filter((e) => e.revised);
    const a = ask(
      index,
      'for each year from 2022 to 2026, how many papers first submitted that year have been revised?',
    );
    for (const year of ['2022', '2023', '2024', '2025', '2026'])
      expect(a.answer).toContain(`${year}: ${revised.filter((e) => e.submitted.startsWith(year)).length}`);
  });

  it('reads commands after a preamble, a name with a typo and no middle initial, and "name the last authors of"', () => {
    const divya = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Divya Mahajan') && e.submitted.startsWith('2024') && e.revised,
    );
    const a = ask(
      index,
      'for my lit review: list the papers by Divya Mahajan that were first submitted in 2024 and have been revised since',
    );
    expect(titles(a.papers)).toEqual(titles(divya));
    const priebe = drosophila.blocks.filter((b) => /^Authors:.*Carey E\. Priebe/m.test(b)).map(facts);
    const stat = priebe.filter((f) => f.categories.includes('stat.ME') && f.revised);
    expect(ids(ask(drosophila.index, "carey preibe's stat.ME papers that have been revised").papers)).toEqual(
      new Set(stat.map((f) => f.id)),
    );
    const cv = gpt.blocks.filter((b) => facts(b).categories[0] === 'cs.CV' && facts(b).first === '2024-09-19');
    const last = cv.map((b) => (/^Authors:\s*(.*)$/m.exec(b)?.[1] ?? '').split(/\s*,\s*/).at(-1) as string);
    const c = ask(gpt.index, 'name the last authors of the primary cs.CV papers submitted on 19 september');
    for (const name of last) expect(c.answer).toContain(name);
  });

  it('reads "with two categories" as exactly two, and declines what the listing cannot say', () => {
    const two = distributed.blocks.map(facts).filter((f) => f.categories.length === 2).length;
    expect(ask(distributed.index, 'papers in two different categories').answer).toMatch(new RegExp(`: ${two}\\b`));
    for (const q of [
      'which of the cs.DC papers come from research groups in Europe?',
      "ok now drop the ones we already covered in last week's reading group and list what's left",
      'going by the names shown, who has papers in two different primary categories?',
    ])
      expect(ask(distributed.index, q).declined).toBe(true);
  });
});
