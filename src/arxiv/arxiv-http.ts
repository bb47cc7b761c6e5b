import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** What one answer may cost. */
export interface AnswerLimits {
  /** Bytes on the wire of a compressed answer. */
  compressedBytes: number;
  /** Bytes of the body, once decompressed when it was compressed. */
  bodyBytes: number;
  /** Deadline of the whole exchange, from the request to the last byte of the body. */
  timeoutMs: number;
}

/** An answer passed one of its caps; reading stopped there and the connection was closed. */
export class AnswerTooLargeError extends Error {
  constructor(
    /** Bytes counted when the cap was passed. */
    readonly bytes: number,
    readonly cap: number,
    what: string,
  ) {
    super(`passed ${+(cap / 1024 / 1024).toFixed(2)} MB${what}`);
    this.name = 'AnswerTooLargeError';
  }
}

/** The deadline came before the answer ended. */
export class AnswerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs / 1000} s`);
    this.name = 'AnswerTimeoutError';
  }
}

/** An answer whose head has arrived; its body is read, or discarded, by the caller. */
export interface Answer {
  status: number;
  header(name: string): string | undefined;
  /**
   * Reads the body, handing its text to `onText` as it arrives; rejects with AnswerTooLargeError,
   * AnswerTimeoutError, what `onText` throws, or a network error, closing the connection at once.
   */
  read(onText: (text: string) => void): Promise<void>;
  /** Closes the connection without reading the body. */
  discard(): void;
}

function decoderFor(encoding: string): Transform | undefined {
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  if (encoding === '' || encoding === 'identity') return undefined;
  throw new Error(`the answer is encoded as "${encoding.slice(0, 40)}", which arxivist cannot read`);
}

/**
 * One GET through node:http(s), read as a stream: zlib decompresses what the server compressed,
 * each count is checked as the bytes arrive, and the first cap passed (or the deadline) destroys
 * the connection, so no answer is ever held whole. Redirects are answers like any other: this
 * never follows one.
 */
export async function getAnswer(url: URL, headers: Record<string, string>, limits: AnswerLimits): Promise<Answer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const timedOut = (err: unknown): Error =>
    signal.aborted ? new AnswerTimeoutError(limits.timeoutMs) : (err as Error);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = send(url, { headers: { ...headers, 'accept-encoding': 'gzip' }, signal }, resolve);
    req.on('error', (err) => reject(timedOut(err)));
    req.end();
  });
  const header = (name: string) => {
    const value = res.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const read = async (onText: (text: string) => void) => {
    const text = new TextDecoder();
    let wire = 0;
    let body = 0;
    try {
      const decoder = decoderFor((header('content-encoding') ?? '').trim().toLowerCase());
      await pipeline(
        res,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            wire += chunk.length;
            if (decoder && wire > limits.compressedBytes)
              throw new AnswerTooLargeError(wire, limits.compressedBytes, ' (compressed)');
            yield chunk;
          }
        },
        decoder ?? new PassThrough(),
        async (source: AsyncIterable<Buffer>) => {
          for await (const chunk of source) {
            body += chunk.length;
            if (body > limits.bodyBytes)
              throw new AnswerTooLargeError(body, limits.bodyBytes, decoder ? ' (decompressed)' : '');
            onText(text.decode(chunk, { stream: true }));
          }
          onText(text.decode());
        },
        { signal },
      );
    } catch (err) {
      res.destroy();
      throw timedOut(err);
    }
  };
  return { status: res.statusCode ?? 0, header, read, discard: () => res.destroy() };
}
