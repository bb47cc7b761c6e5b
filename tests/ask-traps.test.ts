// Questions asked to catch the bot out, where a careless reading states a false fact: "which paper
// has no authors" (every paper has some), "is X the last author on all his papers" (over all of X's
// papers, not only those where X is last). Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, comments, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const mahajan = fixtureIndex();
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');

/** The listed page count of a block's comments ("12 pages", "13+7 pages" counts 13), if any. */
const pages = (b: string): number | undefined => {
  const m = /(\d+)(?:\+\d+)?\s*pages/i.exec(comments(b));
  return m ? Number(m[1]) : undefined;
};

describe('papers that lack what every paper has', () => {
  it('finds no paper without authors or a title, however it is asked', () => {
    expect(RAW_ENTRIES.every((e) => e.authors.length > 0 && e.title.length > 0)).toBe(true);
    for (const q of [
      'which paper has no authors',
      'papers with zero authors',
      'papers with 0 authors',
      'which paper has no title',
    ]) {
      const a = ask(mahajan, q);
      expect(a.papers, q).toEqual([]);
      expect(a.answer, q).toMatch(/^No papers without/);
    }
    expect(ask(distributed.index, 'how many papers have no authors listed').answer).toMatch(/: 0\b/);
  });

  it('reads "zero comments" as papers without comments', () => {
    const none = distributed.blocks.filter((b) => comments(b) === '').length;
    expect(ask(distributed.index, 'how many papers have zero comments').answer).toContain(`: ${none}`);
  });
});

describe("a place claimed on all of a person's papers", () => {
  it("ranges over all the person's papers, not only those at that place", () => {
    const his = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const last = his.filter((b) => names(b).at(-1) === 'Carey E. Priebe' && !/additional authors/.test(b));
    expect(last.length).toBeLessThan(his.length);
    const a = ask(drosophila.index, 'is Carey Priebe the last author on all his papers');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.answer).toContain(`of ${his.length}`);
  });
});

describe('"the only one" checked against all that fit', () => {
  it('says No when the person has another paper', () => {
    const verma = gpt.blocks.filter((b) => names(b).includes('Prateek Verma'));
    expect(verma.length).toBeGreaterThan(1);
    const a = ask(gpt.index, 'WaveletGPT is the only paper by Prateek Verma here, correct?');
    expect(a.answer).toMatch(/^No\b/);
    expect(ids(a.papers)).toEqual(new Set(verma.map((b) => /^arXiv:(\S+)/.exec(b)?.[1])));
  });

  it("says No when another person's paper is also single-author", () => {
    const alone = drosophila.blocks.filter((b) => names(b).length === 1 && !/additional authors/.test(b));
    expect(alone.length).toBeGreaterThan(1);
    const a = ask(drosophila.index, "robert worden's is the only single-author paper, isn't it");
    expect(a.answer).toMatch(/^No\b/);
    expect(a.papers).toHaveLength(alone.length);
  });
});

describe('a bound said on a page count', () => {
  it('reads "a page count of more than 40" as more than 40 pages', () => {
    const over = drosophila.blocks.filter((b) => (pages(b) ?? 0) > 40).length;
    expect(over).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'how many papers give a page count of more than 40');
    expect(a.answer).toMatch(new RegExp(`: ${over}\\b`));
  });
});

describe('two counts compared as a yes or no', () => {
  it('says No when a person has as many papers in both years', () => {
    const divyat = RAW_ENTRIES.filter((e) => e.authors.includes('Divyat Mahajan'));
    const inYear = (y: string) => divyat.filter((e) => e.submitted.startsWith(y)).length;
    const a = ask(mahajan, 'did divyat mahajan put out more papers in 2024 than in 2022? first versions, names shown');
    expect(a.answer).toMatch(inYear('2024') > inYear('2022') ? /^Yes\b/ : /^No\b/);
    expect(a.answer).toContain(`2024: ${inYear('2024')}`);
  });

  it('compares two people by their papers, not whether they wrote together', () => {
    const count = (name: string) => RAW_ENTRIES.filter((e) => e.authors.includes(name)).length;
    const a = ask(mahajan, 'did Divya Mahajan write more papers than Dhruv Mahajan');
    expect(a.answer).toMatch(count('Divya Mahajan') > count('Dhruv Mahajan') ? /^Yes\b/ : /^No\b/);
    expect(a.answer).toContain(`${count('Divya Mahajan')}`);
  });
});

describe('a place claimed on both papers two people share', () => {
  it('says No when one of them is last on only one of their papers', () => {
    const both = gpt.blocks.filter((b) => names(b).includes('Song Wang') && names(b).includes('Hadi Hemmati'));
    const last = both.filter((b) => names(b).at(-1) === 'Song Wang');
    expect(last.length).toBeLessThan(both.length);
    const a = ask(gpt.index, 'is Song Wang the last author on both of the papers he and Hadi Hemmati wrote');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.answer).not.toMatch(/wrote \d+ papers? together/);
  });
});

describe('what the listing cannot say', () => {
  it('declines where co-authors are based, and where code is when no link is shown', () => {
    expect(ask(mahajan, "how many of divya mahajan's coauthors are based in korea").declined).toBe(true);
    expect(ask(mahajan, 'where can i get the code for Flashlight').declined).toBe(true);
    expect(ask(gpt.index, 'From Lists to Emojis got into which conference?').declined).toBe(true);
  });
});

describe('words that change what is counted', () => {
  it('reads "five-author papers" as exactly five authors', () => {
    const five = gpt.blocks.filter((b) => names(b).length === 5 && !/additional authors/.test(b)).length;
    expect(ask(gpt.index, 'FIVE-AUTHOR PAPERS, HOW MANY??').answer).toMatch(new RegExp(`: ${five}\\b`));
  });

  it('does not read a short real word as a one-letter typo of another ("sport" as "short")', () => {
    const a = ask(mahajan, 'is there anything here on sport or athletes at all?');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.papers).toEqual([]);
  });

  it('turns "never wrote together" around rather than list co-authors', () => {
    const both = drosophila.blocks.filter(
      (b) => names(b).includes('Albert Cardona') && names(b).includes('Marta Zlatic'),
    );
    expect(both.length).toBeGreaterThan(0);
    const a = ask(drosophila.index, 'so albert cardona and marta zlatic never wrote anything together?');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.papers).toHaveLength(both.length);
  });

  it('declines a follow-up whose people and time only an earlier question named', () => {
    expect(ask(distributed.index, 'and what did they work on before that').declined).toBe(true);
  });
});

describe('ACM and MSC classes as written', () => {
  it('finds the paper of a class code, and none with another class', () => {
    const acm = gpt.blocks.filter((b) => /^ACM Class:/m.test(b));
    const coded = acm.filter((b) => /^ACM Class:.*\bI\.2\.0\b/m.test(b));
    expect(ids(ask(gpt.index, 'papers with ACM class I.2.0').papers)).toEqual(
      new Set(coded.map((b) => /^arXiv:(\S+)/.exec(b)?.[1])),
    );
    const other = ask(gpt.index, 'which papers have an ACM class other than I.2.0');
    expect(other.papers).toHaveLength(acm.length - coded.length);
  });

  it('reads "link to the NVLM code" as its code link, which is not shown', () => {
    expect(ask(gpt.index, 'link to the NVLM code?').declined).toBe(true);
  });
});

describe('round 40 and 41 readings', () => {
  it('says No to "is X on all the stat.me ones" when one is not theirs', () => {
    const me = drosophila.blocks.filter((b) => categories(b).includes('stat.ME'));
    const theirs = me.filter((b) => names(b).includes('Youngser Park'));
    expect(theirs.length).toBeLessThan(me.length);
    expect(ask(drosophila.index, 'is youngser park on all the stat.me ones').answer).toMatch(/^No\b/);
  });

  it("checks a person's claimed number of papers after words about the piece", () => {
    const n = drosophila.blocks.filter((b) => names(b).includes('Youngser Park')).length;
    const a = ask(
      drosophila.index,
      `piece on the Priebe group: youngser park co-authored ${n === 8 ? 'eight' : n} papers in this listng - ok?`,
    );
    expect(a.answer).toMatch(/^Yes\b/);
  });

  it('reads "from nov" as November, and declines whether a paper proves a claim', () => {
    const dc = distributed.blocks.filter(
      (b) => categories(b).includes('cs.DC') && new Date(versionDays(b).first).getUTCMonth() === 10,
    );
    expect(ids(ask(distributed.index, 'cs.dc pps from nov').papers)).toEqual(new Set(dc.map(idOf)));
    const a = ask(
      mahajan,
      'my draft says Flashlight proves compilers can fully replace hand-written attention kernels. does the paper prove that?',
    );
    expect(a.declined).toBe(true);
  });
});

describe('two-part phone questions and later-date revisions', () => {
  it('asks "which ones r cs.se" and "which is newest" of the first part\'s papers', () => {
    const day = Date.parse('18 Sep 2024 UTC');
    const se = gpt.blocks.filter((b) => versionDays(b).first === day && categories(b).includes('cs.SE'));
    const a = ask(gpt.index, 'how many pps on the 18th n which ones r cs.se');
    expect(ids(a.parts?.[1]?.papers ?? [])).toEqual(new Set(se.map(idOf)));
    const nc = drosophila.blocks.filter((b) => categories(b).includes('q-bio.NC'));
    const newest = Math.max(...nc.map((b) => versionDays(b).first));
    const b = ask(drosophila.index, 'how many q-bio.nc n which is newest');
    expect(ids(b.parts?.[1]?.papers ?? [])).toEqual(
      new Set(nc.filter((x) => versionDays(x).first === newest).map(idOf)),
    );
  });

  it('counts "revised on a later date" without same-day second versions', () => {
    const later = distributed.blocks.filter((b) => versionDays(b).latest > versionDays(b).first).length;
    const a = ask(
      distributed.index,
      'how many of these have been updated since they first went up, i.e. revised on a later date?',
    );
    expect(a.answer).toMatch(new RegExp(`: ${later}\\b`));
  });
});

describe('words about the listing are not topics', () => {
  it('reads "when was the last paper added" as the newest first version, not papers about "added"', () => {
    const newest = Math.max(...gpt.blocks.map((b) => versionDays(b).first));
    const a = ask(gpt.index, 'when was the last paper added');
    expect(ids(a.papers)).toEqual(new Set(gpt.blocks.filter((b) => versionDays(b).first === newest).map(idOf)));
  });
});

describe('download formats and class lines', () => {
  it('declines the download formats rather than counting none', () => {
    const a = ask(drosophila.index, 'how many papers are offered only as [pdf], without ps or other formats?');
    expect(a.declined).toBe(true);
  });

  it('reads "MSC classes" as the field of the paper named', () => {
    const b = gpt.blocks.find((b) => /^MSC Class:/m.test(b)) as string;
    const msc = /^MSC Class:\s*(.*)$/m.exec(b)?.[1] ?? '';
    expect(ask(gpt.index, 'What MSC classes does the political content text-annotation paper carry?').answer).toContain(
      msc,
    );
  });
});
