// Readings found by the seventeenth question round (fixtures/questions/round17: a careful tester of
// boundaries, negations, ties and places): expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const all = (b: string) => names(b).length + hidden(b);

describe('a careful tester (round 17)', () => {
  it('keeps the negation after "never revised": not by the person, not revised', () => {
    for (const q of ['papers not revised and not in stat.ME', 'papers not in stat.ME and not revised'])
      expect(ids(ask(drosophila.index, q).papers), q).toEqual(
        new Set(
          drosophila.blocks.filter((b) => !/v1 submitted/.test(b) && !categories(b).includes('stat.ME')).map(idOf),
        ),
      );
    const a = ask(
      drosophila.index,
      'Which papers were never revised and do not have Carey E. Priebe among their authors?',
    );
    expect(ids(a.papers)).toEqual(
      new Set(
        drosophila.blocks.filter((b) => !/v1 submitted/.test(b) && !names(b).includes('Carey E. Priebe')).map(idOf),
      ),
    );
  });

  it('reads "not in X at all", "only as a cross-list", "whether as primary or as a cross-list"', () => {
    const notNC = drosophila.blocks.filter((b) => !categories(b).includes('q-bio.NC'));
    const perPrimary = new Map<string, number>();
    for (const b of notNC)
      perPrimary.set(categories(b)[0] as string, (perPrimary.get(categories(b)[0] as string) ?? 0) + 1);
    const a = ask(
      drosophila.index,
      'Break down the papers that are not in q-bio.NC at all (neither primary nor cross-listed) by primary category.',
    );
    for (const [code, n] of perPrimary) expect(a.answer).toContain(`${code}: ${n}`);
    expect(a.answer).toContain(`(${notNC.length} in all)`);
    const crossLG = distributed.blocks.filter((b) => categories(b).slice(1).includes('cs.LG'));
    const b = ask(distributed.index, 'how many papers carry cs.LG only as a cross-list');
    expect(b.answer).toMatch(new RegExp(`: ${crossLG.length}\\b`));
  });

  it('asks "does every paper with more than 8 authors carry a cs.AI tag" of those papers', () => {
    const big = gpt.blocks.filter((b) => all(b) > 8);
    const yes = big.every((b) => categories(b).includes('cs.AI'));
    expect(
      ask(gpt.index, 'Does every paper with more than 8 authors carry a cs.AI tag, primary or cross-listed?').answer,
    ).toMatch(yes ? new RegExp(`^Yes: all ${big.length}`) : /^No/);
  });

  it('reads bounds said in words: "or later", "on or before that day", a unit said once', () => {
    const before2020 = drosophila.blocks.filter((b) => {
      const { first, latest } = versionDays(b);
      return first < Date.UTC(2020, 0, 1) && latest >= Date.UTC(2020, 0, 1);
    }).length;
    expect(
      ask(drosophila.index, 'How many papers first submitted before 2020 have a latest version from 2020 or later?')
        .answer,
    ).toMatch(new RegExp(`: ${before2020}\\b`));
    const day = Date.UTC(2024, 8, 15);
    const strictly = gpt.blocks.filter((b) => versionDays(b).latest < day).length;
    const orOn = gpt.blocks.filter((b) => versionDays(b).latest <= day).length;
    const a = ask(
      gpt.index,
      'How many papers were submitted before 15 September 2024, and how many on or before that day?',
    );
    expect(a.parts?.map((p) => p.answer)).toEqual([
      expect.stringMatching(new RegExp(`: ${strictly}\\b`)),
      expect.stringMatching(new RegExp(`: ${orOn}\\b`)),
    ]);
    const three = drosophila.blocks.filter((b) => all(b) < 3).length;
    const b = ask(drosophila.index, 'How many papers have at most 3 authors, and how many have fewer than 3?');
    expect(b.parts?.[1]?.answer).toMatch(new RegExp(`: ${three}\\b`));
  });

  it('leaves a named paper out, and counts papers with as many authors as it', () => {
    const flashlight = RAW_ENTRIES.find((e) => e.title.startsWith('Flashlight:'));
    const n = (flashlight?.authors.length ?? 0) + (flashlight?.hidden ?? 0);
    const others = RAW_ENTRIES.filter((e) => e !== flashlight && e.authors.length + e.hidden === n).length;
    expect(
      ask(index, 'Apart from Flashlight itself, how many papers have exactly as many authors as Flashlight?').answer,
    ).toMatch(new RegExp(`: ${others}\\b`));
  });

  it('says whether two named papers share an author, and cannot tell when one hides authors', () => {
    const a = ask(
      distributed.index,
      'Do the ENUBET Micromegas paper and the Solitons paper have any author in common?',
    );
    expect(a.answer).toMatch(/^The listing cannot tell/);
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    const neupims = RAW_ENTRIES.find((e) => e.title.startsWith('NeuPIMs:'));
    const both = pimba?.authors.filter((n) => neupims?.authors.includes(n)) ?? [];
    expect(both.length).toBeGreaterThan(0);
    const b = ask(index, 'does Pimba share an author with NeuPIMs');
    for (const name of both) expect(b.answer).toContain(name);
  });

  it('goes by the names shown for counts of authors when asked to', () => {
    const shown = RAW_ENTRIES.filter((e) => e.authors.length > 25).length;
    expect(
      ask(index, 'Going only by the names that are shown, how many papers have more than 25 authors?').answer,
    ).toMatch(new RegExp(`: ${shown}\\b`));
  });

  it('lists the same papers whatever order is asked for ("in chronological order", "oldest first")', () => {
    const tang = drosophila.blocks.filter((b) => names(b).includes('Minh Tang')).map(idOf);
    for (const q of ['list the papers by Minh Tang in chronological order', 'papers by Minh Tang, oldest first'])
      expect(ids(ask(drosophila.index, q).papers), q).toEqual(new Set(tang));
  });

  it('declines calendar comparisons, positions over a person\'s papers, and "its" with nothing before', () => {
    for (const [listing, q] of [
      [index, 'Was any paper revised within the same calendar month as its first version?'],
      [gpt.index, 'Who has two papers here but is the last author on neither of them?'],
      [index, 'When was its latest version submitted?'],
      [gpt.index, 'Which of these papers would you leave off a reading list?'],
      [drosophila.index, 'Which of these papers were never peer reviewed?'],
    ] as const)
      expect(ask(listing, q).declined, q).toBe(true);
  });
});
