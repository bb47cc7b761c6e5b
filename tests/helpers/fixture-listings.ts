// Every listing of fixtures/ that parses into papers, indexed once per test file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseListing } from '../../src/listing/listing-parser.js';
import { PaperIndex } from '../../src/search/paper-index.js';
import { ROOT } from './run.js';

export interface FixtureListing {
  /** Path under fixtures/. */
  name: string;
  index: PaperIndex;
}

function listingFiles(): string[] {
  const real = readdirSync(join(ROOT, 'fixtures', 'real')).filter((f) => f.endsWith('.copied.txt'));
  const more = readdirSync(join(ROOT, 'fixtures', 'listings'));
  return ['mahajan.txt', ...real.map((f) => `real/${f}`), ...more.map((f) => `listings/${f}`)];
}

/** The fixture listings with at least one paper, in a fixed order. */
export function fixtureListings(): FixtureListing[] {
  return listingFiles().flatMap((name) => {
    const { papers } = parseListing(readFileSync(join(ROOT, 'fixtures', name), 'utf8'));
    return papers.length > 0 ? [{ name, index: PaperIndex.of(papers) }] : [];
  });
}
