// Readings found by the fourth question round (fixtures/questions/round4): expectations from the
// raw fixture lines (tests/helpers/fixture.ts), never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, type RawEntry, fixtureIndex, rawPapersBy } from './helpers/fixture.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));
const total = (e: RawEntry) => e.authors.length + e.hidden;
const firstIn = (year: string) => RAW_ENTRIES.filter((e) => e.submitted.startsWith(year));

describe('questions read as asked', () => {
  it('cannot tell the last author of a paper that hides authors, even when asked about its last shown name', () => {
    const cut = RAW_ENTRIES.find((e) => e.hidden > 0) as RawEntry;
    const lastShown = cut.authors[cut.authors.length - 1] as string;
    const a = ask(index, `Is ${lastShown} the last author of ${cut.title}?`);
    expect(a.answer).toMatch(/^The listing cannot tell/);
    expect(a.answer).not.toMatch(new RegExp(`last author of .* is ${lastShown}`));
  });

  it('answers "which of those" over the papers the first part chose', () => {
    const chosen = firstIn('2022');
    const most = Math.max(...chosen.map(total));
    const a = ask(index, 'how many papers were first submitted in 2022 and which one of those has the most authors');
    const [count, top] = a.parts ?? [];
    expect(count?.answer).toMatch(new RegExp(`: ${chosen.length}\\b`));
    expect(titles(top?.papers ?? [])).toEqual(titles(chosen.filter((e) => total(e) === most)));
  });

  it('reads a typo of a word that frames the question as that word, not as a topic', () => {
    const typo = ask(index, 'how many papers were first submited in 2023');
    expect(typo.answer).toMatch(new RegExp(`: ${firstIn('2023').length}\\b`));
    expect(typo.understood).not.toMatch(/submited/);
  });

  it('reads "neither the first nor the last author" as a position', () => {
    const hers = rawPapersBy('Divya Mahajan');
    const middle = hers.filter((e) => e.authors[0] !== 'Divya Mahajan' && e.authors.at(-1) !== 'Divya Mahajan');
    const a = ask(index, "on which of divya mahajan's papers is she neither the first nor the last author");
    expect(titles(a.papers)).toEqual(titles(middle));
    expect(middle.length).toBeGreaterThan(0);
  });

  it('tests every paper of one person, not of the listing', () => {
    const hers = rawPapersBy('Divya Mahajan');
    const threshold = Math.min(...hers.map(total));
    const yes = ask(index, `does every one of Divya Mahajan's papers have at least ${threshold} authors`);
    expect(yes.answer).toMatch(new RegExp(`^Yes: all ${hers.length}\\b`));
    const no = ask(index, `does every one of Divya Mahajan's papers have more than ${threshold} authors`);
    const fewer = hers.filter((e) => total(e) <= threshold);
    expect(no.answer).toMatch(new RegExp(`^No: ${fewer.length} papers? of ${hers.length}\\b`));
    expect(titles(no.papers)).toEqual(titles(fewer));
  });

  it('declines a "not" it cannot read rather than dropping it', () => {
    const a = ask(index, "who has more than one paper here but isn't first author on any of them");
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/could not read/);
  });

  it('declines questions about the future and leaves the past alone', () => {
    expect(ask(index, 'when is the final version of Pimba coming out').declined).toBe(true);
    expect(ask(index, 'when did Pimba come out').declined).toBeFalsy();
  });

  it('excludes the person named before "is not an author of"', () => {
    const without = RAW_ENTRIES.filter((e) => e.hidden === 0 && !e.authors.includes('Divya Mahajan'));
    const a = ask(index, 'which papers is Divya Mahajan not an author of');
    expect(titles(a.papers)).toEqual(titles(without));
  });

  it('counts the people on exactly one paper', () => {
    const counts = new Map<string, number>();
    for (const e of RAW_ENTRIES) for (const name of new Set(e.authors)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const once = [...counts.values()].filter((n) => n === 1).length;
    expect(ask(index, 'how many ppl have exactly one paper in this list').answer).toMatch(
      new RegExp(`^${once} people`),
    );
  });

  it('reads "somebody with the surname X as first author" as everyone of that name, first', () => {
    const first = RAW_ENTRIES.filter((e) => (e.authors[0] ?? '').split(' ').at(-1) === 'Mahajan');
    const a = ask(index, 'how many papers have somebody with the surname mahajan as first author');
    expect(a.answer).toMatch(new RegExp(`: ${first.length}\\b`));
  });

  it('reads halves, quarters and weekends of the calendar', () => {
    const between = (from: string, until: string) =>
      RAW_ENTRIES.filter((e) => e.submitted >= from && e.submitted <= until).length;
    const cases: [string, number][] = [
      ['how many papers were first submitted in the first half of 2025', between('2025-01-01', '2025-06-30')],
      ['how many papers were first submitted in Q4 2024', between('2024-10-01', '2024-12-31')],
      ['how many papers were first submitted in the second half of October 2024', between('2024-10-16', '2024-10-31')],
      ['how many were first submitted in the last week of 2024', between('2024-12-25', '2024-12-31')],
    ];
    for (const [q, n] of cases) expect(ask(index, q).answer, q).toMatch(new RegExp(`: ${n}\\b`));
  });

  it('answers the last sentence when the ones before only tell who asks', () => {
    const a = ask(index, "I'm new to this group. How many papers were first submitted in 2023?");
    expect(a.answer).toMatch(new RegExp(`: ${firstIn('2023').length}\\b`));
  });

  it('declines predictions and asks nothing of "code" in a topic', () => {
    expect(ask(index, 'do you think Pimba will get into a top conference next year').declined).toBe(true);
    expect(ask(index, 'papers about code generation').understood).not.toMatch(/code link/);
  });

  it('still declines "which of them" with nothing before it', () => {
    expect(ask(index, 'which of them is the newest').declined).toBe(true);
  });
});
