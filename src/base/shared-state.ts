import { LRUCache } from 'lru-cache';

/**
 * Small state that every instance of the bot must agree on: the state behind Prev/Next buttons
 * and the ids of updates already handled. Kept in the shared database when there is one.
 */
export interface SharedState {
  /** Keeps `value` under `key` for `ttlMs`. */
  put(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value under `key`, unless it expired. */
  get(key: string): Promise<string | undefined>;
  /** True for the first caller with `key` within `ttlMs`, false for every later one, on any instance. */
  once(key: string, ttlMs: number): Promise<boolean>;
}

/** Shared state for one process: bounded (lru-cache), each entry with its own time to live. */
export class MemoryState implements SharedState {
  private readonly entries: LRUCache<string, string>;

  constructor(capacity = 10_000) {
    this.entries = new LRUCache({ max: capacity, ttlAutopurge: false });
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, value, { ttl: ttlMs });
  }

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async once(key: string, ttlMs: number): Promise<boolean> {
    if (this.entries.has(key)) return false;
    this.entries.set(key, '1', { ttl: ttlMs });
    return true;
  }
}
