// Readings found by the thirteenth question round (fixtures/questions/round13: power users who
// paste arXiv syntax, ids and links, and an administrator's report): expectations from the raw
// fixture lines and the raw blocks of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, firstYear, hidden, idOf, ids, names, titleOf } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/);

describe("power users' and a report's questions (round 13)", () => {
  it('reads arXiv field syntax: cat:, ti: and au: joined by AND and ANDNOT', () => {
    const both = distributed.blocks.filter((b) => categories(b).includes('cs.DC') && categories(b).includes('cs.LG'));
    expect(ids(ask(distributed.index, 'cat:cs.DC AND cat:cs.LG').papers)).toEqual(new Set(both.map(idOf)));
    const lgNotCl = gpt.blocks.filter((b) => categories(b).includes('cs.LG') && !categories(b).includes('cs.CL'));
    expect(ids(ask(gpt.index, 'cat:cs.LG ANDNOT cat:cs.CL').papers)).toEqual(new Set(lgNotCl.map(idOf)));
    const tests = gpt.blocks.filter((b) => words(titleOf(b)).includes('test') && !categories(b).includes('cs.SE'));
    expect(ask(gpt.index, 'ti:test ANDNOT cat:cs.SE how many').answer).toMatch(new RegExp(`: ${tests.length}\\b`));
    const pz = drosophila.blocks.filter((b) => {
      const n = names(b).join(' ').toLowerCase();
      return n.includes('priebe') && n.includes('zlatic');
    });
    expect(ids(ask(drosophila.index, 'au:Priebe AND au:Zlatic').papers)).toEqual(new Set(pz.map(idOf)));
  });

  it('reads au: as everyone whose name has the word, and abs: as the abstract alone', () => {
    const parks = RAW_ENTRIES.filter((e) => e.authors.some((a) => words(a).includes('park')));
    const a = ask(index, 'au:park — just the names that are shown, which papers does that hit?');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(parks.map((e) => e.title)));
    const phrase = RAW_ENTRIES.filter((e) => /distributed training/i.test(e.paragraphs.join(' ')));
    expect(new Set(ask(index, 'abs:"distributed training"').papers.map((p) => p.title))).toEqual(
      new Set(phrase.map((e) => e.title)),
    );
  });

  it('declines cat: on a copy without categories rather than answering none', () => {
    const a = ask(index, 'cat:cs.LG AND au:"Divyat Mahajan"');
    expect(a.answer).toMatch(/categor/i);
    expect(a.answer).not.toMatch(/^No papers/);
  });

  it('reads "whose family name is X" as the names that end with X', () => {
    const chens = gpt.blocks.filter((b) => names(b).some((n) => n.split(/\s+/).pop() === 'Chen'));
    expect(ids(ask(gpt.index, 'papers by people whose family name is Chen').papers)).toEqual(new Set(chens.map(idOf)));
  });

  it('answers "which of <ids> has more authors" about those papers alone', () => {
    const total = (id: string) => {
      const b = drosophila.blocks.find((x) => idOf(x) === id) as string;
      return names(b).length + hidden(b);
    };
    const asked = ['1705.03297', '2106.12621', '1709.05454'];
    const most = Math.max(...asked.map(total));
    const a = ask(drosophila.index, `${asked.join(', ')} — which one has the most authors?`);
    expect(ids(a.papers)).toEqual(new Set(asked.filter((id) => total(id) === most)));
    const b = ask(gpt.index, 'which of 2409.12191v1 and 2409.09825 has more authors?');
    expect(b.understood).not.toMatch(/the the/);
    expect(b.answer).toMatch(/\b19 authors\b/);
  });

  it('keeps report wording and "zeros included" out of the topic', () => {
    const a = ask(
      drosophila.index,
      'number of papers per year from 2014 to 2018 inclusive, first submission, years with none included',
    );
    for (const year of ['2014', '2015', '2016', '2017', '2018']) {
      const n = drosophila.blocks.filter((b) => firstYear(b) === year).length;
      expect(a.answer).toContain(`${year}: ${n}`);
    }
    expect(a.understood).not.toMatch(/about/);
    const b = ask(
      index,
      'For the annual report: going by the names shown, how many papers did Aston Zhang and Melanie Kambadur write together?',
    );
    const together = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Aston Zhang') && e.authors.includes('Melanie Kambadur'),
    );
    expect(b.answer).toMatch(new RegExp(`: ${together.length}\\b`));
  });

  it('excludes each person of a list after "other than"', () => {
    const others = RAW_ENTRIES.filter(
      (e) =>
        e.authors.some((a) => a.endsWith(' Mahajan')) &&
        !e.authors.some((a) => ['Divya Mahajan', 'Divyat Mahajan', 'Dhruv Mahajan'].includes(a)),
    );
    const a = ask(
      index,
      'how many papers by people whose family name is Mahajan, other than Divya Mahajan, Divyat Mahajan and Dhruv Mahajan?',
    );
    expect(a.answer).toMatch(new RegExp(`: ${others.length}\\b`));
  });

  it('declines figure contents and two searches compared', () => {
    expect(ask(drosophila.index, 'what does figure 3 of arXiv:2512.10525 show?').answer).toMatch(/not its figures/);
    expect(ask(distributed.index, 'ti:kalman vs abs:kalman — how many hits each?').answer).toMatch(/one arXiv search/);
  });
});

describe('categories counted one by one (round 13)', () => {
  it('reads "counts for A, B and C, each counting primary and cross-listed papers" as a count per category', () => {
    const a = ask(gpt.index, 'counts for cs.CL, cs.AI and cs.LG, each counting primary and cross-listed papers');
    for (const code of ['cs.CL', 'cs.AI', 'cs.LG']) {
      const n = gpt.blocks.filter((b) => categories(b).includes(code)).length;
      expect(a.answer).toContain(`${code}: ${n}`);
    }
    expect(a.understood).not.toMatch(/primary|about/);
  });
});

describe('a family name shared by many (round 13)', () => {
  it('says a long list of people short in the understood line', () => {
    const wangs = new Set(gpt.blocks.flatMap((b) => names(b).filter((n) => n.split(/\s+/).pop() === 'Wang')));
    const a = ask(gpt.index, 'papers by people whose family name is Wang');
    expect(wangs.size).toBeGreaterThan(6);
    expect(a.understood).toContain(`by any of ${wangs.size} people (`);
    expect(a.understood).toContain(`and ${wangs.size - 5} more)`);
  });
});
