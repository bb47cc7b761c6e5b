// Words before a question that only say who asks and why ("new PhD student here, … - what did X
// work on before 2023") are not topic words; a person named there and meant by "he" after the break
// is put in the pronoun's place. Words that say what is asked about stay. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { comments } from './helpers/raw-blocks.js';

const mahajan = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

describe('words about the asker before the question', () => {
  it('are left out of the topic', () => {
    const before2023 = RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan') && e.submitted < '2023');
    const a = ask(
      mahajan,
      'new PhD student here, trying to get a feel for the group history - what did Dhruv Mahajan work on before 2023',
    );
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(before2023.map((e) => e.title)));
  });

  it('hand a person named there to "he" and "his" after the break', () => {
    const his = RAW_ENTRIES.filter((e) => e.authors.includes('Kartik Ahuja'));
    const a = ask(
      mahajan,
      "visiting for the semester and I'd like to meet Kartik Ahuja. how many papers is he on here, and which is his newest one",
    );
    expect(a.parts?.[0]?.answer).toMatch(new RegExp(`: ${his.length}\\b`));
    expect(a.understood).not.toMatch(/visiting|semester/);
  });

  it('keep words that say what is asked about, and a question before the break', () => {
    // "on agriculture or farming?" is the question; what follows is the aside.
    const a = ask(gpt.index, 'anything in here on agriculture or farming? asking for a food-security piece');
    expect(a.understood).toMatch(/agriculture/);
    // "Going by first submission" is how to count, not who asks.
    const b = ask(mahajan, 'Going only by the names that are shown, how many papers have more than 25 authors?');
    expect(b.understood).toMatch(/shown|names/);
  });
});

describe('everyday words for fields', () => {
  it('reads "ship a GitHub repo" as a code link and "a page cout" as a page count', () => {
    const dc = distributed.blocks.filter((b) => /\bcs\.DC\b/.test(b.split('\n')[0] ?? ''));
    const paged = dc.filter((b) => /\d+\s*pages/i.test(comments(b))).length;
    expect(ask(distributed.index, 'how many cs.DC papers give a page cout').answer).toMatch(
      new RegExp(`: ${paged}\\b`),
    );
    const code = ask(gpt.index, 'quick count for the lab manager: papers that ship a GitHub repo');
    expect(code.understood).toBe('papers with a code link');
  });

  it('counts the papers of a label before "how many are there"', () => {
    const refs = distributed.blocks.filter((b) => /^Journal ref:/m.test(b)).length;
    const a = ask(distributed.index, 'journal-ref papers: how many are there, and what is the newest one');
    expect(a.parts?.[0]?.answer).toMatch(new RegExp(`: ${refs}\\b`));
  });

  it('reads "is the NVLM paper long?" as its page count, which the listing does not give', () => {
    const nvlm = gpt.blocks.find((b) => /NVLM/.test(b.split('\n').slice(0, 3).join(' ')));
    expect(nvlm && comments(nvlm)).toBe('');
    const a = ask(gpt.index, 'is the NVLM paper long? i need a page number for the reading plan');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/no page count/);
  });
});
