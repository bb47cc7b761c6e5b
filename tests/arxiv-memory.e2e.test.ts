// Memory stays bounded whatever the API sends: a child process with the production caps reads an
// endless feed, a gzip bomb, a 60 MB feed, and a feed just under the body cap shaped to cost the
// most (papers of 3,700 authors each), and its peak resident memory stays under 300 MB. What it
// read is asserted by what it says, not by how long it took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { run } from './helpers/run.js';

let server: FakeArxivServer;
beforeAll(async () => {
  server = await new FakeArxivServer().start();
});
afterAll(() => server?.close());

const MB = 1024 * 1024;
const author = (i: number) => `<author><name>Collaborator Number${i}</name></author>`;
const bigPaper = (authors: number) =>
  `</entry><entry><id>http://arxiv.org/abs/2611.00002v1</id><published>2026-11-30T12:00:00Z</published><title>Big</title><summary>Big.</summary>${Array.from({ length: authors }, (_, i) => author(i)).join('')}`;
const realEntry = (i: number) =>
  `</entry><entry><id>http://arxiv.org/abs/2611.${String(i).padStart(5, '0')}v1</id><published>2026-11-30T12:00:00Z</published><title>Paper ${i}</title><summary>${'We study routing. '.repeat(80)}</summary>${author(1)}${author(2)}`;

describe('memory', () => {
  it('a client with the production caps stays under 300 MB, whatever the answers', async () => {
    server.willMeet(
      // Text inside the entry: the reader skips it quickly, so the caps, not the parsing, are tested.
      { kind: 'stream', unit: 'endless text ' },
      { kind: 'stream', gzip: true, unit: 'endless text ' },
      { kind: 'stream', unit: Array.from({ length: 100 }, (_, i) => realEntry(i)).join(''), bytes: 60 * MB },
      { kind: 'stream', unit: bigPaper(3700), bytes: 31 * MB },
    );
    const ran = await run(process.execPath, ['--import', 'tsx', 'tests/helpers/arxiv-memory.ts', server.url, '4']);
    expect(ran.stderr).toBe('');
    const { outcomes, peakMb } = JSON.parse(ran.stdout) as { outcomes: string[]; peakMb: number };
    expect(outcomes).toEqual([
      'arXiv\'s answer to the query "au:Mahajan" passed 32 MB; stopped reading it',
      'arXiv\'s answer to the query "au:Mahajan" passed 32 MB (decompressed); stopped reading it',
      'arXiv\'s answer to the query "au:Mahajan" holds more than the 200 entries asked for; stopped reading it',
      expect.stringMatching(/^\d+ papers, 0 problems$/),
    ]);
    // 31 MB hold about 166 papers of 3,700 authors (186 KB each), all read.
    expect(Number(outcomes[3]?.split(' ')[0])).toBeGreaterThan(160);
    expect(peakMb).toBeLessThan(300);
  });
});
