import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../src/core/vocabulary.js';

const build = (names: string[]) => {
  const steps = Vocabulary.build(names, () => true);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
};
const sorted = <T extends { term: string }>(xs: T[]) => [...xs].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));

// MiniSearch's radix tree is the reference: the sorted vocabulary must find exactly what it finds.
function reference(names: string[]) {
  const map = new SearchableMap<number>();
  names.forEach((n, id) => map.set(n, id));
  return {
    fuzzy: (q: string, d: number) => sorted([...map.fuzzyGet(q, d)].map(([term, [id, distance]]) => ({ term, id, distance }))),
    prefix: (q: string) => sorted([...map.atPrefix(q)].map(([term, id]) => ({ term, id, distance: term.length - q.length }))),
  };
}

describe('Vocabulary', () => {
  const words = ['diffus', 'diffusion', 'difus', 'transform', 'transformer', 'transfer', 'straggler', 'stragglr', 'a', 'ab', 'abc', 'b', 'recommend', 'recomend', 'divya', 'divyat', 'ñu', 'naïve', 'x1', 'x11', '2024'];

  it('finds what MiniSearch\'s radix tree finds, prefixes and typos', () => {
    const v = build(words);
    const ref = reference(words);
    for (const q of ['difusion', 'transfromer', 'stragler', 'a', 'ab', 'divy', 'divyaa', 'recomendation', 'nu', 'x', '', 'zzzz']) {
      for (const d of [1, 2]) expect(sorted(v.fuzzy(q, d))).toEqual(ref.fuzzy(q, d));
      expect(sorted(v.withPrefix(q))).toEqual(ref.prefix(q));
    }
  });

  it('agrees with the radix tree on random vocabularies', () => {
    const word = fc.array(fc.constantFrom(...'abcdeé\uffff'.split('')), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 1, max: 3 }), (names, q, d) => {
      const v = build(names);
      const ref = reference(names);
      expect(sorted(v.fuzzy(q, d))).toEqual(ref.fuzzy(q, d));
      expect(sorted(v.withPrefix(q))).toEqual(ref.prefix(q));
      expect(sorted(v.withPrefix(q.slice(0, 1)))).toEqual(ref.prefix(q.slice(0, 1)));
    }), { numRuns: 500 });
  });

  it('restores from a saved order', () => {
    const v = build(words);
    const again = Vocabulary.fromOrder(words, v.order);
    expect(again.fuzzy('difusion', 2)).toEqual(v.fuzzy('difusion', 2));
  });
});
