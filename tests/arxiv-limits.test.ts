// What a hostile or broken server cannot do to the arXiv client: make it read without end (an
// endless feed, a gzip bomb, a drip), send it to another host, or loop it through redirects
// faster than arXiv's spacing. Bytes are counted, never time; spacing is measured on the fake's
// clock relative to the configured interval.
import { describe, expect, it } from 'vitest';
import { FakeArxivServer } from './fakes/arxiv-server.js';
import { captureLog } from './helpers/digest-env.js';
import { fakeArxiv } from './helpers/arxiv.js';
import { ArxivAnswerTooLargeError, ArxivClient, ArxivUnavailableError } from '../src/arxiv/arxiv-client.js';

const fake = fakeArxiv();

const MB = 1024 * 1024;
/** The most one read of a response stream hands over: Node's socket and zlib chunks are at most 64 KB. */
const CHUNK = 64 * 1024;

function client(server: FakeArxivServer, options: Partial<ConstructorParameters<typeof ArxivClient>[0]> = {}) {
  return new ArxivClient({
    apiUrl: server.url,
    log: captureLog(),
    minIntervalMs: 50,
    retryDelayMs: 20,
    timeoutMs: 10_000,
    retries: 3,
    ...options,
  });
}

describe('answers too large', () => {
  it('an endless feed is cut at the body cap, read as a stream, and not asked for again', async () => {
    const server = (await fake()).willMeet({ kind: 'stream' }, { kind: 'stream' });
    const err = await client(server, { maxBodyBytes: MB })
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivAnswerTooLargeError);
    expect(err).toBeInstanceOf(ArxivUnavailableError);
    expect((err as Error).message).toBe('arXiv\'s answer to the query "au:Mahajan" passed 1 MB; stopped reading it');
    const { bytes } = err as ArxivAnswerTooLargeError;
    expect(bytes).toBeGreaterThan(MB);
    expect(bytes).toBeLessThanOrEqual(MB + CHUNK);
    // The client hung up: the fake saw the request end, and it was the only one. The fake wrote
    // what the client read plus what the kernel's socket buffers took (about 4 MB here; their
    // limits allow tens of MB), where an endless stream would otherwise never stop.
    await server.waitForRequests(1);
    expect(server.requests).toHaveLength(1);
    expect(server.streamedBytes).toBeLessThan(64 * MB);
  });

  it('a gzip bomb is cut at the decompressed cap after a few KB on the wire', async () => {
    const server = (await fake()).willMeet({ kind: 'stream', gzip: true });
    const err = await client(server, { maxBodyBytes: 4 * MB })
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivAnswerTooLargeError);
    expect((err as Error).message).toMatch(/passed 4 MB \(decompressed\); stopped reading it$/);
    expect((err as ArxivAnswerTooLargeError).bytes).toBeLessThanOrEqual(4 * MB + CHUNK);
  });

  it('compressed bytes have their own cap, even when they expand to little', async () => {
    // Each gzip member of an empty unit expands to nothing: only the compressed count grows.
    const server = (await fake()).willMeet({ kind: 'stream', gzip: true, unit: '' });
    const err = await client(server, { maxCompressedBytes: MB / 4, maxBodyBytes: 64 * MB })
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivAnswerTooLargeError);
    expect((err as Error).message).toMatch(/passed 0\.25 MB \(compressed\); stopped reading it$/);
    expect((err as ArxivAnswerTooLargeError).bytes).toBeLessThanOrEqual(MB / 4 + CHUNK);
  });

  it('more entries than asked for end the answer', async () => {
    const entry = `<entry><id>http://arxiv.org/abs/2611.00001v1</id><published>2026-11-30T12:00:00Z</published><title>T</title><summary>S</summary><author><name>A B</name></author></entry>`;
    const server = (await fake()).willMeet({ kind: 'stream', unit: `</entry>${entry}<entry>` });
    const err = await client(server)
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivAnswerTooLargeError);
    expect((err as Error).message).toBe(
      'arXiv\'s answer to the query "au:Mahajan" holds more than the 10 entries asked for; stopped reading it',
    );
    // The fake records a streamed answer once it sees the client hang up, which may come after the error.
    await server.waitForRequests(1);
    expect(server.requests).toHaveLength(1);
  });

  it('the deadline covers the body: a feed that drips is stopped and retried', async () => {
    const server = (await fake()).willMeet({ kind: 'stream', everyMs: 20 });
    const log = captureLog();
    const page = await client(server, { timeoutMs: 300, log }).page('au:Mahajan', 0, 10);
    expect(page.papers).toHaveLength(5);
    expect(log.lines.map((l) => (l.obj as { reason?: string }).reason)).toEqual(['no answer within 0.3 s']);
  });
});

describe('redirects', () => {
  it('a redirect to another host is refused without asking it, and not retried', async () => {
    const server = (await fake()).willMeet({ kind: 'redirect', to: 'https://evil.example/api/query' });
    const err = await client(server)
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivUnavailableError);
    expect((err as Error).message).toBe(
      'arXiv\'s answer to the query "au:Mahajan" redirects to evil.example, which is not arXiv; not followed',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('a redirect to the same API is followed after the spacing, counted as a request', async () => {
    const server = (await fake()).willMeet({
      kind: 'redirect',
      to: '/api/query?search_query=au:Mahajan&max_results=10',
    });
    const c = client(server, { minIntervalMs: 200 });
    const page = await c.page('au:Mahajan', 0, 10);
    expect(page.papers).toHaveLength(5);
    expect(server.requests.map((r) => r.status)).toEqual([302, 200]);
    expect(c.requests).toBe(2);
    // Measured on the fake's clock; 25 ms allows for loopback latency differing between requests.
    expect((server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(200 - 25);
  });

  it('a redirect loop stops after 3 redirects, each spaced like any request', async () => {
    const server = (await fake()).willMeet(
      ...Array.from({ length: 20 }, (_, i) => ({ kind: 'redirect' as const, to: `/api/query?loop=${i}` })),
    );
    const err = await client(server, { minIntervalMs: 200 })
      .page('au:Mahajan', 0, 10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArxivUnavailableError);
    expect((err as Error).message).toBe(
      'arXiv\'s answer to the query "au:Mahajan" redirected more than 3 times; stopped',
    );
    expect(server.requests).toHaveLength(4);
    for (let i = 1; i < server.requests.length; i++)
      expect((server.requests[i]?.at ?? 0) - (server.requests[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(200 - 25);
  });
});
