// Links are http(s) or dropped with a problem; a feed's repeated counts are read as the first valid
// one.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { fakePapers } from './helpers/arxiv.js';
import { parseArxivFeed } from '../src/listing/arxiv-feed.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperSchema } from '../src/listing/paper.js';

const servers: FakeArxivServer[] = [];
async function fake(papers = fakePapers(5)): Promise<FakeArxivServer> {
  const server = await new FakeArxivServer(papers).start();
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

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
