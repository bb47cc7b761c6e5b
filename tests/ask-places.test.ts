// "The second oldest paper", "who wrote the second most papers": a place of a ranking past the
// first, by competition ranks (a tie shares a rank, the next rank skips) with ties named.
// Expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');

/** The item at the n-th position, largest first (or smallest first), and every item tied with it. */
function nth<T>(items: readonly T[], value: (t: T) => number, n: number, smallest = false): T[] {
  const values = items.map(value).sort((a, b) => (smallest ? a - b : b - a));
  return items.filter((t) => value(t) === values[n - 1]);
}

describe('a place of a ranking', () => {
  it('names the second oldest papers of the bundled listing, ties together', () => {
    const second = nth(RAW_ENTRIES, (e) => Date.parse(e.submitted), 2, true).map((e) => e.title);
    const a = ask(index, 'what is the second oldest paper');
    expect(a.answer).toMatch(second.length > 1 ? /^Tied for second place/ : /^In second place/);
    expect(new Set(a.papers.map((p) => p.title))).toEqual(new Set(second));
  });

  it('names the paper with the second most authors, hidden ones included', () => {
    const second = nth(gpt.blocks, (b) => names(b).length + hidden(b), 2).map(idOf);
    expect(ids(ask(gpt.index, 'which paper has the second most authors').papers)).toEqual(new Set(second));
  });

  it('names the people with the second most papers', () => {
    const per = new Map<string, number>();
    for (const b of drosophila.blocks) for (const n of new Set(names(b))) per.set(n, (per.get(n) ?? 0) + 1);
    const second = nth([...per], ([, n]) => n, 2);
    const a = ask(drosophila.index, 'who wrote the second most papers');
    for (const [name, n] of second) {
      expect(a.answer).toContain(name);
      expect(a.answer).toContain(`${n} papers`);
    }
  });

  it('declines a place the ranking does not have', () => {
    // Prateek Verma is on two papers (raw Authors lines), so there is no third place.
    expect(gpt.blocks.filter((b) => names(b).includes('Prateek Verma'))).toHaveLength(2);
    const a = ask(gpt.index, 'which paper by Prateek Verma has the third most authors');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/^Only 2 papers by Prateek Verma state that measure, so none is in third place/);
  });
});

describe('a place inside a tie', () => {
  it('names the tie the place falls in, with its own rank', () => {
    // Five GPT papers share the newest first-version day: the third newest is tied for first.
    const newest = nth(gpt.blocks, (b) => versionDays(b).first, 3);
    expect(newest.length).toBeGreaterThanOrEqual(3);
    const a = ask(gpt.index, 'the third newest paper');
    expect(ids(a.papers)).toEqual(new Set(newest.map(idOf)));
    expect(a.answer).toMatch(new RegExp(`^Tied for first place \\(places 1 to ${newest.length}\\)`));
  });
});
