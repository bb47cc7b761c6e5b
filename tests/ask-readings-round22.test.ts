// Readings found by the twenty-second question round (fixtures/questions/round22: quantities and
// comparisons in everyday words): expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const authors = (b: string) => names(b).length + hidden(b);
const tagged = (listing: { blocks: string[] }, c: string) => listing.blocks.filter((b) => categories(b).includes(c));
const year = (b: string) => new Date(versionDays(b).first).getUTCFullYear();

describe('quantities and comparisons (round 22)', () => {
  it('compares two categories or two people by their counts', () => {
    const primary = (c: string) => gpt.blocks.filter((b) => categories(b)[0] === c).length;
    const a = ask(gpt.index, 'How many more papers have cs.CL as their primary category than cs.SE?');
    expect(a.answer).toContain(`${primary('cs.CL') - primary('cs.SE')} more`);
    const [q, dc] = [tagged(distributed, 'quant-ph').length, tagged(distributed, 'cs.DC').length];
    const b = ask(distributed.index, 'Counting cross-lists, how many more papers are tagged quant-ph than cs.DC?');
    expect(b.answer).toContain(`quant-ph: ${q}; cs.DC: ${dc}`);
    const [ro, cv] = [tagged(distributed, 'cs.RO').length, tagged(distributed, 'cs.CV').length];
    expect(ask(distributed.index, 'Are there more papers in cs.RO than in cs.CV?').answer).toMatch(
      ro > cv ? /^Yes/ : /^No/,
    );
    const by = (n: string) => drosophila.blocks.filter((b) => names(b).includes(n)).length;
    const c = ask(drosophila.index, 'How many more papers is Carey E. Priebe an author of than Avanti Athreya?');
    expect(c.answer).toContain(`${by('Carey E. Priebe') - by('Avanti Athreya')} more`);
  });

  it('answers "more than half of the papers" and "what percentage is that"', () => {
    const revised = RAW_ENTRIES.filter((e) => e.revised).length;
    const a = ask(index, 'Were more than half of the papers revised after their first version?');
    expect(a.answer).toMatch(2 * revised > RAW_ENTRIES.length ? /^Yes/ : /^No/);
    expect(a.answer).toContain(`${revised} of the ${RAW_ENTRIES.length} papers`);
    const big = RAW_ENTRIES.filter((e) => e.authors.length + e.hidden > 10).length;
    const b = ask(index, 'How many papers have more than ten authors, and what percentage of all 50 papers is that?');
    expect(b.parts?.[1]?.answer).toContain(`(${((100 * big) / RAW_ENTRIES.length).toFixed(1)}%)`);
  });

  it('reads quantities in words: a group of exactly three, counting both ends, et al. added in', () => {
    const three = distributed.blocks.filter((b) => authors(b) === 3).length;
    const a = ask(
      distributed.index,
      'I am curious about small teams: how many papers were written by a group of exactly three people?',
    );
    expect(a.answer).toContain(`: ${three}.`);
    const twoToFour = drosophila.blocks.filter((b) => authors(b) >= 2 && authors(b) <= 4).length;
    const b = ask(drosophila.index, 'How many papers have between two and four authors, counting both two and four?');
    expect(b.answer).toContain(`: ${twoToFour}.`);
    const over20 = distributed.blocks.filter((b) => authors(b) > 20).length;
    const c = ask(
      distributed.index,
      'If the et al. authors are added in, how many papers end up with more than twenty authors?',
    );
    expect(c.answer).toContain(`: ${over20}.`);
    const either = drosophila.blocks.filter((b) => year(b) === 2024 || year(b) === 2025).length;
    const d = ask(
      drosophila.index,
      "Going by the date of each paper's first version, how many of them fall in either 2024 or 2025?",
    );
    expect(d.answer).toContain(`: ${either}.`);
  });

  it('ranks by a date among papers bounded by their authors, and takes the second-largest', () => {
    const big = gpt.blocks.filter((b) => authors(b) >= 10);
    const first = Math.min(...big.map((b) => versionDays(b).first));
    const a = ask(gpt.index, 'Of the papers with ten or more authors, which came out first?');
    expect(new Set(a.papers.map((p) => p.arxivId))).toEqual(
      new Set(big.filter((b) => versionDays(b).first === first).map(idOf)),
    );
    const counts = distributed.blocks.map(authors).sort((x, y) => y - x);
    const second = distributed.blocks.filter((b) => authors(b) === counts[1]).map(idOf);
    const b = ask(
      distributed.index,
      'Once hidden authors are counted, which paper has the second-largest number of authors?',
    );
    expect(b.papers.map((p) => p.arxivId)).toEqual(second);
  });

  it('declines ratios, readers and citations, and who is on every one of some papers', () => {
    for (const [listing, q] of [
      [drosophila.index, 'Is Youngser Park on more than twice as many papers as Marta Zlatic?'],
      [gpt.index, 'How many people have read the single-author papers so far?'],
      [
        drosophila.index,
        'How many labs have reused the method of the paper with the most authors, and how many times was it cited?',
      ],
      [gpt.index, 'Besides Hadi Hemmati himself, who is an author on both of his papers?'],
    ] as const)
      expect(ask(listing, q).declined, q).toBe(true);
  });

  it('answers how many more authors one named paper has than another, hidden ones included', () => {
    const team = (start: string) => {
      const e = RAW_ENTRIES.find((r) => r.title.startsWith(start));
      return (e?.authors.length ?? 0) + (e?.hidden ?? 0);
    };
    const more = team('The Llama 4 Herd') - team('The Llama 3 Herd');
    expect(more).toBeGreaterThan(0);
    const a = ask(
      index,
      'How many more authors does The Llama 4 Herd have than The Llama 3 Herd of Models, hidden ones included?',
    );
    expect(a.answer).toMatch(new RegExp(`^${more} authors more: `));
  });
});
