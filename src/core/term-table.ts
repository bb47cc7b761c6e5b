import { U32List } from './postings.js';
import { StringTable } from './string-table.js';
import { scanWords, termOf } from '../listing/text.js';
import { type Due, runAtOnce } from './time-slices.js';

/** Marks the boundary between a paper's fields in its term sequence, so no phrase spans two. */
export const FIELD_BREAK = 0xffffffff;

/** The arrays a {@link TermTable} is made of, as saved in an index snapshot. */
export interface TermTableData {
  names: string[];
  df: Uint32Array;
  /** Every paper's sequence, one after another (in pieces that concatenate to the whole). */
  flat: Uint32Array[];
  /** Where each paper's sequence starts in the concatenated pieces. */
  starts: Uint32Array;
}

/** Ids per chunk of sequences: the table grows a chunk at a time, never copying what it holds. */
const CHUNK = 1 << 20;

/**
 * Every index term of a listing with an id and its document frequency, and each paper's terms
 * as a sequence of ids (title, abstract, authors) in large shared chunks, for exclusions,
 * phrases and the postings, without keeping the text around. (One array doubled as it grew would
 * copy tens of megabytes at once on a large listing, holding a running bot's event loop.)
 */
export class TermTable {
  /** Term to id; its keys, in id order, are the terms. */
  private readonly ids = new StringTable();
  private df = new U32List();
  private readonly chunks: Uint32Array[] = [];
  private readonly chunkUsed: number[] = [];
  // Per paper: its chunk, and where its sequence starts and ends in it.
  private readonly seqChunk = new U32List();
  private readonly seqStart = new U32List();
  private readonly seqEnd = new U32List();
  private readonly scratch = new U32List(4096);

  /** `chunkSize` (ids per chunk) is for tests of chunk boundaries. */
  constructor(private readonly chunkSize = CHUNK) {}
  // While building: each surface word's term id (-1 for a stop word), so a word is folded,
  // stemmed and looked up once per listing rather than once per occurrence; and per term, the
  // paper (+1) that last counted it in df.
  private wordIds = new StringTable();
  private lastPaper = new U32List();

  /** A table from saved arrays. */
  static fromData(data: TermTableData): TermTable {
    return runAtOnce(TermTable.fromDataSteps(data, () => false));
  }

  /** {@link fromData} in steps: yields whenever `due()` says the current slice of time is used. */
  static *fromDataSteps(data: TermTableData, due: Due): Generator<void, TermTable> {
    const table = new TermTable();
    for (let id = 0; id < data.names.length; id++) {
      const name = data.names[id] as string;
      if (table.ids.getString(name) !== undefined) throw new Error(`index snapshot: the term "${name.slice(0, 40)}" is saved twice`);
      table.ids.set(name, id);
      if ((id & 0x1ff) === 0x1ff && due()) yield;
    }
    table.df.data = data.df;
    table.df.length = data.df.length;
    let base = 0;
    let c = -1;
    let chunkEnd = 0;
    const total = data.flat.reduce((n, piece) => n + piece.length, 0);
    for (const piece of data.flat) {
      table.chunks.push(piece);
      table.chunkUsed.push(piece.length);
    }
    for (let n = 0; n < data.starts.length; n++) {
      const start = data.starts[n] as number;
      const end = n + 1 < data.starts.length ? (data.starts[n + 1] as number) : total;
      while (start >= chunkEnd && c + 1 < table.chunks.length) {
        base = chunkEnd;
        c++;
        chunkEnd = base + (table.chunkUsed[c] as number);
      }
      if (end < start || end > chunkEnd) throw new Error(`index snapshot: paper ${n}'s terms do not fit the saved sequences`);
      table.seqChunk.push(Math.max(0, c));
      table.seqStart.push(start - base);
      table.seqEnd.push(end - base);
      if ((n & 0x1ff) === 0x1ff && due()) yield;
    }
    return table;
  }

  /** The arrays of this table, to save. */
  data(): TermTableData {
    const bases: number[] = [];
    let total = 0;
    for (const used of this.chunkUsed) {
      bases.push(total);
      total += used;
    }
    const starts = new Uint32Array(this.seqStart.length);
    for (let n = 0; n < starts.length; n++) starts[n] = (bases[this.seqChunk.data[n] as number] as number) + (this.seqStart.data[n] as number);
    return {
      names: this.ids.keys as string[],
      df: this.df.trimmed(),
      flat: this.chunks.map((chunk, c) => chunk.subarray(0, this.chunkUsed[c])),
      starts,
    };
  }

  /** Every term, by id. */
  get names(): readonly string[] {
    return this.ids.keys;
  }

  /** Number of terms. */
  get size(): number {
    return this.ids.size;
  }

  /** Number of papers recorded. */
  get papers(): number {
    return this.seqStart.length;
  }

  /** The id of a term, or undefined when the listing does not have it. */
  id(term: string): number | undefined {
    return this.ids.getString(term);
  }

  /** The term with this id. */
  term(id: number): string {
    return this.ids.keys[id] ?? '';
  }

  /** How many papers contain a term in their title, abstract or authors. */
  frequency(term: string): number {
    const id = this.ids.getString(term);
    return id === undefined ? 0 : (this.df.data[id] as number);
  }

  /** Whether the listing has this term. */
  has(term: string): boolean {
    return this.ids.getString(term) !== undefined;
  }

  /** The id of a term, given a new id (with no papers) if it has none yet. */
  intern(term: string): number {
    let id = this.ids.getString(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.df.push(0);
      this.lastPaper.push(0);
    }
    return id;
  }

  /** Records the next paper's fields from their texts (tokenized, folded, stemmed); returns its sequence. */
  addTexts(texts: readonly string[]): Uint32Array {
    const paper = this.seqStart.length + 1;
    const { wordIds, scratch: flat } = this;
    flat.length = 0;
    texts.forEach((text, f) => {
      if (f > 0) flat.push(FIELD_BREAK);
      scanWords(text, (from, to) => {
        let id = wordIds.get(text, from, to);
        if (id === undefined) {
          const word = text.slice(from, to);
          const term = termOf(word, true);
          id = term === null ? -1 : this.intern(term);
          wordIds.set(word, id);
        }
        if (id < 0) return;
        if (this.lastPaper.data[id] !== paper) {
          this.lastPaper.data[id] = paper;
          this.df.data[id] = (this.df.data[id] as number) + 1;
        }
        flat.push(id);
      });
    });
    return this.place(flat);
  }

  /** Stores the next paper's sequence in the current chunk, or a new one if it does not fit. */
  private place(seq: U32List): Uint32Array {
    const length = seq.length;
    let c = this.chunks.length - 1;
    if (c < 0 || (this.chunkUsed[c] as number) + length > (this.chunks[c] as Uint32Array).length) {
      // Chunks grow from 64K ids to the full size, so a small listing allocates little.
      const previous = this.chunks[c]?.length ?? 0;
      const size = Math.min(this.chunkSize, Math.max(1 << 16, previous * 2));
      this.chunks.push(new Uint32Array(Math.max(size, length)));
      this.chunkUsed.push(0);
      c++;
    }
    const chunk = this.chunks[c] as Uint32Array;
    const start = this.chunkUsed[c] as number;
    chunk.set(seq.data.subarray(0, length), start);
    this.chunkUsed[c] = start + length;
    this.seqChunk.push(c);
    this.seqStart.push(start);
    this.seqEnd.push(start + length);
    return chunk.subarray(start, start + length);
  }

  /** Drops what only building needs. */
  seal(): void {
    this.wordIds = new StringTable(0);
    this.lastPaper = new U32List(0);
  }

  /** Paper n's term ids in order, fields separated by FIELD_BREAK. */
  sequence(n: number): Uint32Array {
    if (n < 0 || n >= this.seqStart.length) return new Uint32Array(0);
    return (this.chunks[this.seqChunk.data[n] as number] as Uint32Array).subarray(this.seqStart.data[n] as number, this.seqEnd.data[n] as number);
  }

  /** Whether paper n's sequence contains `needle` as consecutive ids (a phrase, or a single term). */
  contains(n: number, needle: readonly number[]): boolean {
    if (n < 0 || n >= this.seqStart.length) return false;
    return containsSequence(this.chunks[this.seqChunk.data[n] as number] as Uint32Array, needle, this.seqStart.data[n] as number, this.seqEnd.data[n] as number);
  }

  /** Term ids of a list of terms; null when some term is in no paper. */
  idsOf(terms: readonly string[]): number[] | null {
    const out: number[] = [];
    for (const t of terms) {
      const id = this.ids.getString(t);
      if (id === undefined) return null;
      out.push(id);
    }
    return out;
  }
}

/** A paper's sequence cut into its fields: title, abstract and authors (views, not copies). */
export function splitFields(seq: Uint32Array): [Uint32Array, Uint32Array, Uint32Array] {
  const a = seq.indexOf(FIELD_BREAK);
  const b = seq.indexOf(FIELD_BREAK, a + 1);
  return [seq.subarray(0, a), seq.subarray(a + 1, b), seq.subarray(b + 1)];
}

/** Whether `seq` contains `needle` as consecutive ids (a phrase, or a single term). */
export function containsSequence(seq: Uint32Array, needle: readonly number[], from = 0, to = seq.length): boolean {
  if (needle.length === 0) return true;
  const first = needle[0] as number;
  const last = to - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (seq[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (seq[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
