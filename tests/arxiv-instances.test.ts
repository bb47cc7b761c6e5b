// Two processes following arXiv on one database (two bot instances, or a bot and `arxivist
// fetch`): their requests reach arXiv the spacing apart whoever sends them, and one process at a
// time refreshes a query. On SQLite always, on PostgreSQL when ARXIVIST_TEST_DATABASE_URL is set.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstanceCoordination } from '../src/base/instance-coordination.js';
import { ArxivClient } from '../src/arxiv/arxiv-client.js';
import { ArxivFollower } from '../src/arxiv/arxiv-follower.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { fakePapers } from './helpers/arxiv.js';
import { captureLog } from './helpers/digest-env.js';
import { TestSchemas } from './helpers/pg-schemas.js';

const PG_URL = process.env['ARXIVIST_TEST_DATABASE_URL'];
const SPACING = 300;

interface Instance {
  coordination: InstanceCoordination;
  close(): Promise<void>;
}

const schemas = new TestSchemas(PG_URL);
const KINDS: { name: string; open(): Promise<[Instance, Instance]> }[] = [
  {
    name: 'SQLite',
    async open() {
      const file = join(mkdtempSync(join(tmpdir(), 'arxivist-gate-')), 'arxivist.db');
      return [new SqliteStore(file), new SqliteStore(file)];
    },
  },
];
if (PG_URL) {
  KINDS.push({
    name: 'PostgreSQL',
    async open() {
      const options = { url: PG_URL, schema: schemas.next(), poolSize: 2 };
      return [await PostgresStore.open(options), await PostgresStore.open(options)];
    },
  });
}
const servers: FakeArxivServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  await schemas.dropAll();
});

async function fake(papers: number): Promise<FakeArxivServer> {
  const server = await new FakeArxivServer(fakePapers(papers)).start();
  servers.push(server);
  return server;
}

/**
 * The client of one process. Within a process, clients of one API share a gate keyed by API and
 * spacing: 300 ms for one process and 301 ms for the other keep their gates apart, as two
 * processes' are, so only the database spaces them.
 */
function client(server: FakeArxivServer, instance: Instance, process: 0 | 1): ArxivClient {
  return new ArxivClient({
    apiUrl: server.url,
    log: captureLog(),
    minIntervalMs: SPACING + process,
    retryDelayMs: 20,
    timeoutMs: 5000,
    requestGate: instance.coordination,
  });
}

function follower(server: FakeArxivServer, instance: Instance, process: 0 | 1, dataDir: string): ArxivFollower {
  return new ArxivFollower(
    client(server, instance, process),
    { query: 'au:Mahajan', dataDir, max: 2000, lease: instance.coordination },
    captureLog(),
  );
}

/** Times between the requests the fake received, in the order they came (the fake's clock). */
function gaps(server: FakeArxivServer): number[] {
  const at = server.requests.map((r) => r.at).sort((a, b) => a - b);
  return at.slice(1).map((t, i) => t - (at[i] as number));
}

const temp = () => mkdtempSync(join(tmpdir(), 'arxivist-data-'));

describe.each(KINDS)('two processes on one $name database', (kind) => {
  it('their requests reach arXiv at least the spacing apart, whichever process sends them', async () => {
    const server = await fake(60);
    const [a, b] = await kind.open();
    const one = client(server, a, 0);
    const two = client(server, b, 1);
    await Promise.all(
      [0, 10, 20].flatMap((start) => [one.page('au:Mahajan', start, 10), two.page('au:Mahajan', start, 10)]),
    );
    expect(server.requests).toHaveLength(6);
    // One request at a time, each sent the spacing after the previous answer ended: the fake sees
    // at least the spacing between arrivals, whatever the latency (times are kept in whole ms).
    expect(server.maxConcurrent).toBe(1);
    for (const gap of gaps(server)) expect(gap).toBeGreaterThanOrEqual(SPACING - 2);
    await a.close();
    await b.close();
  });

  it('two refreshes of one query at once on one data folder: one asks arXiv, the other takes the copy it saved', async () => {
    const server = await fake(450);
    const [a, b] = await kind.open();
    const dataDir = temp();
    const [first, second] = [follower(server, a, 0, dataDir), follower(server, b, 1, dataDir)];
    const results = await Promise.all([first.refresh(), second.refresh()]);
    // A first fetch of 450 papers is 3 pages of 200: asked once.
    expect(server.requests).toHaveLength(3);
    expect(results.map((r) => r.summary.requests).sort()).toEqual([0, 3]);
    expect(first.papers).toHaveLength(450);
    expect(second.papers.map((p) => p.id)).toEqual(first.papers.map((p) => p.id));
    for (const gap of gaps(server)) expect(gap).toBeGreaterThanOrEqual(SPACING - 2);
    await a.close();
    await b.close();
  });

  it('with a data folder each, the two refreshes run one after the other, never interleaved', async () => {
    const server = await fake(450);
    const [a, b] = await kind.open();
    await Promise.all([follower(server, a, 0, temp()).refresh(), follower(server, b, 1, temp()).refresh()]);
    const starts = [...server.requests].sort((x, y) => x.at - y.at).map((r) => r.params['start']);
    expect(starts).toEqual(['0', '200', '400', '0', '200', '400']);
    for (const gap of gaps(server)) expect(gap).toBeGreaterThanOrEqual(SPACING - 2);
    await a.close();
    await b.close();
  });
});
