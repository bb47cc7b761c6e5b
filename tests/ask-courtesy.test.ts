// Questions with the courtesy of a group chat around them: greetings, preambles, "could you tell
// me", "by any chance", "thanks in advance". The same question without them answers the same.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const index = fixtureIndex();

describe('courtesy around a question', () => {
  it.each([
    ['Hi! For our reading group, could you tell me who wrote MMSearch?', 'who wrote MMSearch', gpt.index],
    [
      "I'd like to know how many papers Hadi Hemmati has here. Thanks in advance!",
      'how many papers does Hadi Hemmati have',
      gpt.index,
    ],
    ['Is there anything on Raft in this list, by any chance?', 'is there anything on Raft', distributed.index],
    [
      'Good morning! Which papers did Divya Mahajan publish in 2025, please?',
      'which papers did Divya Mahajan publish in 2025',
      index,
    ],
    ['How many papers in this listing are about diffusion, roughly?', 'how many papers are about diffusion', index],
    ['Quick question: when was NVLM first submitted?', 'when was NVLM first submitted', gpt.index],
  ] as const)('"%s" is answered as "%s"', (polite, plain, listing) => {
    const [a, b] = [ask(listing, polite), ask(listing, plain)];
    expect(a.declined).toBeFalsy();
    expect(a.answer).toBe(b.answer);
  });

  it('reads "would it be possible to get the titles of the papers from 2022" as those papers', () => {
    const a = ask(index, 'Would it be possible to get the titles of the papers from 2022?');
    expect(a.understood).toBe('papers submitted in 2022');
  });

  it('declines "which paper should we read first" as an opinion', () => {
    expect(ask(gpt.index, 'Which paper should we read first?').declined).toBe(true);
  });
});
