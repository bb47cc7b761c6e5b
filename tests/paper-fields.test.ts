import { describe, expect, it } from 'vitest';
import type { Paper } from '../src/listing/paper.js';
import {
  codeLinks,
  figuresOf,
  pagesOf,
  projectPages,
  statusOf,
  submittedVenueOf,
  tablesOf,
  venueClaims,
  venueOf,
} from '../src/listing/paper-fields.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';
import { REAL_LISTINGS, expectOf, parsedById, readRaw } from './helpers/raw-copied.js';

const distributed = parsedById('distributed-systems');
const drosophila = parsedById('drosophila-connectome');
const gpt = parsedById('gpt-search-2024-09');
const all = new Map([...distributed, ...drosophila, ...gpt]);
const mahajan = parseListing(FIXTURE_TEXT).papers;

function paper(id: string): Paper {
  const p = all.get(id);
  if (!p) throw new Error(`no paper ${id}`);
  return p;
}

/** A paper of the listings with other comments and abstract links, for forms they do not hold. */
function withComments(comments: string | undefined, urls: string[] = []): Paper {
  return { ...paper('2512.15659'), comments, urls };
}

const idsWhere = (papers: Map<string, Paper>, keep: (p: Paper) => boolean) =>
  [...papers].filter(([, p]) => keep(p)).map(([id]) => id);

describe('pagesOf', () => {
  it('reads a page count exactly where the raw Comments line says "N pages"', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      const stated = readRaw(name).filter((r) => /\d+\s*pages/.test(r.comments ?? ''));
      expect(idsWhere(papers, (p) => pagesOf(p) !== undefined).sort(), name).toEqual(stated.map((r) => r.id).sort());
    }
    // The question tables counted the same by their own scripts.
    expect(expectOf('gpt', 'which papers state their page count in the comments?').count).toBe(11);
    expect(idsWhere(gpt, (p) => pagesOf(p) !== undefined)).toHaveLength(11);
  });

  it('gives the plain "N pages" number as the count', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      for (const r of readRaw(name)) {
        const m = /^(\d+) pages(?:,|$)/.exec(r.comments ?? '');
        if (m) expect(pagesOf(papers.get(r.id) as Paper), r.id).toEqual({ text: `${m[1]} pages`, count: Number(m[1]) });
      }
    }
  });

  it('keeps the odd forms verbatim and adds up their parts (read by hand from the listings)', () => {
    const forms: [string, string, number][] = [
      ['2512.02934', '13+7 pages', 20],
      ['2512.02112', '5+7 pages', 12],
      ['2512.13692', '5+4 pages', 9],
      ['2512.07706', '5 pages + appendix', 5],
      ['2512.00117', '3pages', 3],
      ['2512.03852', '12pages', 12],
      ['2512.05726', '25 pages', 25],
      ['2512.07595', '26 pages (21 in the article, 5 pages in appendices)', 26],
      ['2410.01269', '40 pages in total (34 main article + 4 pages the SI)', 40],
      ['2409.12682', '18 pages + reference', 18],
      ['2409.09741', '11 pages', 11],
      ['2512.16752', '17 pages', 17],
      ['2512.16772', '108 pages', 108],
    ];
    for (const [id, text, count] of forms) expect(pagesOf(paper(id)), id).toEqual({ text, count });
  });

  it('gives nothing without a count: no comments, or comments that state none', () => {
    for (const id of ['2512.15659', '2409.11276', '1709.05454', '1702.00354', '2409.09916']) {
      expect(pagesOf(paper(id)), id).toBeUndefined();
    }
    for (const p of mahajan) expect(pagesOf(p)).toBeUndefined();
    expect(pagesOf(withComments('12 pp., 3 figures'))).toEqual({ text: '12 pp.', count: 12 });
    expect(pagesOf(withComments('See page 3 of the appendix; 2 figures'))).toBeUndefined();
  });
});

describe('figuresOf and tablesOf', () => {
  it('read a lone "N figures" / "N tables" as that number', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      for (const r of readRaw(name)) {
        const p = papers.get(r.id) as Paper;
        const figures = [...(r.comments ?? '').matchAll(/(\d+)\s*figures?/g)];
        const plus = /\+/.test(r.comments ?? '');
        if (figures.length === 1 && !plus) expect(figuresOf(p), r.id).toBe(Number(figures[0]?.[1]));
        if (figures.length === 0 && !/fig/i.test(r.comments ?? '')) expect(figuresOf(p), r.id).toBeUndefined();
        const tables = [...(r.comments ?? '').matchAll(/(\d+)\s*tables?/g)];
        if (tables.length === 1) expect(tablesOf(p), r.id).toBe(Number(tables[0]?.[1]));
        if (tables.length === 0) expect(tablesOf(p), r.id).toBeUndefined();
      }
    }
  });

  it('add up sums and separate statements, and skip what a parenthesis says (by hand)', () => {
    expect(figuresOf(paper('2512.02934'))).toBe(11); // 9+2 figures
    expect(figuresOf(paper('2512.02112'))).toBe(9); // 4+5 figures
    expect(figuresOf(paper('2512.03825'))).toBe(7); // 7 figures (5 of them composed by 2 subfigures)
    expect(figuresOf(paper('1702.02807'))).toBe(16); // 8 figures (main text), 8 figures (supplementary)
    expect(figuresOf(paper('2410.01269'))).toBe(15); // 8 in the main text and 7 in the SI
    expect(figuresOf(paper('2512.00117'))).toBe(2); // 2figures
    expect(figuresOf(paper('2512.05726'))).toBe(11); // 25 pages,11 figures
    expect(figuresOf(paper('1702.00354'))).toBe(7); // 7 figures, Supplement
    expect(tablesOf(paper('2512.03852'))).toBe(5); // 5tables
    expect(tablesOf(paper('2409.09741'))).toBe(3);
    expect(figuresOf(paper('2409.09741'))).toBe(3);
    expect(figuresOf(paper('2512.15659'))).toBeUndefined();
  });

  it('agree with the question tables', () => {
    expect(figuresOf(paper('2409.12924'))).toBe(expectOf('gpt', 'how many figures does WaveletGPT have').value);
    expect(figuresOf(paper('2109.00061'))).toBe(
      expectOf('drosophila', 'how many figures does the Geometric Chung Lu paper have').value,
    );
    expect(figuresOf(paper('2512.18814'))).toBe(expectOf('distributed', 'how many figures does EchoMotion have').value);
  });
});

describe('venueOf', () => {
  it('read where a paper was accepted, published or presented (by hand)', () => {
    const venues: [string, string][] = [
      ['2507.10951', 'AGI 2025'],
      ['2512.04689', 'A&A'],
      ['2512.04147', 'A&A'],
      ['2512.01731', 'AJ'],
      ['2512.02843', 'Proc. Asilomar Conference on Signals, Systems, and Computers 2025'],
      [
        '2512.10701',
        "UCC '25 (IEEE/ACM 18th International Conference on Utility and Cloud Computing), December 1-4, 2025, Nantes, France",
      ],
      ['2512.10296', 'IEEE INFOCOM 2026 - IEEE Conference on Computer Communications'],
      ['2512.08261', 'ICDE 2026'],
      ['2512.12472', 'ISMD 2025, Corfu, Greece'],
      ['2512.12846', 'ApJ'],
      ['2511.05542', 'NeurIPS 2025 Datasets and Benchmarks Track'],
      ['2409.12244', 'Deployable AI (DAI) Workshop at AAAI-2024'],
      ['2409.12580', 'ICTSS 2024, 36th International Conference on Testing Software and Systems'],
      ['2512.00117', 'ICGVIP 2025'],
      ['1709.05454', 'Journal of Machine Learning Research, 2018'],
      ['2512.04096', 'In 2025 USENIX Annual Technical Conference (USENIX ATC 25) (pp. 1-17) 2025'],
    ];
    for (const [id, venue] of venues) expect(venueOf(paper(id)), id).toBe(venue);
  });

  it('agree with the question tables on venue questions', () => {
    expect(venueOf(paper('2507.10951'))).toBe(
      expectOf('drosophila', 'where did Biological Processing Units get accepted').value,
    );
    expect(venueOf(paper('2512.10296'))).toContain(expectOf('distributed', 'where was FLARE accepted').value);
    expect(venueOf(paper('2512.10701'))).toBe(expectOf('distributed', 'what is HybridVFL accepted at').value);
    const ictss =
      'where is the paper LLMs Can Check Their Own Results to Mitigate Hallucinations in Traffic Understanding Tasks published?';
    expect(venueOf(paper('2409.12580'))).toBe(expectOf('gpt', ictss).value);
    const named = expectOf(
      'gpt',
      'which papers name a conference or workshop in their comments (accepted, published, submitted or prepared for)?',
    ).ids;
    const withVenue = idsWhere(gpt, (p) => venueClaims(p).some((c) => c.source === 'comments' && c.venue));
    expect(withVenue.sort()).toEqual([...(named ?? [])].sort());
  });
});

describe('submittedVenueOf', () => {
  it('keeps a venue only submitted to apart from one that accepted the paper', () => {
    const solar = paper('2409.11353');
    expect(venueOf(solar)).toBeUndefined();
    expect(submittedVenueOf(solar)).toBe(
      'NeurIPS 2024 SoLaR (Socially Responsible Language Modelling Research) Workshop',
    );
    expect(statusOf(solar)).toBe('submitted');
    expect(submittedVenueOf(paper('2512.04966'))).toBe('IEEE'); // "submitted to IEEE for possible publication"
    expect(submittedVenueOf(paper('2512.07595'))).toBe('Formal Methods 2026 (FM 2026)');
    expect(submittedVenueOf(paper('2512.15930'))).toBe(
      'the Proceedings of the Platform for Advanced Scientific Computing (PASC) 26 Conference',
    );
    // "Under review for conference submission" names no venue, and "Journal extension of VehicleMAE
    // (AAAI 2024)" or "Conference paper, …" name another work or the paper's kind.
    expect(submittedVenueOf(paper('2512.12632'))).toBeUndefined();
    expect(statusOf(paper('2512.12632'))).toBe('submitted');
    for (const id of ['2512.19934', '2512.18071', '1405.3334', '2512.05726']) {
      expect(venueClaims(paper(id)), id).toEqual([]);
    }
  });
});

describe('statusOf and venueClaims', () => {
  it('finds the submitted and the accepted papers the question tables list, plus the forms they missed', () => {
    const under = 'which papers are submitted or under review (not yet accepted) per their comments?';
    const submitted = idsWhere(distributed, (p) => venueClaims(p).some((c) => c.kind === 'submitted'));
    // "34 pages, is submitted RAS Journal": the table's regex wanted "submitted to".
    expect(submitted.sort()).toEqual([...(expectOf('distributed', under).ids ?? []), '2512.04404'].sort());
    const said = 'which papers say in their comments that they were accepted somewhere?';
    const accepted = idsWhere(distributed, (p) => venueClaims(p).some((c) => c.kind === 'accepted'));
    // "To be published in Physica D" and "the upcoming EURASIP JASM journal article" never say "accepted".
    expect(accepted.sort()).toEqual([...(expectOf('distributed', said).ids ?? []), '2512.01685', '2512.14602'].sort());
    const droso = expectOf('drosophila', 'which papers were accepted somewhere according to their comments?').ids;
    expect(idsWhere(drosophila, (p) => statusOf(p) === 'accepted').sort()).toEqual([...(droso ?? [])].sort());
  });

  it('calls a paper published by its journal ref or DOI, and says nothing when the listing is silent', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      for (const r of readRaw(name)) {
        if (r.journalRef !== undefined || r.hasDoi) expect(statusOf(papers.get(r.id) as Paper), r.id).toBe('published');
        if (r.comments === undefined && r.journalRef === undefined && !r.hasDoi) {
          expect(statusOf(papers.get(r.id) as Paper), r.id).toBeUndefined();
        }
      }
    }
    expect(statusOf(paper('2409.12191'))).toBeUndefined(); // Qwen2-VL: "cannot tell"
    expect(statusOf(paper('2512.01685'))).toBe('accepted'); // To be published in Physica D
    expect(statusOf(paper('2512.12472'))).toBe('accepted'); // talk presented at ISMD 2025
    expect(statusOf(paper('2512.12846'))).toBe('published'); // Published in ApJ in December, 2025
    for (const p of mahajan) expect(statusOf(p)).toBeUndefined();
  });
});

describe('codeLinks and projectPages', () => {
  it('find a code link wherever the raw entry mentions github.com/', () => {
    for (const name of REAL_LISTINGS) {
      const papers = parsedById(name);
      const raw = readRaw(name).filter((r) => r.lines.some((l) => l.includes('github.com/')));
      expect(idsWhere(papers, (p) => codeLinks(p).length > 0).sort(), name).toEqual(raw.map((r) => r.id).sort());
    }
    const blocks = FIXTURE_TEXT.split('\n-\n').filter((b) => b.includes('github.com/'));
    expect(mahajan.filter((p) => codeLinks(p).length > 0)).toHaveLength(blocks.length);
  });

  it('agree with the question tables', () => {
    const repos = expectOf('gpt', 'which papers link to a github repo').ids;
    expect(idsWhere(gpt, (p) => codeLinks(p).length > 0).sort()).toEqual([...(repos ?? [])].sort());
    expect(codeLinks(paper('2409.12147'))).toEqual([expectOf('gpt', 'where can I find the code for MAgICoRe?').value]);
    expect(codeLinks(paper('2409.12191'))).toEqual([expectOf('gpt', 'code link for Qwen2-VL?').value]);
    expect(codeLinks(paper('2409.11363'))).toEqual(['http://github.com/siegelz/core-bench']);
    expect(codeLinks(paper('2512.16752'))).toEqual([expectOf('distributed', 'where is the QuantumSavory repo').value]);
    const mmsearch = paper('2409.12959');
    expect(codeLinks(mmsearch)).toEqual([]);
    expect(projectPages(mmsearch)).toEqual([expectOf('gpt', 'MMSearch project page url').value]);
    const byTitle = new Map(mahajan.map((p) => [p.title, p]));
    const paco = byTitle.get('PACO: Parts and Attributes of Common Objects') as Paper;
    expect(codeLinks(paco)).toEqual([expectOf('mahajan', "where's the code for PACO").value]);
  });

  it('strip sentence punctuation, add a missing scheme, and keep each repository once', () => {
    const p = withComments(
      'Code: github.com/acme/tool. Mirror: https://GitHub.com/acme/tool/ and https://gitlab.com/x/y).',
      [
        'https://github.com/acme/tool.git',
        'https://huggingface.co/acme/model',
        'https://arxiv.org/abs/2401.00001',
        'https://acme.github.io/tool',
      ],
    );
    expect(codeLinks(p)).toEqual(['https://github.com/acme/tool', 'https://gitlab.com/x/y']);
    expect(projectPages(p)).toEqual(['https://huggingface.co/acme/model', 'https://acme.github.io/tool']);
    expect(codeLinks(withComments(undefined))).toEqual([]);
  });
});
