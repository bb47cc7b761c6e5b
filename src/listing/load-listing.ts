import { readFile, stat } from 'node:fs/promises';
import { ConfigError } from '../base/errors.js';
import { type ParsedListing, parseListing, parseListingAsync } from './listing-parser.js';

/** A listing read from a file: its papers, its problems, and where it came from. */
export interface LoadedListing extends ParsedListing {
  file: string;
  /** When the file was last modified: the "listing as of" date digests mention. */
  modifiedAt: Date;
}

/**
 * Reads and parses a listing file. Throws ConfigError naming the file when it cannot be read,
 * or when it has text but not a single paper; problems with single entries are returned.
 */
export async function loadListing(file: string, options: { yieldWhileParsing?: boolean } = {}): Promise<LoadedListing> {
  let text: string;
  let modifiedAt: Date;
  try {
    text = await readFile(file, 'utf8');
    modifiedAt = (await stat(file)).mtime;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new ConfigError(`listing ${file}: cannot read it (${why})`);
  }
  const parsed = options.yieldWhileParsing ? await parseListingAsync(text) : parseListing(text);
  if (parsed.papers.length === 0) {
    const first = parsed.problems[0];
    const detail = first ? `; line ${first.line}: ${first.message}` : text.trim() ? '' : ' (the file is empty)';
    throw new ConfigError(`listing ${file}: no paper could be read${detail}`);
  }
  return { ...parsed, file, modifiedAt };
}
