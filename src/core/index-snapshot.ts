import { open } from 'node:fs/promises';
import type { Acronym } from '../search/acronyms.js';
import type { PostingsData } from './postings.js';
import type { TermTableData } from './term-table.js';
import { type Due, runAtOnce, splitLines } from './time-slices.js';

/** Bumped whenever the layout or the meaning of a saved index changes; older files are rebuilt. */
export const SNAPSHOT_VERSION = 1;
const MAGIC = 'ARXIVIST-INDEX';

/**
 * The author map as saved: a line per person ("key<TAB>display name<TAB>name tokens"), and each
 * person's paper numbers, newest first, as a slice of `papers` starting at `starts[i]`.
 */
export interface AuthorData {
  lines: string[];
  starts: Uint32Array;
  papers: Uint32Array;
}

/**
 * Everything a {@link PaperIndex} derives from its papers, so a large listing loads in a fraction
 * of its build time. Valid only for the listing whose content hash it carries.
 */
export interface IndexSnapshot {
  /** SHA-256 of the listing text the index was built from. */
  hash: string;
  papers: number;
  /** Ids of the first and last papers, a cheap check that the papers are the ones indexed. */
  firstId: string;
  lastId: string;
  terms: TermTableData;
  postings: PostingsData;
  newestOrder: Uint32Array;
  /** Term ids in code-unit order of their terms. */
  vocabularyOrder: Uint32Array;
  authors: AuthorData;
  acronyms: Acronym[];
  /** Each paper's normalized title, and the normalized short name its title starts with ('' if none). */
  titleKeys: string[];
  shortKeys: string[];
}

type ArrayKind = 'u32' | 'u16' | 'f64';
interface Section {
  name: string;
  kind: ArrayKind | 'json' | 'lines';
  offset: number;
  bytes: number;
}

const ALIGN = 8;
const pad = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/**
 * The snapshot as pieces to write one after another: a magic line, a JSON header line, then
 * 8-byte-aligned sections. Arrays are views, not copies: a 180 MB index is never copied whole.
 */
function snapshotPieces(s: IndexSnapshot): Buffer[] {
  const parts: { name: string; kind: Section['kind']; data: Buffer[] }[] = [];
  const view = (a: Uint32Array | Uint16Array | Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const array = (name: string, kind: ArrayKind, a: Uint32Array | Uint16Array | Float64Array) => parts.push({ name, kind, data: [view(a)] });
  const lines = (name: string, list: readonly string[]) => parts.push({ name, kind: 'lines', data: [Buffer.from(list.join('\n'))] });
  lines('names', s.terms.names);
  array('df', 'u32', s.terms.df);
  parts.push({ name: 'flat', kind: 'u32', data: s.terms.flat.map(view) });
  array('starts', 'u32', s.terms.starts);
  array('offsets', 'u32', s.postings.offsets);
  parts.push({ name: 'docs', kind: 'u32', data: s.postings.docs.map(view) });
  parts.push({ name: 'freqs', kind: 'u32', data: s.postings.freqs.map(view) });
  array('fieldDf', 'u32', s.postings.fieldDf);
  array('fieldLengths', 'u16', s.postings.fieldLengths);
  array('avgLengths', 'f64', s.postings.avgLengths);
  array('newestOrder', 'u32', s.newestOrder);
  array('vocabularyOrder', 'u32', s.vocabularyOrder);
  lines('authors', s.authors.lines);
  array('authorStarts', 'u32', s.authors.starts);
  array('authorPapers', 'u32', s.authors.papers);
  lines('titleKeys', s.titleKeys);
  lines('shortKeys', s.shortKeys);
  parts.push({ name: 'acronyms', kind: 'json', data: [Buffer.from(JSON.stringify(s.acronyms))] });

  const sections: Section[] = [];
  let offset = 0;
  for (const p of parts) {
    const bytes = p.data.reduce((n, b) => n + b.length, 0);
    sections.push({ name: p.name, kind: p.kind, offset, bytes });
    offset = pad(offset + bytes);
  }
  const header = {
    version: SNAPSHOT_VERSION, hash: s.hash, papers: s.papers, firstId: s.firstId, lastId: s.lastId,
    docCount: s.postings.docCount, sections,
  };
  const head = Buffer.from(`${MAGIC} ${SNAPSHOT_VERSION}\n${JSON.stringify(header)}\n`);
  const out: Buffer[] = [head, Buffer.alloc(pad(head.length) - head.length)];
  for (const p of parts) {
    const bytes = p.data.reduce((n, b) => n + b.length, 0);
    out.push(...p.data, Buffer.alloc(pad(bytes) - bytes));
  }
  return out;
}

/** The snapshot as one buffer (see {@link writeSnapshot} for large ones). */
export function encodeSnapshot(s: IndexSnapshot): Buffer {
  return Buffer.concat(snapshotPieces(s));
}

/** Writes a snapshot to a file piece by piece, without assembling it in memory first. */
export async function writeSnapshot(file: string, s: IndexSnapshot): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const piece of snapshotPieces(s)) {
      // Large arrays go in slices of 16 MB, each its own write, so other work runs in between.
      for (let at = 0; at < piece.length; at += 1 << 24) await handle.write(piece.subarray(at, Math.min(piece.length, at + (1 << 24))));
    }
  } finally {
    await handle.close();
  }
}

/** Reads a snapshot; throws an Error saying what is wrong with a file that is not a valid one. */
export function decodeSnapshot(file: Buffer): IndexSnapshot {
  return runAtOnce(decodeSnapshotSteps(file, () => false));
}

/** {@link decodeSnapshot} in steps: yields whenever `due()` says the current slice of time is used. */
export function* decodeSnapshotSteps(file: Buffer, due: Due): Generator<void, IndexSnapshot> {
  // Typed-array views need aligned offsets; a small file read may sit unaligned in Node's pool.
  const buf = file.byteOffset % ALIGN === 0 ? file : Buffer.from(new Uint8Array(file));
  const fail = (why: string): never => {
    throw new Error(`index snapshot: ${why}`);
  };
  const first = buf.indexOf(0x0a);
  const second = first < 0 ? -1 : buf.indexOf(0x0a, first + 1);
  if (second < 0) fail('no header');
  const magic = buf.toString('utf8', 0, first);
  if (magic !== `${MAGIC} ${SNAPSHOT_VERSION}`) fail(`not a version ${SNAPSHOT_VERSION} snapshot (starts "${magic.slice(0, 40)}")`);
  let header: { hash: string; papers: number; firstId: string; lastId: string; docCount: number; sections: Section[] };
  try {
    header = JSON.parse(buf.toString('utf8', first + 1, second));
  } catch {
    return fail('unreadable header');
  }
  const start = pad(second + 1);
  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const bytesOf = (name: string): { at: number; bytes: number; kind: Section['kind'] } => {
    const s = sections.get(name);
    if (!s) return fail(`section "${name}" missing`);
    const at = start + s.offset;
    if (at % ALIGN !== 0 || at + s.bytes > buf.length) fail(`section "${name}" is truncated`);
    return { at, bytes: s.bytes, kind: s.kind };
  };
  // Typed arrays are views on the file's buffer, not copies: loading costs no more than reading.
  const u32 = (name: string) => {
    const { at, bytes } = bytesOf(name);
    return new Uint32Array(buf.buffer, buf.byteOffset + at, bytes / 4);
  };
  const text = (name: string) => {
    const { at, bytes } = bytesOf(name);
    return buf.toString('utf8', at, at + bytes);
  };
  const lengths = bytesOf('fieldLengths');
  const avg = bytesOf('avgLengths');
  // An empty list and a list of one empty line are the same text: the counts tell them apart.
  const names = bytesOf('df').bytes === 0 ? [] : yield* splitLines(text('names'), due);
  const authorLines = bytesOf('authorStarts').bytes === 0 ? [] : yield* splitLines(text('authors'), due);
  const titleKeys = yield* splitLines(text('titleKeys'), due);
  const shortKeys = yield* splitLines(text('shortKeys'), due);
  return {
    hash: header.hash,
    papers: header.papers,
    firstId: header.firstId,
    lastId: header.lastId,
    terms: { names, df: u32('df'), flat: [u32('flat')], starts: u32('starts') },
    postings: {
      docCount: header.docCount,
      offsets: u32('offsets'),
      docs: [u32('docs')],
      freqs: [u32('freqs')],
      fieldDf: u32('fieldDf'),
      fieldLengths: new Uint16Array(buf.buffer, buf.byteOffset + lengths.at, lengths.bytes / 2),
      avgLengths: new Float64Array(buf.buffer, buf.byteOffset + avg.at, avg.bytes / 8),
    },
    newestOrder: u32('newestOrder'),
    vocabularyOrder: u32('vocabularyOrder'),
    authors: { lines: authorLines, starts: u32('authorStarts'), papers: u32('authorPapers') },
    acronyms: JSON.parse(text('acronyms')) as Acronym[],
    titleKeys,
    shortKeys,
  };
}
