// Lists picked by an order, said as commands: "the last three cs.CL papers", "the paper just before
// LeaseGuard", "which paper comes right after NVLM", "the 2nd and 3rd newest papers", "list the
// cs.DC papers sorted by number of authors", "titles that start with a question word".
// Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const first = (b: string) => versionDays(b).first;

describe('neighbours by first version', () => {
  it('names the papers of the next day after a paper, ties together', () => {
    const nvlm = gpt.blocks.find((b) => titleOf(b).startsWith('NVLM')) ?? '';
    const later = gpt.blocks.filter((b) => first(b) > first(nvlm));
    const next = Math.min(...later.map(first));
    const expected = later.filter((b) => first(b) === next).map(idOf);
    expect(ids(ask(gpt.index, 'which paper comes right after NVLM by first submission').papers)).toEqual(
      new Set(expected),
    );
  });

  it('names the papers of the day just before a paper', () => {
    const lease = distributed.blocks.find((b) => titleOf(b).startsWith('LeaseGuard')) ?? '';
    const earlier = distributed.blocks.filter((b) => first(b) < first(lease));
    const prev = Math.max(...earlier.map(first));
    const expected = earlier.filter((b) => first(b) === prev).map(idOf);
    expect(ids(ask(distributed.index, 'the paper just before LeaseGuard').papers)).toEqual(new Set(expected));
  });
});

describe('an order with a cut', () => {
  it('reads "the last three cs.CL papers" as the three newest, ties at the cut included', () => {
    const cl = gpt.blocks.filter((b) => categories(b).includes('cs.CL')).sort((a, b) => first(b) - first(a));
    const third = first(cl[2] as string);
    const expected = cl.filter((b) => first(b) >= third).map(idOf);
    expect(ids(ask(gpt.index, 'the last three cs.CL papers, newest first').papers)).toEqual(new Set(expected));
  });

  it('answers "the 2nd and 3rd newest papers" as two places', () => {
    const a = ask(gpt.index, 'the 2nd and 3rd newest papers');
    expect(a.parts).toHaveLength(2);
  });

  it('lists every paper a sort names, the sort words not read as a topic', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC')).map(idOf);
    const a = ask(distributed.index, 'list the cs.DC papers sorted by number of authors, most first');
    expect(ids(a.papers)).toEqual(new Set(dc));
  });

  it('reads "titles that start with a question word"', () => {
    const words = /^(?:how|what|why|when|where|which|who|whose|can|could|do|does|did|is|are|should|will|would)\b/i;
    const expected = gpt.blocks.filter((b) => words.test(titleOf(b))).map(idOf);
    expect(ids(ask(gpt.index, 'list titles that start with a question word').papers)).toEqual(new Set(expected));
  });
});

describe('orders by arXiv id, and places before or after a paper', () => {
  const num = (b: string) => Number(idOf(b));

  it('picks the cs.CV papers with the three lowest arXiv ids', () => {
    const cv = gpt.blocks.filter((b) => categories(b).includes('cs.CV')).sort((a, b) => num(a) - num(b));
    expect(ids(ask(gpt.index, 'cs.CV papers sorted by arXiv id, first three').papers)).toEqual(
      new Set(cv.slice(0, 3).map(idOf)),
    );
  });

  it('counts the papers with a lower arXiv id than WaveletGPT', () => {
    const wavelet = gpt.blocks.find((b) => titleOf(b).startsWith('WaveletGPT')) ?? '';
    const n = gpt.blocks.filter((b) => num(b) < num(wavelet)).length;
    const a = ask(gpt.index, 'Sort by arXiv id ascending. How many papers come before WaveletGPT?');
    expect(a.answer).toMatch(new RegExp(`^${n} papers of ${gpt.blocks.length} come before`));
  });

  it('counts the papers first submitted after a paper', () => {
    const bench = drosophila.blocks.find((b) => titleOf(b).startsWith('ConnectomeBench')) ?? '';
    const n = drosophila.blocks.filter((b) => first(b) > first(bench)).length;
    const a = ask(drosophila.index, 'how many papers come after ConnectomeBench by first submission');
    expect(a.answer).toMatch(new RegExp(`^${n} papers of ${drosophila.blocks.length} come after`));
  });
});

describe('places and cuts said as commands', () => {
  it('reads "papers 4 to 6 when sorted oldest first" as those places of the first versions', () => {
    const sorted = [...RAW_ENTRIES].sort((a, b) => a.submitted.localeCompare(b.submitted));
    // Only a cut with no tie at its edges has one answer: the bundled listing's has none.
    expect(sorted[2]?.submitted === sorted[3]?.submitted || sorted[5]?.submitted === sorted[6]?.submitted).toBe(false);
    const a = ask(fixtureIndex(), 'papers 4 to 6 when sorted oldest first');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(sorted.slice(3, 6).map((e) => e.title)));
  });

  it('reads "sorted by team size, smallest first, just the first 2"', () => {
    const size = (b: string) =>
      (/^Authors:\s*(.*)$/m.exec(b)?.[1] ?? '').split(/\s*,\s*/).filter((n) => n && !n.startsWith('et al.')).length +
      Number(/(\d+) additional authors not shown/.exec(b)?.[1] ?? 0);
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC')).sort((a, b) => size(a) - size(b));
    const second = size(dc[1] as string);
    const expected = dc.filter((b) => size(b) <= second).map(idOf);
    const a = ask(distributed.index, 'cs.DC papers sorted by team size, smallest first, just the first 2');
    expect(ids(a.papers)).toEqual(new Set(expected));
  });
});
