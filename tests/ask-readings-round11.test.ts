// Readings found by the eleventh question round (fixtures/questions/round11: second-language and
// spoken questions): expectations from the raw fixture lines and the raw blocks of the real copies.
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
const iso = (day: string, month: string, year: string) =>
  `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;

/** A raw block's arXiv id, categories, first and latest version dates. */
function facts(block: string): { id: string; categories: string[]; first: string; latest: string } {
  const head = /^arXiv:(\S+)\s+\[[^\]]*\]\s+(.*)$/m.exec(block);
  const d = /^Submitted (\d+) (\w+), (\d{4});(?: v1 submitted (\d+) (\w+), (\d{4});)?/m.exec(block);
  const latest = iso(d?.[1] ?? '', d?.[2] ?? '', d?.[3] ?? '');
  return {
    id: head?.[1] ?? '',
    categories: (head?.[2] ?? '').split(/\s+/).filter(Boolean),
    first: d?.[4] ? iso(d[4], d[5] as string, d[6] as string) : latest,
    latest,
  };
}
const ids = (list: readonly { arxivId?: string | undefined; id: string }[]) =>
  new Set(list.map((p) => p.arxivId ?? p.id));

describe('spoken and second-language questions (round 11)', () => {
  it('reads years and days said in words', () => {
    const revised = drosophila.blocks.map(facts).filter((f) => f.latest.startsWith('2024') && f.latest !== f.first);
    const a = ask(drosophila.index, 'which papers was last revised in twenty twenty four');
    expect(ids(a.papers)).toEqual(new Set(revised.map((f) => f.id)));
    const span = drosophila.blocks.map(facts).filter((f) => f.first >= '2017' && f.first < '2020');
    const b = ask(
      drosophila.index,
      'how many papers first submitted from two thousand and seventeen to two thousand and nineteen both years included',
    );
    expect(b.answer).toMatch(new RegExp(`: ${span.length}\\b`));
    const days = gpt.blocks.map(facts).filter((f) => f.first === '2024-09-14' || f.first === '2024-09-15');
    expect(ids(ask(gpt.index, 'show me the papers from september fourteenth and fifteenth').papers)).toEqual(
      new Set(days.map((f) => f.id)),
    );
  });

  it('reads category codes said aloud', () => {
    const bio = drosophila.blocks.map(facts).filter((f) => f.categories.includes('physics.bio-ph'));
    const a = ask(drosophila.index, 'how many papers are in physics dot bio dash p h');
    expect(a.answer).toMatch(new RegExp(`: ${bio.length}\\b`));
    const cr = distributed.blocks.map(facts).filter((f) => f.categories.includes('cs.CR')).length;
    const ro = distributed.blocks.map(facts).filter((f) => f.categories.includes('cs.RO')).length;
    const b = ask(distributed.index, 'which have more papers cs dot c r or cs dot r o counting cross lists');
    expect(b.answer).toContain(`cs.CR: ${cr}`);
    expect(b.answer).toContain(`cs.RO: ${ro}`);
  });

  it('reads second-language forms', () => {
    const divyat = RAW_ENTRIES.filter((e) => e.authors.includes('Divyat Mahajan') && e.submitted.startsWith('2024'));
    expect(ask(index, 'how much papers have Mahajan Divyat in 2024 year?').answer).toMatch(
      new RegExp(`: ${divyat.length}\\b`),
    );
    const dhruv = RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan') && e.hidden === 0);
    const fewest = Math.min(...dhruv.map((e) => e.authors.length));
    const a = ask(index, 'give me paper with less authors from Dhruv Mahajan');
    expect(titles(a.papers)).toEqual(titles(dhruv.filter((e) => e.authors.length === fewest)));
    const dec = RAW_ENTRIES.filter((e) => e.submitted.slice(5, 7) === '12');
    expect(ask(index, 'how many paper on this archive list were first submit in december, any year').answer).toMatch(
      new RegExp(`: ${dec.length}\\b`),
    );
    const yes = ask(gpt.index, 'it has any paper about cellular automata?');
    expect(yes.answer).toMatch(/^Yes/);
  });

  it('goes by the names shown when asked to, and declines what leans on an earlier question', () => {
    const together = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Divya Mahajan') && e.authors.includes('Dhruv Mahajan'),
    );
    expect(together).toHaveLength(0);
    const a = ask(
      index,
      'did divya mahajan and dhruv mahajan ever write a paper together going by the names that are shown',
    );
    expect(a.answer).toMatch(/^No, going by the names shown/);
    for (const q of ['okay and his other paper how many pages it has', 'um and how many figures it has'])
      expect(ask(distributed.index, q).declined).toBe(true);
  });
});
