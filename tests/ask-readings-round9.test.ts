// Readings found by the ninth question round (fixtures/questions/round9): expectations from the
// raw fixture lines (tests/helpers/fixture.ts) and the distributed-systems copy, never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));
const { blocks: BLOCKS, index: distributed } = realCopy('distributed-systems.copied.txt');

describe('questions read as asked (round 9)', () => {
  it('reads days of the week of the first version', () => {
    const weekend = RAW_ENTRIES.filter((e) => [0, 6].includes(new Date(`${e.submitted}T12:00:00Z`).getUTCDay()));
    const a = ask(index, 'which papers were first submitted on a weekend (saturday or sunday)?');
    expect(titles(a.papers)).toEqual(titles(weekend));
    const thursday = RAW_ENTRIES.filter((e) => new Date(`${e.submitted}T12:00:00Z`).getUTCDay() === 4).length;
    expect(ask(index, 'how many were submitted on a thursday').answer).toMatch(new RegExp(`: ${thursday}\\b`));
  });

  it('reads the second author as a position, and the people on a named paper', () => {
    const second = RAW_ENTRIES.filter((e) => e.authors[1] === 'Divya Mahajan');
    expect(titles(ask(index, 'papers where divya mahajan is the 2nd author').papers)).toEqual(titles(second));
    const named = RAW_ENTRIES.find((e) => e.title.startsWith('MoETuner')) ?? RAW_ENTRIES[0];
    const sharing = RAW_ENTRIES.filter((e) => e !== named && e.authors.some((n) => named?.authors.includes(n)));
    const a = ask(index, 'which other papers share at least one author with MoETuner?');
    expect(titles(a.papers)).toEqual(titles(sharing));
  });

  it('counts different first authors, and answers "the earliest and the latest" as two questions', () => {
    const firsts = new Set(RAW_ENTRIES.map((e) => e.authors[0])).size;
    expect(ask(index, 'how many different first authors').answer).toMatch(new RegExp(`^${firsts} different people`));
    const dates = RAW_ENTRIES.map((e) => e.submitted).sort();
    const a = ask(index, "what's the earliest and the latest first-submission date?");
    expect(a.parts).toHaveLength(2);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDate();
    expect(a.parts?.[0]?.answer).toContain(` ${day(dates[0] as string)} `);
    expect(a.parts?.[1]?.answer).toContain(` ${day(dates.at(-1) as string)} `);
  });

  it('finds marks in titles and the word a title starts with', () => {
    const asked = RAW_ENTRIES.filter((e) => e.title.includes('?'));
    expect(titles(ask(index, 'any titles with a question mark in them?').papers)).toEqual(titles(asked));
    const starts = RAW_ENTRIES.filter((e) => /^A\s/.test(e.title));
    expect(titles(ask(index, "titles starting with the word 'A'").papers)).toEqual(titles(starts));
  });

  it('reads page ranges, "no cs.*" and declines what the listing cannot say', () => {
    // "13+7 pages" is 20 pages, "12pages" is 12.
    const pages = (b: string) => {
      const m = /^Comments:.*?\b(\d+)(?:\s*\+\s*(\d+))?\s*pages\b/m.exec(b);
      return m ? Number(m[1]) + Number(m[2] ?? 0) : NaN;
    };
    const inRange = BLOCKS.filter((b) => pages(b) >= 10 && pages(b) <= 20).length;
    const range = ask(distributed, 'papers between 10 and 20 pages, both ends included');
    expect(range.answer).toMatch(new RegExp(`: ${inRange}\\b`));
    const noCs = BLOCKS.filter((b) => !/^arXiv:\S+\s+\[[^\]]*\]\s+.*\bcs\./m.test(b)).length;
    expect(ask(distributed, 'how many papers have no cs.* category anywhere').answer).toMatch(
      new RegExp(`: ${noCs}\\b`),
    );
    expect(ask(index, 'which of these are between 10 and 20 pages long?').declined).toBe(true);
    expect(ask(index, 'can you summarise where the field is heading, based on these?').declined).toBe(true);
    expect(ask(index, 'cool, and how many pages is it?').declined).toBe(true);
  });
});
