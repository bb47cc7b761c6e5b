// Several conditions in one sentence, as a meticulous analyst writes them (question round 32):
// "1 January 2024 or later", "(exclusive)", "primary-cs.CL", "a page count in its Comments",
// "a revision after the first version", "accepted to X". Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, firstYear, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

const pagesStated = (b: string) => /\b\d+\s*pages?\b/i.test(comments(b));
const revised = (b: string) => /v1 submitted/.test(b);

describe('dates said with their ends', () => {
  it('reads "before 1 January 2020 (exclusive)" and "dated 1 January 2020 or later" without a stray topic', () => {
    const early = drosophila.blocks
      .filter((b) => names(b).includes('Carey E. Priebe') && Number(firstYear(b)) < 2020)
      .filter((b) => categories(b).includes('stat.ML') && revised(b))
      .map(idOf);
    const a = ask(
      drosophila.index,
      'Which papers show Carey E. Priebe among the authors, were first submitted before 1 January 2020 (exclusive), carry a stat.ML tag (primary or cross-list), and were revised?',
    );
    expect(ids(a.papers)).toEqual(new Set(early));
    const late = drosophila.blocks.filter(
      (b) =>
        !categories(b).includes('stat.ML') &&
        names(b).length > 4 &&
        revised(b) &&
        versionDays(b).latest >= Date.parse('2020-01-01T00:00:00Z'),
    ).length;
    expect(
      ask(
        drosophila.index,
        'How many papers have no stat.ML tag, more than 4 authors, at least one revision, and a latest version dated 1 January 2020 or later?',
      ).answer,
    ).toContain(`: ${late}.`);
  });
});

describe('categories and comments in compact words', () => {
  it('reads "primary-cs.CL", "cs.LG-primary" and "a page count in its Comments"', () => {
    const cl = gpt.blocks
      .filter((b) => categories(b)[0] === 'cs.CL' && !comments(b) && names(b).length >= 5)
      .filter((b) => {
        const d = versionDays(b).first;
        return d >= Date.parse('2024-09-15T00:00:00Z') && d <= Date.parse('2024-09-17T00:00:00Z');
      })
      .map(idOf);
    const a = ask(
      gpt.index,
      'Which primary-cs.CL papers were first submitted between 15 and 17 September 2024 (both days included), have at least 5 authors, and carry no Comments line?',
    );
    expect(ids(a.papers)).toEqual(new Set(cl));
    const se = gpt.blocks.filter(
      (b) =>
        categories(b)[0] === 'cs.SE' &&
        names(b).length > 4 &&
        pagesStated(b) &&
        versionDays(b).first >= Date.parse('2024-09-17T00:00:00Z'),
    );
    const yes = ask(
      gpt.index,
      'Is there a primary cs.SE paper first submitted on or after 17 September 2024 with more than 4 authors and a page count in its Comments?',
    );
    expect(yes.answer.startsWith(se.length ? 'Yes' : 'No')).toBe(true);
  });

  it('does not call a paper its comments only say was submitted "accepted"', () => {
    const submitted = distributed.blocks.filter((b) => /submitted to VLDB 2026/i.test(comments(b)));
    expect(submitted.length).toBeGreaterThan(0);
    const a = ask(distributed.index, 'which papers were accepted at VLDB 2026');
    for (const b of submitted) expect(ids(a.papers).has(idOf(b))).toBe(false);
  });
});
