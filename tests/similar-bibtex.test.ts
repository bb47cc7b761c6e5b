// /similar and /bibtex on the fixture and on a real-layout listing: expectations written by hand,
// BibTeX checked by a well-kept parser (@retorquere/bibtex-parser), reasons checked on the raw text.
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { executeCommand } from '../src/chat/command.js';
import { bibEntries } from '../src/export/bibtex.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { mergeListings } from '../src/listing/merge-listings.js';
import type { Paper } from '../src/listing/paper.js';
import { FIXTURE_TEXT, RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { runCli } from '../src/app/cli.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/run.js';

const index = fixtureIndex();
const byTitle = (start: string) => index.papers.find((p) => p.title.startsWith(start)) as Paper;
const similarTitles = (start: string, n = 3) => index.similar(byTitle(start), n).map((s) => s.paper.title);
const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };

describe('similar papers', () => {
  it('pairs written by hand find each other', () => {
    // The two processing-in-memory papers.
    expect(similarTitles('Pimba', 1)).toEqual([byTitle('NeuPIMs').title]);
    expect(similarTitles('NeuPIMs', 1)).toEqual([byTitle('Pimba').title]);
    // The two Llama herd papers.
    expect(similarTitles('The Llama 3 Herd', 1)).toEqual([byTitle('The Llama 4 Herd').title]);
    expect(similarTitles('The Llama 4 Herd', 1)).toEqual([byTitle('The Llama 3 Herd').title]);
    // Divyat Mahajan's papers on identifiable latent variables. With words matched as written,
    // "Evaluating Interventional Reasoning" falls below the threshold, and so does "Iterative Amortized
    // Inference" for "Amortized Inference of Causal Models" ("amortized" and "amortization" apart).
    expect(similarTitles('Interventional Causal Representation Learning')).toContain(
      byTitle('Additive Decoders for Latent Variables').title,
    );
    // The two interpretable additive models (GAMs).
    expect(similarTitles('Neural Basis Models for Interpretability', 1)).toEqual([
      byTitle('Scalable Interpretability via Polynomials').title,
    ]);
    // The two recommendation-model accelerators.
    expect(similarTitles('Accelerating Recommender Model Training', 1)).toEqual([
      byTitle('Heterogeneous Acceleration Pipeline for Recommenda').title,
    ]);
  });

  it('never returns the paper itself, and every reason is a word both papers really use', () => {
    const raw = (p: Paper) => `${p.title} ${p.abstract}`.toLowerCase();
    for (const paper of index.papers) {
      const similar = index.similar(paper, 10);
      for (const s of similar) {
        expect(s.paper.id).not.toBe(paper.id);
        expect(s.sharedWords.length, `${paper.title} ~ ${s.paper.title}`).toBeGreaterThan(0);
        // The start of the first shared word (four letters, below any stemming) is in both texts.
        const stem = (s.sharedWords[0] as string).toLowerCase().slice(0, 4);
        expect(raw(paper)).toContain(stem);
        expect(raw(s.paper)).toContain(stem);
        for (const a of s.sharedAuthors) expect(paper.authors.includes(a) && s.paper.authors.includes(a)).toBe(true);
      }
    }
  });

  it('/similar says why: the shared words, authors and category', async () => {
    const reply = await executeCommand(
      findCommand('similar')!,
      { ref: 'Pimba', limit: 2 },
      { index, platform: 'cli', commands, now: () => new Date() },
      silent,
    );
    // Only NeuPIMs is close to Pimba: the next paper (a learned index, 3 shared authors) is below the threshold.
    expect(reply).toMatchObject({ kind: 'papers', title: `1 paper like "${byTitle('Pimba').title}"` });
    if (reply.kind !== 'papers') return;
    expect(reply.items[0]?.snippet).toMatch(/^shares: PIM, .*attention, .*; 2 authors \(/);
  });
});

function bibOf(papers: readonly Paper[]) {
  const text = bibEntries(papers)
    .map((e) => e.text)
    .join('\n\n');
  return parse(text, { sentenceCase: false, caseProtection: false });
}

/** A title as the parser gives it back: the case-protecting braces gone. */
const plain = (s: string) => s.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();

describe('BibTeX', () => {
  // Every real-layout listing of fixtures/listings/, merged: arXiv ids, DOIs, journal refs.
  const real = mergeListings(
    readdirSync(join(ROOT, 'fixtures', 'listings')).map(
      (f) => parseListing(readFileSync(join(ROOT, 'fixtures', 'listings', f), 'utf8')).papers,
    ),
  );

  it.each([
    ['the bundled fixture', index.papers],
    ['the real-layout listings with arXiv ids', real],
  ])('every paper of %s parses back: title, authors, year, eprint and DOI', (_name, papers) => {
    expect(papers.length).toBeGreaterThan(5);
    const lib = bibOf(papers);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(papers.length);
    lib.entries.forEach((entry, i) => {
      const p = papers[i] as Paper;
      // A title with TeX in it ($…$, commands, -- dashes) is read as TeX: tests/bibtex-roundtrip.test.ts holds those.
      if (!/[$\\]|--/.test(p.title)) expect(plain(entry.fields.title ?? ''), p.title).toBe(plain(p.title));
      const names = (entry.fields.author ?? []).map(
        (a) => a.name ?? [a.firstName, a.prefix, a.lastName, a.suffix].filter(Boolean).join(' '),
      );
      expect(names.filter((n) => n !== 'others')).toEqual(p.authors);
      expect(names.includes('others')).toBe(p.hiddenAuthorCount > 0);
      expect(entry.fields.year).toBe(p.submitted.slice(0, 4));
      expect(entry.fields.eprint).toBe(p.arxivId);
      expect(entry.fields.doi).toBe(p.doi);
      expect(entry.type).toBe(p.journalRef ? 'article' : 'misc');
    });
    expect(new Set(lib.entries.map((e) => e.key)).size).toBe(papers.length);
  });

  it('keeps accents, &, %, $ and braces, and gives stable readable keys', () => {
    const [base] = parseListing(FIXTURE_TEXT).papers;
    const odd: Paper = {
      ...(base as Paper),
      id: 'odd-1',
      title: 'Fast & Cheap: 50% Less Work for $O(n)$ {Braced} Models',
      authors: ['Sébastien Lachapelle', 'Özlem Uzuner', 'John Smith Jr.'],
      hiddenAuthorCount: 0,
      submitted: '2025-03-04',
      comments: '12 pages; costs $5 & saves 10%',
    };
    const twin: Paper = { ...odd, id: 'odd-2', title: 'Fast & Cheap, Again' };
    const entries = bibEntries([odd, twin]);
    expect(entries.map((e) => e.key)).toEqual(['lachapelle2025fast', 'lachapelle2025fastb']);
    const lib = parse(entries.map((e) => e.text).join('\n'), { sentenceCase: false, caseProtection: false });
    expect(lib.errors).toEqual([]);
    const [first] = lib.entries;
    expect(plain(first?.fields.title ?? '')).toBe('Fast & Cheap: 50% Less Work for O(n) Braced Models');
    expect(first?.fields.author?.map((a) => [a.firstName, a.lastName])).toEqual([
      ['Sébastien', 'Lachapelle'],
      ['Özlem', 'Uzuner'],
      ['John', 'Smith'],
    ]);
    expect(first?.fields.note).toBe('12 pages; costs $5 & saves 10%');
    expect(first?.fields.month).toBe('3');
  });

  it('`arxivist bibtex QUERY > refs.bib` prints a file the parser reads; --json gives the entries', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), env: { LOG_LEVEL: 'silent' } };
    expect(await runCli(['bibtex', 'author:"Dhruv', 'Mahajan"'], io)).toBe(0);
    const lib = parse(out.join(''), { sentenceCase: false, caseProtection: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(RAW_ENTRIES.filter((e) => e.authors.includes('Dhruv Mahajan')).length);
    out.length = 0;
    expect(await runCli(['bibtex', 'Pimba', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('')) as { kind: string; entries: { key: string; text: string }[] };
    expect(json.kind).toBe('bibtex');
    expect(json.entries).toHaveLength(1);
    expect(json.entries[0]?.text).toMatch(/^@misc\{/);
  });
});
