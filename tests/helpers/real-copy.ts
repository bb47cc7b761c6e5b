import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListing } from '../../src/listing/listing-parser.js';
import { PaperIndex } from '../../src/search/paper-index.js';

/** A copied listing of fixtures/real: its raw entry blocks (one per "arXiv:" line), for expectations, and its index. */
export function realCopy(file: string): { blocks: string[]; index: PaperIndex } {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'real', file), 'utf8');
  const blocks = text.split(/\n(?=arXiv:)/).filter((b) => b.startsWith('arXiv:'));
  return { blocks, index: PaperIndex.of(parseListing(text).papers) };
}
