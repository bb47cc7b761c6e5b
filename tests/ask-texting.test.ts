// Questions typed on a phone in texting shorthand ("# of pprs w/ > 5 auths b4 '24 y/n"): spelled
// out before they are read. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, firstYear, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const authors = (b: string) => names(b).length + hidden(b);

describe('texting shorthand', () => {
  it('reads "#", "w/", ">" and "auths" in a count', () => {
    const many = gpt.blocks.filter((b) => authors(b) > 10);
    expect(ask(gpt.index, '# of pprs w/ > 10 auths').answer).toMatch(new RegExp(`: ${many.length}\\.$`));
  });

  it('reads a tag typed without its dot and "pls"', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC') && authors(b) > 5);
    expect(dc.length).toBeGreaterThan(0);
    expect(ids(ask(distributed.index, 'cs dc pprs w/ > 5 auths pls').papers)).toEqual(new Set(dc.map(idOf)));
  });

  it("reads \"'25\" as a year and 'hoe many' as how many", () => {
    const of2025 = drosophila.blocks.filter((b) => firstYear(b) === '2025');
    expect(ask(drosophila.index, "hoe many pprs came out in '25").answer).toMatch(new RegExp(`: ${of2025.length}\\.$`));
  });

  it('answers "r there any … y/n" with a yes or a no', () => {
    const single = RAW_ENTRIES.filter((e) => e.authors.length + e.hidden === 1);
    expect(single).toHaveLength(0);
    expect(ask(fixtureIndex(), 'r there any pprs w/ just 1 auth').answer).toMatch(/^No\b/);
    const lone = drosophila.blocks.filter((b) => authors(b) === 1);
    expect(ids(ask(drosophila.index, 'can u list the pprs w/ only 1 auth').papers)).toEqual(new Set(lone.map(idOf)));
  });

  it('reads "ppl on > 4 pprs hear" as the people on more than 4 papers here', () => {
    const counts = new Map<string, number>();
    for (const b of drosophila.blocks) for (const n of names(b)) counts.set(n, (counts.get(n) ?? 0) + 1);
    const busy = [...counts].filter(([, k]) => k > 4).map(([n]) => n);
    expect(busy.length).toBeGreaterThan(1);
    const a = ask(drosophila.index, 'ppl on > 4 pprs hear');
    for (const n of busy) expect(a.answer).toContain(n);
  });

  it('answers both parts of "# of pprs by X + which 1 is newest"', () => {
    const his = gpt.blocks.filter((b) => names(b).includes('Wei Xiong'));
    const a = ask(gpt.index, '# of pprs by wei xiong + which 1 is newest');
    expect(a.parts).toHaveLength(2);
    expect(a.parts?.[0]?.answer).toContain(`: ${his.length}.`);
  });

  it('declines a follow-up typed as "k thx, n what abt 2023 then"', () => {
    expect(ask(fixtureIndex(), 'k thx, n what abt 2023 then').declined).toBe(true);
  });

  it('keeps "EM data" and "the 1st through the 15th" as written', () => {
    expect(ask(drosophila.index, 'papers about electron microscopy or EM data?').understood).toContain('EM');
    const [from, to] = [Date.UTC(2024, 8, 1), Date.UTC(2024, 8, 15)];
    const half = gpt.blocks.filter((b) => versionDays(b).first >= from && versionDays(b).first <= to);
    expect(
      ask(gpt.index, 'how many were submitted in the first half of september, so the 1st through the 15th').answer,
    ).toMatch(new RegExp(`: ${half.length}\\.$`));
  });

  it('reads "pps", "pp" and "auth" as papers, a paper and authors', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const oldest = Math.min(...dc.map((b) => versionDays(b).first));
    const a = ask(distributed.index, 'oldest cs.dc pp');
    expect(a.papers.map((p) => p.arxivId)).toEqual(dc.filter((b) => versionDays(b).first === oldest).map(idOf));
    const enubet = distributed.blocks.find((b) => /ENUBET/.test(b)) as string;
    expect(ask(distributed.index, 'how many auth on enubet').answer).toContain(
      `${names(enubet).length + hidden(enubet)} authors`,
    );
  });

  it('reads "pgs", "pre 2018", "w 1 auth" and "ppl on them"', () => {
    const priebe = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const before = priebe.filter((b) => versionDays(b).first < Date.UTC(2018, 0, 1));
    expect(ids(ask(drosophila.index, 'priebe pps pre 2018').papers)).toEqual(new Set(before.map(idOf)));
    const ma = distributed.blocks.filter((b) => categories(b).includes('cs.MA') && authors(b) === 1);
    expect(ids(ask(distributed.index, 'cs.ma pps w 1 auth').papers)).toEqual(new Set(ma.map(idOf)));
    const big = distributed.blocks.filter((b) => authors(b) > 25).length;
    expect(ask(distributed.index, '# of pps w more than 25 ppl on them').answer).toMatch(new RegExp(`: ${big}\\b`));
    expect(ask(distributed.index, 'any pps w 100+ pgs').answer).toMatch(/^Yes\b/);
  });
});
