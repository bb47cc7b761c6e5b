/** A Uint32Array that grows as values are pushed. */
export class U32List {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for at least `capacity` values. */
  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint32Array(Math.max(capacity, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** The values pushed, as an array of exactly that length. */
  trimmed(): Uint32Array {
    return this.data.length === this.length ? this.data : this.data.slice(0, this.length);
  }
}

/** Fields of a paper in the postings: title, abstract, authors, acronym aliases. */
export const FIELD_COUNT = 4;
// Term frequencies are packed eight bits a field into one 32-bit word per posting.
const TF_MAX = 255;

// BM25+ as MiniSearch scores it by default, so results rank as they did on MiniSearch's index.
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One way a query word matches the index: a term and the weight of that match (1 for the word itself). */
export interface Expansion {
  term: number;
  weight: number;
}

/** Documents that matched a query, with their scores (parallel arrays, unsorted). */
export interface Scored {
  docs: Uint32Array;
  scores: Float64Array;
}

/** The arrays a {@link Postings} is made of, as saved in an index snapshot. */
export interface PostingsData {
  docCount: number;
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
  fieldDf: Uint32Array;
  fieldLengths: Uint16Array;
  avgLengths: Float64Array;
}

/**
 * An inverted index in typed arrays: for each term id, the ascending ids of the documents that
 * have it and its frequency in each field. A few hundred bytes a paper, where MiniSearch's
 * Map-of-Maps index needs kilobytes, and scored in tight loops without allocating per posting.
 * Built once by {@link PostingsBuilder}; never changed.
 */
export class Postings {
  readonly docCount: number;
  // Scratch space for scoring, reused by every query (queries are synchronous).
  private readonly acc: Float64Array;
  private readonly matched: Uint8Array;
  private readonly stamp: Uint8Array;

  constructor(readonly data: PostingsData) {
    this.docCount = data.docCount;
    this.acc = new Float64Array(data.docCount);
    this.matched = new Uint8Array(data.docCount);
    this.stamp = new Uint8Array(data.docCount);
  }

  /** How many documents have the term (in any field). */
  documentCount(term: number): number {
    const { offsets } = this.data;
    return term + 1 < offsets.length ? (offsets[term + 1] as number) - (offsets[term] as number) : 0;
  }

  /** Whether document `doc` has term `term` (binary search in the term's postings). */
  has(term: number, doc: number): boolean {
    const { offsets, docs } = this.data;
    if (term + 1 >= offsets.length) return false;
    let lo = offsets[term] as number;
    let hi = (offsets[term + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid] as number;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Scores documents for a query: one list of expansions per query word. With `all`, only
   * documents matching every word count (AND), else any (OR). A document's score is the sum of
   * its BM25+ field scores times the match weights, multiplied by the number of words it
   * matched, as MiniSearch does.
   */
  score(words: readonly (readonly Expansion[])[], boosts: readonly number[], all: boolean): Scored {
    const { offsets, docs, freqs, fieldDf, fieldLengths, avgLengths, docCount } = this.data;
    const { acc, matched, stamp } = this;
    if (words.length === 0 || words.length > 250) return { docs: new Uint32Array(0), scores: new Float64Array(0) };
    // With AND, the rarest word first: later words only add to documents still in the running.
    const order = words.map((w, i) => ({ i, size: w.reduce((n, e) => n + this.documentCount(e.term), 0) }));
    if (all) order.sort((a, b) => a.size - b.size);
    const touched = new U32List(256);
    const idf = new Float64Array(FIELD_COUNT);
    const norm = new Float64Array(FIELD_COUNT);
    for (let f = 0; f < FIELD_COUNT; f++) norm[f] = K * B / ((avgLengths[f] as number) || 1);
    for (let qi = 0; qi < order.length; qi++) {
      const word = words[(order[qi] as { i: number }).i] as readonly Expansion[];
      if (all && qi > 0 && touched.length === 0) break;
      const mark = qi + 1;
      for (const { term, weight } of word) {
        if (term + 1 >= offsets.length) continue;
        for (let f = 0; f < FIELD_COUNT; f++) {
          const df = fieldDf[term * FIELD_COUNT + f] as number;
          idf[f] = df === 0 ? 0 : weight * (boosts[f] ?? 1) * Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        }
        const end = offsets[term + 1] as number;
        for (let p = offsets[term] as number; p < end; p++) {
          const doc = docs[p] as number;
          if (stamp[doc] !== mark) {
            // First expansion of this word to reach the document.
            if (all && matched[doc] !== qi) continue;
            if (matched[doc] === 0) touched.push(doc);
            matched[doc] = (matched[doc] as number) + 1;
            stamp[doc] = mark;
          }
          const packed = freqs[p] as number;
          let s = 0;
          for (let f = 0; f < FIELD_COUNT; f++) {
            const tf = (packed >>> (8 * f)) & TF_MAX;
            if (tf === 0) continue;
            const length = fieldLengths[doc * FIELD_COUNT + f] as number;
            s += (idf[f] as number) * (D + (tf * (K + 1)) / (tf + K * (1 - B) + (norm[f] as number) * length));
          }
          acc[doc] = (acc[doc] as number) + s;
        }
      }
    }
    const need = all ? words.length : 1;
    const outDocs = new U32List(Math.max(16, touched.length));
    const outScores: number[] = [];
    for (let k = 0; k < touched.length; k++) {
      const doc = touched.data[k] as number;
      const m = matched[doc] as number;
      if (m >= need) {
        outDocs.push(doc);
        outScores.push((acc[doc] as number) * m);
      }
      acc[doc] = 0;
      matched[doc] = 0;
      stamp[doc] = 0;
    }
    return { docs: outDocs.trimmed(), scores: Float64Array.from(outScores) };
  }
}

/**
 * Collects documents one at a time (term ids per field) and turns them into {@link Postings}.
 * Documents must be added in id order, 0, 1, 2, ...
 */
export class PostingsBuilder {
  // Document-major while adding: each document's distinct terms and packed frequencies.
  private readonly docTerms = new U32List(1 << 16);
  private readonly docFreqs = new U32List(1 << 16);
  private readonly docStarts = new U32List();
  private readonly lengths: number[] = [];
  private readonly lengthTotals = new Float64Array(FIELD_COUNT);
  private counts = new Uint32Array(1024);
  private fieldCounts = new Uint32Array(1024 * FIELD_COUNT);
  // Per term: where in docTerms the current document's entry is (+1), valid when seenIn matches.
  private slot = new Uint32Array(1024);
  private seenIn = new Int32Array(1024).fill(-1);
  private docs = 0;

  /** Adds the next document: its term ids, one list per field (up to FIELD_COUNT fields). */
  add(fields: readonly ArrayLike<number>[]): void {
    const doc = this.docs++;
    this.docStarts.push(this.docTerms.length);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const terms = fields[f];
      if (terms) {
        for (let i = 0; i < terms.length; i++) {
          const t = terms[i] as number;
          this.ensure(t);
          if (this.seenIn[t] !== doc) {
            this.seenIn[t] = doc;
            this.slot[t] = this.docTerms.length;
            this.docTerms.push(t);
            this.docFreqs.push(0);
            this.counts[t] = (this.counts[t] as number) + 1;
          }
          const at = this.slot[t] as number;
          const packed = this.docFreqs.data[at] as number;
          const tf = (packed >>> (8 * f)) & TF_MAX;
          if (tf === 0) this.fieldCounts[t * FIELD_COUNT + f] = (this.fieldCounts[t * FIELD_COUNT + f] as number) + 1;
          if (tf < TF_MAX) this.docFreqs.data[at] = packed + (1 << (8 * f)) >>> 0;
        }
      }
      // A field's length is its number of distinct terms, and 1 when it is empty (MiniSearch's
      // count of the tokens of an empty string), so scores match MiniSearch's.
      let distinct = 0;
      for (let k = this.docStarts.data[doc] as number; k < this.docTerms.length; k++) {
        if ((((this.docFreqs.data[k] as number) >>> (8 * f)) & TF_MAX) > 0) distinct++;
      }
      const length = Math.min(0xffff, Math.max(1, distinct));
      this.lengths.push(length);
      this.lengthTotals[f] = (this.lengthTotals[f] as number) + length;
    }
  }

  private ensure(term: number): void {
    if (term < this.slot.length) return;
    const size = Math.max(term + 1, this.slot.length * 2);
    const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T, fill?: number): T => {
      const b = make(size);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    this.slot = grow(this.slot, (n) => new Uint32Array(n));
    this.seenIn = grow(this.seenIn, (n) => new Int32Array(n), -1);
    this.counts = grow(this.counts, (n) => new Uint32Array(n));
    const fc = new Uint32Array(size * FIELD_COUNT);
    fc.set(this.fieldCounts);
    this.fieldCounts = fc;
  }

  /** The postings of every document added, for a vocabulary of `terms` term ids. */
  finish(terms: number): Postings {
    const steps = this.finishSteps(terms, () => false);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** {@link finish} in steps: yields whenever `due()` says the current slice of time is used. */
  *finishSteps(terms: number, due: () => boolean): Generator<void, Postings> {
    this.ensure(Math.max(0, terms - 1));
    const offsets = new Uint32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t] as number) + (this.counts[t] as number);
    const total = offsets[terms] as number;
    const docs = new Uint32Array(total);
    const freqs = new Uint32Array(total);
    const next = offsets.slice(0, terms);
    const starts = this.docStarts.data;
    for (let d = 0; d < this.docs; d++) {
      const end = d + 1 < this.docs ? (starts[d + 1] as number) : this.docTerms.length;
      for (let k = starts[d] as number; k < end; k++) {
        const t = this.docTerms.data[k] as number;
        const at = next[t] as number;
        docs[at] = d;
        freqs[at] = this.docFreqs.data[k] as number;
        next[t] = at + 1;
      }
      if (d % 256 === 255 && due()) yield;
    }
    const avgLengths = new Float64Array(FIELD_COUNT);
    for (let f = 0; f < FIELD_COUNT; f++) avgLengths[f] = this.docs === 0 ? 0 : (this.lengthTotals[f] as number) / this.docs;
    return new Postings({
      docCount: this.docs,
      offsets,
      docs,
      freqs,
      fieldDf: this.fieldCounts.slice(0, terms * FIELD_COUNT),
      fieldLengths: Uint16Array.from(this.lengths),
      avgLengths,
    });
  }
}
