import { type Due, runAtOnce } from './time-slices.js';

/** A term of the vocabulary that matched a prefix or fuzzy look-up. */
export interface VocabularyMatch {
  term: string;
  id: number;
  /** Edit distance to the query (fuzzy), or extra letters (prefix). */
  distance: number;
}


/**
 * Every index term in code-unit order, for prefix and fuzzy look-ups. Walking the sorted list
 * as the implicit trie it is (consecutive terms share their common prefix's rows of the
 * Levenshtein matrix, and a prefix that is already too far skips every term under it) gives
 * exactly the matches of MiniSearch's radix tree, from two flat arrays that load with a
 * snapshot instead of a tree of Maps that takes a second to build at 250,000 terms.
 */
export class Vocabulary {
  private constructor(
    private readonly sorted: readonly string[],
    /** Term ids in sorted order. */
    readonly order: Uint32Array,
    /** lcp[i]: how many leading code units term i shares with term i - 1 (at most 255). */
    private readonly lcp: Uint8Array,
  ) {}

  /** A vocabulary from terms in id order and a saved sorted order of their ids. */
  static fromOrder(names: readonly string[], order: Uint32Array): Vocabulary {
    return runAtOnce(Vocabulary.fromOrderSteps(names, order, () => false));
  }

  /** {@link fromOrder} in steps (a million terms take about 0.1 s to lay out). */
  static *fromOrderSteps(names: readonly string[], order: Uint32Array, due: Due): Generator<void, Vocabulary> {
    const sorted: string[] = [];
    const lcp = new Uint8Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const b = names[order[i] as number] as string;
      if (i > 0) {
        const a = sorted[i - 1] as string;
        const limit = Math.min(255, a.length, b.length);
        let k = 0;
        while (k < limit && a.charCodeAt(k) === b.charCodeAt(k)) k++;
        lcp[i] = k;
      }
      sorted.push(b);
      if ((i & 0xfff) === 0xfff && due()) yield;
    }
    return new Vocabulary(sorted, order, lcp);
  }

  /**
   * Sorts terms given in id order (distinct), in steps that yield when `due()` says so: terms are
   * first bucketed by their first three code units, so no single sort holds the event loop long,
   * and each bucket is sorted natively (the default sort is code-unit order) without a callback.
   * `idOf` gives a term's id (found by position if not given).
   */
  static *build(names: readonly string[], due: () => boolean, idOf?: (name: string) => number | undefined): Generator<void, Vocabulary> {
    const buckets = new Map<string, string[]>();
    // The caller's own term-to-id table, if it has one: a second one of a large vocabulary
    // would cost its building time again.
    const ids = idOf ? undefined : new Map<string, number>();
    const lookup = idOf ?? ((name: string) => ids?.get(name));
    for (let id = 0; id < names.length; id++) {
      const name = names[id] as string;
      ids?.set(name, id);
      const key = name.slice(0, 3);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(name);
      else buckets.set(key, [name]);
      if (id % 512 === 511 && due()) yield;
    }
    const order = new Uint32Array(names.length);
    let k = 0;
    // A shorter key sorts before its extensions ("a" < "ab"), as the terms themselves do.
    for (const key of [...buckets.keys()].sort()) {
      for (const name of (buckets.get(key) as string[]).sort()) order[k++] = lookup(name) as number;
      if (due()) yield;
    }
    return yield* Vocabulary.fromOrderSteps(names, order, due);
  }

  /** The first position whose term is not below `text`. */
  private lowerBound(text: string, from = 0): number {
    let lo = from;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as string) < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first position after `from` whose term does not start with `prefix`. */
  private endOfPrefix(prefix: string, from: number): number {
    const last = prefix.charCodeAt(prefix.length - 1);
    if (last === 0xffff) {
      let i = from;
      while (i < this.sorted.length && (this.sorted[i] as string).startsWith(prefix)) i++;
      return i;
    }
    return this.lowerBound(prefix.slice(0, -1) + String.fromCharCode(last + 1), from);
  }

  /** Terms that start with `prefix` (the prefix itself included), in code-unit order. */
  withPrefix(prefix: string): VocabularyMatch[] {
    const out: VocabularyMatch[] = [];
    const start = this.lowerBound(prefix);
    const end = prefix ? this.endOfPrefix(prefix, start) : this.sorted.length;
    for (let i = start; i < end; i++) {
      const term = this.sorted[i] as string;
      out.push({ term, id: this.order[i] as number, distance: term.length - prefix.length });
    }
    return out;
  }

  /** Terms within `maxDistance` edits (Levenshtein) of `query`, with their distances. */
  fuzzy(query: string, maxDistance: number): VocabularyMatch[] {
    const out: VocabularyMatch[] = [];
    const n = query.length + 1;
    // Rows of the matrix, one per letter of the term being walked; terms longer than the query
    // by more than maxDistance can never match.
    const rows = query.length + maxDistance + 1;
    const matrix = new Uint8Array(rows * n).fill(Math.min(255, maxDistance + 1));
    for (let j = 0; j < n; j++) matrix[j] = j;
    for (let i = 1; i < rows; i++) matrix[i * n] = Math.min(255, i);
    const { lcp, sorted } = this;
    // Rows 1..depth of the matrix are those of the last term walked; `shared` is how much of it
    // the next term shares (the least lcp since that term).
    let depth = 0;
    let shared = 0;
    let i = 0;
    // Skips every term under the first r code units of term i (the sorted list's subtree).
    const skip = (r: number) => {
      let j = i + 1;
      while (j < sorted.length && (lcp[j] as number) >= r) j++;
      shared = Math.min(r - 1, j < sorted.length ? (lcp[j] as number) : 0);
      i = j;
    };
    outer: while (i < sorted.length) {
      const term = sorted[i] as string;
      // Rows shared with the term walked before stay as they are.
      depth = Math.min(depth, shared, term.length);
      for (let r = depth + 1; r <= term.length; r++) {
        if (r >= rows) {
          // Too long to match; so is every other term under this prefix.
          depth = r - 1;
          skip(r);
          continue outer;
        }
        const char = term.charCodeAt(r - 1);
        const row = r * n;
        const prev = row - n;
        let min = matrix[row] as number;
        const jmin = Math.max(0, r - maxDistance - 1);
        const jmax = Math.min(n - 1, r + maxDistance);
        for (let j = jmin; j < jmax; j++) {
          const different = char !== query.charCodeAt(j) ? 1 : 0;
          const dist = Math.min((matrix[prev + j] as number) + different, (matrix[prev + j + 1] as number) + 1, (matrix[row + j] as number) + 1);
          matrix[row + j + 1] = dist;
          if (dist < min) min = dist;
        }
        depth = r;
        if (min > maxDistance) {
          // No term under this prefix can come back within reach.
          skip(r);
          continue outer;
        }
      }
      const distance = matrix[term.length * n + n - 1] as number;
      if (distance <= maxDistance) out.push({ term, id: this.order[i] as number, distance });
      i++;
      shared = i < sorted.length ? (lcp[i] as number) : 0;
    }
    return out;
  }
}
