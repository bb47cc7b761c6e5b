// Files a fake platform serves for download (Telegram's /file/bot<token>/<path>, Discord's CDN),
// with bytes a test registers; a file may lie about its size or never end.
import type { ServerResponse } from 'node:http';

/** How a registered file is served. */
export interface ServeOptions {
  /** Send no Content-Length, so only counting the bytes tells the size. */
  noLength?: boolean;
  /** Send the bytes, then keep the response open: a client that waits for the end waits forever. */
  neverEnd?: boolean;
}

interface Served extends ServeOptions {
  bytes: Uint8Array;
}

/** The files one fake serves, by path. */
export class FakeFiles {
  private readonly byPath = new Map<string, Served>();
  /** Paths requested, in order. */
  readonly downloads: string[] = [];
  /** Responses cut off by the client before their end (it stopped reading). */
  aborted = 0;

  add(path: string, bytes: Uint8Array, options: ServeOptions = {}): void {
    this.byPath.set(path, { bytes, ...options });
  }

  /** Stops serving a file: it answers 404 from now on, as an expired link does. */
  remove(path: string): void {
    this.byPath.delete(path);
  }

  /** Answers a GET of a registered path (true), or leaves the request alone (false). */
  serve(path: string, res: ServerResponse): boolean {
    const file = this.byPath.get(path);
    if (!file) return false;
    this.downloads.push(path);
    res.on('close', () => {
      if (!res.writableFinished) this.aborted += 1;
    });
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      ...(file.noLength || file.neverEnd ? {} : { 'content-length': String(file.bytes.length) }),
    });
    if (file.neverEnd) res.write(file.bytes);
    else res.end(file.bytes);
    return true;
  }
}
