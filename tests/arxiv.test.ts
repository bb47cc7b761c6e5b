// The arXiv API source against the fake API: the Atom feed read into papers, polite paging,
// retries, and refreshes that merge into the saved copy.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureLog } from './helpers/digest-env.js';
import { fakeArxiv, fakePapers, testFollower } from './helpers/arxiv.js';
import { ArxivClient, ArxivQueryError, ArxivUnavailableError } from '../src/arxiv/arxiv-client.js';
import { parseArxivFeed, readEntryId } from '../src/listing/arxiv-feed.js';

const fake = fakeArxiv();

const temp = () => mkdtempSync(join(tmpdir(), 'arxivist-arxiv-'));

describe('the Atom feed', () => {
  it('reads every field of an entry: wrapped title, LaTeX, many authors, DOI, journal ref, comment, categories, links', async () => {
    const authors = Array.from({ length: 40 }, (_, i) => `Author Number${i + 1}`);
    const server = await fake([
      {
        id: '2409.12959',
        version: 3,
        published: '2024-09-19T17:59:59Z',
        updated: '2025-01-07T09:00:00Z',
        title: 'Sparse Mixtures of Experts\n      for $\\mathcal{O}(1)$ Routing',
        summary: 'We show that \\emph{sparse} routing\n  costs 50\\% less.\nCode: https://github.com/example/moe',
        authors: ['Divya Mahajan', 'Özlem Uzuner', ...authors],
        primary: 'cs.LG',
        categories: ['cs.LG', 'cs.AI', 'stat.ML'],
        comment: '12 pages,\n  3 figures',
        journalRef: 'Proc. ICML 2025, pp. 1-12',
        doi: '10.1234/moe.2025.1',
      },
    ]);
    const xml = await (await fetch(`${server.url}?search_query=all:sparse&start=0&max_results=10`)).text();
    const page = parseArxivFeed(xml);
    expect(page).toMatchObject({ total: 1, start: 0, entries: 1, problems: [] });
    const p = page.papers[0];
    expect(p).toMatchObject({
      id: '2409.12959',
      arxivId: '2409.12959',
      version: 3,
      title: 'Sparse Mixtures of Experts for $\\mathcal{O}(1)$ Routing',
      submitted: '2024-09-19',
      updated: '2025-01-07',
      announced: '2024-09',
      categories: ['cs.LG', 'cs.AI', 'stat.ML'],
      comments: '12 pages, 3 figures',
      journalRef: 'Proc. ICML 2025, pp. 1-12',
      doi: '10.1234/moe.2025.1',
      hiddenAuthorCount: 0,
      abstractComplete: true,
      links: { abs: 'https://arxiv.org/abs/2409.12959v3', pdf: 'https://arxiv.org/pdf/2409.12959v3' },
      urls: ['https://github.com/example/moe'],
    });
    expect(p?.authors).toEqual(['Divya Mahajan', 'Özlem Uzuner', ...authors]);
    expect(p?.abstract).toBe('We show that sparse routing costs 50% less. Code: https://github.com/example/moe');
  });

  it('reads ids old and new, and a feed with the prefixes declared once on <feed>', () => {
    expect(readEntryId('http://arxiv.org/abs/hep-th/9901001v2')).toEqual({ arxivId: 'hep-th/9901001', version: 2 });
    expect(readEntryId('https://arxiv.org/abs/2501.00001')).toEqual({ arxivId: '2501.00001' });
    const xml = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <opensearch:itemsPerPage>10</opensearch:itemsPerPage><opensearch:totalResults>7</opensearch:totalResults><opensearch:startIndex>5</opensearch:startIndex>
  <entry><id>https://arxiv.org/abs/2501.00002v1</id><published>2025-01-01T00:00:01Z</published><updated>2025-01-01T00:00:01Z</updated>
    <title>A &amp; B</title><summary>Text.</summary><author><name>Solo Author</name></author>
    <arxiv:primary_category term="math.CO"/><category term="math.CO"/></entry>
  <entry><id>https://arxiv.org/abs/2501.00003v1</id><title>No date</title><summary>x</summary><author><name>A</name></author></entry>
</feed>`;
    const page = parseArxivFeed(xml);
    expect(page).toMatchObject({ total: 7, start: 5, entries: 2 });
    expect(page.papers.map((p) => [p.id, p.title, p.categories])).toEqual([['2501.00002', 'A & B', ['math.CO']]]);
    expect(page.problems).toEqual([
      { line: 2, message: 'entry 2501.00003: has no readable "published" date (got "")' },
    ]);
  });

  it('an error feed names the query arXiv rejected, without retrying', async () => {
    const server = await fake();
    const log = captureLog();
    const client = new ArxivClient({ apiUrl: server.url, log, minIntervalMs: 10, retryDelayMs: 10 });
    const err = await client.page('xx:Mahajan', 0, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivQueryError);
    expect((err as Error).message).toBe(
      'arXiv rejected the query "xx:Mahajan": unknown field prefix "xx" in search_query',
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe('fetching politely', () => {
  it('a first fetch of several pages asks one at a time, spaced, newest first, with a User-Agent', async () => {
    const server = await fake(fakePapers(450));
    const follower = testFollower(server.url, temp(), captureLog(), { minIntervalMs: 300 });
    const { summary } = await follower.refresh();
    expect(summary).toMatchObject({
      query: 'au:Mahajan',
      total: 450,
      fetched: 450,
      new: 450,
      updated: 0,
      unchanged: 0,
      requests: 3,
    });
    expect(
      server.requests.map((r) => [
        r.params['start'],
        r.params['max_results'],
        r.params['sortBy'],
        r.params['sortOrder'],
      ]),
    ).toEqual([
      ['0', '200', 'submittedDate', 'descending'],
      ['200', '200', 'submittedDate', 'descending'],
      ['400', '200', 'submittedDate', 'descending'],
    ]);
    // Measured on the fake's clock; 25 ms allows for loopback latency differing between requests.
    for (let i = 1; i < server.requests.length; i++) {
      expect((server.requests[i]?.at ?? 0) - (server.requests[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(300 - 25);
    }
    expect(server.maxConcurrent).toBe(1);
    expect(server.requests[0]?.userAgent).toMatch(/^arxivist\/\S+ \(.*arXiv/);
    expect(follower.papers[0]?.id).toBe('2611.00001');
    expect(follower.papers.at(-1)?.id).toBe('2611.00450');
  });

  it('stops at the cap: 250 papers take a page of 200 and one of 50', async () => {
    const server = await fake(fakePapers(450));
    const follower = testFollower(server.url, temp(), captureLog(), { max: 250 });
    const { summary } = await follower.refresh();
    expect(summary).toMatchObject({ total: 450, fetched: 250, requests: 2 });
    expect(server.requests.map((r) => r.params['max_results'])).toEqual(['200', '50']);
  });

  it('retries a 503, waiting out its Retry-After, and logs the retry', async () => {
    const server = (await fake()).willMeet({ kind: 'status', status: 503, retryAfter: 1 });
    const log = captureLog();
    const follower = testFollower(server.url, temp(), log);
    const { summary } = await follower.refresh();
    expect(summary.fetched).toBe(5);
    expect(server.requests.map((r) => r.status)).toEqual([503, 200]);
    expect((server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000 - 25);
    expect(log.lines.find((l) => l.msg === 'arxiv: request failed; retrying')?.obj).toMatchObject({
      reason: 'HTTP 503',
      retryAfterMs: 1000,
      attempt: 1,
    });
  });

  it('retries the transient empty page, a page that is not a feed, and a slow answer past its deadline', async () => {
    const server = (await fake()).willMeet({ kind: 'empty' }, { kind: 'html' }, { kind: 'slow', ms: 1500 });
    const log = captureLog();
    const follower = testFollower(server.url, temp(), log, { timeoutMs: 300 });
    const { summary } = await follower.refresh();
    expect(summary).toMatchObject({ fetched: 5, requests: 4 });
    const reasons = log.lines
      .filter((l) => l.msg === 'arxiv: request failed; retrying')
      .map((l) => (l.obj as { reason: string }).reason);
    expect(reasons).toEqual([
      'an empty page at 0 of 5 results',
      'the answer was not an Atom feed',
      'no answer within 0.3 s',
    ]);
  });

  it('gives up on a dead network after the retries, naming the query', async () => {
    const server = await fake();
    const url = server.url;
    await server.close();
    const follower = testFollower(url, temp(), captureLog(), { retries: 2 });
    const err = await follower.refresh().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivUnavailableError);
    expect((err as Error).message).toMatch(
      /^arXiv did not answer the query "au:Mahajan" \(.*ECONNREFUSED.*\) after 3 tries$/,
    );
    expect(follower.origin().lastError?.message).toBe((err as Error).message);
  });
});

describe('refreshing the saved copy', () => {
  it('after two new papers, one page is fetched and exactly those two are new; the copy is saved', async () => {
    const server = await fake(fakePapers(150, '2026-11-28'));
    const dir = temp();
    const follower = testFollower(server.url, dir, captureLog(), { max: 2000 });
    await follower.refresh();
    server.papers.push(...fakePapers(2, '2026-11-30', 901));
    const before = server.requests.length;
    const { summary, added } = await follower.refresh();
    expect(server.requests.length - before).toBe(1);
    expect(summary).toMatchObject({ total: 152, fetched: 152, new: 2, updated: 0, unchanged: 150, requests: 1 });
    expect(added.map((p) => p.id).sort()).toEqual(['2611.00901', '2611.00902']);
    const saved = JSON.parse(readFileSync(follower.file, 'utf8')) as { query: string; papers: { id: string }[] };
    expect(saved.query).toBe('au:Mahajan');
    expect(saved.papers).toHaveLength(152);
  });

  it('a refresh pages on until a whole page holds only papers it already has, then stops', async () => {
    const server = await fake(fakePapers(700, '2026-11-28'));
    const follower = testFollower(server.url, temp(), captureLog(), { max: 2000 });
    await follower.refresh();
    server.papers.push(...fakePapers(3, '2026-11-30', 901));
    const before = server.requests.length;
    const { summary } = await follower.refresh();
    // Page 1: 3 new and 197 known; page 2: all 200 known, so pages 3 and 4 are not asked for.
    expect(server.requests.slice(before).map((r) => r.params['start'])).toEqual(['0', '200']);
    expect(summary).toMatchObject({ total: 703, fetched: 400, new: 3, unchanged: 397, requests: 2 });
    expect(follower.papers).toHaveLength(703);
  });

  it('a revised paper replaces its old version in place and counts as updated, not new', async () => {
    const server = await fake(fakePapers(5));
    const follower = testFollower(server.url, temp(), captureLog());
    await follower.refresh();
    const paper = server.papers[1];
    if (!paper) throw new Error('fixture');
    Object.assign(paper, { version: 2, updated: '2026-12-01T08:00:00Z', title: 'Paper number 2 on routing, revised' });
    const { summary, added } = await follower.refresh();
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 4 });
    expect(added).toEqual([]);
    expect(follower.papers.filter((p) => p.id === '2611.00002').map((p) => [p.version, p.title, p.updated])).toEqual([
      [2, 'Paper number 2 on routing, revised', '2026-12-01'],
    ]);
  });

  it('a failed refresh keeps the copy in memory and on disk', async () => {
    const server = await fake(fakePapers(5));
    const follower = testFollower(server.url, temp(), captureLog(), { retries: 1 });
    await follower.refresh();
    const onDisk = readFileSync(follower.file, 'utf8');
    server.willMeet({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    await expect(follower.refresh()).rejects.toBeInstanceOf(ArxivUnavailableError);
    expect(follower.papers).toHaveLength(5);
    expect(readFileSync(follower.file, 'utf8')).toBe(onDisk);
  });
});
