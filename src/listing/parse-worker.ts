// Runs in a worker thread (see parse-in-worker.ts): parses one listing's text and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { parseListing } from './listing-parser.js';

parentPort?.postMessage(parseListing(workerData as string));
