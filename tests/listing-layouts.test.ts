import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { type Paper, PaperSchema } from '../src/listing/paper.js';
import { defaultViewPage, longListingId, teaser } from './helpers/default-view.js';
import { lineMutation, mutate } from './helpers/mutate.js';
import { RAW_ENTRIES } from './helpers/fixture.js';

const LISTINGS = join(import.meta.dirname, '..', 'fixtures', 'listings');
const read = (name: string) => readFileSync(join(LISTINGS, name), 'utf8');

/** The fields of the parse contract, with what a sample must give for each (written by hand from the sample). */
interface Expected {
  id: string;
  arxivId?: string;
  version?: number;
  title: string;
  authors: string[];
  hiddenAuthorCount?: number;
  submitted: string;
  updated: string;
  announced: string;
  categories: string[];
  comments?: string;
  journalRef?: string;
  doi?: string;
  reportNumber?: string;
  mscClass?: string;
  acmClass?: string;
  abstractComplete: boolean;
  abstractStart: string;
  abstractEnd: string;
}

function check(name: string, expected: Expected[], description?: string) {
  const result = parseListing(read(name));
  expect(result.problems, name).toEqual([]);
  expect(result.description).toBe(description);
  expect(result.papers.map((p) => p.title)).toEqual(expected.map((e) => e.title));
  result.papers.forEach((p, i) => {
    const e = expected[i] as Expected;
    expect(PaperSchema.safeParse(p).success, p.title).toBe(true);
    expect(
      {
        id: p.id,
        arxivId: p.arxivId,
        version: p.version,
        authors: p.authors,
        hiddenAuthorCount: p.hiddenAuthorCount,
        submitted: p.submitted,
        updated: p.updated,
        announced: p.announced,
        categories: p.categories,
        comments: p.comments,
        journalRef: p.journalRef,
        doi: p.doi,
        reportNumber: p.reportNumber,
        mscClass: p.mscClass,
        acmClass: p.acmClass,
        abstractComplete: p.abstractComplete,
      },
      p.title,
    ).toEqual({
      id: e.id,
      arxivId: e.arxivId ?? e.id,
      version: e.version,
      authors: e.authors,
      hiddenAuthorCount: e.hiddenAuthorCount ?? 0,
      submitted: e.submitted,
      updated: e.updated,
      announced: e.announced,
      categories: e.categories,
      comments: e.comments,
      journalRef: e.journalRef,
      doi: e.doi,
      reportNumber: e.reportNumber,
      mscClass: e.mscClass,
      acmClass: e.acmClass,
      abstractComplete: e.abstractComplete,
    });
    expect(p.abstract.startsWith(e.abstractStart), p.title).toBe(true);
    expect(p.abstract.endsWith(e.abstractEnd), `${p.title}: ${p.abstract.slice(-60)}`).toBe(true);
    expect(p.abstract).not.toMatch(/▽|△|More$|Less$/);
    expect(p.links.abs).toBe(`https://arxiv.org/abs/${e.arxivId ?? e.id}`);
    expect(p.links.pdf).toBe(`https://arxiv.org/pdf/${e.arxivId ?? e.id}`);
  });
  return result;
}

const MOETUNER = {
  id: '2502.06643',
  title: 'MoETuner: Optimized Mixture of Expert Serving with Balanced Expert Placement and Token Routing',
  authors: ['Seokjin Go', 'Divya Mahajan'],
  submitted: '2025-02-10',
  updated: '2025-02-10',
  announced: '2025-02',
  abstractStart: 'Mixture-of-Experts (MoE) model architecture has emerged',
};

describe('a search page copied in the default view', () => {
  it('reads every field, keeps each teaser as an incomplete abstract, and the toggles never stay', () => {
    check(
      'search-default.txt',
      [
        {
          id: '2602.17997',
          title: 'Learning to Route Tokens in Processing-in-Memory Accelerators for Robot Foundation Models',
          authors: ['Priya Raman', 'Divya Mahajan', 'Tomás Ortega'],
          submitted: '2026-02-19',
          updated: '2026-02-19',
          announced: '2026-02',
          categories: ['cs.LG', 'cs.RO'],
          comments: '6 pages, 4 figures',
          abstractComplete: false,
          abstractStart: 'Robot foundation models run',
          abstractEnd: 'and a compiler',
        },
        {
          id: '2512.11918',
          title: 'Digital Public Goods and Research Software Sustainability in Emerging Economies',
          authors: ['Anil Mahajan', 'Ritu Sharma'],
          submitted: '2025-12-11',
          updated: '2025-12-11',
          announced: '2025-12',
          categories: ['cs.CY'],
          doi: '10.35808/ersj/4132',
          journalRef: 'European Research Studies Journal 28(4), 2025, pp. 101-118',
          abstractComplete: false,
          abstractStart: 'Research software built',
          abstractEnd: 'two years later and',
        },
        {
          id: '2409.12959',
          version: 2,
          title: 'MMSearch: Benchmarking the Potential of Large Models as Multi-modal Search Engines',
          authors: [
            'Dongzhi Jiang',
            'Renrui Zhang',
            'Ziyu Guo',
            'Yanmin Wu',
            'Jiayi Lei',
            'Pengshuo Qiu',
            'Pan Lu',
            'Zehui Chen',
            'Chaoyou Fu',
            'Guanglu Song',
            'Hao Dong',
            'Yu Liu',
            'Hongsheng Li',
          ],
          submitted: '2024-09-19',
          updated: '2024-10-14',
          announced: '2024-09',
          categories: ['cs.CV', 'cs.AI'],
          comments: 'Project Page: https://mmsearch.github.io',
          abstractComplete: false,
          abstractStart: 'The advent of Large Language Models',
          abstractEnd: 'interleaved nature of website information',
        },
        {
          id: 'hep-th/9901001',
          title: 'Holography and the Large N Limit of Gauge Theories',
          authors: ['Alicia Ferreira', 'Rohan Mahajan'],
          submitted: '1999-01-04',
          updated: '1999-01-04',
          announced: '1999-01',
          categories: ['hep-th'],
          reportNumber: 'MIT-CTP-2801',
          mscClass: '81T30; 83E30',
          abstractComplete: false,
          abstractStart: 'We review the correspondence',
          abstractEnd: 'large N limit and on',
        },
        {
          ...MOETUNER,
          categories: ['cs.DC', 'cs.AI', 'cs.LG'],
          comments: '10 pages',
          acmClass: 'C.1.4; I.2.6',
          abstractComplete: false,
          abstractEnd: 'while increasing model capacity',
        },
      ],
      'Showing 1–5 of 5 results for all: processing in memory',
    );
  });
});

describe('a search page copied after expanding every abstract, numbered, with ids split over lines and blank lines', () => {
  it('reads every field and the full abstracts', () => {
    const { papers } = check(
      'search-expanded.txt',
      [
        {
          ...MOETUNER,
          categories: ['cs.DC', 'cs.AI', 'cs.LG'],
          comments: '10 pages',
          abstractComplete: true,
          abstractEnd: 'with an integer linear program.',
        },
        {
          id: '2507.04417',
          version: 3,
          title: 'Pimba: A Processing-in-Memory Acceleration for Post-Transformer Large Language Model Serving',
          authors: [
            'Wonung Kim',
            'Yubin Lee',
            'Yoonsung Kim',
            'Jinwoo Hwang',
            'Seongryong Oh',
            'Jiyong Jung',
            'Aziz Huseynov',
            'Woong Gyu Park',
            'Chang Hyun Park',
            'Divya Mahajan',
            'Jongse Park',
          ],
          submitted: '2025-07-06',
          updated: '2025-09-02',
          announced: '2025-07',
          categories: ['cs.AR'],
          journalRef: 'Proceedings of MICRO 2025',
          abstractComplete: true,
          abstractStart: 'Transformers are the driving force',
          abstractEnd: 'state-space and attention layers.',
        },
        {
          id: '2411.00123',
          title: 'Causal Representation Learning from Multiple Distributions: A General Setting',
          authors: ['Kun Zhang', 'Shaoan Xie', 'Ignavier Ng', 'Divyat Mahajan'],
          hiddenAuthorCount: 3,
          submitted: '2024-10-31',
          updated: '2024-10-31',
          announced: '2024-11',
          categories: ['stat.ML', 'cs.LG'],
          abstractComplete: true,
          abstractStart: 'In many problems, the measured variables',
          abstractEnd: 'underlying directed acyclic graph.',
        },
      ],
      'Showing 1–3 of 3 results for author: Mahajan, D',
    );
    // Paragraphs stay paragraphs; the teaser before "▽ More" is dropped for the full text.
    expect(papers[1]?.abstract.split('\n')).toHaveLength(2);
    expect(papers[2]?.abstract).toContain('We show that under the sparsity constraint');
    expect(papers[2]?.abstract).not.toContain('without assuming hard interventions');
  });
});

describe('a search page saved as HTML', () => {
  it('reads every field from the markup, the full abstract from its hidden element', () => {
    check(
      'search-saved.html',
      [
        {
          ...MOETUNER,
          version: 1,
          categories: ['cs.DC', 'cs.AI'],
          comments: '10 pages',
          abstractComplete: true,
          abstractEnd: 'We present MoETuner.',
        },
        {
          id: '2512.11918',
          version: 2,
          title: 'Digital Public Goods and Research Software Sustainability in Emerging Economies',
          authors: ['Anil Mahajan', 'Ritu Sharma'],
          submitted: '2025-12-11',
          updated: '2026-01-03',
          announced: '2025-12',
          categories: ['cs.CY'],
          doi: '10.35808/ersj/4132',
          journalRef: 'European Research Studies Journal 28(4), 2025',
          abstractComplete: true,
          abstractStart: 'Research software built',
          abstractEnd: 'We survey 412 research groups.',
        },
      ],
      'Showing 1–2 of 2 results for author: Mahajan, D',
    );
    expect(parseListing(read('search-saved.html')).papers[0]?.abstract).toContain('efficiently & at low cost');
  });
});

describe('a daily listing page copied from the browser', () => {
  it('reads titles, authors, subjects as categories and the unlabelled abstracts, dated by the heading (and says so)', () => {
    const result = check('daily-new.txt', [
      {
        id: '2411.19234',
        title: 'Sparse Mixture-of-Experts Routing for Federated Fine-Tuning',
        authors: ['Hana Kobayashi', 'Divyat Mahajan', 'Luis Moreno'],
        submitted: '2024-11-29',
        updated: '2024-11-29',
        announced: '2024-11',
        categories: ['cs.LG', 'cs.DC'],
        comments: '14 pages, 5 figures',
        abstractComplete: true,
        abstractStart: 'Federated fine-tuning of large models',
        abstractEnd: 'the experts a client used.',
      },
      {
        id: '2411.19301',
        title: 'Identifiable Causal Representations under Soft Interventions',
        authors: ['Divyat Mahajan', 'Ioannis Mitliagkas'],
        submitted: '2024-11-29',
        updated: '2024-11-29',
        announced: '2024-11',
        categories: ['cs.LG', 'stat.ML'],
        abstractComplete: true,
        abstractStart: 'We prove identifiability',
        abstractEnd: 'on unknown targets.',
      },
      {
        id: '2411.18876',
        title: 'Carbon-Aware Scheduling of Training Jobs on Heterogeneous Accelerators',
        authors: ['Irene Wang', 'Divya Mahajan'],
        submitted: '2024-11-29',
        updated: '2024-11-29',
        announced: '2024-11',
        categories: ['cs.AR', 'cs.LG'],
        journalRef: 'Proceedings of ISCA 2025',
        abstractComplete: true,
        abstractStart: 'We schedule training jobs',
        abstractEnd: 'under a deadline.',
      },
    ]);
    expect(result.notices).toEqual([
      expect.stringMatching(/^3 entries carry no dates: each is dated by the page's heading above it \(2024-11-29\)/),
    ]);
  });
});

describe('a daily listing page saved as HTML (titles only, two days)', () => {
  it('reads each entry from its dt and dd, dated by the day heading above it, with no abstract where the page shows none', () => {
    const result = check('daily-recent-saved.html', [
      {
        id: '2411.18876',
        title: 'Carbon-Aware Scheduling of Training Jobs on Heterogeneous Accelerators',
        authors: ['Irene Wang', 'Divya Mahajan'],
        submitted: '2024-11-29',
        updated: '2024-11-29',
        announced: '2024-11',
        categories: ['cs.AR', 'cs.LG'],
        journalRef: 'Proceedings of ISCA 2025',
        abstractComplete: false,
        abstractStart: '',
        abstractEnd: '',
      },
      {
        id: '2411.18790',
        title: 'Near-Memory Sampling for Diffusion Models',
        authors: ['Seungjun Lee', 'Divya Mahajan'],
        submitted: '2024-11-29',
        updated: '2024-11-29',
        announced: '2024-11',
        categories: ['cs.AR'],
        comments: 'Accepted at HPCA 2025; 13 pages',
        abstractComplete: false,
        abstractStart: '',
        abstractEnd: '',
      },
      {
        id: '2411.17001',
        title: 'Chiplet Interconnects for Mixture-of-Experts Inference',
        authors: ['Jongse Park'],
        submitted: '2024-11-28',
        updated: '2024-11-28',
        announced: '2024-11',
        categories: ['cs.AR', 'cs.DC'],
        abstractComplete: true,
        abstractStart: 'We study chiplet interconnects',
        abstractEnd: '& find that expert placement dominates.',
      },
    ]);
    expect(result.notices).toEqual([expect.stringMatching(/\(2024-11-28 to 2024-11-29\)/)]);
  });
});

describe('a long search page (150 results) copied in the default view', () => {
  const text = read('mahajan-default-view.txt');

  it('is the page the independent writer makes from the raw fixture', () => {
    expect(text).toBe(defaultViewPage(RAW_ENTRIES, 3));
  });

  it('loads every paper with its id, title, authors, dates and categories right', () => {
    const { papers, problems } = parseListing(text);
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(150);
    papers.forEach((p, i) => {
      const raw = RAW_ENTRIES[i % RAW_ENTRIES.length] as (typeof RAW_ENTRIES)[number];
      expect(p.id).toBe(longListingId(i));
      expect(p.title.startsWith(raw.title)).toBe(true);
      expect(p.authors).toEqual(raw.authors);
      expect(p.hiddenAuthorCount).toBe(raw.hidden);
      expect([p.submitted, p.updated, p.announced]).toEqual([raw.submitted, raw.updated, raw.announced]);
      expect(p.categories).toEqual(i % 3 === 0 ? ['cs.LG', 'cs.AI'] : ['cs.DC']);
      expect(p.abstractComplete).toBe(raw.paragraphs.join(' ').length <= 240);
      expect(p.abstractRaw).toBe(teaser(raw.paragraphs));
      expect(p.comments).toBe(i % 4 === 0 ? `${10 + (i % 7)} pages` : undefined);
    });
  });
});

describe('every layout', () => {
  const SAMPLES = ['search-default.txt', 'search-expanded.txt', 'daily-new.txt', 'mahajan-default-view.txt'].map(read);
  const BAD_START =
    /^(?:arXiv:|\[pdf|doi\b|\d{1,5}\.(?:\s|$)|\[\d+\]|(?:Title|Authors|Abstract|Comments|Journal[ -]ref|DOI|Report[ -]number|MSC[ -]Class|ACM[ -]Class|Subjects)\s*:)/i;

  it('never gives a title that starts with an id, a format, a DOI badge, an entry number or a label, whatever lines are lost or repeated', () => {
    const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'duplicate', 'blank', 'join') });
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { maxLength: 5 }), (k, mutations) => {
        const lines = (SAMPLES[k] as string).split('\n').slice(0, 400);
        for (const m of mutations) {
          const at = m.at % lines.length;
          if (m.kind === 'delete') lines.splice(at, 1);
          else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] as string);
          else if (m.kind === 'blank') lines.splice(at, 0, '');
          else lines.splice(at, 2, `${lines[at] ?? ''} ${lines[at + 1] ?? ''}`);
        }
        const { papers } = parseListing(lines.join('\n'));
        for (const p of papers) expect(p.title).not.toMatch(BAD_START);
      }),
      { numRuns: 300 },
    );
  });

  it('reports an entry it cannot read with its line, and keeps its neighbours', () => {
    const lines = read('search-default.txt').split('\n');
    const broken = lines.indexOf('Authors: Anil Mahajan, Ritu Sharma');
    lines.splice(broken, 1);
    const { papers, problems } = parseListing(lines.join('\n'));
    expect(papers.map((p) => p.id)).toEqual(['2602.17997', '2409.12959', 'hep-th/9901001', '2502.06643']);
    expect(problems).toEqual([
      {
        line: lines.indexOf('arXiv:2512.11918  [pdf]  cs.CY') + 1,
        message: expect.stringMatching(/Digital Public Goods.*lists no authors/),
      },
    ]);
  });
});

describe('a paper whose abstract the listing cut short', () => {
  it('is shown as shortened, with its arXiv page, on every platform', async () => {
    const { renderText } = await import('../src/adapters/console/render.js');
    const { renderTelegram } = await import('../src/adapters/telegram/render.js');
    const { renderDiscord } = await import('../src/adapters/discord/render.js');
    const [teaser, full] = ['search-default.txt', 'search-expanded.txt'].map((f) =>
      parseListing(read(f)).papers.find((p) => p.id === '2502.06643'),
    );
    if (!teaser || !full) throw new Error('MoETuner not read');
    const console_ = renderText({ kind: 'paper', paper: teaser });
    expect(console_).toMatch(/only the start of this abstract/);
    expect(console_).toContain('https://arxiv.org/abs/2502.06643');
    expect(console_).toContain('PDF: https://arxiv.org/pdf/2502.06643');
    const telegram = renderTelegram({ kind: 'paper', paper: teaser })
      .map((m) => m.html)
      .join('\n');
    expect(telegram).toMatch(/only the start of this abstract/);
    expect(telegram).toContain('href="https://arxiv.org/abs/2502.06643"');
    const discord = JSON.stringify(renderDiscord({ kind: 'paper', paper: teaser }));
    expect(discord).toMatch(/only the start of this abstract/);
    expect(discord).toContain('https://arxiv.org/pdf/2502.06643');
    expect(renderText({ kind: 'paper', paper: full })).not.toMatch(/only the start/);
  });
});

describe('a long default-view page with lines lost, repeated or garbled', () => {
  it('a separator that cuts off an entry\'s "Comments:" line leaves it to no entry (found by the property below)', () => {
    const lines = read('mahajan-default-view.txt').split('\n');
    const at = lines.findIndex((l, i) => l === 'Comments: 14 pages' && lines[i + 2]?.startsWith('arXiv:2601.10090 '));
    expect(lines[at + 2]).toMatch(/^arXiv:2601\.10090 /);
    lines.splice(at, 0, '-');
    const { papers, problems } = parseListing(lines.join('\n'));
    expect(papers.find((p) => p.id === '2601.10090')?.comments).toBeUndefined();
    expect(problems).toEqual([{ line: at + 2, message: '"comments: 14 pages" belongs to no entry' }]);
  });

  it('never throws and never loses or changes an entry no mutation touched', () => {
    const lines = read('mahajan-default-view.txt').split('\n');
    const starts = lines.flatMap((l, i) => (l.startsWith('arXiv:') ? [i] : []));
    // Line numbers move when lines before an entry are lost or added: the rest must stay as it was.
    const fields = ({ line: _line, ...rest }: Paper) => rest;
    const clean = new Map(parseListing(lines.join('\n')).papers.map((p) => [p.id, fields(p)]));
    fc.assert(
      fc.property(fc.array(lineMutation(lines.length), { minLength: 1, maxLength: 4 }), (mutations) => {
        const { mutated, touched } = mutate(lines, mutations);
        const papers = new Map(parseListing(mutated.join('\n')).papers.map((p) => [p.id, fields(p)]));
        starts.forEach((start, i) => {
          // An entry is untouched when no mutation fell on it, on the blank line before it or on the next entry's id line.
          const end = starts[i + 1] ?? lines.length;
          if ([...touched].some((t) => t >= start - 1 && t <= end)) return;
          const id = longListingId(i);
          expect(papers.get(id), id).toEqual(clean.get(id));
        });
      }),
      { numRuns: 200 },
    );
  });
});
