// Readings found by the eighteenth question round (fixtures/questions/round18: a journal club asking
// about named papers): expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const byId = (listing: { blocks: string[] }, id: string) => listing.blocks.find((b) => idOf(b) === id) as string;
const revised = (b: string) => /v1 submitted/.test(b);

describe('a journal club (round 18)', () => {
  it('reads "it" as the paper named in the sentence before', () => {
    const wavelet = gpt.blocks.find((b) => b.includes('\nWaveletGPT:')) as string;
    const day = versionDays(wavelet).latest;
    const same = gpt.blocks.filter((b) => b !== wavelet && versionDays(b).latest === day).map(idOf);
    const a = ask(gpt.index, 'WaveletGPT is on my list. What other paper was submitted on the same day as it?');
    expect(ids(a.papers)).toEqual(new Set(same));
  });

  it('says whether either of two papers was revised, and picks the revised one', () => {
    const [a, b] = [byId(drosophila, '1409.1892'), byId(drosophila, '1409.1801')];
    expect(ask(drosophila.index, 'Of 1409.1892 and 1409.1801, was either one revised?').answer).toMatch(
      revised(a) || revised(b) ? /^Yes/ : /^No/,
    );
    const lease = distributed.blocks.find((b) => b.includes('\nLeaseGuard:')) as string;
    const woc = distributed.blocks.find((b) => b.includes('\nWOC:')) as string;
    expect(revised(lease)).not.toBe(revised(woc));
    const last = names(revised(lease) ? lease : woc).at(-1) as string;
    expect(
      ask(distributed.index, 'Who is the last author of whichever of LeaseGuard and WOC was revised?').answer,
    ).toContain(last);
  });

  it('dates the later of two named papers, and counts a named paper in when asked to', () => {
    const [moe, vec] = [
      RAW_ENTRIES.find((e) => e.title.startsWith('MoETuner')),
      RAW_ENTRIES.find((e) => e.title.startsWith('VectorLiteRAG')),
    ];
    const earlier = (moe?.submitted ?? '') < (vec?.submitted ?? '') ? moe : vec;
    const [y, m, d] = (earlier?.submitted ?? '').split('-').map(Number);
    const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[(m as number) - 1];
    expect(
      ask(index, 'MoETuner or VectorLiteRAG: on what date was the earlier of the two first submitted?').answer,
    ).toContain(`${d} ${month} ${y}`);
    const bench = drosophila.blocks.find((b) => b.includes('\nConnectomeBench:')) as string;
    const primary = categories(bench)[0] as string;
    const same = drosophila.blocks.filter((b) => categories(b)[0] === primary);
    const perYear = new Map<string, number>();
    for (const b of same) {
      const year = String(new Date(versionDays(b).first).getUTCFullYear());
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    const a = ask(
      drosophila.index,
      "Break down the papers that share ConnectomeBench's primary category by year of first submission, ConnectomeBench included.",
    );
    for (const [year, n] of perYear) expect(a.answer).toContain(`${year}: ${n}`);
  });

  it('cannot tell whether an unlisted name with an inner capital wrote a paper of a listing that hides authors', () => {
    // The raw lines: no shown name is Yann LeCun, and some entries end "et al. (N additional authors not shown)".
    expect(RAW_ENTRIES.some((e) => e.authors.includes('Yann LeCun'))).toBe(false);
    expect(RAW_ENTRIES.some((e) => e.hidden > 0)).toBe(true);
    expect(ask(index, 'is Yann LeCun an author in this list').answer).toMatch(/^The listing cannot tell/);
  });

  it('declines weeks', () => {
    expect(ask(distributed.index, 'how many papers per week in december').declined).toBe(true);
  });

  it('reads "in cs.CL only" and "exactly one cross-list", and declines a sum over papers', () => {
    const only = gpt.blocks.filter((b) => categories(b).length === 1 && categories(b)[0] === 'cs.CL').length;
    expect(ask(gpt.index, 'how many papers are in cs.CL only').answer).toMatch(new RegExp(`: ${only}\\b`));
    const oneCross = distributed.blocks.filter((b) => categories(b).length === 2).length;
    expect(ask(distributed.index, 'how many papers have exactly one cross-list').answer).toMatch(
      new RegExp(`: ${oneCross}\\b`),
    );
    expect(ask(distributed.index, 'what is the total number of pages of all papers').declined).toBe(true);
  });
});
