// Readings found by the eighth question round (fixtures/questions/round8): expectations from the
// raw fixture lines (tests/helpers/fixture.ts), never from the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { termOf } from '../src/search/terms.js';
import { RAW_ENTRIES, type RawEntry, fixtureIndex, rawPapersBy } from './helpers/fixture.js';

const index = fixtureIndex();
const titles = (list: readonly { title: string }[]) => new Set(list.map((e) => e.title));
const firstIn = (period: string) => RAW_ENTRIES.filter((e) => e.submitted.startsWith(period)).length;
const text = (e: RawEntry) => `${e.title} ${e.paragraphs.join(' ')}`;

describe('questions read as asked (round 8)', () => {
  it('reads chat shorthand: pprs, w/o, w/, avg', () => {
    const without = rawPapersBy('Divyat Mahajan').filter((e) => !e.authors.includes('Ioannis Mitliagkas'));
    expect(titles(ask(index, 'divyat mahajan pprs w/o mitliagkas?').papers)).toEqual(titles(without));
    const coauthors = ask(index, "who's on the most papers w/ dhruv mahajan");
    expect(coauthors.query?.exceptAuthors).toEqual(['Dhruv Mahajan']);
    expect(ask(index, 'avg number of authors per paper').query?.want).toBe('average');
  });

  it('answers "how many more … than …" with both counts and their difference', () => {
    const [a, b] = [firstIn('2023'), firstIn('2022')];
    const more = ask(index, 'howmany more pprs were first submitted in 2023 than in 2022??');
    expect(more.answer).toMatch(
      new RegExp(`\\b${a}\\b.*\\b${b}\\b.*\\b${Math.abs(a - b)} ${a >= b ? 'more' : 'fewer'}`),
    );
    const [c, d] = [firstIn('2024'), firstIn('2025')];
    const versus = ask(index, '2024 vs 2025: which year had more papers first submitted?');
    expect(versus.answer).toMatch(new RegExp(`2024: ${c}; in 2025: ${d}`));
  });

  it('keeps a sentence that only names what the question is about', () => {
    const his = rawPapersBy('Filip Radenovic');
    const most = Math.max(...his.map((e) => e.authors.length + e.hidden));
    const a = ask(index, 'Filip Radenovic. Which of his papers has the most authors?');
    expect(titles(a.papers)).toEqual(titles(his.filter((e) => e.authors.length + e.hidden === most)));
  });

  it('reads a busiest month as a month, and "mentions" as any mention, not the title first', () => {
    const months = new Map<string, number>();
    for (const e of RAW_ENTRIES.filter((x) => x.submitted.startsWith('2025')))
      months.set(e.submitted.slice(0, 7), (months.get(e.submitted.slice(0, 7)) ?? 0) + 1);
    const top = Math.max(...months.values());
    expect(ask(index, 'busiest month of 2025 by first submission?').query?.groupBy).toBe('month');
    expect(ask(index, 'busiest month of 2025 by first submission?').answer).toMatch(new RegExp(`\\b${top} papers\\b`));
    const gpu = RAW_ENTRIES.filter((e) => /\bGPUs?\b/.test(text(e)));
    const oldest = gpu.reduce((x, y) => (y.submitted < x.submitted ? y : x));
    expect(ask(index, 'the oldest paper that mentions GPUs (first submission date)').papers[0]?.title).toBe(
      oldest.title,
    );
  });

  it('gives shares with one decimal and reads "revised, i.e. have a v2" as one condition', () => {
    const revised = RAW_ENTRIES.filter((e) => e.revised).length;
    const share = Number(((100 * revised) / RAW_ENTRIES.length).toFixed(1));
    const a = ask(index, 'what percentage of the papers have been revised, i.e. have a v2 or later?');
    expect(a.answer).toContain(`${revised} of the ${RAW_ENTRIES.length} papers in the listing (${share}%)`);
  });

  it('declines categories on a listing without them, and opinions and downloads', () => {
    expect(ask(index, 'what fraction of these are cross-listed to another category?').declined).toBe(true);
    expect(ask(index, 'is pimba any good tho 🤔').declined).toBe(true);
    expect(ask(index, 'how many times has pimba been downloaded so far').declined).toBe(true);
  });

  it('reads British and American spellings as one word', () => {
    expect(termOf('behaviour')).toBe(termOf('behavior'));
    expect(termOf('organisations')).toBe(termOf('organization'));
    expect(termOf('four')).not.toBe(termOf('for'));
    const either = RAW_ENTRIES.filter((e) => /\bbehaviou?rs?\b/i.test(text(e)));
    const a = ask(index, 'which pprs mention behaviour? british or american spelling, either is fine');
    expect(titles(a.papers)).toEqual(titles(either));
    expect(either.some((e) => /\bbehavior/i.test(text(e)))).toBe(true);
  });

  it('compares two people by "who is on more papers"', () => {
    const [x, y] = [rawPapersBy('Filip Radenovic').length, rawPapersBy('Vignesh Ramanathan').length];
    const a = ask(index, "radenovic or ramanathan, who's on more papers? names shown only pls");
    expect(a.query?.want).toBe('compare');
    expect(a.answer).toContain(`Filip Radenovic: ${x} papers`);
    expect(a.answer).toContain(`Vignesh Ramanathan: ${y} papers`);
  });
});
