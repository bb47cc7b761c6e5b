// Conditions joined in plain words: "or" across fields, "but not both", "at least one of", quoted
// words each required, "how many of those are in both". Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, firstYear, idOf, ids, names, titleOf } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const tagged = (b: string, tag: string) => categories(b).includes(tag);
const doi = (b: string) => /^(?:doi|10\.\d+\/)/m.test(b.split('\n').slice(1, 3).join('\n'));

describe('"or" between conditions on different fields', () => {
  it('is either one, with a "not" applied to both', () => {
    const expected = distributed.blocks
      .filter((b) => (tagged(b, 'cs.DC') || names(b).includes('Jin Li')) && firstYear(b) !== '2023')
      .map(idOf);
    const a = ask(distributed.index, 'papers in cs.DC or by Jin Li, but not from 2023');
    expect(ids(a.papers)).toEqual(new Set(expected));
    expect(a.understood).toContain('(in cs.DC or by Jin Li)');
  });

  it('picks the oldest of either side', () => {
    const ro = gpt.blocks.filter((b) => tagged(b, 'cs.RO') || /\bdrones?\b/i.test(b));
    const a = ask(gpt.index, 'the oldest paper that is either in cs.RO or mentions drones');
    expect(ro.map(idOf)).toContain(a.papers[0]?.arxivId);
  });

  it('joins two fields a paper has or lacks', () => {
    const either = distributed.blocks.filter((b) => doi(b) || /^Journal ref:/m.test(b)).length;
    expect(either).toBeGreaterThan(0);
    expect(ask(distributed.index, 'how many papers have a DOI or a journal ref').answer).toContain(`: ${either}`);
  });
});

describe('one or the other, not both', () => {
  it('leaves out the papers of both', () => {
    const xor = gpt.blocks.filter((b) => tagged(b, 'cs.CL') !== tagged(b, 'cs.AI')).map(idOf);
    const both = gpt.blocks.filter((b) => tagged(b, 'cs.CL') && tagged(b, 'cs.AI'));
    expect(both.length).toBeGreaterThan(0);
    const a = ask(gpt.index, 'papers in cs.CL or cs.AI but not both');
    expect(ids(a.papers)).toEqual(new Set(xor));
    expect(a.understood).toContain('not both');
  });

  it('answers "how many of those are in both" with the papers of both sides', () => {
    const either = gpt.blocks.filter((b) => tagged(b, 'cs.AI') || tagged(b, 'cs.LG')).length;
    const both = gpt.blocks.filter((b) => tagged(b, 'cs.AI') && tagged(b, 'cs.LG')).length;
    const a = ask(gpt.index, 'how many are in cs.AI or cs.LG, and how many of those are in both?');
    expect(a.parts?.map((p) => p.answer)).toEqual([
      expect.stringContaining(`: ${either}.`),
      expect.stringContaining(`: ${both}.`),
    ]);
  });
});

describe('lists of conditions', () => {
  it('reads "at least one of" a list as any of them', () => {
    const tags = ['cs.DC', 'cs.NI', 'cs.PF'];
    const expected = distributed.blocks.filter((b) => tags.some((t) => tagged(b, t))).map(idOf);
    const a = ask(distributed.index, 'papers in at least one of cs.DC, cs.NI, cs.PF');
    expect(ids(a.papers)).toEqual(new Set(expected));
  });

  it('reads each quoted word as required, and a quoted word as no category', () => {
    const expected = gpt.blocks.filter((b) => /\bGPT\b/.test(titleOf(b)) && /\bLLMs?\b/.test(titleOf(b)));
    const a = ask(gpt.index, "papers with both 'GPT' and 'LLM' in the title");
    expect(a.understood).not.toMatch(/math\.\*|categor/);
    expect(a.papers.length).toBe(expected.length);
    expect(ask(gpt.index, "papers with both 'reasoning' and 'math' in the title").understood).not.toContain('math.*');
  });
});

describe('what "not" reaches', () => {
  const drosophila = realCopy('drosophila-connectome.copied.txt');

  it('negates only the condition right after it, the rest still asked', () => {
    const expected = drosophila.blocks
      .filter((b) => firstYear(b) === '2024' && !categories(b).includes('q-bio.NC'))
      .map(idOf);
    expect(ids(ask(drosophila.index, 'papers not in q-bio.NC from 2024').papers)).toEqual(new Set(expected));
    const byNeither = distributed.blocks
      .filter((b) => tagged(b, 'cs.DC') && !names(b).includes('Jin Li') && !names(b).includes('Lin Zhang'))
      .map(idOf);
    expect(ids(ask(distributed.index, 'papers by neither Jin Li nor Lin Zhang in cs.DC').papers)).toEqual(
      new Set(byNeither),
    );
  });

  it('negates an "or" of two fields whole', () => {
    // The topic's papers are those /search finds (issue 24): the "or" and "not" are what is tested here.
    const topic = ids(ask(gpt.index, 'papers about GPT-4').papers);
    const expected = gpt.blocks.filter((b) => !tagged(b, 'cs.CL') && !topic.has(idOf(b))).map(idOf);
    const a = ask(gpt.index, 'papers that are neither in cs.CL nor about GPT-4');
    expect(a.understood).toContain('not (in cs.CL or');
    expect(ids(a.papers)).toEqual(new Set(expected));
  });
});
