import { type Stats, createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { ConfigError } from '../base/errors.js';
import type { ParsedListing } from './listing-parser.js';
import { mergeListings } from './merge-listings.js';
import { ListingWorker, type ParseOutcome } from './parse-in-worker.js';

/** A listing read from its files: the papers of all of them, their problems, and where they came from. */
export interface LoadedListing extends ParsedListing {
  /** The listing as configured: a file, a folder, or files separated by commas. */
  file: string;
  /** The files read, in order. */
  files: string[];
  /** When the newest of the files was last modified: the "listing as of" date digests mention. */
  modifiedAt: Date;
}

/** A listing that cannot be served: a ConfigError the entry points may name their setting in. */
export class ListingError extends ConfigError {}

const LISTING_FILE = /\.(?:txt|html?|text)$/i;

/** The paths a listing setting names: files and folders separated by commas. */
export function listingPaths(spec: string): string[] {
  return spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The listing files a setting names: each file, and the .txt and .html files of each folder. */
export async function listingFiles(spec: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of listingPaths(spec)) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (err) {
      throw new ListingError(`listing ${path}: cannot read it (${why(err)})`);
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => LISTING_FILE.test(n)).sort();
    if (names.length === 0) throw new ListingError(`listing ${path}: the folder has no .txt or .html listing in it`);
    files.push(...names.map((n) => join(path, n)));
  }
  if (files.length === 0) throw new ListingError('listing: no file given');
  return files;
}

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : (err as Error).message;
}

/** How listing files are read: each in a worker thread, within a deadline and a size. */
export interface ReadOptions {
  /** Reading one file stops after this long (default 30 s). */
  timeoutMs?: number;
  /** A file larger than this many bytes is not read (default 64 MB). */
  maxBytes?: number;
  /**
   * The bundled example, part of arxivist and tested with it like its code: parsed on this
   * thread, which spares the console's start-up the worker's.
   */
  trusted?: boolean;
}

// One file may hold what one arXiv query returns at most (30,000 papers, about 54 MB of copied
// text): 64 MB fits it, and reading it stays far within the deadline and the worker's heap.
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const WORKER_HEAP_MB = 1024;

/** One file of a listing, read and parsed. */
export interface ListingFile extends ParsedListing {
  file: string;
  /** The file's text; empty when it was not read (too large). */
  text: string;
  modifiedAt: Date;
}

/**
 * Reads and parses listing files, each in a worker thread (one, reused): a file over the size,
 * past the deadline, too deep for the parser's stack or that ends the worker is a problem of that
 * file (line 1: the file as a whole), and the next file still loads. Only the bundled example
 * (`trusted`) is parsed on this thread. Throws ListingError naming a file that cannot be read.
 */
export async function readListingFiles(files: readonly string[], options: ReadOptions = {}): Promise<ListingFile[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (options.trusted) {
    const { parseListing } = await import('./listing-parser.js');
    return readEach(files, maxBytes, async (text) => ({ listing: parseListing(text) }));
  }
  const worker = new ListingWorker({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, heapMb: WORKER_HEAP_MB });
  worker.warm();
  try {
    return await readEach(files, maxBytes, (text) => worker.parse(text));
  } finally {
    await worker.close();
  }
}

async function readEach(
  files: readonly string[],
  maxBytes: number,
  parse: (text: string) => Promise<ParseOutcome>,
): Promise<ListingFile[]> {
  const out: ListingFile[] = [];
  for (const file of files) out.push(withReason(await readOne(file, maxBytes, parse)));
  return out;
}

async function readOne(
  file: string,
  maxBytes: number,
  parse: (text: string) => Promise<ParseOutcome>,
): Promise<ListingFile> {
  let bytes: Buffer;
  let info: Stats;
  try {
    info = await stat(file);
    // At most one byte more than allowed, whatever stat said: a device or a pipe has no size.
    bytes = info.size > maxBytes ? Buffer.alloc(0) : await buffer(createReadStream(file, { end: maxBytes }));
  } catch (err) {
    throw new ListingError(`listing ${file}: cannot read it (${why(err)})`);
  }
  const skipped = (problem: string, text = ''): ListingFile => ({
    file,
    text,
    modifiedAt: info.mtime,
    papers: [],
    problems: [{ line: 1, message: `${problem}, so the file is skipped` }],
    notices: [],
  });
  if (info.size > maxBytes || bytes.length > maxBytes) {
    const limit = `the ${megabytes(maxBytes)} a listing file may have`;
    return skipped(
      info.size > maxBytes
        ? `the file has ${megabytes(info.size)}, more than ${limit}`
        : `the file goes on past ${limit}`,
    );
  }
  const text = bytes.toString('utf8');
  const outcome = await parse(text);
  return 'listing' in outcome
    ? { ...outcome.listing, file, text, modifiedAt: info.mtime }
    : skipped(outcome.problem, text);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Several files as one listing: papers merged (each once, its latest version), problems with their file. */
export function combineListings(parts: readonly ListingFile[]): ParsedListing {
  const several = parts.length > 1;
  const out: ParsedListing = {
    papers: several ? mergeListings(parts.map((p) => p.papers)) : (parts[0]?.papers ?? []),
    problems: parts.flatMap((p) =>
      several ? p.problems.map((problem) => ({ ...problem, file: p.file })) : p.problems,
    ),
    notices: parts.flatMap((p) => p.notices),
  };
  const description = parts.map((p) => p.description).find(Boolean);
  if (description) out.description = description;
  return out;
}

/**
 * Reads and parses a listing: one file, a folder of them, or several separated by commas (the
 * result pages of one search). Papers of several files are merged, each kept once with its
 * latest version; a file that yields no paper is a problem of that file, and the others are
 * served. Throws ListingError naming the file when one cannot be read, or when no file yields a
 * paper; problems with single entries are returned, with their file.
 */
export async function loadListing(spec: string, options: ReadOptions = {}): Promise<LoadedListing> {
  const files = await listingFiles(spec);
  const parts = await readListingFiles(files, options);
  if (!parts.some((p) => p.papers.length > 0)) throw new ListingError(noPaper(parts));
  const modifiedAt = new Date(Math.max(...parts.map((p) => p.modifiedAt.getTime())));
  return { ...combineListings(parts), file: spec, files, modifiedAt };
}

/** A file with no paper says why, even when it holds nothing to complain about. */
function withReason(part: ListingFile): ListingFile {
  if (part.papers.length > 0 || part.problems.length > 0) return part;
  return { ...part, problems: [{ line: 1, message: 'the file is empty' }] };
}

function noPaper(parts: readonly ListingFile[]): string {
  const first = parts[0] as ListingFile;
  const problem = first.problems[0];
  const why = problem ? `; line ${problem.line}: ${problem.message}` : '';
  const others = parts.length > 1 ? ` (nor from the ${parts.length - 1} other files)` : '';
  return `listing ${first.file}: no paper could be read${why}${others}`;
}

/**
 * Reads a listing sent as text (a file in a chat) in `worker`, within its deadline: its papers and
 * located problems, or why none could be read.
 */
export async function readListingText(name: string, text: string, worker: ListingWorker): Promise<ListingFile> {
  const outcome = await worker.parse(text);
  const base = { file: name, text, modifiedAt: new Date() };
  if ('listing' in outcome) return withReason({ ...outcome.listing, ...base });
  return { ...base, papers: [], problems: [{ line: 1, message: outcome.problem }], notices: [] };
}

/** A worker for listings sent as text, with the deadline and heap of listing files. */
export function listingTextWorker(): ListingWorker {
  return new ListingWorker({ timeoutMs: DEFAULT_TIMEOUT_MS, heapMb: WORKER_HEAP_MB });
}
