import { LRUCache } from 'lru-cache';
import type { Paper } from '../listing/paper.js';
import { PaperIndex } from '../search/paper-index.js';

/**
 * Bytes an index takes per character of its papers' text, and per paper besides: measured with
 * `npm run bench` (bench/RESULTS.md, "index memory"), rounded up.
 */
const BYTES_PER_CHAR = 10;
const BYTES_PER_PAPER = 2048;

/** About how much memory an index of these papers takes. */
export function indexBytes(papers: readonly Paper[]): number {
  let chars = 0;
  for (const p of papers) chars += p.title.length + p.abstract.length + p.authors.join(' ').length;
  return chars * BYTES_PER_CHAR + papers.length * BYTES_PER_PAPER;
}

/** An index and what it cost to hold. */
interface Held {
  index: PaperIndex;
  bytes: number;
}

/**
 * MiniSearch indexes of sets of sources, built when first asked for and kept, least recently
 * used first out, within a memory budget. The key names each source at its version, so a source
 * whose papers changed is built again and its old index ages out.
 */
export class IndexCache {
  private readonly cache: LRUCache<string, Held, readonly Paper[]>;

  constructor(budgetBytes: number) {
    this.cache = new LRUCache<string, Held, readonly Paper[]>({
      maxSize: budgetBytes,
      sizeCalculation: (held) => Math.max(1, held.bytes),
      fetchMethod: async (_key, _stale, { context }) => ({
        index: await PaperIndex.build(context),
        bytes: indexBytes(context),
      }),
    });
  }

  /**
   * The index under `key`, built from `papers()` when not held; one build per key at a time. An
   * index larger than the whole budget is served but not kept.
   */
  async get(key: string, papers: () => Promise<readonly Paper[]>): Promise<PaperIndex> {
    const held = this.cache.get(key);
    if (held) return held.index;
    const built = await this.cache.fetch(key, { context: await papers() });
    if (!built) throw new Error(`index ${key} could not be built`);
    return built.index;
  }

  /** Indexes held and the memory they are reckoned to take. */
  usage(): { indexes: number; bytes: number } {
    return { indexes: this.cache.size, bytes: this.cache.calculatedSize };
  }
}
