import { describe, expect, it } from 'vitest';
import {
  archiveOf,
  categoriesNamed,
  categoryName,
  describeCategories,
  inCategory,
  isArchive,
} from '../src/listing/categories.js';
import { parseListing } from '../src/listing/listing-parser.js';
import type { Paper } from '../src/listing/paper.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';
import { REAL_LISTINGS, expectOf, parsedById, readRaw } from './helpers/raw-copied.js';

const distributed = parsedById('distributed-systems');
const drosophila = parsedById('drosophila-connectome');
const gpt = parsedById('gpt-search-2024-09');

const idsIn = (papers: Map<string, Paper>, code: string, primary = false) =>
  [...papers].filter(([, p]) => inCategory(p, code, { primary })).map(([id]) => id);

const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort();

describe('the category table', () => {
  it('names every tag the real listings carry', () => {
    for (const name of REAL_LISTINGS) {
      for (const r of readRaw(name))
        for (const tag of r.tags) expect(categoryName(tag), `${r.id} ${tag}`).toBeDefined();
    }
  });

  it("gives arXiv's names and archives", () => {
    expect(categoryName('cs.CL')).toBe('Computation and Language');
    expect(categoryName('q-fin.ST')).toBe('Statistical Finance');
    expect(categoryName('astro-ph.HE')).toBe('High Energy Astrophysical Phenomena');
    expect(categoryName('econ.GN')).toBe('General Economics');
    expect(categoryName('eess.SP')).toBe('Signal Processing');
    expect(categoryName('quant-ph')).toBe('Quantum Physics');
    expect(categoryName('gr-qc')).toBe('General Relativity and Quantum Cosmology');
    expect(categoryName('cond-mat.stat-mech')).toBe('Statistical Mechanics');
    expect(categoryName('physics.optics')).toBe('Optics');
    expect(categoryName('CS.cl')).toBe('Computation and Language');
    expect(categoryName('astro-ph')).toBe('Astrophysics');
    expect(categoryName('cs.XX')).toBeUndefined();
    expect(archiveOf('astro-ph.HE')).toBe('astro-ph');
    expect(archiveOf('quant-ph')).toBe('quant-ph');
    expect([isArchive('cs'), isArchive('q-fin'), isArchive('quant-ph'), isArchive('hep-th')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('categoriesNamed', () => {
  const named = (text: string) => categoriesNamed(text).map((c) => [c.code, c.archive]);

  it('reads codes, official names and everyday words', () => {
    expect(named('quantitative finance')).toEqual([['q-fin', true]]);
    expect(named('anything cross-listed to quantitative finance?')).toEqual([['q-fin', true]]);
    expect(named('statistical finance')).toEqual([['q-fin.ST', false]]);
    expect(named('astro')).toEqual([['astro-ph', true]]);
    expect(named('any astrophysics here')).toEqual([['astro-ph', true]]);
    expect(named('astro-ph.*')).toEqual([['astro-ph', true]]);
    expect(named('econ')).toEqual([['econ', true]]);
    expect(named('is there anything from economics in here?')).toEqual([['econ', true]]);
    expect(named('computer vision')).toEqual([['cs.CV', false]]);
    expect(named('machine learning')).toEqual([
      ['cs.LG', false],
      ['stat.ML', false],
    ]);
    expect(named('cs.CL')).toEqual([['cs.CL', false]]);
    expect(named('papers in CS.cl or cs.LG')).toEqual([
      ['cs.CL', false],
      ['cs.LG', false],
    ]);
    expect(named('cs')).toEqual([['cs', true]]);
    expect(named('q-bio.NC')).toEqual([['q-bio.NC', false]]);
    expect(named('how many papers carry any stat.* category')).toEqual([['stat', true]]);
    expect(named('is anything in hep-ex')).toEqual([['hep-ex', false]]);
    expect(named('Human-Computer Interaction')).toEqual([['cs.HC', false]]);
  });

  it('lets the longest phrase win and keeps to the order of the text', () => {
    expect(named('high energy physics').map(([c]) => c)).toEqual(['hep-ex', 'hep-lat', 'hep-ph', 'hep-th']);
    expect(named('which papers have a physics primary category')).toEqual([['physics', true]]);
    expect(named('natural language processing and robotics')).toEqual([
      ['cs.CL', false],
      ['cs.RO', false],
    ]);
    expect(named('cs.LG machine learning')).toEqual([
      ['cs.LG', false],
      ['stat.ML', false],
    ]);
  });

  it('finds nothing in topic words and everyday words', () => {
    expect(named('papers about quantum chaos')).toEqual([]);
    expect(named('distributed systems papers by Lamport')).toEqual([]);
    expect(named('does this sound right, and how is its performance?')).toEqual([]);
    expect(named('see github.com and e.g. the appendix')).toEqual([]);
  });
});

describe('inCategory', () => {
  it('counts like grep on the raw tags, for every tag, primary and any', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      const raw = readRaw(name);
      for (const tag of new Set(raw.flatMap((r) => r.tags))) {
        const any = raw.filter((r) => r.tags.includes(tag)).map((r) => r.id);
        const first = raw.filter((r) => r.tags[0] === tag).map((r) => r.id);
        expect(idsIn(papers, tag).sort(), `${name} ${tag}`).toEqual(any.sort());
        expect(idsIn(papers, tag, true).sort(), `${name} ${tag} primary`).toEqual(first.sort());
      }
    }
  });

  it('agrees with the cross-checks of the question tables (fixtures/questions/README.md)', () => {
    const counts = (papers: Map<string, Paper>, code: string) => [
      idsIn(papers, code, true).length,
      idsIn(papers, code).length,
    ];
    expect(counts(distributed, 'cs.DC')).toEqual([11, 12]);
    expect(counts(distributed, 'quant-ph')).toEqual([18, 20]);
    expect(counts(distributed, 'cs.LG')).toEqual([18, 38]);
    expect(counts(gpt, 'cs.CL')).toEqual([22, 29]);
    expect(counts(drosophila, 'q-bio.NC')).toEqual([15, 20]);
  });

  it('reads an archive as every category under it', () => {
    const astro = expectOf('distributed', 'how many astrophysics papers (astro-ph.*) are there');
    expect(sorted(idsIn(distributed, 'astro-ph'))).toEqual(sorted(astro.ids));
    expect(sorted(idsIn(distributed, 'astro-ph.*'))).toEqual(sorted(astro.ids));
    const stat = expectOf('drosophila', 'how many papers carry any stat.* category');
    expect(sorted(idsIn(drosophila, 'stat'))).toEqual(sorted(stat.ids));
    const physics = expectOf('drosophila', 'which papers have a physics primary category');
    expect(sorted(idsIn(drosophila, 'physics', true))).toEqual(sorted(physics.ids));
    expect(idsIn(gpt, 'econ')).toEqual(expectOf('gpt', 'is there anything from economics in here?').ids);
    expect(sorted(idsIn(distributed, 'econ'))).toEqual(
      sorted(expectOf('distributed', 'any econ papers in this list?').ids),
    );
    expect(idsIn(gpt, 'q-fin')).toEqual(expectOf('gpt', 'anything cross-listed to quantitative finance?').ids);
    expect(idsIn(gpt, 'astro-ph')).toEqual([]);
    const notCs = expectOf(
      'gpt',
      'how many of these papers have a primary category outside computer science (not cs.*)?',
    );
    expect(sorted([...gpt].filter(([, p]) => !inCategory(p, 'cs', { primary: true })).map(([id]) => id))).toEqual(
      sorted(notCs.ids),
    );
    // "cs" is an archive prefix, not a substring: "physics.soc-ph" is not in "cs".
    expect(idsIn(drosophila, 'cs').every((id) => drosophila.get(id)?.categories.some((c) => c.startsWith('cs.')))).toBe(
      true,
    );
  });
});

describe('describeCategories', () => {
  const line = (papers: Map<string, Paper>, id: string) => describeCategories(papers.get(id) as Paper);

  it('writes the primary and the cross-lists as the question tables expect', () => {
    expect(line(gpt, '2409.12924')).toBe(expectOf('gpt', 'Which categories is WaveletGPT listed under?').value);
    expect(line(drosophila, '2511.05542')).toBe(
      expectOf('drosophila', 'which categories is ConnectomeBench in?').value,
    );
    const consciousness = "which categories is 'Testing the Machine Consciousness Hypothesis' in?";
    expect(line(distributed, '2512.01081')).toBe(expectOf('distributed', consciousness).value);
    expect(line(drosophila, '2508.16792')).toBe('cs.DC (primary); cross-list cs.NE');
    expect(line(gpt, '2409.09584')).toBe('cs.SE (primary); cross-list cs.CL');
    expect(line(distributed, '2512.15659')).toBe('cs.DC (primary; no cross-lists)');
  });

  it('adds the names on request, and gives nothing for a listing without categories', () => {
    expect(describeCategories(drosophila.get('2508.16792') as Paper, { names: true })).toBe(
      'cs.DC (Distributed, Parallel, and Cluster Computing) (primary); cross-list cs.NE (Neural and Evolutionary Computing)',
    );
    for (const p of parseListing(FIXTURE_TEXT).papers) expect(describeCategories(p)).toBeUndefined();
  });
});
