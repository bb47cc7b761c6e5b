import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedListing } from './listing-parser.js';

/** What the worker posts for one text: the listing, or the error the parser threw. */
export type WorkerReply = { listing: ParsedListing } | { failed: { name: string; message: string } };

/** A text read: its listing, or why it could not be read (a sentence for a listing problem). */
export type ParseOutcome = { listing: ParsedListing } | { problem: string };

export interface ListingWorkerOptions {
  /** Reading one text stops after this long. */
  timeoutMs: number;
  /** The worker's heap in MB; a text that needs more stops its reading. */
  heapMb: number;
  /** The worker's module (tests replace it); by default parse-worker. */
  script?: URL;
}

/**
 * A worker thread that parses listings one after another, so the caller keeps running whatever
 * a file holds. Never rejects: a text that takes too long, overflows the stack, runs out of memory
 * or ends the worker gives a problem, and the next text gets a fresh worker. Unreferenced, so an
 * idle worker never keeps the process alive; close() ends it.
 */
export class ListingWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ListingWorkerOptions) {}

  /** Starts the worker now, so its start-up overlaps what the caller does before the first text. */
  warm(): void {
    try {
      this.worker ??= this.spawn();
    } catch {
      // parse() starts it again and reports why it could not.
    }
  }

  /** Parses one text after those already asked for. */
  parse(text: string): Promise<ParseOutcome> {
    const next = this.queue.then(() => this.parseNow(text));
    this.queue = next;
    return next;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const fromSources = import.meta.url.endsWith('.ts');
    const script = this.options.script ?? new URL(`./parse-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
    // From the sources, the worker loads the TypeScript through tsx's require hook: tsx's ESM loader
    // would start a loader thread of its own and cost every worker start-up about twice the CPU.
    const load = fromSources
      ? `require('tsx/cjs/api').register(); require(${JSON.stringify(fileURLToPath(script))});`
      : `import(${JSON.stringify(script.href)});`;
    const worker = new Worker(load, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
    });
    worker.unref();
    // A worker failing while no text is pending is only dropped: an 'error' with no listener would throw.
    worker.on('error', () => this.drop(worker));
    worker.on('exit', () => this.drop(worker));
    return worker;
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }

  private parseNow(text: string): Promise<ParseOutcome> {
    let worker: Worker;
    try {
      worker = this.worker ??= this.spawn();
    } catch (err) {
      return Promise.resolve({ problem: `the reader could not start (${(err as Error).message})` });
    }
    const { timeoutMs, heapMb } = this.options;
    return new Promise((resolve) => {
      const done = (outcome: ParseOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('messageerror', onError).off('error', onError).off('exit', onExit);
        // A worker that failed once is not trusted with the next text.
        if (!('listing' in outcome)) this.drop(worker);
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply) => done('listing' in reply ? reply : { problem: thrown(reply.failed) });
      const onError = (err: Error) => done({ problem: crashed(err, heapMb) });
      const onExit = (code: number) => done({ problem: `the reader stopped before it was done (exit code ${code})` });
      const timer = setTimeout(() => done({ problem: `reading stopped after ${timeoutMs / 1000} s` }), timeoutMs);
      worker.on('message', onMessage).on('messageerror', onError).on('error', onError).on('exit', onExit);
      worker.postMessage(text);
    });
  }
}

/** What the parser threw, as a problem of the file. */
function thrown(failed: { name: string; message: string }): string {
  return failed.name === 'RangeError' && /call stack/i.test(failed.message)
    ? 'too deeply nested to read (the reader ran out of stack)'
    : `the reader failed (${failed.name}: ${failed.message})`;
}

/** Why the worker itself failed, as a problem of the file. */
function crashed(err: Error, heapMb: number): string {
  return (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `reading stopped: it needed more than the reader's ${heapMb} MB of memory`
    : `the reader failed (${err.message})`;
}
