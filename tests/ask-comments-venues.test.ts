// Words asked of the comments, project pages and venues: expectations from the raw blocks' Comments
// and Journal-ref lines, read with plain regular expressions.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { comments, idOf, ids } from './helpers/raw-blocks.js';

const gpt = realCopy('gpt-search-2024-09.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const journalRef = (b: string): string => /^Journal ref:\s*(.*)$/m.exec(b)?.[1] ?? '';
const commentsWith = (listing: { blocks: string[] }, word: RegExp) =>
  new Set(listing.blocks.filter((b) => word.test(comments(b))).map(idOf));

describe('words asked of the comments', () => {
  it('finds papers whose comments have the word, however the question says so', () => {
    const tables = commentsWith(distributed, /\btables?\b/i);
    expect(tables.size).toBeGreaterThan(10);
    for (const q of [
      'papers with tables in the comments',
      'how many papers mention tables in their comments',
      'papers whose comments mention tables',
    ]) {
      const a = ask(distributed.index, q);
      expect(ids(a.papers), q).toEqual(tables);
      expect(a.understood, q).toContain('"tables" in the comments');
    }
  });

  it('keeps a word asked of the comments to the comments, with other conditions beside it', () => {
    const github = commentsWith(distributed, /github/i);
    expect(ids(ask(distributed.index, 'which papers have "github" in the comments').papers)).toEqual(github);
    const workshops = commentsWith(distributed, /\bworkshops?\b/i);
    expect(ids(ask(distributed.index, 'which papers have comments that mention a workshop').papers)).toEqual(workshops);
  });

  it('declines where the listing shows no comments', () => {
    expect(ask(fixtureIndex(), 'papers with tables in the comments').declined).toBe(true);
  });
});

describe('project pages', () => {
  it("lists papers that link a page other than code, and gives one paper's page", () => {
    const pages = new Set(
      gpt.blocks.filter((b) => /https?:\/\/(?!github\.com|gitlab\.com)/.test(comments(b))).map(idOf),
    );
    expect(pages).toEqual(new Set(['2409.12959']));
    for (const q of ['list all papers that have a project page', 'how many papers have a project website'])
      expect(ids(ask(gpt.index, q).papers), q).toEqual(pages);
    expect(ask(gpt.index, 'does MMSearch have a project page').answer).toContain('https://mmsearch.github.io');
  });
});

describe('venues', () => {
  // "Accepted for publication in A&A", "Published in ApJ": the venues papers say they went to.
  const said = (name: string) =>
    distributed.blocks.filter((b) =>
      new RegExp(`(?:accepted|published|to appear)[^;.]*\\b${name}\\b(?!L)`, 'i').test(
        `${comments(b)} ${journalRef(b)}`,
      ),
    );

  it('names the venue most papers went to, and how many papers name one', () => {
    const aa = said('A&A');
    expect(aa.length).toBe(4);
    for (const q of [
      'which journal published the most papers',
      'which venue has the most papers',
      'the most common venue',
    ]) {
      const a = ask(distributed.index, q);
      expect(a.query?.groupBy, q).toBe('venue');
      expect(a.answer, q).toContain(`A&A (${aa.length} papers)`);
      expect(ids(a.papers), q).toEqual(new Set(aa.map(idOf)));
      expect(a.answer, q).toMatch(/\d+ of the 200 papers name one/);
    }
  });

  it('counts papers per venue, venues written two ways as one', () => {
    const a = ask(distributed.index, 'papers per journal');
    expect(a.query?.want).toBe('distribution');
    expect(a.answer).toContain(`ApJ: ${said('ApJ').length}`);
    // "Accepted for publication in SIGMOD 2026" and "SIGMOD2026".
    const sigmod = distributed.blocks.filter((b) => /SIGMOD ?2026/.test(comments(b)));
    expect(sigmod.length).toBe(2);
    expect(a.answer).toMatch(/SIGMOD ?2026: 2/);
  });

  it('declines a listing that shows no comments or journal references', () => {
    expect(ask(fixtureIndex(), 'papers per venue').declined).toBe(true);
  });
});
