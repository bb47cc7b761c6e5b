import { setImmediate as nextTurn } from 'node:timers/promises';
import { BATCH } from './mini-index.js';

/** Runs pieces of work, letting a running bot answer between them. */
export async function inTurns(work: readonly (() => void)[]): Promise<void> {
  for (const piece of work) {
    await nextTurn();
    piece();
  }
}

// MiniSearch's addAllAsync waits a timer (at least 1 ms) between chunks: 125 waits for 4,000 papers.
export function inChunks<T>(items: readonly T[], work: (chunk: readonly T[]) => void): (() => void)[] {
  const pieces: (() => void)[] = [];
  for (let start = 0; start < items.length; start += BATCH) pieces.push(() => work(items.slice(start, start + BATCH)));
  return pieces;
}
