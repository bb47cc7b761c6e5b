// Readings found by the seventh question round (fixtures/questions/round7): expectations from the
// raw listing lines (tests/helpers/fixture.ts, and the distributed-systems copy read here by
// regular expressions), never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex, rawPapersBy } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));

const { blocks: BLOCKS, index: distributed } = realCopy('distributed-systems.copied.txt');
const idOf = (block: string) => /^arXiv:(\S+)/.exec(block)?.[1] as string;

describe('questions read as asked (round 7)', () => {
  it('reads "a v2 or later" as revised, and answers "when was each last revised" for each of those papers', () => {
    const chosen = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2024') && e.revised);
    const a = ask(
      index,
      'Of the papers first submitted in 2024, which have a v2 or later, and when was each last revised?',
    );
    expect(titles(a.papers)).toEqual(titles(chosen));
    const each = a.parts?.[1];
    expect(each?.query?.each).toBe(true);
    for (const e of chosen) expect(each?.answer).toContain(`"${e.title}" was last revised`);
  });

  it('splits "…, and also which of those…" into two questions, the second within the first', () => {
    const hers = rawPapersBy('Divya Mahajan');
    const a = ask(
      index,
      'which papers is divya mahajan on, and also which of those have been revised since the first version',
    );
    expect(a.parts).toHaveLength(2);
    expect(titles(a.parts?.[1]?.papers ?? [])).toEqual(titles(hers.filter((e) => e.revised)));
  });

  it('reads "which papers did X co-author" as X\'s papers, not the people X wrote with', () => {
    const a = ask(index, 'which papers did divya mahajan co-author');
    expect(a.query?.want).toBe('papers');
    expect(titles(a.papers)).toEqual(titles(rawPapersBy('Divya Mahajan')));
  });

  it('counts the words of titles when asked to', () => {
    const words = (t: string) => t.split(/\s+/).length;
    const fewest = Math.min(...RAW_ENTRIES.map((e) => words(e.title)));
    const a = ask(index, 'which paper has the shortest title if you count words');
    expect(titles(a.papers)).toEqual(titles(RAW_ENTRIES.filter((e) => words(e.title) === fewest)));
  });

  it('names the people on both of two named papers', () => {
    const [x, y] = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan') && e.hidden === 0);
    if (!x || !y) throw new Error('the fixture has two such papers');
    const both = x.authors.filter((name) => y.authors.includes(name));
    const a = ask(index, `who is listed on both ${x.title} and ${y.title}`);
    expect(a.answer).toMatch(/^\d+ (?:person is|people are) on both/);
    for (const name of both) expect(a.answer).toContain(name);
    expect(a.answer).toContain(`${both.length} ${both.length === 1 ? 'person' : 'people'}`);
  });

  it('reads two fields joined by "or" as either, not both', () => {
    const either = BLOCKS.filter((b) => /^Journal ref:|^doi$/m.test(b)).map(idOf);
    const both = BLOCKS.filter((b) => /^Journal ref:/m.test(b) && /^doi$/m.test(b)).map(idOf);
    const a = ask(distributed, 'which papers carry a journal ref or a DOI (or both)?');
    expect(new Set(a.papers.map((p) => p.arxivId))).toEqual(new Set(either));
    const and = ask(distributed, 'how many papers have a journal ref and a DOI');
    expect(and.answer).toMatch(new RegExp(`: ${both.length}\\b`));
    expect(either.length).toBeGreaterThan(both.length);
  });

  it('counts hidden authors when told to, without asking for papers that hide some', () => {
    const total = (b: string) => {
      const line = /^Authors: (.*)$/m.exec(b)?.[1] ?? '';
      const names = line
        .replace(/\s*,\s*et al\..*$/, '')
        .split(', ')
        .filter(Boolean).length;
      const hidden = Number(/\((\d+) additional authors not shown\)/.exec(line)?.[1] ?? 0);
      return names + hidden;
    };
    const over = BLOCKS.filter((b) => total(b) > 10).length;
    const a = ask(distributed, 'how many papers have more than 10 authors once the hidden et al. authors are included');
    expect(a.answer).toMatch(new RegExp(`: ${over}\\b`));
  });

  it('leaves out who is asking before a colon, "what are they" after the question, and restated forms', () => {
    const before2024 = RAW_ENTRIES.filter((e) => e.submitted < '2024-01-01').length;
    const told = ask(
      index,
      "I'm the lab manager and I'm writing a report, so bear with me: how many papers were first submitted before 2024",
    );
    expect(told.answer).toMatch(new RegExp(`: ${before2024}\\b`));
    const listed = ask(index, 'which papers were first submitted before 2024, and what are they');
    expect(listed.parts).toBeUndefined();
    expect(listed.papers).toHaveLength(before2024);
    expect(ask(index, 'papers about large language models (LLM)').understood).not.toMatch(/LLM/);
  });
});
