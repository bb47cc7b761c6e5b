// Everyday wordings tried on the four listings: a category "only", family names in the plural,
// a shared family name settled by the person it wrote with. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');

describe('a category and nothing else', () => {
  it('reads "only in cs.CL", "just in", "solely in quant-ph" and "quant-ph only" as that one tag', () => {
    const only = (l: typeof gpt, tag: string) =>
      new Set(l.blocks.filter((b) => categories(b).join(' ') === tag).map(idOf));
    const cl = only(gpt, 'cs.CL');
    expect(cl.size).toBeGreaterThan(0);
    expect(cl.size).toBeLessThan(gpt.blocks.filter((b) => categories(b).includes('cs.CL')).length);
    for (const q of ['which papers are only in cs.CL', 'how many papers are just in cs.CL?'])
      expect(ids(ask(gpt.index, q).papers), q).toEqual(cl);
    const quant = only(distributed, 'quant-ph');
    for (const q of ['which papers are solely in quant-ph', 'quant-ph only papers'])
      expect(ids(ask(distributed.index, q).papers), q).toEqual(quant);
  });
});

describe('family names in the plural', () => {
  const mahajans = [...new Set(RAW_ENTRIES.flatMap((e) => e.authors).filter((n) => /\bMahajan$/.test(n)))];

  it('counts the people of a family name, lower case too', () => {
    expect(mahajans.length).toBeGreaterThan(2);
    for (const q of ['how many Mahajans are there', 'how many mahajans are there?']) {
      const a = ask(fixtureIndex(), q);
      expect(a.answer, q).toContain(`${mahajans.length} different people named Mahajan`);
      for (const n of mahajans) expect(a.answer, q).toContain(n);
    }
    const wang = [...new Set(gpt.blocks.flatMap(names).filter((n) => /\bWang$/.test(n)))];
    expect(ask(gpt.index, 'how many Wangs are there').answer).toContain(`${wang.length} different people named Wang`);
  });

  it('reads "papers by Mahajans" as the papers of any of them', () => {
    const by = RAW_ENTRIES.filter((e) => e.authors.some((n) => /\bMahajan$/.test(n)));
    const a = ask(fixtureIndex(), 'how many papers by Mahajans');
    expect(a.answer).toMatch(new RegExp(`^Papers by Mahajan: ${by.length}\\b`));
  });

  it('leaves a plural that is no family name of several people as a word', () => {
    expect(ask(gpt.index, 'how many papers mention GPUs').understood).toContain('"GPUs"');
  });
});

describe('a family name several people share, beside a coauthor', () => {
  it('is the one of them who wrote with the other person', () => {
    const joint = drosophila.blocks.filter((b) => {
      const n = names(b);
      return n.some((x) => x.endsWith('Priebe')) && n.some((x) => x.endsWith('Vogelstein'));
    });
    const who = new Set(joint.flatMap(names).filter((n) => n.endsWith('Vogelstein')));
    expect(who.size).toBe(1);
    const a = ask(drosophila.index, 'list all papers by Priebe and Vogelstein together');
    expect(ids(a.papers)).toEqual(new Set(joint.map(idOf)));
    expect(a.understood).toContain([...who][0]);
    const tang = drosophila.blocks.filter(
      (b) => names(b).some((n) => n.endsWith(' Tang')) && names(b).some((n) => n.endsWith('Lyzinski')),
    );
    const said = ask(drosophila.index, 'tang & lyzinski co-authored?');
    expect(said.answer).toMatch(new RegExp(`^Yes: .* wrote ${tang.length} papers together`));
    expect(ids(said.papers)).toEqual(new Set(tang.map(idOf)));
    // Alone, the name is still asked about.
    expect(ask(drosophila.index, 'papers by Vogelstein').declined).toBe(true);
  });
});

describe('coauthors of a person when some papers hide authors', () => {
  it('counts the coauthors shown and says how many papers could hold more', () => {
    const his = RAW_ENTRIES.filter((e) => e.authors.includes('Divyat Mahajan'));
    const coauthors = new Set(his.flatMap((e) => e.authors).filter((n) => n !== 'Divyat Mahajan'));
    const cut = RAW_ENTRIES.filter((e) => e.hidden > 0 && !e.authors.includes('Divyat Mahajan'));
    expect(cut.length).toBeGreaterThan(0);
    const a = ask(fixtureIndex(), 'how many coauthors does Divyat Mahajan have');
    expect(a.answer).toContain(`has ${coauthors.size} distinct coauthors`);
    expect(a.answer).toContain(`${cut.length} more papers hide part of their authors`);
  });
});

describe("a paper's categories", () => {
  it('reads "what are the categories of MMSearch" as that paper\'s tags, not a count per category', () => {
    const block = gpt.blocks.find((b) => /^MMSearch:/m.test(b)) as string;
    const [primary, ...cross] = categories(block);
    const a = ask(gpt.index, 'what are the categories of MMSearch');
    expect(a.answer).toContain(`is in ${primary} (primary)`);
    for (const c of cross) expect(a.answer).toContain(c);
    expect(a.answer).not.toMatch(/per category/);
  });
});

describe('shares and words of the comments, said another way', () => {
  it('reads "what percent of" as a share of the listing', () => {
    const nc = drosophila.blocks.filter((b) => categories(b).includes('q-bio.NC'));
    const a = ask(drosophila.index, 'what percent of the papers are in q-bio.NC');
    const pct = Math.round((nc.length / drosophila.blocks.length) * 1000) / 10;
    expect(a.answer).toContain(`${nc.length} of the ${drosophila.blocks.length} papers in the listing (${pct}%)`);
  });

  it('reads "have figures listed in comments" as the word in the comments', () => {
    const withWord = drosophila.blocks.filter((b) => /^Comments:.*\bfigures\b/m.test(b));
    expect(withWord.length).toBeGreaterThan(0);
    for (const q of [
      'how many papers have figures listed in comments',
      'how many papers list figures in their comments',
    ])
      expect(ask(drosophila.index, q).answer, q).toBe(`Papers with "figures" in the comments: ${withWord.length}.`);
  });
});

describe('the nth week of a month', () => {
  it('reads "the second week of december" as its days 8 to 14, not the word "week"', () => {
    const [from, to] = [Date.UTC(2025, 11, 8), Date.UTC(2025, 11, 14)];
    const week = distributed.blocks.filter((b) => versionDays(b).first >= from && versionDays(b).first <= to);
    expect(week.length).toBeGreaterThan(0);
    const a = ask(distributed.index, 'papers from the second week of december');
    expect(a.understood).toContain('from 8 Dec 2025 to 14 Dec 2025');
    expect(ids(a.papers)).toEqual(new Set(week.map(idOf)));
  });
});

describe('parts of a month or year, and dates written with the day first', () => {
  const between = (l: typeof gpt, from: number, to: number) =>
    new Set(l.blocks.filter((b) => versionDays(b).first >= from && versionDays(b).first <= to).map(idOf));

  it('reads "early", "mid" and "late september" as its days 1-10, 11-20 and 21 to the end', () => {
    const cases: [string, number, number][] = [
      ['papers from early september', 1, 10],
      ['papers from mid-september', 11, 20],
      ['papers from late september 2024', 21, 30],
    ];
    for (const [q, d1, d2] of cases)
      expect(ids(ask(gpt.index, q).papers), q).toEqual(between(gpt, Date.UTC(2024, 8, d1), Date.UTC(2024, 8, d2)));
  });

  it('reads "late 2024" as September to December', () => {
    const late = RAW_ENTRIES.filter((e) => e.submitted >= '2024-09-01' && e.submitted <= '2024-12-31');
    const a = ask(fixtureIndex(), 'papers from late 2024');
    expect(a.understood).toContain('from 1 Sep 2024 to 31 Dec 2024');
    expect(a.papers.map((p) => p.title).sort()).toEqual(late.map((e) => e.title).sort());
  });

  it('reads "18/09/2024" and "18.09.2024" as 18 September 2024', () => {
    const day = between(gpt, Date.UTC(2024, 8, 18), Date.UTC(2024, 8, 18));
    for (const q of ['papers submitted on 18/09/2024', 'papers submitted on 18.09.2024'])
      expect(ids(ask(gpt.index, q).papers), q).toEqual(day);
  });
});

describe('titles that are questions', () => {
  it('reads "whose title is a question" as a question mark in the title', () => {
    const asking = gpt.blocks.filter((b) => titleOf(b).includes('?'));
    expect(asking.length).toBeGreaterThan(0);
    for (const q of ['papers whose title is a question', 'how many papers have titles that ask a question'])
      expect(ids(ask(gpt.index, q).papers), q).toEqual(new Set(asking.map(idOf)));
  });
});
