import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/base/errors.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { loadListing } from '../src/listing/load-listing.js';
import { PaperSchema } from '../src/listing/paper.js';
import { FIXTURE_TEXT, RAW_ENTRIES } from './helpers/fixture.js';
import { lineMutation, mutate } from './helpers/mutate.js';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { papers, problems } = parseListing(FIXTURE_TEXT);
const byTitle = new Map(papers.map((p) => [p.title, p]));

describe('parseListing on the fixture', () => {
  it('reads all 50 papers without problems, each a valid Paper', () => {
    expect(RAW_ENTRIES).toHaveLength(50);
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(50);
    for (const p of papers) expect(PaperSchema.safeParse(p).success).toBe(true);
  });

  it('matches the raw entries: titles, authors, et-al counts and the three dates', () => {
    for (const raw of RAW_ENTRIES) {
      const p = byTitle.get(raw.title);
      expect(p, raw.title).toBeDefined();
      expect(p?.authors).toEqual(raw.authors);
      expect(p?.hiddenAuthorCount).toBe(raw.hidden);
      expect(p?.submitted).toBe(raw.submitted);
      expect(p?.updated).toBe(raw.updated);
      expect(p?.announced).toBe(raw.announced);
    }
  });

  it('spot-checks known values', () => {
    const llama4 = byTitle.get('The Llama 4 Herd: Architecture, Training, Evaluation, and Deployment Notes');
    expect(llama4?.authors).toHaveLength(25);
    expect(llama4?.hiddenAuthorCount).toBe(1298);
    const earth = byTitle.get('EarthSight: A Distributed Framework for Low-Latency Satellite Intelligence');
    expect(earth).toMatchObject({
      submitted: '2025-11-13',
      updated: '2026-01-14',
      announced: '2025-11',
      authors: ['Ansel Kaplan Erol', 'Seungjun Lee', 'Divya Mahajan'],
    });
    const hidden = papers
      .map((p) => p.hiddenAuthorCount)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
    expect(hidden).toEqual([1, 536, 1298]);
    const slots = papers.reduce((n, p) => n + p.authors.length, 0);
    expect(slots).toBe(392);
  });

  it('keeps multi-paragraph abstracts as paragraphs and drops the teaser', () => {
    const multi = RAW_ENTRIES.filter((r) => r.paragraphs.length > 1);
    expect(multi).toHaveLength(6);
    for (const raw of multi) {
      const p = byTitle.get(raw.title);
      expect(p?.abstract.split('\n')).toHaveLength(raw.paragraphs.length);
      expect(p?.abstractRaw).toBe(raw.paragraphs.join('\n'));
    }
    for (const p of papers) {
      expect(p.abstract).not.toContain('▽ More');
      expect(p.abstract).not.toContain('△ Less');
      expect(p.abstract.endsWith('…')).toBe(false);
    }
  });

  it('turns LaTeX into plain text and keeps the raw form', () => {
    const ca = byTitle.get('CATransformers: Carbon Aware Transformers Through Joint Model-Hardware Optimization');
    expect(ca?.abstractRaw).toContain('\\ourframework');
    expect(ca?.abstract).not.toMatch(/[\\{}$]/);
    expect(ca?.abstract).toContain('operational carbon');
    expect(ca?.abstract).toContain('We introduce CATransformers');
    expect(ca?.abstract).toContain('by up to 30%');
    expect(ca?.abstract).toContain('available at https://github.com/facebookresearch/CATransformers.');
    expect(ca?.urls).toEqual(['https://github.com/facebookresearch/CATransformers']);
    const neupims = byTitle.get('NeuPIMs: NPU-PIM Heterogeneous Acceleration for Batched LLM Inferencing');
    expect(neupims?.abstract).toContain('×');
    expect(neupims?.abstract).not.toContain('$');
    const spam = byTitle.get('Scalable Interpretability via Polynomials');
    expect(spam?.abstract).toContain('powerful, inherently-interpretable models');
    expect(spam?.abstract).not.toContain('\\em');
    for (const p of papers) expect(p.abstract, p.title).not.toMatch(/\\[a-zA-Z]|\$[^$\s]/);
  });

  it('collects code links from abstracts', () => {
    const withUrls = papers.filter((p) => p.urls.length > 0);
    const rawWithUrls = RAW_ENTRIES.filter((r) => r.paragraphs.join(' ').includes('https://'));
    expect(withUrls).toHaveLength(rawWithUrls.length);
    for (const p of withUrls)
      for (const u of p.urls) expect(u).toMatch(/^https:\/\/github\.com\/[^\s.]+\/[^\s{}]+[^.]$/);
  });

  it('gives stable, unique ids that survive re-reading and reordering', () => {
    expect(new Set(papers.map((p) => p.id)).size).toBe(50);
    const entries = FIXTURE_TEXT.split('\n-\n');
    const reversed = parseListing(entries.reverse().join('\n-\n'));
    expect(reversed.problems).toEqual([]);
    const ids = new Map(reversed.papers.map((p) => [p.title, p.id]));
    for (const p of papers) expect(ids.get(p.title)).toBe(p.id);
    for (const p of papers) expect(p.links.search).toContain('arxiv.org/search');
  });
});

const REAL_PAGE = [
  'arXiv:2502.01234  [pdf, other] \r',
  'cs.LG cs.AI stat.ML\r',
  'A Real Paper: With a Title That Wraps\r',
  '   \r',
  'Authors: Ana Pérez, Bo Li, et al. (3 additional authors not shown)\r',
  'Abstract: We study things in full, with no toggles.   \r',
  'A second paragraph.\r',
  'Comments: 12 pages, 3 figures\r',
  'Journal ref: Proc. Foo 2025\r',
  'DOI: 10.1000/xyz123\r',
  'Submitted 3 February, 2025; v1 submitted 1 February, 2025; originally announced February 2025.\r',
  'arXiv:2501.00001  [pdf]\r',
  'cs.DC\r',
  'Second Paper Without Separator\r',
  'Authors:\r',
  'Chen Wu\r',
  'Abstract:\r',
  'Short abstract.\r',
  'Submitted 2 January, 2025;\r',
  'originally announced January 2025.\r',
].join('\n');

describe('parseListing on real arXiv page copies', () => {
  const result = parseListing(REAL_PAGE);

  it('reads arXiv ids, categories, full abstracts, comments, journal ref and DOI with CRLF and blanks', () => {
    expect(result.problems).toEqual([]);
    expect(result.papers).toHaveLength(2);
    const [a, b] = result.papers;
    expect(a).toMatchObject({
      id: '2502.01234',
      arxivId: '2502.01234',
      title: 'A Real Paper: With a Title That Wraps',
      authors: ['Ana Pérez', 'Bo Li'],
      hiddenAuthorCount: 3,
      abstract: 'We study things in full, with no toggles.\nA second paragraph.',
      categories: ['cs.LG', 'cs.AI', 'stat.ML'],
      comments: '12 pages, 3 figures',
      journalRef: 'Proc. Foo 2025',
      doi: '10.1000/xyz123',
      submitted: '2025-02-01',
      updated: '2025-02-03',
      announced: '2025-02',
      links: { abs: 'https://arxiv.org/abs/2502.01234', pdf: 'https://arxiv.org/pdf/2502.01234' },
    });
    expect(b).toMatchObject({
      id: '2501.00001',
      title: 'Second Paper Without Separator',
      categories: ['cs.DC'],
      authors: ['Chen Wu'],
    });
  });
});

describe('parseListing on malformed input', () => {
  const entry = (title: string, extra = '') =>
    `-\n${title}\nAuthors:\nAna Pérez,\nBo Li\nAbstract:\nText of ${title}.\n${extra}Submitted 3 February, 2025;\noriginally announced February 2025.`;

  it('reports a bad entry with its line number and keeps the others', () => {
    const text = [
      entry('First Good'),
      '-\nNo Authors Here\nAbstract:\nx\nSubmitted 3 February, 2025;\noriginally announced February 2025.',
      entry('Second Good'),
    ].join('\n');
    const { papers, problems } = parseListing(text);
    expect(papers.map((p) => p.title)).toEqual(['First Good', 'Second Good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(text.split('\n').indexOf('No Authors Here') + 1);
    expect(problems[0]?.message).toMatch(/No Authors Here/);
  });

  it('names an unreadable date', () => {
    const text =
      entry('Good') + '\n' + entry('Bad Date').replace('Submitted 3 February, 2025;', 'Submitted 31 Febtober, 2025;');
    const { papers, problems } = parseListing(text);
    expect(papers.map((p) => p.title)).toEqual(['Good']);
    expect(problems[0]?.message).toMatch(/unreadable Submitted date "31 Febtober, 2025"/);
    expect(problems[0]?.line).toBe(text.split('\n').indexOf('Bad Date') + 1);
  });

  it('reports a duplicate entry rather than dropping it silently', () => {
    const { papers, problems } = parseListing(entry('Twice') + '\n' + entry('Twice'));
    expect(papers).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/duplicate of the entry at line 2/);
  });

  it('finds entries whose separator line is missing', () => {
    const text = entry('One') + '\n' + entry('Two').replace(/^-\n/, '');
    expect(parseListing(text).papers.map((p) => p.title)).toEqual(['One', 'Two']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        parseListing(s);
      }),
      { numRuns: 300 },
    );
    for (const s of [
      '',
      '-',
      'Authors:',
      'Abstract:\n▽ More',
      '\u0000\uFFFF',
      'Submitted 1 January, 2020;',
      '-\n-\n-',
    ]) {
      expect(() => parseListing(s)).not.toThrow();
    }
  });

  it('never loses a well-formed entry when other lines are mutated', () => {
    const lines = FIXTURE_TEXT.split('\n');
    const starts = RAW_ENTRIES.map((r) => lines.indexOf(r.title));
    const ends = starts.map((_s, i) => (starts[i + 1] ?? lines.length + 1) - 2);
    fc.assert(
      fc.property(fc.array(lineMutation(lines.length), { minLength: 1, maxLength: 4 }), (mutations) => {
        const { mutated, touched } = mutate(lines, mutations);
        const result = parseListing(mutated.join('\n'));
        const titles = new Set(result.papers.map((p) => p.title));
        RAW_ENTRIES.forEach((raw, i) => {
          // An entry is untouched when no mutation fell on it or on the separators around it.
          const from = (starts[i] as number) - 2;
          const to = (ends[i] as number) + 2;
          if ([...touched].some((t) => t >= from && t <= to)) return;
          expect(titles.has(raw.title), raw.title).toBe(true);
        });
        // Every entry is either a paper or a reported problem.
        expect(result.papers.length + result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('loadListing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arxivist-listing-'));

  it('names a missing file', async () => {
    await expect(loadListing(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: cannot read it \(no such file\)/);
  });

  it('reads a folder, or files separated by commas, as one listing (each paper once, its latest version)', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    copyFileSync(join('fixtures', 'listings', 'search-default.txt'), join(pages, 'page-1.txt'));
    copyFileSync(join('fixtures', 'listings', 'search-saved.html'), join(pages, 'page-2.html'));
    writeFileSync(join(pages, 'notes.md'), 'not a listing');
    const folder = await loadListing(pages);
    expect(folder.files.map((f) => f.slice(pages.length + 1))).toEqual(['page-1.txt', 'page-2.html']);
    expect(folder.papers).toHaveLength(5);
    expect(folder.papers.find((p) => p.id === '2512.11918')?.version).toBe(2);
    const listed = await loadListing(`${join(pages, 'page-1.txt')}, ${join(pages, 'page-2.html')}`);
    expect(listed.papers.map((p) => p.id)).toEqual(folder.papers.map((p) => p.id));
    await expect(loadListing(`${join(pages, 'page-1.txt')},${join(dir, 'missing.txt')}`)).rejects.toThrow(
      /missing\.txt: cannot read it \(no such file\)/,
    );
  });

  it('names a non-empty file with no paper, with the first problem', async () => {
    const file = join(dir, 'junk.txt');
    writeFileSync(file, 'hello\nworld\n');
    const err = await loadListing(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/junk\.txt: no paper could be read; line 1: /);
  });
});
