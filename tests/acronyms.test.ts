import { describe, expect, it } from 'vitest';
import { AcronymMiner } from '../src/search/acronyms.js';

describe('AcronymMiner', () => {
  it('keeps the long form an acronym is defined with most often', () => {
    const m = new AcronymMiner();
    m.add('We study Large Language Models (LLMs) at scale.');
    m.add('Lightweight Language Models (LLMs) are small.');
    m.add('Serving Large Language Models (LLMs) is costly.');
    m.add('A Mixture of Experts (MoE) layer.');
    const result = m.result();
    expect(result.filter((a) => a.short === 'llm')).toEqual([
      { short: 'llm', long: 'Large Language Models', longTerms: ['large', 'language', 'model'] },
    ]);
    expect(result.map((a) => a.short).sort()).toEqual(['llm', 'moe']);
  });
});
