import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { FIXTURE_TEXT, RAW_ENTRIES } from './helpers/fixture.js';

const papers = parseListing(FIXTURE_TEXT).papers;
// The same listing searched as MiniSearch scores it, and with the planning of large listings on.
const scored = PaperIndex.of(papers, { planFrom: Infinity });
const planned = PaperIndex.of(papers, { planFrom: 0 });
const ids = (index: PaperIndex, q: string) => new Set(index.search(q, { allWords: true }).hits.map((h) => h.paper.id));

const QUERIES = [
  'mixture of experts',
  'large language models',
  'LLM training',
  'MoE inference',
  'processing in memory',
  'causal representation learning',
  'hardware accelerator training',
  'recommendation model training',
  'federated learning stragglers',
  'diffusion models',
  '"language models" inference',
  'training -llama',
  'author:"Divya Mahajan" training',
  'year:2024 models data',
  'GPU memory',
  'Divya Mahajan memory',
  'pulse oximetry bias',
  'the of and',
  'zzzz models',
];

describe('query planning on large listings', () => {
  it('never changes which papers match', () => {
    for (const q of QUERIES) expect(ids(planned, q), q).toEqual(ids(scored, q));
  });

  it('finds only papers that have every word of the query', () => {
    // Each word's inflections written by hand ("accelerated" is not "accelerator"), checked on
    // the raw lines of the fixture.
    const cases: [string, RegExp[]][] = [
      ['hardware accelerator training', [/\bhardwares?\b/i, /\baccelerators?\b/i, /\btrain(?:s|ed|ing)?\b/i]],
      [
        'federated learning stragglers',
        [/\bfederat(?:e|es|ed|ing)\b/i, /\blearn(?:s|ed|t|ing)?\b/i, /\bstragglers?\b/i],
      ],
      ['GPU memory', [/\bGPUs?\b/i, /\bmemor(?:y|ies)\b/i]],
    ];
    for (const [q, stems] of cases) {
      const expected = RAW_ENTRIES.filter((r) => {
        const text = `${r.title} ${r.paragraphs.join(' ')} ${r.authors.join(' ')}`;
        return stems.every((s) => s.test(text));
      }).map((r) => r.title);
      const found = planned.search(q, { allWords: true }).hits.map((h) => h.paper.title);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(new Set(found), q).toEqual(new Set(expected));
    }
  });

  it('ranks a paper with the words in its title first, as without planning', () => {
    for (const q of ['mixture of experts', 'pulse oximetry bias', 'federated learning stragglers']) {
      expect(planned.search(q).hits[0]?.paper.id, q).toBe(scored.search(q).hits[0]?.paper.id);
    }
  });
});

describe('building an index', () => {
  it('builds the same index in batches as at once', async () => {
    const batched = await PaperIndex.build(papers);
    expect(batched.stats()).toEqual(scored.stats());
    expect(batched.newest.map((p) => p.id)).toEqual(scored.newest.map((p) => p.id));
    for (const q of QUERIES) {
      expect(
        batched.search(q).hits.map((h) => [h.paper.id, h.score]),
        q,
      ).toEqual(scored.search(q).hits.map((h) => [h.paper.id, h.score]));
    }
  });

  it('indexes an empty listing and a listing of one paper', async () => {
    const empty = await PaperIndex.build([]);
    expect(empty.search('anything').hits).toEqual([]);
    expect(empty.stats().papers).toBe(0);
    const one = PaperIndex.of(papers.slice(0, 1));
    expect(one.search(papers[0]?.title ?? '').hits.map((h) => h.paper.id)).toEqual([papers[0]?.id]);
  });
});

describe('refreshing an index', () => {
  // The fixture with one paper's abstract changed, one paper gone and one new paper.
  const changed = papers
    .map((p, i) => (i === 3 ? { ...p, abstract: `${p.abstract} Zyxwvut benchmarks.` } : p))
    .filter((_, i) => i !== 7);
  const added = {
    ...(papers[0] as (typeof papers)[number]),
    id: 'a-new-paper',
    title: 'Quokka: Sparse Attention for Marsupial Vision',
    abstract: 'We propose Quokka, a sparse attention model.',
    authors: ['Ada Quokka'],
  };
  const refreshed = [added, ...changed];
  const fresh = PaperIndex.of(refreshed);
  const compare = (index: PaperIndex) => {
    expect(index.size).toBe(fresh.size);
    expect(index.stats()).toEqual(fresh.stats());
    expect(index.newest.map((p) => p.id)).toEqual(fresh.newest.map((p) => p.id));
    for (const q of [...QUERIES, 'zyxwvut', 'quokka', 'marsupial attention', 'Ada Quokka']) {
      expect(ids(index, q), q).toEqual(ids(fresh, q));
    }
  };

  it('answers as a fresh build of the refreshed listing', async () => {
    const before = await PaperIndex.build(papers);
    const after = await PaperIndex.update(before, refreshed);
    compare(after);
    expect(after.search('zyxwvut').hits.map((h) => h.paper.id)).toEqual([papers[3]?.id]);
    expect(after.get(papers[7]?.id ?? '')).toBeUndefined();
    // A second refresh, back to the original listing.
    const again = await PaperIndex.update(after, papers);
    expect(ids(again, 'quokka')).toEqual(new Set());
    for (const q of QUERIES) expect(ids(again, q), q).toEqual(ids(scored, q));
  });

  it('keeps the previous index answering as before while it refreshes', async () => {
    const before = await PaperIndex.build(papers);
    const expected = QUERIES.map((q) => [...ids(before, q)]);
    let done = false;
    const pending = PaperIndex.update(before, refreshed).then((index) => {
      done = true;
      return index;
    });
    let turns = 0;
    while (!done) {
      expect(ids(before, 'quokka')).toEqual(new Set());
      QUERIES.forEach((q, i) => expect([...ids(before, q)], q).toEqual(expected[i]));
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(turns).toBeGreaterThan(1);
    compare(await pending);
  });

  it('builds anew when much of the listing changed', async () => {
    const before = await PaperIndex.build(papers.slice(0, 10));
    const after = await PaperIndex.update(before, papers);
    compare(await PaperIndex.update(after, refreshed));
  });
});
