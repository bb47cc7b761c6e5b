import { afterEach } from 'vitest';
import { type FakeArxivPaper, FakeArxivServer } from '../fakes/arxiv-server.js';
import { ArxivClient } from '../../src/arxiv/arxiv-client.js';
import { ArxivFollower } from '../../src/arxiv/arxiv-follower.js';
import type { Log } from '../../src/base/log.js';

/**
 * `n` plain papers by a Mahajan, one a day back from `newest` (ISO day), ids 2611.00001 on (from
 * `first`); `fields` gives them other authors or categories, so different queries find different papers.
 */
export function fakePapers(
  n: number,
  newest = '2026-11-30',
  first = 1,
  fields: Partial<Pick<FakeArxivPaper, 'authors' | 'primary' | 'categories'>> = {},
): FakeArxivPaper[] {
  const day = Date.parse(`${newest}T12:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(day - i * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: `2611.${String(first + i).padStart(5, '0')}`,
      version: 1,
      published: at,
      updated: at,
      title: `Paper number ${first + i} on routing`,
      summary: `We study routing problem ${first + i}.`,
      authors: ['Ada Example', 'Divya Mahajan'],
      primary: 'cs.LG',
      categories: ['cs.LG'],
      ...fields,
    };
  });
}

/** A paper submitted at `published` (ISO time), for the fake to add while the bot runs. */
export function addedPaper(id: string, published: string, title: string): FakeArxivPaper {
  return {
    id,
    version: 1,
    published,
    updated: published,
    title,
    summary: `We present ${title.toLowerCase()}.`,
    authors: ['Dhruv Mahajan'],
    primary: 'cs.CV',
    categories: ['cs.CV'],
  };
}

/** A follower of `query` on the fake, with spacing and retry delays short enough for tests. */
export function testFollower(
  apiUrl: string,
  dataDir: string,
  log: Log,
  options: { query?: string; max?: number; minIntervalMs?: number; timeoutMs?: number; retries?: number } = {},
): ArxivFollower {
  const client = new ArxivClient({
    apiUrl,
    log,
    minIntervalMs: options.minIntervalMs ?? 50,
    retryDelayMs: 20,
    timeoutMs: options.timeoutMs ?? 5000,
    retries: options.retries ?? 3,
  });
  return new ArxivFollower(client, { query: options.query ?? 'au:Mahajan', dataDir, max: options.max ?? 2000 }, log);
}

/**
 * For a test file: starts a fake arXiv serving `papers` (a number of {@link fakePapers}, or these
 * papers), and closes every server it started after each test.
 */
export function fakeArxiv(): (papers?: number | FakeArxivPaper[]) => Promise<FakeArxivServer> {
  const servers: FakeArxivServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (papers = 5) => {
    const server = await new FakeArxivServer(typeof papers === 'number' ? fakePapers(papers) : papers).start();
    servers.push(server);
    return server;
  };
}
