// Questions asked from memory: a guess beside the question ("I think", "from memory it was"), a
// name or short name a letter or two off, a person named as the question's label. The guess is
// never a condition; a near name is read as the one person or paper it can be. Expectations from
// the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, type RawEntry, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const abstractOf = (b: string) => /^Abstract:(.*)$/m.exec(b)?.[1] ?? '';
const byTitle = (listing: { blocks: string[] }, start: string) =>
  listing.blocks.find((b) => titleOf(b).startsWith(start)) as string;

describe('a guess beside the question', () => {
  it('is not applied as a condition', () => {
    const oldest = [...gpt.blocks].sort((a, b) => versionDays(a).first - versionDays(b).first)[0] as string;
    const a = ask(
      gpt.index,
      'Which is the oldest paper in this search? From memory it was late August or early September.',
    );
    expect(ids(a.papers)).toEqual(new Set([idOf(oldest)]));
    const rule = drosophila.blocks.filter((b) => /exponential distance rule/i.test(`${titleOf(b)} ${abstractOf(b)}`));
    expect(rule.length).toBeGreaterThan(0);
    const b = ask(
      drosophila.index,
      'which papers were about the exponential distance rule? there were three or four of them I think',
    );
    expect(ids(b.papers)).toEqual(new Set(rule.map(idOf)));
    const consensus = distributed.blocks.filter((x) => /\bconsensus\b/i.test(`${titleOf(x)} ${abstractOf(x)}`));
    expect(
      ask(distributed.index, 'I remember about five papers on consensus. How many are there actually?').answer,
    ).toMatch(new RegExp(`: ${consensus.length}\\.`));
  });

  it('checks a statement ended with "right?" as a yes or no', () => {
    const paper = RAW_ENTRIES.find((e) => /Future Summaries/.test(e.title)) as RawEntry;
    expect(paper.hidden).toBe(0);
    expect(paper.authors.at(-1)).toBe('Kartik Ahuja');
    const a = ask(fixtureIndex(), 'Karthik Ahuja was the last author of the future summaries paper, right?');
    expect(a.answer).toMatch(/^Yes/);
  });
});

describe('a name or short name a letter or two off', () => {
  it('finds the one paper whose short name is that close', () => {
    const life = byTitle(gpt, 'LifeGPT');
    const a = ask(gpt.index, 'which category is the LifeGTP paper filed under');
    for (const c of categories(life)) expect(a.answer).toContain(c);
    const hack = byTitle(gpt, 'Hackphyr');
    expect(ask(gpt.index, 'first author of the Hackfyr paper?').answer).toContain(names(hack)[0] as string);
    const qwen = byTitle(gpt, 'Qwen2-VL');
    expect(ask(gpt.index, 'how many authors does the Qwen-VL2 paper have').answer).toContain(
      `has ${names(qwen).length} authors`,
    );
  });

  it('reads a given name cut short, or a family name one letter off, as the one person it can be', () => {
    const both = drosophila.blocks.filter(
      (b) => names(b).includes('Joshua T. Vogelstein') && names(b).includes('Carey E. Priebe'),
    );
    expect(ask(drosophila.index, 'how many papers did Josh Vogelstein write together with Carey Priebe').answer).toBe(
      `Papers by both Joshua T. Vogelstein and Carey E. Priebe: ${both.length}.`,
    );
    const park = drosophila.blocks.filter((b) => names(b).includes('Youngser Park'));
    const oldest = [...park].sort((a, b) => versionDays(a).first - versionDays(b).first)[0] as string;
    const a = ask(drosophila.index, 'Youngser Parck: how many papers, and which one is the oldest?');
    expect(a.parts?.[0]?.answer).toBe(`Papers by Youngser Park: ${park.length}.`);
    expect(ids(a.parts?.[1]?.papers ?? [])).toEqual(new Set([idOf(oldest)]));
  });

  it('asks which person is meant when a title and family name fit several', () => {
    const zhangs = new Set(distributed.blocks.flatMap((b) => names(b).filter((n) => /\bZhang$/.test(n))));
    expect(zhangs.size).toBeGreaterThan(1);
    const a = ask(distributed.index, 'What else has Dr. Zhang published here?');
    expect(a.declined).toBe(true);
    expect(a.candidates?.length).toBe(zhangs.size);
  });

  it('keeps a question said as a doubt ("I\'m not sure who wrote Pimba")', () => {
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba')) as RawEntry;
    const a = ask(fixtureIndex(), "I'm not sure who wrote Pimba, can you tell me?");
    for (const n of pimba.authors) expect(a.answer).toContain(n);
  });
});
