// Listings made to hurt: deep nesting, unbalanced groups, huge URL lists, names of Object's own
// properties, broken UTF-16. Each must parse without throwing and read as a person would read it.
// (How long they take is measured by `npm run bench`, not asserted here.)
import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderText } from '../src/adapters/console/render.js';
import { ListingReloader } from '../src/reload/listing-reloader.js';
import { captureLog } from './helpers/digest-env.js';
import type { Paper } from '../src/listing/paper.js';

function entry(title: string, abstract: string): string {
  return `-\n${title}\nAuthors:\nAda Example, Bo Sample\nAbstract:\n${abstract}\nSubmitted 1 May, 2020; originally announced May 2020.\n`;
}

describe('hostile listings', () => {
  it('20,000 nested \\emph{ read as the text inside them, without running out of stack', () => {
    const { papers, problems } = parseListing(
      entry('Deep', `${'\\emph{'.repeat(20_000)}inside${'}'.repeat(20_000)} after`),
    );
    expect(problems).toEqual([]);
    expect(papers[0]?.abstract).toBe('inside after');
  });

  it('16,000 unclosed \\frac{ and a \\frac nested 40 deep still give one paper', () => {
    const { papers } = parseListing(entry('Unclosed', `${'\\frac{'.repeat(16_000)} end`));
    expect(papers).toHaveLength(1);
    expect(papers[0]?.abstract).toMatch(/end$/);
    const deep = `${'\\frac{1}{'.repeat(40)}2${'}'.repeat(40)}`;
    expect(parseListing(entry('Deep frac', deep)).papers[0]?.abstract).toMatch(/^1\/1\/1\//);
  });

  it('16,000 distinct URLs are all kept, once each', () => {
    const urls = Array.from({ length: 16_000 }, (_, i) => `https://example.org/r${i}`);
    const { papers } = parseListing(entry('Links', [...urls, urls[0]].join(' ')));
    expect(papers[0]?.urls).toHaveLength(16_000);
  });

  it("\\constructor and \\toString are macro names, not Object's functions", () => {
    expect(parseListing(entry('Names', 'We use \\constructor and \\toString here.')).papers[0]?.abstract).toBe(
      'We use constructor and toString here.',
    );
  });

  it('a lone surrogate in a title gives a paper with a working search link', () => {
    const [paper] = parseListing(entry('Cut emoji \uD83D here', 'Text.')).papers;
    expect(paper?.links.search).toMatch(
      /^https:\/\/arxiv\.org\/search\/\?searchtype=title&query=Cut%20emoji%20%EF%BF%BD%20here$/,
    );
  });

  it("a listing's escape sequences never reach the terminal: the console and the CLI drop control characters", () => {
    const [paper] = parseListing(entry('Clear \u001b[2J screen \u0007', 'Bell \u0007 and \u009b CSI.')).papers;
    const shown = renderText({ kind: 'paper', paper: paper as Paper });
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(shown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(shown).toContain('Clear [2J screen');
  });

  it('without separators, a stray date or second comment line is a problem, never an overwrite', () => {
    const one = `Graphs Paper One\nAuthors:\nAda One\nAbstract:\nWe study graphs.\nSubmitted 1 January, 2024; originally announced January 2024.\nComments: 9 pages\n`;
    const three = `Cycles Paper Three\nAuthors:\nCy Three\nAbstract:\nWe study cycles.\nSubmitted 3 January, 2024; originally announced January 2024.\n`;
    const { papers, problems } = parseListing(`${one}originally announced May 1999.\nComments: 12 pages\n\n${three}`);
    expect(papers.map((p) => [p.title, p.announced, p.comments])).toEqual([
      ['Graphs Paper One', '2024-01', '9 pages'],
      ['Cycles Paper Three', '2024-01', undefined],
    ]);
    expect(problems).toEqual([
      { line: 8, message: '"originally announced May 1999." belongs to no entry (this one has its dates already)' },
      { line: 9, message: '"Comments: 12 pages" belongs to no entry (this one has its comments already)' },
    ]);
  });

  it('a running bot parses a reload in a worker thread and gives up on one that takes too long', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxivist-worker-'));
    const file = join(dir, 'listing.txt');
    writeFileSync(file, entry('First Paper', 'Text.'));
    const log = captureLog();
    const sources = { file, log, parseTimeoutMs: 30_000 };
    const reloader = await ListingReloader.open(sources);
    // The same deadline holds at start-up and on reload; only the reload gets a tiny one here.
    sources.parseTimeoutMs = 1;
    writeFileSync(file, `${entry('First Paper', 'Text.')}${entry('Second Paper', 'More.')}`);
    expect(await reloader.reload('test')).toBe(false);
    expect(reloader.live.current.size).toBe(1);
    const failed = log.lines.find((l) => l.msg === 'listing: reload failed; keeping the current listing');
    expect(String((failed?.obj as { err?: Error }).err?.message)).toMatch(
      /listing\.txt: no paper could be read; line 1: reading stopped after 0\.001 s, so the file is skipped/,
    );
  });
});
