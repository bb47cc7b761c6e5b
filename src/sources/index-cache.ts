import { LRUCache } from 'lru-cache';
import type { Paper } from '../listing/paper.js';
import type { PaperTerms } from '../search/paper-facts.js';
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

/** The papers of a set of sources, with their index terms where they were stored. */
export interface IndexInput {
  papers: readonly Paper[];
  known?: ((p: Paper) => PaperTerms | undefined) | undefined;
}

/** What a build is given: its input, and the index of an older version of the same sources, when held. */
interface BuildContext extends IndexInput {
  previous?: PaperIndex;
}

/**
 * MiniSearch indexes of sets of sources, built when first asked for and kept, least recently
 * used first out, within a memory budget. A set whose papers changed (a refresh) gets its held
 * index updated in place of a build: only the papers that changed are indexed again.
 */
export class IndexCache {
  private readonly cache: LRUCache<string, Held, BuildContext>;
  /** The key last held for each set of sources. */
  private readonly latest = new Map<string, string>();

  constructor(budgetBytes: number) {
    this.cache = new LRUCache<string, Held, BuildContext>({
      maxSize: budgetBytes,
      sizeCalculation: (held) => Math.max(1, held.bytes),
      fetchMethod: async (_key, _stale, { context }) => ({
        index: context.previous
          ? await PaperIndex.update(context.previous, context.papers)
          : await PaperIndex.build(context.papers, {}, context.known),
        bytes: indexBytes(context.papers),
      }),
    });
  }

  /**
   * The index of the set of sources `set` at `version`, built from `input()` when not held; one
   * build per version at a time. An index larger than the whole budget is served but not kept.
   */
  async get(set: string, version: string, input: () => Promise<IndexInput>): Promise<PaperIndex> {
    const key = `${set}#${version}`;
    const held = this.cache.get(key);
    if (held) return held.index;
    const older = this.latest.get(set);
    const previous = older !== undefined && older !== key ? this.cache.peek(older) : undefined;
    // An updated index replaces the one it was made from, which is not to be used after.
    if (previous && older) this.cache.delete(older);
    this.latest.set(set, key);
    const context = { ...(await input()), ...(previous ? { previous: previous.index } : {}) };
    const built = await this.cache.fetch(key, { context });
    if (!built) throw new Error(`index ${key} could not be built`);
    return built.index;
  }

  /** Indexes held and the memory they are reckoned to take. */
  usage(): { indexes: number; bytes: number } {
    return { indexes: this.cache.size, bytes: this.cache.calculatedSize };
  }
}
