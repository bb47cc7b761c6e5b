// Questions a research group asks of a listing on an ordinary day: institutions, "the 5 newest" on a
// topic, people by how many papers they have, two categories compared. Expectations from the raw blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, type RawEntry, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const abstractOf = (b: string) => /^Abstract:(.*)$/m.exec(b)?.[1] ?? '';

describe('questions a research group asks', () => {
  it('declines papers by the people of an institution, which a listing never shows', () => {
    for (const q of ['how many papers did Meta researchers write', 'papers by authors from Stanford']) {
      const a = ask(fixtureIndex(), q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/not where they work/);
    }
    expect(ask(fixtureIndex(), 'who are the authors of Pimba').declined).toBeUndefined();
    expect(ask(fixtureIndex(), "what's this listing about").declined).toBe(true);
  });

  it('gives the 5 newest papers on a topic when fewer than 5 titles name it', () => {
    // "LLM" is also its long form, "large language model(s)".
    const topic = /\bLLMs?\b|\blarge language models?\b/i;
    const llm = distributed.blocks.filter(
      (b) => topic.test(`${titleOf(b)} ${abstractOf(b)}`) && !categories(b).includes('cs.CL'),
    );
    const inTitle = llm.filter((b) => /\bLLMs?\b/.test(titleOf(b)));
    expect(inTitle.length).toBeLessThan(5);
    expect(llm.length).toBeGreaterThan(5);
    const a = ask(distributed.index, 'what are the newest papers on LLMs, excluding cs.CL');
    expect(a.papers).toHaveLength(5);
    const fifth = [...llm].sort((x, y) => versionDays(y).first - versionDays(x).first)[4] as string;
    for (const p of a.papers) {
      const b = distributed.blocks.find((x) => idOf(x) === p.arxivId) as string;
      expect(llm).toContain(b);
      expect(versionDays(b).first).toBeGreaterThanOrEqual(versionDays(fifth).first);
    }
    expect(a.answer).not.toMatch(/^Only/);
  });

  it('reads "everything by X" as their papers, not a topic "everything"', () => {
    const his = distributed.blocks.filter((b) => names(b).includes('Oldrich Plchot'));
    expect(ids(ask(distributed.index, 'give me everything by Oldrich Plchot').papers)).toEqual(new Set(his.map(idOf)));
  });

  it('lists the people on exactly that many papers when asked "which authors have 2 papers"', () => {
    // One person however the name is spelled: "Gary B Huang" and "Gary B. Huang", accents or none.
    const key = (n: string) =>
      n
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]+/g, '');
    const spellings = new Map<string, Set<string>>();
    const counts = new Map<string, number>();
    for (const b of drosophila.blocks)
      for (const k of new Set(names(b).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const b of drosophila.blocks)
      for (const n of names(b)) spellings.set(key(n), (spellings.get(key(n)) ?? new Set()).add(n));
    expect(drosophila.blocks.every((b) => hidden(b) === 0)).toBe(true);
    const two = [...counts].filter(([, n]) => n === 2).map(([k]) => [...(spellings.get(k) ?? [])]);
    for (const q of ['which authors have 2 papers', 'who has 2 papers']) {
      const a = ask(drosophila.index, q);
      expect(a.answer, q).toMatch(new RegExp(`^${two.length} people`));
      for (const ways of two)
        expect(
          ways.some((n) => a.answer.includes(`${n} (2)`)),
          ways.join(' / '),
        ).toBe(true);
    }
  });

  it('compares two categories by their counts, not the papers in both', () => {
    const count = (code: string) => distributed.blocks.filter((b) => categories(b).includes(code)).length;
    for (const q of ['compare cs.LG and cs.AI', 'cs.LG vs cs.AI']) {
      const a = ask(distributed.index, q);
      expect(a.query?.want, q).toBe('distribution');
      expect(a.answer, q).toContain(`cs.LG: ${count('cs.LG')}, cs.AI: ${count('cs.AI')}`);
    }
  });

  it('says yes to "the only author" only when the paper names no one else, hidden names counted', () => {
    const gpt = realCopy('gpt-search-2024-09.copied.txt');
    const block = (id: string) => gpt.blocks.find((b) => idOf(b) === id) as string;
    expect(names(block('2409.12924'))).toEqual(['Prateek Verma']);
    const mm = names(block('2409.12959'));
    expect(mm.length).toBeGreaterThan(1);
    for (const q of ['is Prateek Verma the only author of WaveletGPT', 'did Prateek Verma write WaveletGPT alone'])
      expect(ask(gpt.index, q).answer, q).toMatch(/^Yes: Prateek Verma is the only author/);
    for (const q of [`is ${mm[0]} the only author of MMSearch`, `did ${mm[0]} write MMSearch alone`])
      expect(ask(gpt.index, q).answer, q).toMatch(new RegExp(`^No: .* has ${mm.length} authors; ${mm[0]} is among`));
    // 561 authors, 536 of them hidden: not one person's alone, whoever is asked about.
    const llama = ask(fixtureIndex(), 'is Yann LeCun the only author of the Llama 3 paper').answer;
    expect(llama).toMatch(/^No: "The Llama 3 Herd of Models" has 561 authors/);
  });

  it('reads a day named alone ("after the 17th") as that day of the listing\'s newest month, and says the date', () => {
    // The listing's newest day is 23 December 2025, so "the 17th" is 17 December 2025 (rounds 38 and 41 read it so).
    const day = (b: string) => versionDays(b).first;
    const after = distributed.blocks.filter((b) => day(b) > Date.parse('17 Dec 2025 UTC'));
    const a = ask(distributed.index, 'which papers came out after the 17th');
    expect(ids(a.papers)).toEqual(new Set(after.map(idOf)));
    expect(a.understood).toContain('since 18 Dec 2025');
    const on = distributed.blocks.filter((b) => day(b) === Date.parse('16 Dec 2025 UTC'));
    expect(ask(distributed.index, 'papers on the 16th').papers).toHaveLength(on.length);
  });

  it('reads "her most recent 3 papers" as a list of three, and "when did X first publish here" as one date', () => {
    const divya = RAW_ENTRIES.filter((e) => e.authors.includes('Divya Mahajan')).sort((a, b) =>
      b.updated.localeCompare(a.updated),
    );
    expect((divya[2] as RawEntry).updated > (divya[3] as RawEntry).updated).toBe(true);
    const recent = ask(fixtureIndex(), "what are Divya Mahajan's most recent 3 papers");
    expect(recent.papers.map((p) => p.title)).toEqual(divya.slice(0, 3).map((e) => e.title));
    const first = RAW_ENTRIES.filter((e) => e.authors.includes('Divyat Mahajan')).sort((a, b) =>
      a.submitted.localeCompare(b.submitted),
    )[0] as RawEntry;
    const when = ask(fixtureIndex(), 'when did Divyat Mahajan first publish here');
    expect(when.papers.map((p) => p.title)).toEqual([first.title]);
  });

  it('does not answer "and how many did they write" with the count of all the papers ranked', () => {
    const astro = distributed.blocks.filter((b) => categories(b).some((c) => c.startsWith('astro-ph')));
    const a = ask(distributed.index, 'who wrote the most papers in astro-ph and how many did they write');
    expect(a.answer).not.toContain(`Papers in astro-ph: ${astro.length}`);
    expect(a.query?.groupBy).toBe('author');
    expect(ask(distributed.index, 'top 3 categories').understood).toBe('the 3 categories with the most papers');
  });

  it('counts papers per day of the week, Monday to Sunday, and names the busiest', () => {
    const gpt = realCopy('gpt-search-2024-09.copied.txt');
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const counts = days.map(() => 0);
    for (const b of gpt.blocks) (counts[new Date(versionDays(b).first).getUTCDay()] as number)++;
    const a = ask(gpt.index, 'how many papers were submitted per weekday');
    const order = [1, 2, 3, 4, 5, 6, 0].map((d) => `${days[d]}: ${counts[d]}`).join(', ');
    expect(a.answer).toContain(order);
    const most = Math.max(...counts);
    const busiest = ask(gpt.index, 'which day of the week had the most papers').answer;
    for (const [d, n] of counts.entries()) if (n === most) expect(busiest).toContain(`${days[d]} (${n} papers)`);
  });

  it('says how many versions a paper has where the listing shows it, and what it shows where it does not', () => {
    const pimba = RAW_ENTRIES.find((e) => e.title.startsWith('Pimba')) as RawEntry;
    expect(pimba.revised).toBe(true);
    const a = ask(fixtureIndex(), 'how many versions does Pimba have');
    expect(a.answer).toMatch(/has at least 2 versions: .* the listing does not say how many came between/);
    const once = RAW_ENTRIES.find((e) => !e.revised) as RawEntry;
    expect(ask(fixtureIndex(), `how many versions does "${once.title}" have`).answer).toMatch(/has one version/);
    // A copied listing shows the first and the latest version only: more than 3 revisions cannot be told.
    const many = ask(fixtureIndex(), 'papers revised more than 3 times');
    expect(many.query?.papers).toEqual({ kind: 'measure', measure: 'versions', op: '>', value: 4 });
    expect(many.papers).toHaveLength(0);
    expect(many.answer).toMatch(/cannot tell/);
  });

  it('reads "since Monday" and "last Friday" as days counted from the listing\'s newest date', () => {
    const newest = Math.max(...distributed.blocks.map((b) => versionDays(b).first));
    const day = 86_400_000;
    const back = (weekday: number) => newest - ((new Date(newest).getUTCDay() - weekday + 7) % 7) * day;
    const since = distributed.blocks.filter((b) => versionDays(b).first >= back(1));
    expect(ask(distributed.index, 'how many new papers since Monday').answer).toMatch(
      new RegExp(`: ${since.length} \\(`),
    );
    const friday = back(5) === newest ? back(5) - 7 * day : back(5);
    const on = distributed.blocks.filter((b) => versionDays(b).first === friday);
    expect(ids(ask(distributed.index, 'papers from last Friday').papers)).toEqual(new Set(on.map(idOf)));
    // Every Monday, as before.
    expect(ask(distributed.index, 'papers submitted on a Monday').query?.papers).toMatchObject({ kind: 'weekday' });
  });

  it('takes "interesting", "a quick overview of" and "in one sentence" as no part of what is asked', () => {
    const consensus = distributed.blocks.filter((b) => /\bconsensus\b/i.test(`${titleOf(b)} ${abstractOf(b)}`));
    expect(ask(distributed.index, 'anything interesting on consensus lately?').answer).toMatch(
      new RegExp(`^Yes: ${consensus.length} papers`),
    );
    const dc = ask(distributed.index, 'give me a quick overview of cs.DC papers this month');
    expect(dc.papers.length).toBeGreaterThan(0);
    expect(dc.papers.every((p) => p.categories.includes('cs.DC'))).toBe(true);
    expect(ask(distributed.index, 'summarize LeaseGuard in one sentence').query?.want).toBe('describe');
  });

  it('compares two counts asked with "vs", and reads decades', () => {
    const year = (b: string) => new Date(versionDays(b).first).getUTCFullYear();
    const before = drosophila.blocks.filter((b) => year(b) < 2020).length;
    const after = drosophila.blocks.filter((b) => year(b) > 2020).length;
    const a = ask(drosophila.index, 'how many papers before 2020 vs after 2020');
    expect(a.answer).toMatch(new RegExp(`^Before 2020: ${before}; after 2020: ${after}\\.`));
    const tens = drosophila.blocks.filter((b) => year(b) >= 2010 && year(b) <= 2019);
    expect(ids(ask(drosophila.index, 'list all papers from the 2010s').papers)).toEqual(new Set(tens.map(idOf)));
    // Two periods of the listing's last days overlap: not read rather than counted as one.
    expect(ask(distributed.index, 'how many papers this week vs last week').declined).toBe(true);
  });

  it('reads "released a dataset" as the topic, and "this dataset" as the listing', () => {
    const gpt = realCopy('gpt-search-2024-09.copied.txt');
    const a = ask(gpt.index, 'which papers released a dataset');
    expect(a.papers.length).toBeLessThan(gpt.blocks.length);
    expect(a.query?.papers).toEqual({ kind: 'topic', words: 'dataset' });
    expect(ask(gpt.index, 'how many papers are in this dataset').answer).toBe(
      `Papers in the listing: ${gpt.blocks.length}.`,
    );
  });

  it('leaves out papers named by their short names, and reads a leading "besides X," as leaving X out', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const named = ['WOC', 'LeaseGuard'].map((n) => dc.find((b) => titleOf(b).startsWith(`${n}:`)) as string);
    const a = ask(distributed.index, 'cs.DC papers other than WOC and LeaseGuard');
    expect(ids(a.papers)).toEqual(new Set(dc.filter((b) => !named.includes(b)).map(idOf)));
    const divya2025 = RAW_ENTRIES.filter(
      (e) => e.authors.includes('Divya Mahajan') && e.submitted.startsWith('2025') && !e.title.startsWith('Pimba'),
    );
    for (const q of [
      'besides Pimba, which papers did Divya Mahajan write in 2025',
      'which papers did Divya Mahajan write in 2025, leaving out Pimba',
    ])
      expect(
        ask(fixtureIndex(), q)
          .papers.map((p) => p.title)
          .sort(),
        q,
      ).toEqual(divya2025.map((e) => e.title).sort());
    expect(ask(fixtureIndex(), 'except for the Llama papers, who has the most papers').query?.groupBy).toBe('author');
  });

  it('reads "over the weekend" as the last weekend of the listing, "on a weekend" as every one', () => {
    const newest = Math.max(...distributed.blocks.map((b) => versionDays(b).first));
    const day = 86_400_000;
    const saturday = newest - ((new Date(newest).getUTCDay() + 1) % 7) * day;
    const weekend = distributed.blocks.filter((b) => [saturday, saturday + day].includes(versionDays(b).first));
    expect(ids(ask(distributed.index, 'what came out over the weekend').papers)).toEqual(new Set(weekend.map(idOf)));
    const every = distributed.blocks.filter((b) => [0, 6].includes(new Date(versionDays(b).first).getUTCDay()));
    expect(ids(ask(distributed.index, 'papers submitted on a weekend').papers)).toEqual(new Set(every.map(idOf)));
  });
});
