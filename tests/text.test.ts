import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords, words } from '../src/listing/text.js';

const scanned = (text: string) => {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};

describe('scanWords', () => {
  it('splits as the word regular expression does', () => {
    for (const text of [
      "PyTorch's 3D-parallel LLMs (MoE) — Sébastien's Özlem naïve 𝒜x 𝟙1 it's2 don’t ’s x' y'1 日本語の",
      'a\u0301b c\u200bd e\u00b2 f\u0663',
      '',
    ]) expect(scanned(text)).toEqual(words(text));
  });

  it('agrees with the regular expression on any text', () => {
    const alphabet = fc.constantFrom(...'aZ09 \'’-_.(é\u0301ß日\ud835\udc9c\ud800x\u00b2\u0663'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
      expect(scanned(text)).toEqual(words(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      expect(scanned(text)).toEqual(words(text));
    }), { numRuns: 1000 });
  });
});

describe('splitLines', () => {
  it('splits as String.split does, across its 64 KB steps', async () => {
    const { runAtOnce, splitLines } = await import('../src/core/time-slices.js');
    const long = Array.from({ length: 30_000 }, (_, i) => `line ${i}`).join('\n');
    for (const text of ['', '\n', 'a', 'a\n', '\nb', long, `${long}\n`, 'x'.repeat(70_000) + '\n' + 'y'.repeat(65_536) + '\n']) {
      expect(runAtOnce(splitLines(text, () => true))).toEqual(text.split('\n'));
    }
  });
});
