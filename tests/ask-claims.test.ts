// Claims from a draft checked against the listing: the claim is never a condition; a question
// that leans on it is asked of what it is about. Expectations from the raw lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, names, titleOf } from './helpers/raw-blocks.js';

const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const team = (b: string) => names(b).length + hidden(b);

describe('claims in a draft', () => {
  it('asks the count a claim is about, not the claimed number', () => {
    const revised = RAW_ENTRIES.filter((e) => e.revised).length;
    const a = ask(
      fixtureIndex(),
      "My notes say 26 of these papers were revised after their first version; what's the actual number?",
    );
    expect(a.answer).toContain(`: ${revised}`);
    const enubet = distributed.blocks.find((b) => /ENUBET/.test(titleOf(b))) as string;
    const b = ask(
      distributed.index,
      'I wrote that the ENUBET Micromegas detector paper has 25 authors — how many does it have?',
    );
    expect(b.answer).toContain(`${team(enubet)} authors`);
  });

  it("checks a person's claimed number of papers, hidden authors accounted for", () => {
    const kadian = RAW_ENTRIES.filter((e) => e.authors.includes('Abhishek Kadian'));
    const cut = RAW_ENTRIES.filter((e) => e.hidden > 0 && !e.authors.includes('Abhishek Kadian'));
    const a = ask(fixtureIndex(), `true or false: Abhishek Kadian is on ${kadian.length} papers in this list`);
    expect(a.answer).toMatch(cut.length === 0 ? /^Yes: / : /^(?:Yes|The listing cannot tell): /);
    expect(ask(fixtureIndex(), `does Abhishek Kadian have ${kadian.length + 1} papers`).answer).toMatch(/^No: /);
  });

  it('answers "which one has?" of a claimed superlative', () => {
    const dc = distributed.blocks.filter((b) => categories(b).includes('cs.DC'));
    const most = Math.max(...dc.map(team));
    const top = dc.filter((b) => team(b) === most).map(idOf);
    const a = ask(
      distributed.index,
      'The draft says HetRL has the biggest author list among the cs.DC papers; which one has?',
    );
    for (const id of top) expect(a.papers.map((p) => p.arxivId)).toContain(id);
  });

  it('declines a negated claim with a hint rather than reading its words', () => {
    const a = ask(drosophila.index, 'is it accurate to say nobody in this list is on more then 10 papers?');
    expect(a.declined).toBe(true);
  });

  it('checks "at least twice as many" of two categories', () => {
    const n = (c: string) => drosophila.blocks.filter((b) => categories(b).includes(c)).length;
    const [nc, me] = [n('q-bio.NC'), n('stat.ME')];
    const a = ask(drosophila.index, 'Are there at least twice as many q-bio.NC papers as stat.ME papers?');
    expect(a.answer).toMatch(nc >= 2 * me ? /^Yes: / : /^No: /);
    expect(a.answer).toContain(`${nc}`);
  });
});
