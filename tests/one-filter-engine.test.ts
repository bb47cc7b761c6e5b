// A question and a search that mean the same papers return the same papers (issue 24, item 1):
// both run through the one filter engine. The category counts are also checked against the raw
// id lines, read here with the test's own rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const load = (file: string) => {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  return { text, index: PaperIndex.of(parseListing(text).papers) };
};
const ids = (papers: readonly { id: string }[]) => new Set(papers.map((p) => p.id));

describe('one filter engine for questions and /search', () => {
  const mahajan = load('mahajan.txt');
  const gpt = load('real/gpt-search-2024-09.copied.txt');

  it.each([
    ['papers by Divya Mahajan about memory', 'memory author:"Divya Mahajan"'],
    ['papers by Dhruv Mahajan from 2023', 'author:"Dhruv Mahajan" year:2023'],
    ['papers about diffusion since 2024', 'diffusion after:2024'],
  ])('ask "%s" = /search %s', (question, query) => {
    const answer = ask(mahajan.index, question);
    expect(answer.declined).toBeFalsy();
    const searched = mahajan.index.search(query, { allWords: true }).hits.map((h) => h.paper);
    expect(searched.length).toBeGreaterThan(0);
    expect(ids(answer.papers)).toEqual(ids(searched));
  });

  it('a name with a number in it is read in order by both ("GPT-3.5" is not "GPT" and "3.5" apart)', () => {
    const answer = ask(gpt.index, 'how many papers mention GPT-3.5');
    const searched = gpt.index.search('GPT-3.5', { allWords: true }).hits.map((h) => h.paper);
    expect(ids(answer.papers)).toEqual(ids(searched));
    // Raw rule: the text has "GPT-3.5" (any case), as the question tables count it.
    const raw = gpt.index.papers.filter((p) => /gpt-3\.5/i.test(`${p.title} ${p.abstract}`));
    expect(ids(searched)).toEqual(ids(raw));
  });

  it('papers in a category: the question, the search and the raw id lines agree', () => {
    // The raw rule: an id line "arXiv:NNNN.NNNNN [pdf, …] cs.CL cs.AI": tags after the bracket.
    const raw = gpt.text
      .split('\n')
      .filter((l) => /^arXiv:\d{4}\.\d{4,5}/.test(l))
      .map((l) => ({
        id: /^arXiv:(\S+)/.exec(l)?.[1] ?? '',
        tags: l
          .replace(/^.*\]\s*/, '')
          .trim()
          .split(/\s+/),
      }));
    const anyCL = raw.filter((e) => e.tags.includes('cs.CL')).map((e) => e.id);
    const primaryCL = raw.filter((e) => e.tags[0] === 'cs.CL').map((e) => e.id);
    const arxivIds = (papers: readonly { arxivId?: string }[]) => new Set(papers.map((p) => p.arxivId));
    const asked = ask(gpt.index, 'which papers are in cs.CL?');
    const searched = gpt.index.search('cat:cs.CL').hits.map((h) => h.paper);
    expect(arxivIds(asked.papers)).toEqual(new Set(anyCL));
    expect(arxivIds(searched)).toEqual(new Set(anyCL));
    const primary = ask(gpt.index, 'which papers have cs.CL as their primary category?');
    expect(arxivIds(primary.papers)).toEqual(new Set(primaryCL));
    expect(arxivIds(gpt.index.search('primary:cs.CL').hits.map((h) => h.paper))).toEqual(new Set(primaryCL));
  });
});
