// Answers that never end (or end only after many MB), for the fake arXiv API: an endless feed, a
// gzip bomb (gzip members that each expand a thousandfold), or a feed that drips. Each
// writes only as fast as the client reads (backpressure), so the bytes counted are the bytes the
// client took, and stops when the client goes away.
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

/** An answer streamed until the client hangs up (or until `bytes` are sent). */
export interface StreamMishap {
  kind: 'stream';
  /** Repeated after the head of a feed; default: an author, so the whole stream is one entry. */
  unit?: string;
  /**
   * Send gzip members, each `unit` repeated to about 1 MB (about 1,000 times smaller on the wire);
   * an empty unit makes members of about 20 bytes that expand to nothing.
   */
  gzip?: boolean;
  /** Wait this long between units (a slow drip). */
  everyMs?: number;
  /** End the feed (closing its entry) once about this many bytes are sent; default never. */
  bytes?: number;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' +
  '<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>' +
  '<entry><id>http://arxiv.org/abs/2611.00001v1</id><published>2026-11-30T12:00:00Z</published>' +
  '<updated>2026-11-30T12:00:00Z</updated><title>Endless</title><summary>Endless.</summary>' +
  '<author><name>Ada Example</name></author>';
const TAIL = '</entry></feed>\n';
const AUTHOR = '<author><name>Ada Example</name></author>';

/** Writes `chunk`, waiting while the client's buffers are full; false once the client is gone. */
async function send(res: ServerResponse, chunk: Buffer): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
  return !res.destroyed;
}

/** Streams `mishap` into `res` until the client hangs up; `sent` counts the bytes written. */
export async function streamForever(
  res: ServerResponse,
  mishap: StreamMishap,
  sent: (bytes: number) => void,
): Promise<void> {
  const unit = mishap.unit ?? AUTHOR;
  res.writeHead(200, {
    'content-type': 'application/atom+xml; charset=utf-8',
    ...(mishap.gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const head = mishap.gzip ? gzipSync(HEAD) : Buffer.from(HEAD);
  const fill = (bytes: number) => (unit ? unit.repeat(Math.ceil(bytes / unit.length)) : '');
  // Batched to about 64 KB, unless dripping.
  const body = mishap.gzip ? gzipSync(fill(1_000_000)) : Buffer.from(mishap.everyMs ? unit : fill(65_536));
  const limit = mishap.bytes ?? Infinity;
  let chunk = head;
  let total = 0;
  while (total + chunk.length <= limit && (await send(res, chunk))) {
    sent(chunk.length);
    total += chunk.length;
    chunk = body;
    if (mishap.everyMs) await sleep(mishap.everyMs);
  }
  if (!res.destroyed) res.end(mishap.gzip ? gzipSync(TAIL) : TAIL);
}
