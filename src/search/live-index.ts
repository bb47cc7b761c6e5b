import type { PaperIndex } from './paper-index.js';

/**
 * Holds the current PaperIndex. A reload builds a whole new index and swaps it in with one
 * assignment, so a command that took `current` keeps a consistent view and no query ever sees
 * half a listing.
 */
export class LiveIndex {
  private index: PaperIndex;
  private readonly listeners = new Set<(index: PaperIndex) => void>();

  constructor(initial: PaperIndex) {
    this.index = initial;
  }

  /** The index to use now. */
  get current(): PaperIndex {
    return this.index;
  }

  /** Replaces the index; listeners hear of it after the swap. */
  replace(next: PaperIndex): void {
    this.index = next;
    for (const listener of this.listeners) listener(next);
  }

  /** Calls `listener` after every swap; returns a function that stops it. */
  onReplace(listener: (index: PaperIndex) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
