// Readings found by the twentieth question round (fixtures/questions/round20: a group leader and an
// administrator asking about people): expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { hidden, idOf, names, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "8 Jan 2026" for a time in ms since 1970, as answers write dates. */
const said = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

describe('people (round 20)', () => {
  it('answers "when was X\'s paper submitted" with the date of each of their papers', () => {
    const theirs = drosophila.blocks.filter((b) => names(b).some((n) => fold(n) === 'karolina korvasova'));
    expect(theirs).toHaveLength(1);
    const a = ask(drosophila.index, "when was karolina korvasova's paper submitted");
    expect(a.answer).toContain(said(versionDays(theirs[0] as string).first));
    const two = gpt.blocks.filter((b) => names(b).includes('Hadi Hemmati'));
    const both = ask(gpt.index, 'when did Hadi Hemmati submit his papers').answer;
    for (const b of two) expect(both).toContain(said(versionDays(b).first));
  });

  it("reads a lower-case name in a person's place as a person the listing may not show", () => {
    const cut = RAW_ENTRIES.filter((e) => e.hidden > 0);
    expect(cut.length).toBeGreaterThan(0);
    expect(ask(index, 'does yann lecun have any papers in here').answer).toMatch(/^The listing cannot tell/);
    // No GPT paper hides authors, and its one Lynch is Zoe Lynch: "nancy lynch" is no one here.
    expect(gpt.blocks.some((b) => hidden(b) > 0)).toBe(false);
    const lynch = ask(gpt.index, 'does nancy lynch have a paper in this list?');
    expect(lynch.answer).toMatch(/^No: I don't know an author named "nancy lynch"/);
  });

  it('declines positions, employers and gender, and "the most talented"', () => {
    for (const [listing, q] of [
      [index, 'is ioannis mitliagkas a professor or still a student?'],
      [gpt.index, 'which company does hadi hemmati work for'],
      [drosophila.index, 'is marta zlatic a group leader or a postdoc'],
      [distributed.index, 'is kuniko paxton a man or a woman?'],
      [drosophila.index, "out of carey priebe's coauthors who is the most talented"],
    ] as const)
      expect(ask(listing, q).declined, q).toBe(true);
    // A paper about gender bias is still a topic.
    expect(ask(gpt.index, 'papers about gender bias').declined).toBeFalsy();
  });

  it('names everyone with a family name when asked which of them there are', () => {
    const lins = [...new Set(gpt.blocks.flatMap(names))].filter((n) => /\bLin$/.test(n));
    expect(lins.length).toBeGreaterThan(1);
    const a = ask(gpt.index, "i need Lin's papers but which Lin? list every Lin here");
    expect(a.declined).toBeFalsy();
    expect(a.answer).toContain(`${lins.length} authors of this listing are named "Lin"`);
    for (const n of lins) expect(a.answer).toContain(n);
    expect(ask(drosophila.index, 'papers by tang').declined).toBe(true);
  });

  it('reads "who else is on X\'s paper", "the largest number of first-author papers", "that Y isn\'t on"', () => {
    const paper = gpt.blocks.find((b) => names(b).includes('Zhaxizhuoma')) as string;
    const others = ask(gpt.index, "who else is on zhaxizhuoma's paper").answer;
    for (const n of names(paper).filter((n) => n !== 'Zhaxizhuoma')) expect(others).toContain(n);
    const firsts = new Map<string, number>();
    for (const b of gpt.blocks) firsts.set(names(b)[0] as string, (firsts.get(names(b)[0] as string) ?? 0) + 1);
    const top = Math.max(...firsts.values());
    const leaders = [...firsts].filter(([, c]) => c === top).map(([n]) => n);
    const a = ask(gpt.index, 'which person has the largest number of first-author papers').answer;
    for (const n of leaders) expect(a).toContain(`${n} (${top} papers)`);
    const tang = drosophila.blocks.filter((b) => names(b).includes('Minh Tang'));
    const without = tang.filter((b) => !names(b).some((n) => n.startsWith('Carey E') && n.endsWith('Priebe')));
    const b = ask(drosophila.index, "minh tang papers that carey priebe isn't on");
    expect(new Set(b.papers.map((p) => p.arxivId))).toEqual(new Set(without.map(idOf)));
  });

  it('reads "and on which is X the first author" as the papers with X first', () => {
    const theirs = distributed.blocks.filter((b) => names(b).includes('Kuniko Paxton'));
    const first = theirs.filter((b) => names(b)[0] === 'Kuniko Paxton');
    const a = ask(distributed.index, 'how many papers has paxton got, and on which is paxton the first author');
    expect(new Set(a.parts?.[1]?.papers.map((p) => p.arxivId))).toEqual(new Set(first.map(idOf)));
    expect(a.parts?.[0]?.answer).toContain(`: ${theirs.length}`);
  });
});
