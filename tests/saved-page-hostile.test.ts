// Saved HTML pages made to hurt (issue 25, finding 2): unclosed and deeply nested markup is read
// without running out of stack and in bounded work, a page too deep to read is a problem with its
// line, and script, style and template text never reaches a paper. Expected values come from the
// generated text itself (tests/helpers/hostile-html.ts); how long reading takes is measured by
// `npm run bench`, and each size here took 10 s or more (or overflowed the stack) before.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/base/errors.js';
import { loadListing } from '../src/listing/load-listing.js';
import { parseListing, type ParsedListing } from '../src/listing/listing-parser.js';
import { closedResult, deepAbstract, HOSTILE_HTML, lineOf, madeUpId, searchPage } from './helpers/hostile-html.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOO_DEEP =
  /^page too deeply nested \(more than 512 elements inside one another\); the rest of the page is not read$/;

/** Every character the papers hold: what reading leaves in memory. */
function textHeld(parsed: ParsedListing): number {
  return parsed.papers.reduce(
    (n, p) => n + p.title.length + p.authors.join().length + p.abstractRaw.length + (p.comments?.length ?? 0),
    0,
  );
}

/** Reads a hostile page: the papers in order, the problems, and no more text kept than the page has. */
function read(html: string) {
  const parsed = parseListing(html);
  expect(textHeld(parsed)).toBeLessThanOrEqual(html.length);
  return { titles: parsed.papers.map((p) => p.title), problems: parsed.problems, parsed };
}

describe('a saved page made to hurt', () => {
  it('500 results that never close their <li> and <p>: every result up to the nesting limit, then where reading stopped', () => {
    const html = HOSTILE_HTML['unclosed <li> results']?.(500) as string;
    const { titles, problems, parsed } = read(html);
    // Each unclosed result nests the next one two elements deeper: at least a whole arXiv page (200) is read.
    const k = titles.length;
    expect(k).toBeGreaterThanOrEqual(200);
    expect(titles).toEqual(Array.from({ length: k }, (_, i) => `Paper ${i}`));
    expect(parsed.papers.map((p) => p.arxivId)).toEqual(Array.from({ length: k }, (_, i) => madeUpId(i)));
    expect(parsed.papers.every((p) => p.authors.join() === 'Ada Example')).toBe(true);
    expect(problems).toEqual([{ line: lineOf(html, `abs/${madeUpId(k)}`), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('1,000 daily-listing entries that never close: each entry its own title, then where reading stopped', () => {
    const html = HOSTILE_HTML['unclosed <dl> entries']?.(1000) as string;
    const { titles, problems, parsed } = read(html);
    const k = titles.length;
    expect(k).toBeGreaterThanOrEqual(50);
    expect(titles).toEqual(Array.from({ length: k }, (_, i) => `Paper ${i}`));
    expect(parsed.papers.every((p) => p.categories.join() === 'cs.AI' && p.submitted === '2024-11-29')).toBe(true);
    expect(problems).toEqual([{ line: lineOf(html, `abs/${madeUpId(k)}`), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('16,000 unclosed <b> in a title: the results before it, and the line where reading stopped', () => {
    const html = HOSTILE_HTML['unclosed <b>']?.(16_000) as string;
    const { titles, problems } = read(html);
    expect(titles).toEqual(['Paper 0']);
    expect(problems).toEqual([{ line: lineOf(html, '<b>'), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('100,000 nested <div> (1.1 MB): the results before them, and the line where reading stopped', () => {
    const html = HOSTILE_HTML['nested <div>']?.(100_000) as string;
    expect(html.length).toBeGreaterThan(1_100_000);
    const { titles, problems } = read(html);
    expect(titles).toEqual(['Paper 0']);
    expect(problems).toEqual([{ line: lineOf(html, '<div>'), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('8,000 nested <span> in an abstract: no stack overflow, the line where reading stopped', () => {
    const html = deepAbstract(8000);
    const { titles, problems } = read(html);
    expect(titles).toEqual(['Paper 0']);
    expect(problems).toEqual([{ line: lineOf(html, '<span>'.repeat(2)), message: expect.stringMatching(TOO_DEEP) }]);
  });

  it('nesting up to the limit is read in full', () => {
    const html = deepAbstract(400);
    const { parsed } = read(html);
    expect(parsed.problems).toEqual([]);
    expect(parsed.papers.map((p) => p.abstract)).toEqual(['We study things.', 'We study deep things.']);
  });

  it('a listing file too deep to read is a located problem, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-deep-'));
    const file = join(dir, 'deep.html');
    writeFileSync(file, searchPage(`${'<div>'.repeat(8000)}\n${closedResult(0)}`));
    await expect(loadListing(file)).rejects.toThrow(ConfigError);
    await expect(loadListing(file)).rejects.toThrow(
      `listing ${file}: no paper could be read; line 4: page too deeply nested (more than 512 elements inside one another); the rest of the page is not read`,
    );
  });
});

describe('text a browser never shows', () => {
  it('script, style and template text stays out of titles, abstracts and authors', () => {
    const title =
      'Deep <script>alert("no")</script>Learning<style>p { color: red }</style> <template>Hidden</template>Now';
    const html = searchPage(
      closedResult(0, title)
        .replace('Ada Example', 'Ada <script>var x = "Eve";</script>Example')
        .replace('We study things.', 'We study <template><b>secret</b></template>things.'),
    );
    const [paper] = parseListing(html).papers;
    expect(paper?.title).toBe('Deep Learning Now');
    expect(paper?.authors).toEqual(['Ada Example']);
    expect(paper?.abstract).toBe('We study things.');
  });

  it('a result inside a <template> is no result', () => {
    const html = searchPage(`${closedResult(0)}<template>\n${closedResult(1)}</template>\n${closedResult(2)}`);
    expect(parseListing(html).papers.map((p) => p.title)).toEqual(['Paper 0', 'Paper 2']);
  });
});
