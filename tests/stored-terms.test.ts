// Index terms stored beside each paper: an index built from them answers exactly as one built from the text.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { TERMS_VERSION, indexTermsOf, storedTerms } from '../src/search/stored-terms.js';
import { fixtureIndex } from './helpers/fixture.js';

const plain = fixtureIndex();
const papers = plain.papers;

describe('stored index terms', () => {
  it('give an index that searches, counts and answers as one built from the text', async () => {
    const derived = await indexTermsOf(papers);
    expect(derived.byId.size).toBe(papers.length);
    const known = storedTerms(derived);
    expect(known).toBeDefined();
    const built = await PaperIndex.build(papers, {}, known);
    for (const q of ['diffusion', 'mixture of experts', '"language models"', 'training -recommendation', 'Mahajan']) {
      const hits = (index: PaperIndex) => index.search(q).hits.map((h) => [h.paper.id, h.score.toFixed(6)]);
      expect(hits(built), q).toEqual(hits(plain));
    }
    expect(built.stats()).toEqual(plain.stats());
    for (const q of ['Who wrote the most papers about training?', 'how many papers mention GPU', 'papers per year'])
      expect(ask(built, q).answer, q).toBe(ask(plain, q).answer);
  });

  it('are not used when another version of the rules made them, and a damaged one is made again', async () => {
    const derived = await indexTermsOf(papers);
    expect(storedTerms({ ...derived, version: 'terms-0-old' })).toBeUndefined();
    const first = papers[0];
    if (!first) throw new Error('the fixture has papers');
    const damaged = new Map(derived.byId).set(first.id, 'no separators');
    const known = storedTerms({ version: TERMS_VERSION, byId: damaged });
    expect(known?.(first)).toBeUndefined();
    const built = await PaperIndex.build(papers, {}, known);
    expect(built.search(first.title).hits[0]?.paper.id).toBe(first.id);
  });
});
