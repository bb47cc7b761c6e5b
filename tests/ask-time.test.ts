// Time said relative to papers and to the listing ("within 5 days of X", "the week before X",
// "between the first versions of A and B", "closest in time to X", "the 10 days up to the listing's
// newest date", a paper's weekday, days from first to latest version). Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const DAY = 86_400_000;
const first = (b: string) => versionDays(b).first;
const byTitle = (blocks: readonly string[], words: string) => blocks.find((b) => titleOf(b).includes(words)) ?? '';

describe('periods around a paper', () => {
  it('reads "within N days of X" as the days either side, X itself left out', () => {
    const lease = byTitle(distributed.blocks, 'LeaseGuard');
    const near = distributed.blocks
      .filter((b) => b !== lease && Math.abs(first(b) - first(lease)) <= 3 * DAY)
      .map(idOf);
    expect(ids(ask(distributed.index, "papers within 3 days of LeaseGuard's first version").papers)).toEqual(
      new Set(near),
    );
  });

  it('reads "the week before X" as the seven days before its day', () => {
    const lease = byTitle(distributed.blocks, 'LeaseGuard');
    const week = distributed.blocks
      .filter((b) => first(b) >= first(lease) - 7 * DAY && first(b) < first(lease))
      .map(idOf);
    expect(ids(ask(distributed.index, 'papers first submitted the week before LeaseGuard').papers)).toEqual(
      new Set(week),
    );
  });

  it('reads "between the first versions of A and B" as the days strictly between', () => {
    const a = byTitle(distributed.blocks, 'LeaseGuard');
    const b = byTitle(distributed.blocks, 'WOC:');
    const between = distributed.blocks.filter((x) => first(x) > first(a) && first(x) < first(b)).map(idOf);
    expect(ids(ask(distributed.index, 'papers between the first versions of LeaseGuard and WOC').papers)).toEqual(
      new Set(between),
    );
  });
});

describe('answers from the dates alone', () => {
  it('names the paper closest in time to another, with its distance in days', () => {
    const ccc = byTitle(drosophila.blocks, 'Common Connectome Constraints');
    const others = drosophila.blocks.filter((b) => b !== ccc);
    const best = Math.min(...others.map((b) => Math.abs(first(b) - first(ccc))));
    const tied = others.filter((b) => Math.abs(first(b) - first(ccc)) === best).map(idOf);
    const a = ask(drosophila.index, 'Which paper came out closest in time to Common Connectome Constraints?');
    expect(ids(a.papers)).toEqual(new Set(tied));
    expect(a.answer).toContain(`${best / DAY} days`);
  });

  it("gives a paper's weekday and its days from first to latest version", () => {
    const nvlm = byTitle(gpt.blocks, 'NVLM');
    const day = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
      new Date(first(nvlm)).getUTCDay()
    ];
    expect(ask(gpt.index, 'On what weekday was NVLM first submitted?').answer).toContain(`a ${day} `);
    const bsi = byTitle(distributed.blocks, 'Boltzmann-Shannon');
    const gap = (versionDays(bsi).latest - first(bsi)) / DAY;
    expect(
      ask(
        distributed.index,
        'How many days passed between the first and the latest version of the Boltzmann-Shannon Index paper?',
      ).answer,
    ).toMatch(new RegExp(`^${gap} days`));
  });

  it('counts papers revised more than N days after their first version', () => {
    const late = distributed.blocks.filter((b) => versionDays(b).latest - first(b) > 7 * DAY).length;
    expect(
      ask(distributed.index, 'count the papers whose latest version is dated more than 7 days after their v1').answer,
    ).toContain(`: ${late}`);
  });
});

describe("the listing's newest date", () => {
  it('is the last day of "the N days up to the listing\'s newest date"', () => {
    const newest = Math.max(...drosophila.blocks.map((b) => versionDays(b).latest));
    const recent = drosophila.blocks.filter((b) => first(b) > newest - 80 * DAY);
    const firsts = new Set(recent.map((b) => names(b)[0]));
    const a = ask(
      drosophila.index,
      "who first-authored the papers first submitted in the 80 days up to the listing's newest date",
    );
    for (const n of firsts) expect(a.answer).toContain(n as string);
  });
});
