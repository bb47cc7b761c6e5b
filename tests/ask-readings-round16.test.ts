// Readings found by the sixteenth question round (fixtures/questions/round16: questions written in a
// second language or dictated to a phone): expectations from the raw fixture lines and the raw
// blocks of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, hasDoi, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const DAY = 86_400_000;

describe('questions in a second language or dictated (round 16)', () => {
  it('reads "how much papers is having X", "was sent on seventeen september", "the last day of november"', () => {
    const park = RAW_ENTRIES.filter((e) => e.authors.includes('Jongse Park')).length;
    expect(ask(index, 'how much papers is having jongse park only with the names that are shown').answer).toMatch(
      new RegExp(`: ${park}\\b`),
    );
    const seventeenth = gpt.blocks.filter(
      (b) => /^Submitted 17 September, 2024;/m.test(b) && names(b).length + hidden(b) > 5,
    );
    const a = ask(gpt.index, 'which papers was sent on seventeen september and have more than five authors');
    expect(ids(a.papers)).toEqual(new Set(seventeenth.map(idOf)));
    const last = distributed.blocks.filter((b) => /^Submitted 30 November, 2025;/m.test(b)).length;
    expect(last).toBeGreaterThan(0);
    expect(ask(distributed.index, 'how much papers was sent the last day of november').answer).toMatch(
      new RegExp(`: ${last}\\b`),
    );
  });

  it('reads how soon a paper was revised', () => {
    const soon = drosophila.blocks.filter((b) => {
      const { first, latest } = versionDays(b);
      return latest > first && latest - first < 14 * DAY;
    });
    expect(soon.length).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'which papers got new version in less than two weeks after the first one');
    expect(ids(a.papers)).toEqual(new Set(soon.map(idOf)));
    const late = distributed.blocks.filter((b) => {
      const { first, latest } = versionDays(b);
      return latest - first > 7 * DAY;
    });
    const b = ask(distributed.index, 'which papers have there last version more than seven days after v1');
    expect(ids(b.papers)).toEqual(new Set(late.map(idOf)));
    // The smallest gap of the revised mahajan papers, by hand from the raw dates.
    const gaps = RAW_ENTRIES.filter((e) => e.revised).map((e) => ({
      e,
      d: Date.parse(e.updated) - Date.parse(e.submitted),
    }));
    const least = Math.min(...gaps.map((g) => g.d));
    const fastest = gaps.filter((g) => g.d === least).map((g) => g.e.title);
    const c = ask(index, 'which paper got the last version the most fast after the first version');
    expect(c.papers.map((p) => p.title)).toEqual(fastest);
  });

  it('answers "do all X papers have P" over the papers of X', () => {
    const se = gpt.blocks.filter((b) => categories(b).includes('cs.SE'));
    expect(se.length).toBeGreaterThan(1);
    for (const n of [3, 4]) {
      const all = se.every((b) => names(b).length + hidden(b) >= n);
      const a = ask(gpt.index, `do all cs.SE papers have at least ${n} authors`);
      expect(a.answer, `${n}`).toMatch(all ? /^Yes: all \d+/ : /^No: \d+ papers? of \d+/);
      expect(a.answer).toContain(all ? `all ${se.length} are` : `of ${se.length} `);
    }
    const tang = drosophila.blocks.filter((b) => names(b).includes('Minh Tang'));
    const unrevised = tang.filter((b) => !/v1 submitted/.test(b)).length;
    expect(unrevised).toBeGreaterThan(0);
    expect(ask(drosophila.index, 'all the papers of minh tang are revised').answer).toMatch(
      new RegExp(`^No: ${unrevised} papers? of ${tang.length}\\b`),
    );
  });

  it('reads "more than one author" as more than one, not as a single author', () => {
    const many = distributed.blocks.filter((b) => names(b).length + hidden(b) > 1).length;
    expect(ask(distributed.index, 'papers with more than one author').answer).toMatch(new RegExp(`: ${many}\\b`));
    const econ = distributed.blocks.filter((b) => categories(b).some((c) => c.startsWith('econ.')));
    const shared = econ.some((b) => names(b).length + hidden(b) > 1);
    expect(ask(distributed.index, 'in econ there is some paper with more than one author').answer).toMatch(
      shared ? /^Yes/ : /^No/,
    );
  });

  it('ranks by tables and figures, and picks papers by a field in a superlative', () => {
    const tables = (b: string) => Number(/(\d+) tables?\b/.exec(comments(b))?.[1] ?? -1);
    const most = Math.max(...distributed.blocks.map(tables));
    const top = distributed.blocks.filter((b) => tables(b) === most).map(idOf);
    expect(ids(ask(distributed.index, 'which paper has more tables than all the others').papers)).toEqual(new Set(top));
    const doi = distributed.blocks.filter(hasDoi);
    const first = Math.min(...doi.map((b) => versionDays(b).first));
    const oldest = doi.filter((b) => versionDays(b).first === first).map(idOf);
    const a = ask(distributed.index, 'from the papers that have a doi which one came first on archive');
    expect(ids(a.papers)).toEqual(new Set(oldest));
  });

  it('looks in the abstract when the question says so, and not at names for a topic in lower case', () => {
    const quantization = RAW_ENTRIES.filter((e) => /\bquantization\b/i.test(e.paragraphs.join(' '))).map(
      (e) => e.title,
    );
    expect(quantization.length).toBeGreaterThan(0);
    const a = ask(index, 'show me the papers which abstract is speaking about quantization');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(quantization));
    // "Song" is only a name here (Yiwen Song); no title or abstract says music or songs.
    expect(RAW_ENTRIES.some((e) => /\b(?:music|songs?)\b/i.test(`${e.title} ${e.paragraphs.join(' ')}`))).toBe(false);
    expect(ask(index, 'there is some paper about music or songs in this list').answer).toMatch(/^No\b/);
  });

  it('answers "when was the last version of X" with its latest version, not the newest paper', () => {
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba:'));
    expect(pimba?.revised).toBe(true);
    const [y, m, d] = (pimba?.updated ?? '').split('-').map(Number);
    const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[(m as number) - 1];
    for (const q of ['when was the last version of pimba', "when was pimba's latest version"])
      expect(ask(index, q).answer, q).toContain(`last revised on ${d} ${month} ${y}`);
  });

  it('reads "the first week of december" without a year as the listing\'s December', () => {
    const week = distributed.blocks.filter((b) => {
      const { first } = versionDays(b);
      return first >= Date.UTC(2025, 11, 1) && first <= Date.UTC(2025, 11, 7);
    }).length;
    expect(week).toBeGreaterThan(0);
    expect(ask(distributed.index, 'how many papers in the first week of december').answer).toMatch(
      new RegExp(`: ${week}\\b`),
    );
  });

  it('reads "not more than" and "no fewer than" as bounds, the unit said once', () => {
    const all = (b: string) => names(b).length + hidden(b);
    const between = gpt.blocks.filter((b) => all(b) >= 5 && all(b) <= 8).length;
    expect(ask(gpt.index, 'which papers have at least 5 authors but not more than 8').answer).toMatch(
      new RegExp(`: ${between}\\b`),
    );
    const ten = gpt.blocks.filter((b) => all(b) >= 10).length;
    expect(ask(gpt.index, 'papers with no fewer than 10 authors').answer).toMatch(new RegExp(`: ${ten}\\b`));
  });

  it('reads conditions relative to a named paper: "the same day as NVLM", "more authors than NVLM"', () => {
    const nvlm = gpt.blocks.find((b) => /^NVLM:/m.test(b)) as string;
    const day = /^Submitted (\d+ \w+, \d{4});/m.exec(nvlm)?.[1] as string;
    // The other papers of that day: NVLM itself is the one named.
    const sameDay = gpt.blocks.filter((b) => b !== nvlm && b.includes(`Submitted ${day};`)).map(idOf);
    expect(sameDay.length).toBeGreaterThan(1);
    expect(ids(ask(gpt.index, 'which papers were submitted on the same day as NVLM').papers)).toEqual(new Set(sameDay));
    const all = (b: string) => names(b).length + hidden(b);
    const more = gpt.blocks.filter((b) => all(b) > all(nvlm)).length;
    expect(ask(gpt.index, 'how many papers have more authors than NVLM').answer).toMatch(new RegExp(`: ${more}\\b`));
  });

  it('reads "between 10 and 15 december" and "more than 10 names"', () => {
    const between = distributed.blocks.filter((b) => {
      const { first } = versionDays(b);
      return first >= Date.UTC(2025, 11, 10) && first <= Date.UTC(2025, 11, 15);
    }).length;
    expect(ask(distributed.index, 'which papers were submitted between 10 and 15 december').answer).toMatch(
      new RegExp(`: ${between}\\b`),
    );
    const shown = RAW_ENTRIES.filter((e) => e.authors.length > 10).length;
    expect(ask(index, 'how many papers show more than 10 names').answer).toMatch(new RegExp(`: ${shown}\\b`));
  });

  it('counts people who appear once (also said "on exactly 1 paper"), and declines categories that appear once', () => {
    // One person per name up to case, accents and punctuation ("Stephen M. Plaza" and "Stephen M Plaza").
    const key = (n: string) =>
      n
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z ]/g, '');
    const per = new Map<string, number>();
    for (const b of drosophila.blocks) for (const n of new Set(names(b).map(key))) per.set(n, (per.get(n) ?? 0) + 1);
    const once = [...per.values()].filter((n) => n === 1).length;
    for (const q of ['how many authors appear only once', 'how many authors are on exactly 1 paper'])
      expect(ask(drosophila.index, q).answer, q).toMatch(new RegExp(`^${once} people are on exactly`));
    expect(ask(gpt.index, 'which categories appear only once').declined).toBe(true);
  });

  it('says the copy cannot tell which papers were revised more than once', () => {
    // A copied listing shows a "v1 submitted" date for a revised paper, not how many versions it has.
    const revised = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe') && /v1 submitted/.test(b));
    expect(revised.length).toBeGreaterThan(0);
    expect(ask(drosophila.index, 'which papers by Priebe were revised more than once').answer).toMatch(
      new RegExp(`^No papers .*\\(${revised.length} more papers do not show what is asked, so the listing cannot tell`),
    );
  });

  it('declines ORCIDs, GPU hours, figures of the main text alone and follow-ups', () => {
    for (const [listing, q] of [
      [distributed.index, 'ken birman what is his orcid'],
      [drosophila.index, 'how many gpu hours they needed for train the whole brain locomotion model'],
      [drosophila.index, 'in the paper of balazs pentek how many figures are in the main text'],
      [drosophila.index, 'and that second paper of him in which year it came out'],
    ] as const)
      expect(ask(listing, q).declined, q).toBe(true);
  });
});
