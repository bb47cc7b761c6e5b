import { Worker } from 'node:worker_threads';
import type { ParsedListing } from './listing-parser.js';

/** Parsing took longer than allowed; the worker was stopped. */
export class ParseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`parsing took longer than ${timeoutMs / 1000} s and was stopped`);
    this.name = 'ParseTimeoutError';
  }
}

/**
 * Parses a listing in a worker thread, so a running bot keeps answering whatever the file holds,
 * and stops it after `timeoutMs`. From the TypeScript sources (tsx) the worker loads them the
 * same way; from the compiled build it runs the compiled worker.
 */
export function parseInWorker(text: string, timeoutMs: number): Promise<ParsedListing> {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(`./parse-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  // From the sources, the worker registers tsx's loader before it imports the TypeScript.
  const load = fromSources
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`
    : `import(${JSON.stringify(script.href)})`;
  const worker = new Worker(load, { eval: true, workerData: text });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ParseTimeoutError(timeoutMs));
    }, timeoutMs);
    worker.once('message', (parsed: ParsedListing) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(parsed);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
