// A topic that only narrows other papers ("… but not training") is checked on each paper's own
// terms rather than searched: the check must select exactly the papers the search finds.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';
import { fixtureListings } from './helpers/fixture-listings.js';

const ids = (papers: readonly { id: string }[]) => new Set(papers.map((p) => p.id));

/** Title words of four letters or more, and each with the next one: single topics and two-word ones. */
function topics(index: PaperIndex): string[] {
  const out = new Set<string>();
  for (const p of index.papers) {
    const words = p.title.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? [];
    words.forEach((w, i) => {
      out.add(w);
      if (words[i + 1]) out.add(`${w} ${words[i + 1]}`);
    });
  }
  return [...out].slice(0, 300);
}

describe('a topic checked on each paper', () => {
  it.each(fixtureListings().map((l) => [l.name, l.index] as const))(
    'selects what the search finds, on %s',
    (_name, index) => {
      let decided = 0;
      const tried = topics(index);
      for (const text of tried) {
        const test = index.topicTest(text, 0);
        if (!test) continue;
        decided++;
        const searched = index.search(text, { allWords: true }).hits.map((h) => h.paper);
        expect(ids(index.papers.filter(test)), text).toEqual(ids(searched));
      }
      // Most title words are words of the listing, so the check decides them.
      expect(decided).toBeGreaterThan(tried.length / 2);
    },
  );

  it('selects what the planned search of a large listing finds (hits checked on the rarest word)', () => {
    const papers = parseListing(FIXTURE_TEXT).papers;
    const planned = PaperIndex.of(papers, { planFrom: 0 });
    for (const text of ['mixture of experts', 'large language models', 'memory training', 'LLM inference']) {
      const test = planned.topicTest(text, 0);
      expect(test, text).toBeDefined();
      const searched = planned.search(text, { allWords: true }).hits.map((h) => h.paper);
      expect(ids(papers.filter(test ?? (() => false))), text).toEqual(ids(searched));
    }
  });

  it('leaves typos, phrases and filters to the search, and a topic with fewer papers than the candidates', () => {
    const index = PaperIndex.of(parseListing(FIXTURE_TEXT).papers);
    expect(index.topicTest('trainng', 0)).toBeUndefined();
    expect(index.topicTest('"language models"', 0)).toBeUndefined();
    expect(index.topicTest('training author:"Divya Mahajan"', 0)).toBeUndefined();
    expect(index.topicTest('training', 0)).toBeDefined();
    expect(index.topicTest('training', index.size)).toBeUndefined();
  });

  it('"X but not Y" selects the papers about X whose text never has Y (raw words, by hand)', () => {
    const papers = parseListing(FIXTURE_TEXT).papers;
    const index = PaperIndex.of(papers);
    // Raw rule: "memory" as a word in the title or abstract; "training" as train/trains/trained/training.
    const memory = (p: (typeof papers)[number]) => /\bmemory\b/i.test(`${p.title} ${p.abstract}`);
    const training = (p: (typeof papers)[number]) => /\btrain(s|ed|ing)?\b/i.test(`${p.title} ${p.abstract}`);
    const expected = papers.filter((p) => memory(p) && !training(p));
    expect(expected.length).toBeGreaterThan(0);
    const answer = ask(index, 'papers about memory but not training');
    expect(answer.declined).toBeFalsy();
    expect(ids(answer.papers)).toEqual(ids(expected));
  });
});
