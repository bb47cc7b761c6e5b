// readDates: every expected day below was worked out by hand from a calendar, for a listing whose
// newest date is Monday 19 January 2026 unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import { type DateSpan, describeSpan, readDates } from '../src/ask/dates-in-text.js';

const LATEST = '2026-01-19';
const COUNTED = `counted from the listing's newest date, 19 Jan 2026`;

interface Case {
  q: string;
  /** The words read, found in `q` to get the expected offsets. */
  text: string;
  from?: string;
  until?: string;
  granularity: DateSpan['granularity'];
  relative?: string;
  said: string;
  latest?: string;
}

const CASES: Case[] = [
  {
    q: 'papers in 2024',
    text: 'in 2024',
    from: '2024-01-01',
    until: '2025-01-01',
    granularity: 'year',
    said: 'in 2024',
  },
  { q: '2024', text: '2024', from: '2024-01-01', until: '2025-01-01', granularity: 'year', said: 'in 2024' },
  {
    q: 'papers from 2024',
    text: 'from 2024',
    from: '2024-01-01',
    until: '2025-01-01',
    granularity: 'year',
    said: 'in 2024',
  },
  { q: 'how many since 2024?', text: 'since 2024', from: '2024-01-01', granularity: 'range', said: 'since 2024' },
  { q: 'papers after 2023', text: 'after 2023', from: '2024-01-01', granularity: 'range', said: 'since 2024' },
  { q: 'papers before 2015', text: 'before 2015', until: '2015-01-01', granularity: 'range', said: 'before 2015' },
  { q: 'papers until 2020', text: 'until 2020', until: '2021-01-01', granularity: 'range', said: 'before 2021' },
  {
    q: 'papers between 2022 and 2023',
    text: 'between 2022 and 2023',
    from: '2022-01-01',
    until: '2024-01-01',
    granularity: 'range',
    said: 'from 2022 to 2023',
  },
  {
    q: 'from June to August 2023',
    text: 'from June to August 2023',
    from: '2023-06-01',
    until: '2023-09-01',
    granularity: 'range',
    said: 'from 1 June 2023 to 31 August 2023',
  },
  {
    q: 'what came out in summer 2023',
    text: 'in summer 2023',
    from: '2023-06-01',
    until: '2023-09-01',
    granularity: 'range',
    said: 'from 1 June 2023 to 31 August 2023',
  },
  {
    q: 'winter 2023',
    text: 'winter 2023',
    from: '2023-12-01',
    until: '2024-03-01',
    granularity: 'range',
    said: 'from 1 December 2023 to 29 February 2024',
  },
  {
    q: 'in March 2024',
    text: 'in March 2024',
    from: '2024-03-01',
    until: '2024-04-01',
    granularity: 'month',
    said: 'in March 2024',
  },
  {
    q: 'March 2024 papers',
    text: 'March 2024',
    from: '2024-03-01',
    until: '2024-04-01',
    granularity: 'month',
    said: 'in March 2024',
  },
  {
    q: 'Mar. 2024',
    text: 'Mar. 2024',
    from: '2024-03-01',
    until: '2024-04-01',
    granularity: 'month',
    said: 'in March 2024',
  },
  {
    q: 'since March 2024',
    text: 'since March 2024',
    from: '2024-03-01',
    granularity: 'range',
    said: 'since 1 March 2024',
  },
  {
    q: 'papers from 2024-09',
    text: 'from 2024-09',
    from: '2024-09-01',
    until: '2024-10-01',
    granularity: 'month',
    said: 'in September 2024',
  },
  // 15 September 2026 would be after the newest date, so the year before.
  {
    q: 'on 15 september',
    text: 'on 15 september',
    from: '2025-09-15',
    until: '2025-09-16',
    granularity: 'day',
    said: 'on 15 September 2025',
  },
  {
    q: 'on 15 september',
    latest: '2026-10-01',
    text: 'on 15 september',
    from: '2026-09-15',
    until: '2026-09-16',
    granularity: 'day',
    said: 'on 15 September 2026',
  },
  {
    q: 'on September 15',
    text: 'on September 15',
    from: '2025-09-15',
    until: '2025-09-16',
    granularity: 'day',
    said: 'on 15 September 2025',
  },
  {
    q: '15 September 2024',
    text: '15 September 2024',
    from: '2024-09-15',
    until: '2024-09-16',
    granularity: 'day',
    said: 'on 15 September 2024',
  },
  {
    q: 'on 2024-09-15',
    text: 'on 2024-09-15',
    from: '2024-09-15',
    until: '2024-09-16',
    granularity: 'day',
    said: 'on 15 September 2024',
  },
  {
    q: 'September 15, 2024',
    text: 'September 15, 2024',
    from: '2024-09-15',
    until: '2024-09-16',
    granularity: 'day',
    said: 'on 15 September 2024',
  },
  // December 2026 starts after the newest date; January 2026 does not.
  {
    q: 'in December',
    text: 'in December',
    from: '2025-12-01',
    until: '2026-01-01',
    granularity: 'month',
    said: 'in December 2025',
  },
  {
    q: 'in January',
    text: 'in January',
    from: '2026-01-01',
    until: '2026-02-01',
    granularity: 'month',
    said: 'in January 2026',
  },
  {
    q: 'in December',
    latest: '2025-12-10',
    text: 'in December',
    from: '2025-12-01',
    until: '2026-01-01',
    granularity: 'month',
    said: 'in December 2025',
  },
  {
    q: 'last year',
    text: 'last year',
    from: '2025-01-01',
    until: '2026-01-01',
    granularity: 'year',
    relative: `"last year", ${COUNTED}`,
    said: 'in 2025',
  },
  {
    q: 'this year',
    text: 'this year',
    from: '2026-01-01',
    until: '2027-01-01',
    granularity: 'year',
    relative: `"this year", ${COUNTED}`,
    said: 'in 2026',
  },
  {
    q: 'papers from last month',
    text: 'from last month',
    from: '2025-12-01',
    until: '2026-01-01',
    granularity: 'month',
    relative: `"last month", ${COUNTED}`,
    said: 'in December 2025',
  },
  // 6 months back from 19 January 2026 is 19 July 2025; the window is the days after it up to 19 January.
  {
    q: 'in the past 6 months',
    text: 'in the past 6 months',
    from: '2025-07-20',
    until: '2026-01-20',
    granularity: 'range',
    relative: `"the past 6 months", ${COUNTED}`,
    said: 'from 20 July 2025 to 19 January 2026',
  },
  // 30 days ending on 19 January: 11 in December (21st to 31st) and 19 in January.
  {
    q: 'the last 30 days',
    text: 'the last 30 days',
    from: '2025-12-21',
    until: '2026-01-20',
    granularity: 'range',
    relative: `"the last 30 days", ${COUNTED}`,
    said: 'from 21 December 2025 to 19 January 2026',
  },
  {
    q: 'last week',
    text: 'last week',
    from: '2026-01-13',
    until: '2026-01-20',
    granularity: 'range',
    relative: `"last week", ${COUNTED}`,
    said: 'from 13 January 2026 to 19 January 2026',
  },
  {
    q: 'yesterday',
    text: 'yesterday',
    from: '2026-01-18',
    until: '2026-01-19',
    granularity: 'day',
    relative: `"yesterday", ${COUNTED}`,
    said: 'on 18 January 2026',
  },
  {
    q: 'new today?',
    text: 'today',
    from: '2026-01-19',
    until: '2026-01-20',
    granularity: 'day',
    relative: `"today", ${COUNTED}`,
    said: 'on 19 January 2026',
  },
  {
    q: 'since last year',
    text: 'since last year',
    from: '2025-01-01',
    granularity: 'range',
    relative: `"last year", ${COUNTED}`,
    said: 'since 2025',
  },
  {
    q: 'from 2019 to 2021',
    text: 'from 2019 to 2021',
    from: '2019-01-01',
    until: '2022-01-01',
    granularity: 'range',
    said: 'from 2019 to 2021',
  },
  {
    q: '2019-2021',
    text: '2019-2021',
    from: '2019-01-01',
    until: '2022-01-01',
    granularity: 'range',
    said: 'from 2019 to 2021',
  },
  { q: 'from 2024 onwards', text: 'from 2024 onwards', from: '2024-01-01', granularity: 'range', said: 'since 2024' },
  { q: '2023 or earlier', text: '2023 or earlier', until: '2024-01-01', granularity: 'range', said: 'before 2024' },
  {
    q: 'between March and May 2024',
    text: 'between March and May 2024',
    from: '2024-03-01',
    until: '2024-06-01',
    granularity: 'range',
    said: 'from 1 March 2024 to 31 May 2024',
  },
  {
    q: 'from November to February 2024',
    text: 'from November to February 2024',
    from: '2023-11-01',
    until: '2024-03-01',
    granularity: 'range',
    said: 'from 1 November 2023 to 29 February 2024',
  },
  {
    q: 'from 2024-09 to 2024-12',
    text: 'from 2024-09 to 2024-12',
    from: '2024-09-01',
    until: '2025-01-01',
    granularity: 'range',
    said: 'from 1 September 2024 to 31 December 2024',
  },
];

describe('readDates reads dates and periods', () => {
  it.each(CASES)('$q', (c) => {
    const spans = readDates(c.q, { latest: c.latest ?? LATEST });
    const start = c.q.indexOf(c.text);
    const expected: DateSpan = { start, end: start + c.text.length, text: c.text, granularity: c.granularity };
    if (c.from) expected.from = c.from;
    if (c.until) expected.until = c.until;
    if (c.relative) expected.relative = c.relative;
    expect(spans).toEqual([expected]);
    expect(describeSpan(spans[0] as DateSpan)).toBe(c.said);
  });

  it('reads two periods in one question, each with its own words', () => {
    const q = 'GPT-4 papers before 2023 and after 2020';
    const spans = readDates(q, { latest: LATEST });
    expect(spans.map((s) => [s.text, s.from, s.until])).toEqual([
      ['before 2023', undefined, '2023-01-01'],
      ['after 2020', '2021-01-01', undefined],
    ]);
  });
});

describe('readDates leaves numbers that are not dates', () => {
  const NOT_DATES = [
    'Llama 3',
    'GPT-4',
    '3D reconstruction',
    'v2 of the paper',
    'top 5',
    '100 pages',
    '2409.12924',
    'in 2012.12345',
    'cs.CL',
    '16 papers',
    'A&A 2025',
    'NeurIPS 2024',
    'AGI 2025 papers',
    'out of 2000 papers',
    '3/4 of the papers',
    'Sun et al.',
    'at 3 pm',
    'next year',
  ];
  it.each(NOT_DATES)('%s', (q) => {
    expect(readDates(q, { latest: LATEST })).toEqual([]);
  });

  it('reads the year but not the version in "Llama 3.1 in 2024"', () => {
    expect(readDates('Llama 3.1 in 2024', { latest: LATEST }).map((s) => s.text)).toEqual(['in 2024']);
  });

  it('skips dates inside spans the caller already took', () => {
    const q = 'is "Attention in 2017" cited since 2020?';
    const title = { start: q.indexOf('Attention'), end: q.indexOf('" cited') };
    expect(readDates(q, { latest: LATEST }).map((s) => s.text)).toEqual(['in 2017', 'since 2020']);
    const spans = readDates(q, { latest: LATEST, ignore: [title] });
    expect(spans.map((s) => [s.text, s.start, s.from])).toEqual([['since 2020', 29, '2020-01-01']]);
  });
});
