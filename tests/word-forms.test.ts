// Words as written (issue 24, item 6): a topic matches the inflections of its own words, never
// another word ("distributed" is not "distribution"); a typo is read as a word one or two edits
// away only when no paper has the typed word, never as a longer word it begins; a quoted phrase
// matches its words in order. Expectations come from the raw lines of real listings, read here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { termOf } from '../src/search/terms.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';

/** An entry of a copied arXiv page as this test reads it: its id, and the text a topic is looked for in. */
interface Entry {
  id: string;
  text: string;
}

const REAL = join(import.meta.dirname, '..', 'fixtures', 'real');

/** The entries of a copied page: a block per "arXiv:" line; the title is the line before "Authors:". */
function readCopied(file: string): { entries: Entry[]; index: PaperIndex } {
  const raw = readFileSync(join(REAL, file), 'utf8');
  const entries = raw
    .split(/\n(?=arXiv:)/)
    .filter((block) => block.startsWith('arXiv:'))
    .map((block) => {
      const lines = block.split('\n').filter((l) => l.trim() !== '');
      const authors = lines.findIndex((l) => l.startsWith('Authors:'));
      const teaser = lines.find((l) => l.startsWith('Abstract:')) ?? '';
      return {
        id: /^arXiv:(\S+)/.exec(block)?.[1] as string,
        text: `${lines[authors - 1]} ${teaser.replace(/^Abstract: /, '').replace(/▽ More$/, '')}`,
      };
    });
  return { entries, index: PaperIndex.of(parseListing(raw).papers) };
}

const ids = (entries: readonly Entry[]) => new Set(entries.map((e) => e.id));
const found = (index: PaperIndex, q: string) =>
  new Set(index.search(q, { allWords: true }).hits.map((h) => h.paper.id));

// The inflections of each word, written by hand.
const DISTRIBUTED = /\bdistribut(?:e|es|ed|ing)\b/i;
const DISTRIBUTION = /\bdistributions?\b/i;
const SYSTEMS = /\bsystems?\b/i;

describe('one word, its inflections only', () => {
  const { entries, index } = readCopied('distributed-systems.copied.txt');
  const saysDistributed = entries.filter((e) => DISTRIBUTED.test(e.text));
  const saysDistribution = entries.filter((e) => DISTRIBUTION.test(e.text));

  it('joins the forms of a word and keeps other words apart', () => {
    const same = (words: string[]) => new Set(words.map((w) => termOf(w))).size === 1;
    for (const forms of [
      ['distribute', 'distributes', 'distributed', 'distributing', 'Distributed'],
      ['distribution', 'distributions'],
      ['system', 'systems'],
      ['model', 'models', 'modeling', 'modelling', 'modeled'],
      ['compute', 'computes', 'computed', 'computing'],
      ['synapse', 'synapses'],
      ['GPU', 'GPUs'],
      ['qubit', 'qubits'],
      ['code', 'codes', 'coded', 'coding'],
      ['seed', 'seeds'],
      ['bit', 'bits'],
      ['large', 'larger', 'largest'],
      // A word that is also a property of every JavaScript object.
      ['constructor', 'constructors'],
    ])
      expect(same(forms), forms.join(' ')).toBe(true);
    for (const pair of [
      ['distributed', 'distribution'],
      ['computing', 'computation'],
      ['computing', 'computer'],
      ['quantum', 'quantization'],
      ['recommendation', 'recommender'],
      ['seed', 'see'],
      ['left', 'leave'],
      ['ground', 'grind'],
      ['better', 'good'],
      ['layer', 'lay'],
      ['physics', 'physic'],
      ['Andreas', 'Andrea'],
    ])
      expect(same(pair), pair.join(' ')).toBe(false);
  });

  it('finds "distributed" and "distribution" as two words', () => {
    expect(saysDistributed.filter((e) => !DISTRIBUTION.test(e.text)).length).toBeGreaterThan(0);
    expect(saysDistribution.filter((e) => !DISTRIBUTED.test(e.text)).length).toBeGreaterThan(0);
    expect(found(index, 'distributed')).toEqual(ids(saysDistributed));
    expect(found(index, 'distribution')).toEqual(ids(saysDistribution));
  });

  it('/search "distributed systems" returns no paper that only says "distribution"', () => {
    const onlyDistribution = entries.filter(
      (e) => /\bdistribution systems?\b/i.test(e.text) && !DISTRIBUTED.test(e.text),
    );
    expect(onlyDistribution.length).toBeGreaterThan(0);
    const hits = found(index, '"distributed systems"');
    expect(hits.size).toBeGreaterThan(0);
    for (const e of entries.filter((e) => hits.has(e.id))) {
      expect(e.text).toMatch(DISTRIBUTED);
      expect(e.text).toMatch(SYSTEMS);
    }
    for (const e of onlyDistribution) expect(hits.has(e.id), e.text).toBe(false);
    for (const e of entries.filter((e) => /\bdistributed systems?\b/i.test(e.text))) expect(hits.has(e.id)).toBe(true);
  });

  it('a quoted phrase matches its words in order', () => {
    // Stop words between the words do not count, as in the index.
    const inOrder = (a: string, b: string) =>
      new RegExp(`\\b${a}[\\s,;:-]+(?:(?:a|an|and|the|of|in|for|to|on|with)\\s+)*${b}\\b`, 'i');
    const forward = entries.filter((e) => inOrder('distribut(?:e|es|ed|ing)', 'systems?').test(e.text));
    const backward = entries.filter((e) => inOrder('systems?', 'distribut(?:e|es|ed|ing)').test(e.text));
    expect(forward.length).toBeGreaterThan(0);
    expect(found(index, '"distributed systems"')).toEqual(ids(forward));
    expect(found(index, '"systems distributed"')).toEqual(ids(backward));
  });

  it('/stats counts the papers of each word, not of the two together', () => {
    const top = new Map(index.stats().topTerms.map((t) => [t.term, t.count]));
    expect(top.get('distributed')).toBe(saysDistributed.length);
    expect(top.get('distribution')).toBe(saysDistribution.length);
    expect(top.get('systems')).toBe(entries.filter((e) => SYSTEMS.test(e.text)).length);
  });

  it('the plural of a -se noun is that noun ("synapses", not "synapsis")', () => {
    const fly = readCopied('drosophila-connectome.copied.txt');
    const synapse = fly.entries.filter((e) => /\bsynapses?\b/i.test(e.text));
    expect(synapse.length).toBeGreaterThan(0);
    expect(found(fly.index, 'synapses')).toEqual(ids(synapse));
    expect(found(fly.index, 'synapse')).toEqual(ids(synapse));
  });
});

describe('typos', () => {
  const index = fixtureIndex();
  const text = (r: (typeof RAW_ENTRIES)[number]) => `${r.title} ${r.paragraphs.join(' ')}`;
  const titles = (q: string, mode = {}) => new Set(index.search(q, mode).hits.map((h) => h.paper.title));

  it('"quantum computing" is not read as "quantization"', () => {
    expect(RAW_ENTRIES.some((r) => /\bquantum\b/i.test(text(r)))).toBe(false);
    expect(RAW_ENTRIES.some((r) => /\bquantiz/i.test(text(r)))).toBe(true);
    const { hits, notes } = index.search('quantum computing');
    expect(notes.join(' ')).not.toMatch(/quantiz/);
    expect(notes).toContain('no paper has "quantum"');
    for (const h of hits) expect(`${h.paper.title} ${h.paper.abstract}`).toMatch(/\bcomput(?:e|es|ed|ing)\b/i);
    for (const file of [
      'distributed-systems.copied.txt',
      'drosophila-connectome.copied.txt',
      'gpt-search-2024-09.copied.txt',
    ]) {
      const real = readCopied(file);
      const search = real.index.search('quantum computing');
      expect(search.notes.join(' '), file).not.toMatch(/quantiz/);
      const cited = real.entries.filter((e) => search.hits.some((h) => h.paper.id === e.id));
      for (const e of cited) expect(e.text, file).toMatch(/\bquantum\b|\bcomput(?:e|es|ed|ing)\b/i);
    }
  });

  it('never reads a word as a longer word it begins, except the last word while typing', () => {
    const quantiz = RAW_ENTRIES.filter((r) => /\bquantiz/i.test(text(r))).map((r) => r.title);
    expect(quantiz.length).toBeGreaterThan(0);
    expect(titles('quantiz')).toEqual(new Set());
    expect(titles('quantiz', { typing: true })).toEqual(new Set(quantiz));
  });

  it('reads a word no paper has as the word one edit away, and says so', () => {
    const recommendation = RAW_ENTRIES.filter((r) => /\brecommendations?\b/i.test(text(r))).map((r) => r.title);
    expect(recommendation.length).toBeGreaterThan(0);
    expect(titles('recomendation')).toEqual(new Set(recommendation));
    expect(index.search('recomendation').notes).toContain(
      'no paper has "recomendation"; showing results for "recommendation"',
    );
    // A word a paper writes as typed is no typo, though its index term differs.
    const gpu = RAW_ENTRIES.filter((r) => /\bGPUs?\b/i.test(text(r))).map((r) => r.title);
    expect(titles('gpus')).toEqual(new Set(gpu));
    expect(index.search('gpus').notes).toEqual([]);
    // The edit is counted on the words as written: "lerning" is one edit from "learning".
    const learning = RAW_ENTRIES.filter((r) => /\blearn(?:s|ed|t|ing)?\b/i.test(text(r))).map((r) => r.title);
    expect(titles('lerning')).toEqual(new Set(learning));
  });
});
