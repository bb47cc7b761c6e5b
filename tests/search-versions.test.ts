// A model's name and version written apart, hyphenated or joined ("GPT-4", "GPT4", "Llama 3",
// "Llama3"): one name, whichever way the question or the paper writes it. Expectations from the
// raw blocks of the GPT listing.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { realCopy } from './helpers/real-copy.js';
import { idOf, ids } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
// Title, authors and abstract: the block up to its date line.
const text = (b: string) => b.split(/\nSubmitted /)[0] as string;
const having = (re: RegExp) => new Set(gpt.blocks.filter((b) => re.test(text(b))).map(idOf));

describe('names with a version number', () => {
  it('reads "GPT4" as GPT-4, not as a typo of "GPT"', () => {
    const gpt4 = having(/\bGPT[- ]?4(?![\dA-Za-z]|\.\d)/);
    expect(gpt4.size).toBeGreaterThan(1);
    expect(gpt4.size).toBeLessThan(gpt.blocks.length / 2);
    const a = ask(gpt.index, 'how many papers mention GPT4');
    expect(ids(a.papers)).toEqual(gpt4);
    expect(a.understood).not.toMatch(/read "gpt4" as/);
  });

  it('finds "Llama3" and "Llama 3" both ways', () => {
    const joinedOrApart = having(/\bllama[- ]?3/i);
    const joined = having(/\bllama3/i);
    expect(joined.size).toBeGreaterThan(0);
    expect(joinedOrApart.size).toBeGreaterThan(joined.size);
    expect(ids(ask(gpt.index, 'papers about Llama3').papers)).toEqual(joinedOrApart);
    const apart = ids(ask(gpt.index, 'papers about Llama 3').papers);
    for (const id of joinedOrApart) expect(apart.has(id), id).toBe(true);
  });

  it('finds "Qwen 2" where only "Qwen2" is written, with no note that the words are apart', () => {
    const qwen2 = having(/\bQwen2/);
    expect(having(/\bQwen\b/).size).toBe(0);
    const a = ask(gpt.index, 'papers about Qwen 2');
    expect(ids(a.papers)).toEqual(qwen2);
    expect(a.answer).not.toMatch(/no paper (?:mentions|has)/);
  });
});
