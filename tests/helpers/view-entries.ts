// Reads fixtures/listings/mahajan-default-view.txt (arXiv search results copied in the default
// view: teaser abstracts, authors on one line) with the tests' own rules, for the second table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceEntry } from './answer-evidence.js';

export const DEFAULT_VIEW_PATH = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'listings',
  'mahajan-default-view.txt',
);
export const DEFAULT_VIEW_TEXT = readFileSync(DEFAULT_VIEW_PATH, 'utf8');

/** One entry of the copied page, with its "et al." count. */
export interface ViewEntry extends EvidenceEntry {
  hidden: number;
}

const day = (text: string) => new Date(`${text.trim().replace(',', '')} UTC`).toISOString().slice(0, 10);

export const VIEW_ENTRIES: ViewEntry[] = DEFAULT_VIEW_TEXT.split(/\n\s*\n/)
  .map((block) => block.split('\n'))
  .filter((lines) => /^arXiv:/.test(lines[0] ?? ''))
  .map((lines) => {
    const title = lines[2] as string;
    const authorLine = (lines[3] as string).replace(/^Authors: /, '');
    const etAl = /, et al\. \((\d+) additional authors not shown\)$/.exec(authorLine);
    const authors = authorLine.replace(/, et al\..*$/, '').split(', ');
    const teaser = (lines[4] as string).replace(/^Abstract: /, '').replace(/… ▽ More$/, '');
    const dates = lines.find((l) => l.startsWith('Submitted ')) as string;
    const latest = /^Submitted ([^;]+);/.exec(dates)?.[1] as string;
    const v1 = /v1 submitted ([^;]+);/.exec(dates)?.[1];
    const announced = /originally announced (\w+ \d{4})/.exec(dates)?.[1] as string;
    return {
      title,
      authors,
      hidden: etAl ? Number(etAl[1]) : 0,
      text: `${title} ${teaser}`,
      updated: day(latest),
      submitted: day(v1 ?? latest),
      announced: new Date(`1 ${announced} UTC`).toISOString().slice(0, 7),
      revised: v1 !== undefined,
    };
  });
