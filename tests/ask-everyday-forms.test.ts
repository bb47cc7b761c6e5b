// Everyday forms that read wrong before: a date written "March 3, 2024", a day and month that
// named a paper with a "3" in its title, "the last five papers", "which categories does X publish
// in", "how long has X been publishing", papers "from Google". Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { fixtureIndex, RAW_ENTRIES } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const mahajan = fixtureIndex();

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const titles = (list: readonly { title: string }[]) => new Set(list.map((p) => p.title));

describe('a day and month in a question', () => {
  it('reads "July 31, 2024" as one day, not that day of another year or all of 2024', () => {
    const onDay = RAW_ENTRIES.filter((e) => e.submitted === '2024-07-31');
    expect(onDay.length).toBeGreaterThan(0);
    for (const q of ['how many papers came out on July 31, 2024?', 'papers submitted 31st July, 2024']) {
      const a = ask(mahajan, q);
      expect(a.query?.papers).toEqual({ kind: 'date', field: 'submitted', from: '2024-07-31', until: '2024-08-01' });
    }
    expect(ask(mahajan, 'how many papers came out on July 31, 2024?').answer).toContain(`${onDay.length}`);
  });

  it('never reads "3 December 2025" as the one paper whose title has a 3', () => {
    const onDay = distributed.blocks.filter((b) => isoDay(versionDays(b).first) === '2025-12-03').map(idOf);
    expect(onDay.length).toBeGreaterThan(1);
    for (const q of ['what came out on 3 December 2025', 'what was submitted on Dec 3rd']) {
      expect(ids(ask(distributed.index, q).papers)).toEqual(new Set(onDay));
    }
    const none = ask(mahajan, 'what came out on 3 March 2024');
    expect(RAW_ENTRIES.some((e) => e.submitted === '2024-03-03')).toBe(false);
    expect(none.papers).toEqual([]);
    expect(none.answer).toMatch(/^No papers submitted on 3 Mar 2024/);
  });

  it('answers "what came out this month" with none when the newest month has no first version', () => {
    const newest = Math.max(...drosophila.blocks.map((b) => versionDays(b).latest));
    const month = isoDay(newest).slice(0, 7);
    expect(drosophila.blocks.some((b) => isoDay(versionDays(b).first).startsWith(month))).toBe(false);
    const a = ask(drosophila.index, 'what came out this month');
    expect(a.declined).toBeFalsy();
    expect(a.papers).toEqual([]);
    expect(a.answer).toMatch(/^No papers/);
  });
});

describe('the first or last N papers', () => {
  const byFirst = [...gpt.blocks].sort((a, b) => versionDays(b).first - versionDays(a).first);

  it('reads "the last five papers" as the five newest, with any tie at the fifth', () => {
    const fifth = versionDays(byFirst[4] as string).first;
    const newest = byFirst.filter((b) => versionDays(b).first >= fifth).map(idOf);
    for (const q of ['what were the last five papers submitted', 'the last 5 papers', 'the latest five submissions']) {
      expect(ids(ask(gpt.index, q).papers)).toEqual(new Set(newest));
    }
  });

  it('reads "the first 3 papers" as the three oldest', () => {
    const oldest = [...byFirst].reverse();
    const third = versionDays(oldest[2] as string).first;
    const expected = oldest.filter((b) => versionDays(b).first <= third).map(idOf);
    expect(ids(ask(gpt.index, 'the first 3 papers').papers)).toEqual(new Set(expected));
  });

  it("reads a person's last 2 papers as their two newest", () => {
    const his = RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan')).sort((a, b) =>
      b.submitted.localeCompare(a.submitted),
    );
    const second = (his[1] as { submitted: string }).submitted;
    const expected = his.filter((e) => e.submitted >= second).map((e) => e.title);
    expect(titles(ask(mahajan, 'the last 2 papers by Dhruv Mahajan').papers)).toEqual(new Set(expected));
  });
});

describe("a person's categories and span", () => {
  it('counts the categories of the papers a person is shown on', () => {
    const jin = distributed.blocks.filter((b) => names(b).includes('Jin Li'));
    const counts = new Map<string, number>();
    for (const b of jin) for (const c of categories(b)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const a = ask(distributed.index, 'which categories does Jin Li publish in');
    expect(a.query?.want).toBe('distribution');
    for (const [c, n] of counts) expect(a.answer).toContain(`${c}: ${n}`);
  });

  it('answers "how long has X been publishing" with the first versions of their oldest and newest papers', () => {
    const his = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const days = his.map((b) => versionDays(b).first).sort((a, b) => a - b);
    const a = ask(drosophila.index, 'how long has Priebe been active');
    const long = (ms: number) =>
      new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(a.answer).toContain(long(days[0] as number));
    expect(a.answer).toContain(long(days[days.length - 1] as number));
    expect(days[days.length - 1]! - days[0]!).toBeGreaterThan(365 * DAY);
  });
});

describe('affiliations', () => {
  it('declines papers "from Google" or "at Janelia": the listing shows no affiliations', () => {
    for (const [index, q] of [
      [distributed.index, 'any paper from Google?'],
      [distributed.index, 'which papers are from MIT'],
      [drosophila.index, 'is anyone at Janelia here'],
    ] as const) {
      const a = ask(index, q);
      expect(a.declined, q).toBe(true);
      expect(a.answer).toMatch(/not where their authors work/);
    }
  });
});

describe('"of those" with nothing before it', () => {
  it('declines it as a follow-up rather than answering for the whole listing', () => {
    for (const q of [
      'which of those are about memory',
      'how many of those are from 2024',
      'of those, which are about memory',
    ]) {
      const a = ask(mahajan, q);
      expect(a.declined, q).toBe(true);
      expect(a.understood, q).toBe('a follow-up to an earlier question');
    }
  });

  it('still reads "of those" after papers named in the same question', () => {
    const in2024 = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2024'));
    const a = ask(mahajan, 'how many papers are from 2024 and how many of those are about memory');
    expect(a.declined).toBeFalsy();
    expect(a.parts?.[0]?.answer).toContain(`${in2024.length}`);
  });
});

describe('shares and ratios', () => {
  const tagged = (code: string) => distributed.blocks.filter((b) => categories(b).includes(code)).length;

  it('reads "percent of papers with a DOI" as a share, not a topic', () => {
    const doi = distributed.blocks.filter((b) => /^doi$/m.test(b)).length;
    const a = ask(distributed.index, 'percent of papers with a DOI');
    expect(a.answer).toContain(`${doi} of the ${distributed.blocks.length} papers`);
  });

  it('gives the ratio of two categories and of two years, and says when there is none', () => {
    const [dc, ni] = [tagged('cs.DC'), tagged('cs.NI')];
    for (const q of [
      'the ratio of cs.DC to cs.NI papers',
      'how many times more cs.DC papers than cs.NI papers are there',
    ]) {
      const a = ask(distributed.index, q);
      expect(a.answer, q).toContain(
        `a ratio of ${dc} to ${ni}, or ${(dc * 10) % ni === 0 ? '' : 'about '}${(dc / ni).toFixed(1)}`,
      );
    }
    const year = (y: string) => RAW_ENTRIES.filter((e) => e.submitted.startsWith(y)).length;
    const a = ask(mahajan, 'ratio of 2025 papers to 2024 papers');
    expect(a.answer).toContain(`a ratio of ${year('2025')} to ${year('2024')}`);
    expect(ask(mahajan, 'ratio of 2024 papers to 2027 papers').answer).toContain('no ratio: there are none in 2027');
  });

  it('compares two categories said with "vs"', () => {
    const a = ask(distributed.index, 'cs.DC vs cs.NI: which has more papers?');
    expect(a.answer).toContain(`cs.DC: ${tagged('cs.DC')}; in cs.NI: ${tagged('cs.NI')}`);
  });
});

describe('questions in other languages', () => {
  it('declines them rather than searching their words as a topic', () => {
    const gpt4 = gpt.blocks.filter((b) => /GPT-4/.test(b)).length;
    expect(gpt4).toBeGreaterThan(0);
    for (const q of ['quels articles parlent de GPT-4?', 'welche Artikel sind über GPT-4?', '哪些论文关于幻觉']) {
      const a = ask(gpt.index, q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/only read questions in English/);
    }
  });
});
