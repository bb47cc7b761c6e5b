// Readings found by the fifteenth question round (fixtures/questions/round15: questions as they
// arrive through Telegram and Discord): expectations from the raw fixture lines and the raw
// blocks of the real copies.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, firstYear, hidden, names } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const distributed = realCopy('distributed-systems.copied.txt');
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

describe('questions with chat-app noise (round 15)', () => {
  it('reads past the @mention, /ask, markdown, emoji and repeated marks', () => {
    const maboud = RAW_ENTRIES.filter((e) => e.authors.includes('Yassaman Ebrahimzadeh Maboud'));
    const a = ask(index, '@arxivist_bot which papers is **Yassaman Ebrahimzadeh Maboud** on? going by the names shown');
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(maboud.map((e) => e.title)));
    const many = gpt.blocks.filter((b) => categories(b).length >= 4).length;
    expect(ask(gpt.index, 'hey @arxivist how many papers are tagged with four or more categories?? 🙏').answer).toMatch(
      new RegExp(`: ${many}\\b`),
    );
    const july = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2024-07'));
    const b = ask(index, '/ask@arxivist_bot papers first submitted in july 2024');
    expect(new Set(b.papers.map((p) => p.title))).toEqual(new Set(july.map((e) => e.title)));
  });

  it('reads category codes in any case, "7+ authors" and "2025 papers"', () => {
    const seven = drosophila.blocks.filter((b) => firstYear(b) === '2025' && names(b).length + hidden(b) >= 7);
    const a = ask(drosophila.index, '2025 papers with 7+ authors?? (first submission) @arxivist_bot');
    expect(a.answer).toMatch(new RegExp(`: ${seven.length}\\b`));
    const cv = distributed.blocks.filter((b) => categories(b).includes('cs.CV'));
    const most = Math.max(...cv.map((b) => names(b).length + hidden(b)));
    expect(ask(distributed.index, 'which CS.cv paper has the most authors? primary or cross-listed').answer).toContain(
      `${most} authors`,
    );
  });

  it('counts people on "three or more" papers asked in capitals', () => {
    const per = new Map<string, number>();
    for (const e of RAW_ENTRIES) for (const n of new Set(e.authors)) per.set(n, (per.get(n) ?? 0) + 1);
    const three = [...per.values()].filter((n) => n >= 3).length;
    expect(ask(index, 'HOW MANY PEOPLE ARE ON THREE OR MORE PAPERS HERE, GOING BY THE NAMES SHOWN').answer).toMatch(
      new RegExp(`^${three} people are on at least 3 of`),
    );
  });

  it('says it cannot tell whether an unlisted name is on a paper that hides authors', () => {
    const a = ask(distributed.index, 'is T. R. Marsh an author of `2512.04147`?? 🤔');
    expect(a.answer).toMatch(/^The listing cannot tell/);
  });

  it('declines ratings, excitement and "same thing but for…"', () => {
    expect(ask(index, 'rate the Llama 4 Herd paper out of 10 🙏').answer).toMatch(/opinion/);
    expect(ask(distributed.index, 'which of the quantum papers is the most exciting?? 🤔').answer).toMatch(/opinion/);
    expect(ask(gpt.index, '/ask same thing but for the day before 👀').answer).toMatch(/do not keep the last one/);
  });

  it('sets aside a sentence saying what the asker plans before the request', () => {
    const totals = distributed.blocks.map((b) => names(b).length + hidden(b)).sort((x, y) => y - x);
    const a = ask(
      distributed.index,
      'I want one session on big collaborations. the five papers with the most authors, hidden et al. authors counted',
    );
    expect(a.understood).not.toMatch(/session/);
    expect(a.answer).toContain(`${totals[0]} authors`);
    expect(a.answer).toContain(`${totals[4]} authors`);
  });
});
