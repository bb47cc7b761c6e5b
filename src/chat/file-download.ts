import { UserError } from '../base/errors.js';
import { MAX_LISTING_FILE_BYTES } from '../sources/chat-listings.js';
import type { IncomingFile } from './incoming-file.js';

/** The most a file sent in a chat may have: a listing file's limit, so no transport reads more than one may hold. */
export const MAX_FILE_BYTES = MAX_LISTING_FILE_BYTES;

/** What one download may cost. */
export interface DownloadLimits {
  maxBytes: number;
  /** Deadline of the whole download, from the request to the last byte. */
  timeoutMs: number;
}

const DEFAULT_LIMITS: DownloadLimits = { maxBytes: MAX_FILE_BYTES, timeoutMs: 30_000 };

// Rounded up, so a file just over the limit never reads as "5 MB; at most 5 MB".
const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The refusal of a file over the limit, for the one who sent it; `bytes` when the size is known. */
export function tooLarge(name: string, maxBytes: number, bytes?: number): UserError {
  const size = bytes === undefined ? `more than ${megabytes(maxBytes)}` : megabytes(bytes);
  return new UserError(`${name} has ${size}; a file sent here may have at most ${megabytes(maxBytes)}.`);
}

/**
 * A file the platform keeps at a URL, fetched only when a command reads it (once, however often
 * it asks). An announced size over the limit is refused before any request; `url` may itself ask
 * the platform where the file is (Telegram's getFile).
 */
export function downloadableFile(
  name: string,
  size: number,
  url: () => Promise<string> | string,
  limits: DownloadLimits = DEFAULT_LIMITS,
): IncomingFile {
  let bytes: Promise<Uint8Array> | undefined;
  const read = async () => {
    if (size > limits.maxBytes) throw tooLarge(name, limits.maxBytes, size);
    return download(await url(), name, limits);
  };
  return { name, size, read: () => (bytes ??= read()) };
}

/** Why a download failed, in words that never quote its URL: a status, or a network error's code. */
function reason(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown error';
  if (/^HTTP \d+$/.test(err.message)) return err.message;
  const code = (err.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : err.name;
}

/**
 * Downloads a file whole, counting bytes as they arrive: past the cap (or a Content-Length over
 * it) or the deadline, the connection is closed and the sender gets a UserError. Other failures
 * are errors whose messages never hold the URL, which may carry a token.
 */
export async function download(url: string, name: string, limits: DownloadLimits): Promise<Uint8Array> {
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(limits.timeoutMs)]);
  const failed = (err: unknown): Error => {
    if (err instanceof UserError) return err;
    if (signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError')
      return new UserError(`${name} did not arrive within ${limits.timeoutMs / 1000} s.`, 'Please send it again.');
    // Not the error itself: fetch's own messages may quote the URL ("Failed to parse URL from …").
    return new Error(`${name} could not be downloaded: ${reason(err)}`);
  };
  try {
    const res = await fetch(url, { signal });
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const announced = Number(res.headers.get('content-length') ?? NaN);
    if (announced > limits.maxBytes) throw tooLarge(name, limits.maxBytes, announced);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Fetch bodies are byte streams; undici types their chunks loosely.
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > limits.maxBytes) throw tooLarge(name, limits.maxBytes);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (err) {
    throw failed(err);
  } finally {
    // Closes the connection when reading stopped early; a no-op after a whole body.
    stop.abort();
  }
}
