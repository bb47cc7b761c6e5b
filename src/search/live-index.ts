import type { ListingOrigin } from '../listing/listing-origin.js';
import type { PaperIndex } from './paper-index.js';

/**
 * Holds the current PaperIndex and where its papers come from. A reload builds a whole new
 * index and swaps it in with one assignment, so a command that took `current` keeps a
 * consistent view and no query ever sees half a listing.
 */
export class LiveIndex {
  private index: PaperIndex;
  private source: ListingOrigin | undefined;
  private readonly listeners = new Set<(index: PaperIndex) => void>();

  constructor(initial: PaperIndex, origin?: ListingOrigin) {
    this.index = initial;
    this.source = origin;
  }

  /** The index to use now. */
  get current(): PaperIndex {
    return this.index;
  }

  /** Where the current papers come from, when known. */
  get origin(): ListingOrigin | undefined {
    return this.source;
  }

  /** The index and its origin together, for a command's context. */
  snapshot(): { index: PaperIndex; origin?: ListingOrigin } {
    return this.source ? { index: this.index, origin: this.source } : { index: this.index };
  }

  /** Replaces the index (and its origin, when given); listeners hear of it after the swap. */
  replace(next: PaperIndex, origin?: ListingOrigin): void {
    this.index = next;
    if (origin) this.source = origin;
    for (const listener of this.listeners) listener(next);
  }

  /** Records a change of origin that left the papers as they were (a failed refresh). */
  describe(origin: ListingOrigin): void {
    this.source = origin;
  }

  /** Calls `listener` after every swap; returns a function that stops it. */
  onReplace(listener: (index: PaperIndex) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
