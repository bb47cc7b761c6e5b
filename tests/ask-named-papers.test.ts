// Questions about two named papers, or relative to one: expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, ids, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const block = (title: string) => gpt.blocks.find((b) => b.includes(`\n${title}`)) as string;
const nvlm = block('NVLM:');
const qwen = block('Qwen2-VL:');
const entry = (start: string) => RAW_ENTRIES.find((e) => e.title.startsWith(start));

describe('two named papers', () => {
  it('says which has more authors and which came first', () => {
    const more = names(nvlm).length + hidden(nvlm) > names(qwen).length + hidden(qwen) ? nvlm : qwen;
    expect(ids(ask(gpt.index, 'which has more authors, NVLM or Qwen2-VL').papers)).toEqual(new Set([idOf(more)]));
    const [pimba, neupims] = [entry('Pimba:'), entry('NeuPIMs:')];
    const first = (pimba?.submitted ?? '') < (neupims?.submitted ?? '') ? pimba : neupims;
    expect(ask(index, 'which was submitted first, Pimba or NeuPIMs').papers.map((p) => p.title)).toEqual([
      first?.title,
    ]);
  });

  it('counts the days between their first versions and compares their primary categories', () => {
    const days = Math.abs(versionDays(nvlm).first - versionDays(qwen).first) / 86_400_000;
    expect(ask(gpt.index, 'how many days apart were NVLM and Qwen2-VL first submitted').answer).toMatch(
      new RegExp(`^${days} days? apart`),
    );
    const same = categories(nvlm)[0] === categories(qwen)[0];
    expect(ask(gpt.index, 'are NVLM and Qwen2-VL in the same primary category').answer).toMatch(same ? /^Yes/ : /^No/);
  });

  it('reads "the first author of X" and "the same primary category as X"', () => {
    const first = names(nvlm)[0] as string;
    const others = gpt.blocks.filter((b) => b !== nvlm && names(b).includes(first)).map(idOf);
    expect(ids(ask(gpt.index, 'what other papers did the first author of NVLM write').papers)).toEqual(new Set(others));
    const primary = categories(nvlm)[0] as string;
    const same = gpt.blocks.filter((b) => b !== nvlm && categories(b)[0] === primary).map(idOf);
    expect(ids(ask(gpt.index, 'which papers are in the same primary category as NVLM').papers)).toEqual(new Set(same));
  });
});
