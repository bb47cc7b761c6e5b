import { describe, expect, it } from 'vitest';
import { LiveIndex } from '../src/search/live-index.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { parseQuery } from '../src/search/query.js';
import { RAW_ENTRIES, fixtureIndex, rawPapersBy } from './helpers/fixture.js';

const index = fixtureIndex();
const titles = (q: string) => index.search(q).hits.map((h) => h.paper.title);
const lower = (s: string) => s.toLowerCase();

describe('PaperIndex search', () => {
  it('ranks MoETuner first for "mixture of experts"', () => {
    expect(titles('mixture of experts')[0]).toMatch(/^MoETuner/);
  });

  it('ranks a title match above abstract-only matches', () => {
    const hits = titles('pulse oximetry');
    expect(hits[0]).toMatch(/pulse-oximetry/);
  });

  it('finds a word despite one typo', () => {
    const expected = RAW_ENTRIES.filter((r) => lower(r.title).includes('recommend')).map((r) => r.title);
    expect(expected.length).toBeGreaterThan(0);
    const found = titles('recomendation');
    for (const t of expected) expect(found).toContain(t);
    expect(titles('transformr')).toEqual(
      expect.arrayContaining(RAW_ENTRIES.filter((r) => r.title.includes('Transformer')).map((r) => r.title)),
    );
  });

  it('finds a long word misspelled so its stem drifts ("interpretabilty")', () => {
    const expected = RAW_ENTRIES.filter((r) => /interpretability/i.test(r.title)).map((r) => r.title);
    expect(expected.length).toBeGreaterThan(0);
    const found = titles('interpretabilty');
    for (const t of expected) expect(found).toContain(t);
  });

  it('stems English words', () => {
    const fluid = RAW_ENTRIES.find((r) => r.title.startsWith('FLuID'))?.title;
    expect(titles('stragglers')).toContain(fluid);
    expect(titles('straggler')).toContain(fluid);
  });

  it('folds case and diacritics', () => {
    const ozlem = RAW_ENTRIES.filter((r) => r.authors.includes('Özlem Uzuner')).map((r) => r.title);
    expect(ozlem.length).toBeGreaterThan(0);
    expect(titles('ozlem uzuner')).toEqual(ozlem);
    expect(titles('ÖZLEM')).toEqual(titles('Ozlem'));
    expect(titles('Sébastien')).toEqual(titles('sebastien'));
  });

  it('never merges two people through fuzzy or prefix matching', () => {
    const divya = new Set(rawPapersBy('Divya Mahajan').map((r) => r.title));
    const divyat = new Set(rawPapersBy('Divyat Mahajan').map((r) => r.title));
    expect(divya.size).toBe(17);
    expect(divyat.size).toBe(11);
    expect(new Set(titles('Divya Mahajan'))).toEqual(divya);
    expect(new Set(titles('Divya'))).toEqual(divya);
    expect(new Set(titles('Divyat'))).toEqual(divyat);
  });

  it('expands acronyms mined from the listing, both ways', () => {
    expect(index.acronyms.some((a) => a.short === 'moe' && /mixture/i.test(a.long))).toBe(true);
    expect(index.acronyms.some((a) => a.short === 'pim' && /processing/i.test(a.long))).toBe(true);
    // Papers that write "large language models" but never "LLM" are found by "LLM", and back.
    const spelled = RAW_ENTRIES.filter((r) => {
      const text = `${r.title} ${r.paragraphs.join(' ')}`;
      return /large language models?/i.test(text) && !/\bLLMs?\b/.test(text);
    });
    const onlyShort = RAW_ENTRIES.filter((r) => {
      const text = `${r.title} ${r.paragraphs.join(' ')}`;
      return /\bLLMs?\b/.test(text) && !/large language models?/i.test(text);
    });
    expect(spelled.length).toBeGreaterThan(0);
    expect(onlyShort.length).toBeGreaterThan(0);
    const llm = titles('LLM');
    for (const r of spelled) expect(llm).toContain(r.title);
    const long = titles('large language models');
    for (const r of onlyShort) expect(long).toContain(r.title);
  });

  it('mines acronyms from synthetic text and searches both ways', () => {
    const entry = (title: string, abstract: string) =>
      `-\n${title}\nAuthors:\nAna Example\nAbstract:\n${abstract}\nSubmitted 3 February, 2025;\noriginally announced February 2025.`;
    const small = PaperIndex.of(
      parseListing(
        [
          entry('Defining Paper', 'We use Quantum Widget Arrays (QWA) for speed.'),
          entry('Long Form Only', 'A new quantum widget array design.'),
          entry('Short Form Only', 'We improve QWA throughput.'),
        ].join('\n'),
      ).papers,
    );
    expect(small.search('QWA').hits.map((h) => h.paper.title)).toContain('Long Form Only');
    expect(small.search('quantum widget arrays').hits.map((h) => h.paper.title)).toContain('Short Form Only');
  });

  it('reads the query syntax', () => {
    expect(
      parseQuery(
        'mixture "exact phrase" -diffusion author:"Divya Mahajan" cat:cs.LG primary:astro-ph year:2024 before:2025-01 after:2024-06',
      ),
    ).toEqual({
      words: ['mixture'],
      phrases: ['exact phrase'],
      excluded: ['diffusion'],
      authors: ['Divya Mahajan'],
      categories: [
        { code: 'cs.LG', primary: false },
        { code: 'astro-ph', primary: true },
      ],
      year: 2024,
      before: '2025-01-01',
      after: '2024-06-01',
    });
    expect(parseQuery('year:abc before:soon "unclosed phrase')).toMatchObject({
      words: ['year', 'abc', 'before', 'soon', 'unclosed', 'phrase'],
    });
    expect(() => index.search('"""---:::year:')).not.toThrow();
  });

  it('applies phrases, exclusions and filters', () => {
    const phrase = titles('"language models"');
    const rawPhrase = RAW_ENTRIES.filter((r) => /language models/i.test(`${r.title} ${r.paragraphs.join(' ')}`)).map(
      (r) => r.title,
    );
    expect(new Set(phrase)).toEqual(new Set(rawPhrase));
    const excluded = titles('"language models" -llama');
    expect(excluded.length).toBeGreaterThan(0);
    for (const t of excluded) expect(t).not.toMatch(/llama/i);
    expect(excluded.length).toBeLessThan(phrase.length);

    const dhruv2023 = RAW_ENTRIES.filter(
      (r) => r.authors.includes('Dhruv Mahajan') && r.submitted.startsWith('2023'),
    ).map((r) => r.title);
    expect(new Set(titles('author:"Dhruv Mahajan" year:2023'))).toEqual(new Set(dhruv2023));
    const window = RAW_ENTRIES.filter((r) => r.submitted >= '2024-06-01' && r.submitted < '2025-01-01').map(
      (r) => r.title,
    );
    expect(new Set(titles('after:2024-06 before:2025-01'))).toEqual(new Set(window));
    expect(index.search('author:"Nobody Here" models').notes[0]).toMatch(/no author matches "Nobody Here"/);
  });

  it('returns score, matched terms and a snippet around the first match', () => {
    const hit = index.search('stragglers').hits[0];
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.terms).toContain('straggler');
    expect(hit?.snippet.toLowerCase()).toContain('straggler');
    expect(hit?.snippet.length).toBeLessThanOrEqual(230);
  });
});

describe('PaperIndex authors', () => {
  it('finds a person whatever the spelling of the name', () => {
    for (const q of ['Dhruv Mahajan', 'dhruv mahajan', 'Mahajan, Dhruv', 'DHRUV  MAHAJAN', 'Dhruv']) {
      const m = index.authors.find(q);
      expect(m.kind, q).toBe('found');
      if (m.kind === 'found') expect(m.author.papers).toHaveLength(rawPapersBy('Dhruv Mahajan').length);
    }
    const s = index.authors.find('Sebastien Lachapelle');
    expect(s.kind === 'found' && s.author.name).toBe('Sébastien Lachapelle');
    expect(index.authors.size).toBe(new Set(RAW_ENTRIES.flatMap((r) => r.authors)).size);
  });

  it('returns candidates for a partial or ambiguous name', () => {
    const mahajans = new Set(RAW_ENTRIES.flatMap((r) => r.authors).filter((a) => a.endsWith(' Mahajan')));
    for (const q of ['Mahajan', 'D. Mahajan']) {
      const m = index.authors.find(q);
      expect(m.kind).toBe('ambiguous');
      if (m.kind === 'ambiguous') {
        expect(new Set(m.candidates.map((c) => c.name))).toEqual(mahajans);
        expect(m.candidates[0]).toEqual({ name: 'Divya Mahajan', paperCount: 17 });
      }
    }
  });

  it('suggests names for a typo and says when nothing is found', () => {
    const m = index.authors.find('Divyat Mahajn');
    expect(m.kind).toBe('suggestions');
    if (m.kind === 'suggestions') expect(m.suggestions[0]?.name).toBe('Divyat Mahajan');
    expect(index.authors.find('Zebediah Quux').kind).toBe('none');
  });

  it('builds a card: papers newest first, dates, coauthors ranked by shared papers', () => {
    const m = index.authors.find('Dhruv Mahajan');
    if (m.kind !== 'found') throw new Error('not found');
    const card = index.authors.card(m.author);
    const raw = rawPapersBy('Dhruv Mahajan');
    expect(card.paperCount).toBe(10);
    const dates = card.papers.map((p) => p.submitted);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(card.first).toBe(raw.map((r) => r.submitted).sort()[0]);
    expect(card.last).toBe(
      raw
        .map((r) => r.submitted)
        .sort()
        .reverse()[0],
    );
    const counts = new Map<string, number>();
    for (const r of raw) for (const a of r.authors) if (a !== 'Dhruv Mahajan') counts.set(a, (counts.get(a) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    expect(card.coauthors.slice(0, 5).map((c) => [c.name, c.count])).toEqual(top);
  });
});

describe('PaperIndex latest, stats and swapping', () => {
  it('keeps the latest papers sorted by first version, and revised ones by last revision', () => {
    const newest = [...RAW_ENTRIES].sort((a, b) => b.submitted.localeCompare(a.submitted))[0];
    expect(index.newest[0]?.title).toBe(newest?.title);
    const subs = index.newest.map((p) => p.submitted);
    expect(subs).toEqual([...subs].sort().reverse());
    const revised = RAW_ENTRIES.filter((r) => r.submitted !== r.updated);
    expect(index.revised).toHaveLength(revised.length);
    const ups = index.revised.map((p) => p.updated);
    expect(ups).toEqual([...ups].sort().reverse());
  });

  it('counts papers per year and the most prolific authors', () => {
    const s = index.stats();
    expect(s.papers).toBe(50);
    const perYear = new Map<number, number>();
    for (const r of RAW_ENTRIES)
      perYear.set(Number(r.submitted.slice(0, 4)), (perYear.get(Number(r.submitted.slice(0, 4))) ?? 0) + 1);
    expect(s.perYear).toEqual(
      [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    );
    expect(s.topAuthors.slice(0, 3)).toEqual([
      { name: 'Divya Mahajan', count: 17 },
      { name: 'Divyat Mahajan', count: 11 },
      { name: 'Dhruv Mahajan', count: 10 },
    ]);
    expect(s.topTerms.length).toBeGreaterThan(5);
  });

  it('resolves papers by id, short name, title words', () => {
    const pimba = index.findPaper('Pimba');
    expect(pimba.kind === 'found' && pimba.paper.title).toMatch(/^Pimba:/);
    if (pimba.kind === 'found') expect(index.findPaper(pimba.paper.id)).toEqual(pimba);
    const llama3 = index.findPaper('the llama 3 herd of models');
    expect(llama3.kind === 'found' && llama3.paper.title).toBe('The Llama 3 Herd of Models');
    expect(index.findPaper('zzzz qqqq').kind).toBe('none');
  });

  it('swaps a whole new index in one step', () => {
    const live = new LiveIndex(index);
    const small = PaperIndex.of(index.papers.slice(0, 3));
    const seen: number[] = [];
    live.onReplace((i) => seen.push(i.size));
    const before = live.current;
    live.replace(small);
    expect(before.size).toBe(50);
    expect(live.current.size).toBe(3);
    expect(seen).toEqual([3]);
  });
});

describe('hyphenated and slashed words', () => {
  const index = fixtureIndex();
  const titles = (query: string) =>
    index
      .search(query)
      .hits.map((h) => h.paper.title)
      .sort();
  // Expected from the raw fixture text: the words in a row, joined by hyphens, slashes or spaces.
  const rawWith = (pattern: RegExp) =>
    RAW_ENTRIES.filter((e) => pattern.test(`${e.title} ${e.paragraphs.join(' ')}`))
      .map((e) => e.title)
      .sort();

  it('processing-in-memory finds the papers that say it, hyphenated or not, and no others', () => {
    const expected = rawWith(/processing[-\s]in[-\s]memory/i);
    expect(expected.length).toBeGreaterThan(0);
    expect(titles('processing-in-memory')).toEqual(expected);
  });

  it('NPU-PIM and compute/communication match their parts in a row', () => {
    expect(titles('NPU-PIM')).toEqual(rawWith(/NPU[-\s/]PIM/i));
    expect(titles('compute/communication')).toEqual(rawWith(/compute[-\s/]communication/i));
  });
});
