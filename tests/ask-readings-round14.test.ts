// Readings found by the fourteenth question round (fixtures/questions/round14: a science
// journalist and a funding analyst): expectations from the raw fixture lines and the raw blocks
// of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, titleOf } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

const total = (b: string) => names(b).length + hidden(b);
const count = (answer: string, n: number) => expect(answer).toMatch(new RegExp(`: ${n}\\b`));

describe("a journalist's and an analyst's questions (round 14)", () => {
  it('reads counts in words: half a dozen, two or three people, a pair, double digits', () => {
    const six = RAW_ENTRIES.filter((e) => e.authors.length + e.hidden === 6);
    const a = ask(index, 'Which papers in this list have exactly half a dozen authors?');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(six.map((e) => e.title)));
    count(
      ask(distributed.index, 'how many of the 200 were written by two or three people?').answer,
      distributed.blocks.filter((b) => total(b) === 2 || total(b) === 3).length,
    );
    count(
      ask(gpt.index, 'how many papers were written by one person alone or by a pair?').answer,
      gpt.blocks.filter((b) => total(b) <= 2).length,
    );
    count(
      ask(
        distributed.index,
        'how many astro-ph papers have a double-digit number of authors, hidden et al. authors included?',
      ).answer,
      distributed.blocks.filter(
        (b) => categories(b).some((c) => c.startsWith('astro-ph')) && total(b) >= 10 && total(b) <= 99,
      ).length,
    );
  });

  it('counts the people on exactly n of the papers', () => {
    const per = new Map<string, number>();
    for (const e of RAW_ENTRIES) for (const n of new Set(e.authors)) per.set(n, (per.get(n) ?? 0) + 1);
    const two = [...per.values()].filter((n) => n === 2).length;
    expect(ask(index, 'going by the names shown, how many people appear on exactly two papers?').answer).toMatch(
      new RegExp(`^${two} people are on exactly 2 of`),
    );
  });

  it('reads "is the number of X growing year over year" as X per year', () => {
    const titled = drosophila.blocks.filter((b) => /drosophila/i.test(titleOf(b)));
    const a = ask(drosophila.index, "Is the number of papers with 'Drosophila' in the title growing year over year?");
    expect(a.understood).toMatch(/counted by year/);
    expect(a.answer).toContain(`(${titled.length} in all)`);
  });

  it("matches an acronym's long form as a phrase, and a quoted phrase before 'per year'", () => {
    const re = /\b(?:LLMs?|large language models?)\b/i;
    const llm = RAW_ENTRIES.filter((e) => re.test(`${e.title} ${e.paragraphs.join(' ')}`));
    const a = ask(index, "papers that mention 'LLM' or 'large language model' per year");
    expect(a.answer).toMatch(new RegExp(`\\(${llm.length} in all\\)`));
    expect(a.understood).toMatch(/the phrase "large language model"/);
  });

  it('asks about the paper a sentence describes', () => {
    const a = ask(
      distributed.index,
      "there's one about measuring how much water flows through pipes without cutting into them. when was it submitted?",
    );
    const pipes = distributed.blocks.find((b) => /Water Pipes/.test(b)) as string;
    const day = /^Submitted (\d+) (\w+), (\d{4})/m.exec(pipes) as RegExpExecArray;
    expect(a.answer).toContain(`${day[1]} ${(day[2] as string).slice(0, 3)} ${day[3]}`);
    const hand = distributed.blocks.find((b) => /Bionic Hand/.test(b)) as string;
    const b = ask(distributed.index, "who built the bionic hand? I read there's a paper about one in here");
    expect(b.answer).toContain(`was written by ${names(hand).slice(0, -1).join(', ')} and ${names(hand).at(-1)}`);
  });

  it('leaves the people of a family name out of a ranking, and reads "the results" as the listing', () => {
    const a = ask(
      index,
      'leaving all the Mahajans aside, who were the most prolific authors on papers first submitted in 2025?',
    );
    expect(a.answer).not.toMatch(/Mahajan/);
    expect(a.answer).toMatch(/^The most prolific authors/);
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC')).length;
    const b = ask(
      distributed.index,
      "this came from a search for 'distributed systems', so what percentage of the results are tagged cs.DC?",
    );
    expect(b.answer).toContain(`${dc} of the ${distributed.blocks.length} papers`);
  });

  it('declines funding, halves compared, "the only one", archives and what will matter', () => {
    expect(
      ask(distributed.index, 'which funding agencies paid for the ENUBET Micromegas detector work?').answer,
    ).toMatch(/does not say/);
    expect(ask(index, 'did more papers come out in the first half or the second half of 2024?').answer).toMatch(
      /one period at a time/,
    );
    expect(
      ask(gpt.index, 'Would it be fair to say Prateek Verma is the only person here who wrote a paper alone?').answer,
    ).toMatch(/the only one/);
    expect(ask(gpt.index, 'count the papers by the broad subject archive of their primary category').answer).toMatch(
      /not per archive/,
    );
    expect(
      ask(drosophila.index, 'which of these findings will matter most for treating brain diseases?').answer,
    ).toMatch(/opinion/);
    const teachers = gpt.blocks.filter((b) => /teacher/i.test(b)).map(idOf);
    const c = ask(gpt.index, 'who wrote the one about gender bias when LLMs are used to evaluate university teachers?');
    expect(ids(c.papers)).toEqual(new Set(teachers));
  });
});
