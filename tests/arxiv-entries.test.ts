// One bad entry never costs the others: entries of a feed or of the saved copy are checked one
// by one, skipped and reported when bad; links are http(s) or dropped with a problem; a feed's
// repeated counts are read as the first valid one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feed } from './fakes/arxiv-server.js';
import { captureLog } from './helpers/digest-env.js';
import { fakeArxiv, fakePapers, testFollower } from './helpers/arxiv.js';
import { runCli } from '../src/app/cli.js';
import { parseArxivFeed } from '../src/listing/arxiv-feed.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperSchema } from '../src/listing/paper.js';

const fake = fakeArxiv();
const temp = () => mkdtempSync(join(tmpdir(), 'arxivist-entries-'));

const ENTRY = (id: string) =>
  `<entry><id>http://arxiv.org/abs/${id}v1</id><published>2026-11-30T12:00:00Z</published><updated>2026-11-30T12:00:00Z</updated><title>Paper ${id}</title><summary>About ${id}.</summary><author><name>Ada Example</name></author></entry>`;

describe('the counts of a feed', () => {
  it('two opensearch:totalResults are read as the first that is a count, not as 0', () => {
    const counts =
      '<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">7</opensearch:totalResults>' +
      '<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">9</opensearch:totalResults>';
    const page = parseArxivFeed(`<feed xmlns="http://www.w3.org/2005/Atom">${counts}${ENTRY('2611.00001')}</feed>`);
    expect(page).toMatchObject({ total: 7, start: 0, entries: 1 });
    const junkFirst = parseArxivFeed(
      `<feed><totalResults>many</totalResults><totalResults>12</totalResults><startIndex/><startIndex>3</startIndex></feed>`,
    );
    expect(junkFirst).toMatchObject({ total: 12, start: 3, entries: 0 });
  });

  it('a feed without a readable total is not a feed of results', () => {
    expect(() => parseArxivFeed('<feed><totalResults>-1</totalResults></feed>')).toThrow(
      'the feed\'s opensearch:totalResults is not a count (got "-1")',
    );
    expect(() => parseArxivFeed('<feed></feed>')).toThrow('the feed has no opensearch:totalResults');
  });
});

describe('links', () => {
  it('a feed link that is not http(s) is dropped with a problem naming the entry; the paper keeps its arXiv links', async () => {
    const papers = fakePapers(3);
    Object.assign(papers[1] as object, { absLink: 'javascript:alert(1)' });
    const server = await fake(papers);
    const page = parseArxivFeed(await (await fetch(`${server.url}?search_query=au:Mahajan`)).text());
    expect(page.papers.map((p) => p.links.abs)).toEqual([
      'https://arxiv.org/abs/2611.00001v1',
      'https://arxiv.org/abs/2611.00002',
      'https://arxiv.org/abs/2611.00003v1',
    ]);
    expect(page.problems).toEqual([
      {
        line: 2,
        message:
          'entry ("Paper number 2 on routing") links to "javascript:alert(1)", which is not an http(s) address; the link is dropped',
      },
    ]);
  });

  it('links written in an abstract that are not http(s) are dropped with a problem', () => {
    const listing = `-\nLinks\nAuthors:\nAda Example\nAbstract:\nCode at \\url{javascript:alert(1)} and \\href{data:text/html,x}{here} and https://github.com/a/b.\nSubmitted 1 May, 2020; originally announced May 2020.\n`;
    const { papers, problems } = parseListing(listing);
    expect(papers.map((p) => p.urls)).toEqual([['https://github.com/a/b']]);
    expect(problems.map((p) => p.message)).toEqual([
      'entry ("Links") links to "javascript:alert(1)", which is not an http(s) address; the link is dropped',
      'entry ("Links") links to "data:text/html,x", which is not an http(s) address; the link is dropped',
    ]);
  });

  it('the Paper schema itself refuses a link that is not http(s), wherever it comes from', () => {
    const paper = parseListing(
      `-\nA title\nAuthors:\nAda Example\nAbstract:\nText.\nSubmitted 1 May, 2020; originally announced May 2020.\n`,
    ).papers[0];
    expect(PaperSchema.safeParse(paper).success).toBe(true);
    for (const links of [
      { ...paper?.links, abs: 'javascript:alert(1)' },
      { ...paper?.links, pdf: 'ftp://arxiv.org/pdf/1' },
      { ...paper?.links, search: 'not a url' },
    ])
      expect(PaperSchema.safeParse({ ...paper, links }).success).toBe(false);
    expect(PaperSchema.safeParse({ ...paper, urls: ['javascript:alert(1)'] }).success).toBe(false);
  });
});

describe('the saved copy, entry by entry', () => {
  it('an entry whose link is not a URL no longer loses the copy: the next read keeps every paper', async () => {
    const papers = fakePapers(5);
    Object.assign(papers[2] as object, { absLink: 'not a url' });
    const server = await fake(papers);
    const dir = temp();
    const { summary } = await testFollower(server.url, dir, captureLog()).refresh();
    expect(summary.problems).toEqual([
      'result 3: entry ("Paper number 3 on routing") links to "not a url", which is not an http(s) address; the link is dropped',
    ]);
    const log = captureLog();
    const again = testFollower(server.url, dir, log);
    expect(await again.reread()).toBe(true);
    expect(again.papers.map((p) => p.id)).toEqual([
      '2611.00001',
      '2611.00002',
      '2611.00003',
      '2611.00004',
      '2611.00005',
    ]);
    expect(log.lines.filter((l) => l.level !== 'info')).toEqual([]);
  });

  it('a bad entry in a saved copy is skipped and reported at read; the others are served', async () => {
    const server = await fake(fakePapers(4));
    const dir = temp();
    const first = testFollower(server.url, dir, captureLog());
    await first.refresh();
    // As a copy written by an older version, or edited by hand, might be.
    const saved = JSON.parse(readFileSync(first.file, 'utf8')) as { papers: Record<string, unknown>[] };
    Object.assign(saved.papers[1] as object, { links: { abs: 'javascript:alert(1)', search: 'https://arxiv.org/' } });
    Object.assign(saved.papers[3] as object, { title: '' });
    saved.papers.push({ nonsense: true });
    writeFileSync(first.file, JSON.stringify(saved));
    const log = captureLog();
    const again = testFollower(server.url, dir, log);
    expect(await again.reread()).toBe(true);
    expect(again.papers.map((p) => p.id)).toEqual(['2611.00001', '2611.00003']);
    expect(log.lines).toEqual([
      {
        level: 'warn',
        obj: {
          query: 'au:Mahajan',
          file: first.file,
          skipped: [
            'paper 2 (2611.00002) is unreadable (links.abs: not an http(s) address); skipped',
            'paper 4 (2611.00004) is unreadable (title: Too small: expected string to have >=1 characters); skipped',
            'paper 5 is unreadable (id: Invalid input: expected string, received undefined); skipped',
          ],
        },
        msg: 'arxiv: 3 papers of the saved copy are unreadable and were skipped; the next fetch reads them again',
      },
    ]);
  });

  it('entries a fetch cannot read are reported by `arxivist fetch`, and the others saved', async () => {
    const server = await fake();
    const dir = temp();
    const body = feed(
      'http://fake/',
      3,
      0,
      3,
      `${ENTRY('2611.00001')}<entry><id>http://arxiv.org/abs/2611.00002v1</id><title>No date</title></entry>${ENTRY('2611.00003')}`,
    );
    server.willMeet({ kind: 'raw', body });
    const out: string[] = [];
    const env = { ARXIVIST_ARXIV_API: server.url, ARXIVIST_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    const code = await runCli(['fetch', 'au:Mahajan'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t), env });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(
      /^au:Mahajan: 2 fetched of 3 matching, in 1 request: 2 new, 0 updated, 0 unchanged; saved in .*\n {2}result 2: entry 2611\.00002: has no readable "published" date \(got ""\)\n$/,
    );
  });
});
