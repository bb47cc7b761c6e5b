// Runs in a worker thread (see parse-in-worker.ts): parses each listing text it is sent and posts
// the result, or what the parser threw (a stack overflow is caught here, the worker lives on).
import { parentPort } from 'node:worker_threads';
import { parseListing } from './listing-parser.js';
import type { WorkerReply } from './parse-in-worker.js';

parentPort?.on('message', (text: string) => {
  let reply: WorkerReply;
  try {
    reply = { listing: parseListing(text) };
  } catch (err) {
    const { name, message } = err instanceof Error ? err : new Error(String(err));
    reply = { failed: { name, message } };
  }
  parentPort?.postMessage(reply);
});
