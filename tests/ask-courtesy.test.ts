// Questions with the courtesy of a group chat around them: greetings, preambles, "could you tell
// me", "by any chance", "thanks in advance". The same question without them answers the same.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
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

  it('takes a preamble ("For our robotics slot,") as no condition, and a short name\'s description as no topic', () => {
    const ro = distributed.blocks.filter((b) => categories(b).includes('cs.RO'));
    const most = Math.max(...ro.map((b) => names(b).length + hidden(b)));
    const a = ask(distributed.index, 'For our robotics slot, which cs.RO paper has the most authors?');
    expect(a.papers.map((p) => p.arxivId)).toEqual(ro.filter((b) => names(b).length + hidden(b) === most).map(idOf));
    const het = distributed.blocks.find((b) => titleOf(b).startsWith('HetRL')) as string;
    const b = ask(
      distributed.index,
      'Please give me the full author list of HetRL, the reinforcement learning paper for heterogeneous environments.',
    );
    for (const n of names(het)) expect(b.answer).toContain(n);
  });

  it('reads "how are X spread across primary categories" and "the most recent one" after a count', () => {
    const priebe = drosophila.blocks.filter((b) => names(b).includes('Carey E. Priebe'));
    const byPrimary = new Map<string, number>();
    for (const b of priebe)
      byPrimary.set(categories(b)[0] as string, (byPrimary.get(categories(b)[0] as string) ?? 0) + 1);
    const a = ask(
      drosophila.index,
      "Could you show me how Carey E. Priebe's papers are spread across primary categories?",
    );
    for (const [c, n] of byPrimary) expect(a.answer).toContain(`${c}: ${n}`);
    const tang = drosophila.blocks.filter((b) => names(b).includes('Minh Tang'));
    const latest = Math.max(...tang.map((b) => versionDays(b).latest));
    const b = ask(
      drosophila.index,
      'How many papers has Minh Tang co-authored, and when was the most recent one last updated?',
    );
    expect(b.parts?.[1]?.papers.map((p) => p.arxivId)).toEqual(
      tang.filter((t) => versionDays(t).latest === latest).map(idOf),
    );
  });

  it("declines a paper's full text", () => {
    expect(ask(distributed.index, 'Could you paste the full text of the LeaseGuard paper here for me?').declined).toBe(
      true,
    );
  });

  it('declines "which paper should we read first" as an opinion', () => {
    expect(ask(gpt.index, 'Which paper should we read first?').declined).toBe(true);
  });
});
