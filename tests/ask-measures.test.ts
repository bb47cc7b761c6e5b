// Averages and extremes of a measure over the real listings, checked against the raw lines
// (tests/helpers/raw-copied.ts): the measure's word is never read as a topic, papers that do not
// state it are counted aside, and a count the listing does not give is declined.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { REAL_LISTINGS, type RawCopied, readRaw, realPath } from './helpers/raw-copied.js';

/** Pages a comment states, main text and supplement together ("13+7 pages" is 20). */
function rawPages(entry: RawCopied): number | undefined {
  const m = /(\d+)(?:\s*\+\s*(\d+))?\s*pages/i.exec(entry.comments ?? '');
  return m ? Number(m[1]) + Number(m[2] ?? 0) : undefined;
}

/** Revised entries: the copied line says when v1 was submitted. */
const revised = (entry: RawCopied) => entry.lines.some((l) => /; v1 submitted /.test(l));

describe.each(REAL_LISTINGS)('measures on %s', (name) => {
  const raw = readRaw(name);
  const index = PaperIndex.of(parseListing(readFileSync(realPath(name), 'utf8')).papers);
  const paged = raw.flatMap((e) => {
    const pages = rawPages(e);
    return pages === undefined ? [] : [{ id: e.id, pages }];
  });

  it.each(['what is the average number of pages', 'average page count'])('%s', (q) => {
    const answer = ask(index, q).answer;
    if (paged.length === 0) return expect(answer).not.toMatch(/On average/);
    const mean = paged.reduce((n, e) => n + e.pages, 0) / paged.length;
    expect(answer).toContain(`On average ${mean.toFixed(1)} pages per paper`);
    if (paged.length < raw.length) expect(answer).toContain(`(${raw.length - paged.length} do not)`);
  });

  it('which paper has the most pages names every paper with the most', () => {
    const reply = ask(index, 'which paper has the most pages');
    if (paged.length === 0) return expect(reply.papers).toEqual([]);
    const most = Math.max(...paged.map((e) => e.pages));
    const expected = paged.filter((e) => e.pages === most).map((e) => e.id);
    expect(reply.papers.map((p) => p.arxivId).sort()).toEqual(expected.sort());
  });

  it.each([
    ['which paper has the longest title', 'most'],
    ['shortest title', 'least'],
  ] as const)('%s goes by the title, not the pages', (q, way) => {
    const title = (e: RawCopied) => (e.hasDoi ? e.lines[3] : e.lines[1]) as string;
    const lengths = raw.map((e) => title(e).length);
    const best = way === 'most' ? Math.max(...lengths) : Math.min(...lengths);
    const expected = raw.filter((e) => title(e).length === best).map((e) => e.id);
    expect(
      ask(index, q)
        .papers.map((p) => p.arxivId)
        .sort(),
    ).toEqual(expected.sort());
  });

  it('who has the most coauthors ranks people by the distinct others they wrote with', () => {
    const others = new Map<string, Set<string>>();
    for (const e of raw) {
      const names = (e.lines.find((l) => l.startsWith('Authors: ')) ?? '').slice('Authors: '.length).split(', ');
      for (const n of names) {
        const set = others.get(n) ?? new Set<string>();
        for (const o of names) if (o !== n) set.add(o);
        others.set(n, set);
      }
    }
    const most = Math.max(...[...others.values()].map((s) => s.size));
    const tied = [...others].filter(([, s]) => s.size === most).map(([n]) => n);
    const answer = ask(index, 'who has the most coauthors').answer;
    expect(answer).toContain(tied.length > 1 ? `(${tied.length} tied with ${most} coauthors)` : `${most} coauthors`);
    for (const n of tied.slice(0, 5)) expect(answer).toContain(n);
  });

  it('the most revised paper is declined when the listing gives no version numbers, naming the revised ones', () => {
    const reply = ask(index, 'which paper was revised the most times');
    const expected = raw.filter(revised).map((e) => e.id);
    if (expected.length === 0) return expect(reply.answer).not.toMatch(/revised at least once/);
    expect(reply.answer).toMatch(/does not say how many versions/);
    expect(reply.papers.map((p) => p.arxivId).sort()).toEqual(expected.sort());
  });
});
