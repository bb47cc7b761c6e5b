import { runAtOnce } from './time-slices.js';

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
/** Postings per piece: the arrays are allocated a piece at a time, never 100 MB at once. */
const PIECE = 1 << 22;
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
  /** Where each term's postings start in the pieces taken one after another (one entry more than terms). */
  offsets: Uint32Array;
  /** Document ids, in pieces; a term's postings never span two pieces. */
  docs: Uint32Array[];
  /** Packed term frequencies, in pieces of the same lengths as `docs`. */
  freqs: Uint32Array[];
  fieldDf: Uint32Array;
  fieldLengths: Uint16Array;
  avgLengths: Float64Array;
}

/** Each term's piece, and where its postings start in that piece. */
interface PostingsLayout {
  pieceOf: Uint32Array;
  localStart: Uint32Array;
}

/**
 * An inverted index in typed arrays: for each term id, the ascending ids of the documents that
 * have it and its frequency in each field: 8 bytes a posting and no object per posting, where
 * MiniSearch's Maps of Maps hold an entry object per posting; scored in tight loops that
 * allocate nothing per posting.
 * Built once by {@link PostingsBuilder}; never changed.
 */
export class Postings {
  readonly docCount: number;
  // Scratch space for scoring, reused by every query (queries are synchronous).
  private readonly acc: Float64Array;
  private readonly matched: Uint8Array;
  private readonly stamp: Uint8Array;

  // Per term: its piece, and where its postings start in that piece.
  private readonly pieceOf: Uint32Array;
  private readonly localStart: Uint32Array;

  /** Postings over these arrays; `layout` (each term's piece and start in it) is computed if not given. Throws when the arrays do not fit together. */
  constructor(readonly data: PostingsData, layout: PostingsLayout = runAtOnce(Postings.layoutSteps(data, () => false))) {
    this.docCount = data.docCount;
    this.acc = new Float64Array(data.docCount);
    this.matched = new Uint8Array(data.docCount);
    this.stamp = new Uint8Array(data.docCount);
    this.pieceOf = layout.pieceOf;
    this.localStart = layout.localStart;
  }

  /** Postings from saved arrays, in steps that yield whenever `due()` says the current slice of time is used. */
  static *fromDataSteps(data: PostingsData, due: () => boolean): Generator<void, Postings> {
    return new Postings(data, yield* Postings.layoutSteps(data, due));
  }

  private static *layoutSteps(data: PostingsData, due: () => boolean): Generator<void, PostingsLayout> {
    const terms = Math.max(0, data.offsets.length - 1);
    const pieceOf = new Uint32Array(terms);
    const localStart = new Uint32Array(terms);
    let piece = 0;
    let base = 0;
    for (let t = 0; t < terms; t++) {
      const start = data.offsets[t] as number;
      const end = data.offsets[t + 1] as number;
      while (piece < data.docs.length && start >= base + (data.docs[piece] as Uint32Array).length && end > start) {
        base += (data.docs[piece] as Uint32Array).length;
        piece++;
      }
      const length = piece < data.docs.length ? (data.docs[piece] as Uint32Array).length : 0;
      if (end < start || (end > start && end > base + length)) throw new Error(`postings: term ${t}'s postings do not fit the pieces`);
      pieceOf[t] = Math.min(piece, Math.max(0, data.docs.length - 1));
      localStart[t] = start - base;
      if ((t & 0xfff) === 0xfff && due()) yield;
    }
    return { pieceOf, localStart };
  }

  /** How many documents have the term (in any field). */
  documentCount(term: number): number {
    const { offsets } = this.data;
    return term + 1 < offsets.length ? (offsets[term + 1] as number) - (offsets[term] as number) : 0;
  }

  /** Whether document `doc` has term `term` (binary search in the term's postings). */
  has(term: number, doc: number): boolean {
    const { offsets } = this.data;
    if (term + 1 >= offsets.length) return false;
    const docs = this.data.docs[this.pieceOf[term] as number] as Uint32Array;
    let lo = this.localStart[term] as number;
    let hi = lo + (offsets[term + 1] as number) - (offsets[term] as number) - 1;
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
    const { offsets, fieldDf, fieldLengths, avgLengths, docCount } = this.data;
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
        const docs = this.data.docs[this.pieceOf[term] as number] as Uint32Array;
        const freqs = this.data.freqs[this.pieceOf[term] as number] as Uint32Array;
        const start = this.localStart[term] as number;
        const end = start + (offsets[term + 1] as number) - (offsets[term] as number);
        for (let p = start; p < end; p++) {
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
 * Builds {@link Postings} in two passes over the documents, which stay where they are (the term
 * table's sequences): {@link add} counts each document's terms as it comes, then
 * {@link finishSteps} reads every document again to fill arrays of exactly the counted size.
 * No document-major copy of the postings is ever made. Documents are added in id order.
 */
export class PostingsBuilder {
  private readonly lengths: number[] = [];
  private readonly lengthTotals = new Float64Array(FIELD_COUNT);
  private counts = new Uint32Array(1024);
  private fieldCounts = new Uint32Array(1024 * FIELD_COUNT);
  // Per term: the last document (+1) that counted it, and the last document-and-field (+1).
  private seenIn = new Uint32Array(1024);
  private seenInField = new Uint32Array(1024);
  private docs = 0;

  /** `pieceSize` (postings per piece) is for tests of piece boundaries. */
  constructor(private readonly pieceSize = PIECE) {}

  /** Counts the next document: its term ids, one list per field (up to FIELD_COUNT fields). */
  add(fields: readonly ArrayLike<number>[]): void {
    const doc = this.docs++;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const terms = fields[f];
      const mark = doc * FIELD_COUNT + f + 1;
      let distinct = 0;
      if (terms) {
        for (let i = 0; i < terms.length; i++) {
          const t = terms[i] as number;
          if (t >= this.seenIn.length) this.ensure(t);
          if (this.seenIn[t] !== doc + 1) {
            this.seenIn[t] = doc + 1;
            this.counts[t] = (this.counts[t] as number) + 1;
          }
          if (this.seenInField[t] !== mark) {
            this.seenInField[t] = mark;
            distinct++;
            this.fieldCounts[t * FIELD_COUNT + f] = (this.fieldCounts[t * FIELD_COUNT + f] as number) + 1;
          }
        }
      }
      // A field's length is its number of distinct terms, and 1 when it is empty (MiniSearch's
      // count of the tokens of an empty string), so scores match MiniSearch's.
      const length = Math.min(0xffff, Math.max(1, distinct));
      this.lengths.push(length);
      this.lengthTotals[f] = (this.lengthTotals[f] as number) + length;
    }
  }

  private ensure(term: number): void {
    const size = Math.max(term + 1, this.seenIn.length * 2);
    const grow = (a: Uint32Array, n: number) => {
      const b = new Uint32Array(n);
      b.set(a);
      return b;
    };
    this.seenIn = grow(this.seenIn, size);
    this.seenInField = grow(this.seenInField, size);
    this.counts = grow(this.counts, size);
    this.fieldCounts = grow(this.fieldCounts, size * FIELD_COUNT);
  }

  /** The postings of every document added, read again through `fieldsOf`, for `terms` term ids. */
  finish(terms: number, fieldsOf: (doc: number) => readonly ArrayLike<number>[]): Postings {
    return runAtOnce(this.finishSteps(terms, fieldsOf, () => false));
  }

  /** {@link finish} in steps: yields whenever `due()` says the current slice of time is used. */
  *finishSteps(terms: number, fieldsOf: (doc: number) => readonly ArrayLike<number>[], due: () => boolean): Generator<void, Postings> {
    if (terms > 0) this.ensure(terms - 1);
    // Every loop over the terms checks the time: it runs once, before the code is compiled, at
    // about a quarter of a microsecond a term.
    const offsets = new Uint32Array(terms + 1);
    for (let t = 0; t < terms; t++) {
      offsets[t + 1] = (offsets[t] as number) + (this.counts[t] as number);
      if ((t & 0xfff) === 0xfff && due()) yield;
    }
    // Terms are laid out in id order, a new piece starting when the next term does not fit.
    const pieceOf = new Uint32Array(terms);
    const pieceSizes: number[] = [];
    const bases: number[] = [];
    let used = this.pieceSize;
    for (let t = 0; t < terms; t++) {
      const count = this.counts[t] as number;
      if (used + count > (pieceSizes[pieceSizes.length - 1] ?? 0)) {
        bases.push(offsets[t] as number);
        pieceSizes.push(Math.max(this.pieceSize, count));
        used = 0;
      }
      pieceOf[t] = pieceSizes.length - 1;
      used += count;
      if ((t & 0xfff) === 0xfff && due()) yield;
    }
    // The last piece of each is cut to what it holds; each is allocated in its own step, since a
    // large allocation at once makes the garbage collector finish its marking in one long pause.
    // (Allocating them earlier, while the documents are counted, was tried: the collector then
    // met the growing memory with atomic pauses of 0.2-0.5 s.)
    const docs: Uint32Array[] = [];
    const freqs: Uint32Array[] = [];
    for (let p = 0; p < pieceSizes.length; p++) {
      const end = p + 1 < bases.length ? (bases[p + 1] as number) : (offsets[terms] as number);
      const size = end - (bases[p] as number);
      docs.push(new Uint32Array(size));
      yield;
      freqs.push(new Uint32Array(size));
      yield;
    }
    const localStart = new Uint32Array(terms);
    for (let t = 0; t < terms; t++) {
      localStart[t] = (offsets[t] as number) - (bases[pieceOf[t] as number] as number);
      if ((t & 0xfff) === 0xfff && due()) yield;
    }
    const next = offsets.slice(0, terms);
    // Where the current document's posting of each term is.
    const slot = new Uint32Array(terms);
    const seen = this.seenIn.fill(0);
    yield;
    for (let d = 0; d < this.docs; d++) {
      const fields = fieldsOf(d);
      for (let f = 0; f < FIELD_COUNT; f++) {
        const list = fields[f];
        if (!list) continue;
        const one = 1 << (8 * f);
        for (let i = 0; i < list.length; i++) {
          const t = list[i] as number;
          let at = slot[t] as number;
          const pc = pieceOf[t] as number;
          if (seen[t] !== d + 1) {
            seen[t] = d + 1;
            at = next[t] as number;
            next[t] = at + 1;
            at -= bases[pc] as number;
            slot[t] = at;
            (docs[pc] as Uint32Array)[at] = d;
          }
          const piece = freqs[pc] as Uint32Array;
          const packed = piece[at] as number;
          if (((packed >>> (8 * f)) & TF_MAX) < TF_MAX) piece[at] = (packed + one) >>> 0;
        }
      }
      if (due()) yield;
    }
    const avgLengths = new Float64Array(FIELD_COUNT);
    for (let f = 0; f < FIELD_COUNT; f++) avgLengths[f] = this.docs === 0 ? 0 : (this.lengthTotals[f] as number) / this.docs;
    const data: PostingsData = {
      docCount: this.docs,
      offsets,
      docs,
      freqs,
      fieldDf: this.fieldCounts.slice(0, terms * FIELD_COUNT),
      fieldLengths: Uint16Array.from(this.lengths),
      avgLengths,
    };
    return new Postings(data, { pieceOf, localStart });
  }
}
