// Reads the copied search listings (fixtures/real/*.copied.txt) with the tests' own line rules,
// independent of src/listing, so that field readers are checked against values found another way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListing } from '../../src/listing/listing-parser.js';
import type { Paper } from '../../src/listing/paper.js';

export const REAL_LISTINGS = ['distributed-systems', 'drosophila-connectome', 'gpt-search-2024-09'] as const;
export type RealListing = (typeof REAL_LISTINGS)[number];

/** One entry as the raw lines show it. */
export interface RawCopied {
  id: string;
  /** The tags after the formats on the id line; the first is the primary. */
  tags: string[];
  /** The text after "Comments: ", when the entry has that line. */
  comments?: string;
  journalRef?: string;
  /** A "doi" badge line stands before the title. */
  hasDoi: boolean;
  /** Every line of the entry, the id line first. */
  lines: string[];
}

export function realPath(name: RealListing): string {
  return join(import.meta.dirname, '..', '..', 'fixtures', 'real', `${name}.copied.txt`);
}

export function readRaw(name: RealListing): RawCopied[] {
  const blocks = readFileSync(realPath(name), 'utf8').split(/\n(?=arXiv:)/);
  return blocks
    .filter((b) => b.startsWith('arXiv:'))
    .map((block) => {
      const lines = block.split('\n');
      const head = lines[0] as string;
      const field = (label: string) => lines.find((l) => l.startsWith(label))?.slice(label.length);
      return {
        id: head.split(/\s+/)[0]!.slice('arXiv:'.length),
        tags: head.split(']')[1]!.trim().split(/\s+/),
        comments: field('Comments: '),
        journalRef: field('Journal ref: '),
        hasDoi: lines[1] === 'doi',
        lines,
      };
    });
}

/** The parsed papers of a real listing by arXiv id. */
export function parsedById(name: RealListing): Map<string, Paper> {
  const { papers } = parseListing(readFileSync(realPath(name), 'utf8'));
  return new Map(papers.map((p) => [p.arxivId ?? p.id, p]));
}

/** A question table's entries (fixtures/questions/*.json), computed from the raw listings by its own scripts. */
export interface QuestionRow {
  q: string;
  kind: string;
  expect: { ids?: string[]; count?: number; value?: string | number; answer?: string };
}

export function questions(name: 'distributed' | 'drosophila' | 'gpt' | 'mahajan'): QuestionRow[] {
  const path = join(import.meta.dirname, '..', '..', 'fixtures', 'questions', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as QuestionRow[];
}

/** The expectation of the question asked in exactly these words. */
export function expectOf(name: Parameters<typeof questions>[0], q: string): QuestionRow['expect'] {
  const row = questions(name).find((r) => r.q === q);
  if (!row) throw new Error(`no question "${q}" in ${name}.json`);
  return row.expect;
}
