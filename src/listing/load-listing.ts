import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../base/errors.js';
import { type ParsedListing, mergeListings, parseListing, parseListingAsync } from './listing-parser.js';
import { parseInWorker } from './parse-in-worker.js';

/** A listing read from its files: the papers of all of them, their problems, and where they came from. */
export interface LoadedListing extends ParsedListing {
  /** The listing as configured: a file, a folder, or files separated by commas. */
  file: string;
  /** The files read, in order. */
  files: string[];
  /** When the newest of the files was last modified: the "listing as of" date digests mention. */
  modifiedAt: Date;
}

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
      throw new ConfigError(`listing ${path}: cannot read it (${why(err)})`);
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => LISTING_FILE.test(n)).sort();
    if (names.length === 0) throw new ConfigError(`listing ${path}: the folder has no .txt or .html listing in it`);
    files.push(...names.map((n) => join(path, n)));
  }
  if (files.length === 0) throw new ConfigError('listing: no file given');
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

/** How a listing is parsed: at once, in turns of the event loop, or in a worker thread with a time limit. */
export interface ReadOptions {
  yieldWhileParsing?: boolean;
  /** Parse in a worker thread, stopped after this long (a running bot's reloads). */
  workerTimeoutMs?: number;
}

/** One file of a listing, read and parsed. */
export interface ListingFile extends ParsedListing {
  file: string;
  text: string;
  modifiedAt: Date;
}

/** Reads and parses one listing file; throws ConfigError naming it when it cannot be read. */
export async function readListingFile(file: string, options: ReadOptions = {}): Promise<ListingFile> {
  let text: string;
  let modifiedAt: Date;
  try {
    text = await readFile(file, 'utf8');
    modifiedAt = (await stat(file)).mtime;
  } catch (err) {
    throw new ConfigError(`listing ${file}: cannot read it (${why(err)})`);
  }
  const parsed = options.workerTimeoutMs
    ? await parseInWorker(text, options.workerTimeoutMs)
    : options.yieldWhileParsing
      ? await parseListingAsync(text)
      : parseListing(text);
  return { ...parsed, file, text, modifiedAt };
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
 * latest version. Throws ConfigError naming the file when one cannot be read, or when there is
 * text but not a single paper; problems with single entries are returned, with their file.
 */
export async function loadListing(spec: string, options: ReadOptions = {}): Promise<LoadedListing> {
  const files = await listingFiles(spec);
  const parts: ListingFile[] = [];
  for (const file of files) {
    const part = await readListingFile(file, options);
    if (part.papers.length === 0) {
      const first = part.problems[0];
      const detail = first ? `; line ${first.line}: ${first.message}` : part.text.trim() ? '' : ' (the file is empty)';
      throw new ConfigError(`listing ${file}: no paper could be read${detail}`);
    }
    parts.push(part);
  }
  const modifiedAt = new Date(Math.max(...parts.map((p) => p.modifiedAt.getTime())));
  return { ...combineListings(parts), file: spec, files, modifiedAt };
}
