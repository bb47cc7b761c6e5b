// Readings found by the twelfth question round (fixtures/questions/round12: a sceptical reviewer's
// traps): expectations from the raw fixture lines and the raw blocks of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

const categories = (b: string) => (/^arXiv:\S+\s+\[[^\]]*\]\s+(.*)$/m.exec(b)?.[1] ?? '').split(/\s+/).filter(Boolean);
const idOf = (b: string) => /^arXiv:(\S+)/.exec(b)?.[1] ?? '';
const names = (b: string) => (/^Authors:\s*(.*)$/m.exec(b)?.[1] ?? '').split(/\s*,\s*/).filter(Boolean);
const ids = (list: readonly { arxivId?: string | undefined; id: string }[]) =>
  new Set(list.map((p) => p.arxivId ?? p.id));

describe("a sceptical reviewer's questions (round 12)", () => {
  it('reads "not in A and not in B" and "neither A nor B" as excluding both', () => {
    const dc = distributed.blocks.filter((b) => {
      const c = categories(b);
      return c.includes('cs.DC') && !c.includes('cs.LG') && !c.includes('cs.AI');
    });
    const a = ask(distributed.index, 'which cs.DC papers (primary or cross-listed) are not in cs.LG and not in cs.AI?');
    expect(ids(a.papers)).toEqual(new Set(dc.map(idOf)));
    const neither = gpt.blocks.filter((b) => !categories(b).includes('cs.AI') && !categories(b).includes('cs.CL'));
    expect(ask(gpt.index, 'How many papers are in neither cs.AI nor cs.CL, counting cross-lists?').answer).toMatch(
      new RegExp(`: ${neither.length}\\b`),
    );
  });

  it('reads two bounds on one count, and a range with both ends named again', () => {
    const all = (e: (typeof RAW_ENTRIES)[number]) => e.authors.length + e.hidden;
    const between = RAW_ENTRIES.filter((e) => all(e) > 5 && all(e) < 10);
    const a = ask(
      index,
      'How many papers have more than 5 and fewer than 10 authors, counting any hidden et al. authors?',
    );
    expect(a.answer).toMatch(new RegExp(`: ${between.length}\\b`));
    const firstDay = (b: string) => {
      const m = /^Submitted (\d+) (\w+), (\d{4});(?: v1 submitted (\d+) (\w+), (\d{4});)?/m.exec(b);
      return Number(m?.[4] ?? m?.[1]);
    };
    const days = distributed.blocks.filter((b) => /December, 2025/.test(b) && firstDay(b) >= 2 && firstDay(b) <= 5);
    const b = ask(
      distributed.index,
      'How many papers were first submitted between 2 December and 5 December 2025, counting both 2 December and 5 December?',
    );
    expect(b.answer).toMatch(new RegExp(`: ${days.length}\\b`));
  });

  it('says a paper has no fifth author rather than listing its authors', () => {
    const earth = RAW_ENTRIES.find((e) => e.title.startsWith('EarthSight')) as (typeof RAW_ENTRIES)[number];
    const a = ask(index, `Who is the fifth author of ${earth.title}?`);
    expect(a.answer).toContain(`has only ${earth.authors.length} authors, so no fifth author`);
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba')) as (typeof RAW_ENTRIES)[number];
    expect(ask(index, 'who is the third author of Pimba').answer).toContain(`is ${pimba.authors[2]}`);
  });

  it('ranks the single-author papers by date, not by their one author', () => {
    const single = gpt.blocks.filter((b) => names(b).length === 1 && !/et al\./.test(b));
    const latest = (b: string) => Date.parse(/^Submitted (\d+ \w+, \d{4})/m.exec(b)?.[1] ?? '');
    const newest = Math.max(...single.map(latest));
    const a = ask(gpt.index, 'Which single-author paper was submitted most recently?');
    expect(ids(a.papers)).toEqual(new Set(single.filter((b) => latest(b) === newest).map(idOf)));
  });

  it("answers the question after a claim, about the claim's subject, and declines claims to check", () => {
    const flash = RAW_ENTRIES.find((e) => e.title.startsWith('Flashlight')) as (typeof RAW_ENTRIES)[number];
    const day = new Date(`${flash.submitted}T00:00:00Z`).getUTCDate();
    const a = ask(
      index,
      "Flashlight was first submitted on 7 November 2025, wasn't it? What is its first-submission date?",
    );
    expect(a.answer).toContain(`first submitted on ${day} `);
    const diwakar = RAW_ENTRIES.filter((e) => e.authors.includes('Diwakar Mahajan'));
    const b = ask(
      index,
      "Diwakar Mahajan's papers are all from 2023, aren't they? Going by the names shown, break his papers down by the year they were first submitted.",
    );
    expect(b.answer).toContain(`(${diwakar.length} in all)`);
    const c = ask(
      index,
      "A reviewer's report claims that 'no paper in it has more than 1,000 authors'. Is that claim true?",
    );
    expect(c.declined).toBe(true);
  });

  it('does not mistake a person for a family name others share, and declines facts beyond the listing', () => {
    expect(gpt.blocks.some((b) => names(b).includes('Percy Liang'))).toBe(false);
    expect(ask(gpt.index, 'Is Percy Liang an author of any paper in this list?').answer).toMatch(
      /^No: .*"Percy Liang"/,
    );
    for (const q of [
      'which of these papers have been retracted?',
      'Which of these results have been independently reproduced by other groups?',
      'and what did the second reviewer say about it?',
    ])
      expect(ask(distributed.index, q).declined).toBe(true);
    // Neurons are a topic like any other word, not a fact beyond the listing.
    const neurons = drosophila.blocks.filter((b) => /\bneurons?\b/i.test(b.split('\n').slice(1, 8).join(' ')));
    expect(neurons.length).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'which papers mention neurons');
    expect(a.declined).not.toBe(true);
    expect(ids(a.papers)).toEqual(new Set(neurons.map(idOf)));
  });
});
