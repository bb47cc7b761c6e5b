// Reads the bundled fixture with its own simple rules, independent of src/core/listing-parser,
// so tests compare the parser against values derived another way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListing } from '../../src/listing/listing-parser.js';
import { PaperIndex } from '../../src/search/paper-index.js';

export const FIXTURE_PATH = join(import.meta.dirname, '..', '..', 'fixtures', 'mahajan.txt');
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** One entry as the tests read it. */
export interface RawEntry {
  title: string;
  authors: string[];
  hidden: number;
  submitted: string;
  updated: string;
  announced: string;
  /** The date line names a v1: the paper has more than one version. */
  revised: boolean;
  paragraphs: string[];
}

function iso(text: string): string {
  const d = new Date(`${text.replace(',', '')} UTC`);
  return d.toISOString().slice(0, 10);
}

export const RAW_ENTRIES: RawEntry[] = FIXTURE_TEXT.split('\n-\n')
  .map((block) => block.replace(/^-\n/, '').split('\n'))
  .filter((lines) => lines.some((l) => l === 'Authors:'))
  .map((lines) => {
    const a = lines.indexOf('Authors:');
    const b = lines.indexOf('Abstract:');
    const authorLines = lines.slice(a + 1, b);
    const etAl = authorLines.find((l) => l.startsWith(', et al.'));
    const authors = authorLines.filter((l) => !l.startsWith(', et al.')).map((l) => l.replace(/,$/, ''));
    const more = lines.findIndex((l) => l === '▽ More');
    const less = lines.findIndex((l) => l === '△ Less');
    const dateLine = lines.find((l) => l.startsWith('Submitted ')) as string;
    const [latest, v1] = dateLine.replace(/;$/, '').split('; v1 submitted ');
    const announcedLine = lines.find((l) => l.startsWith('originally announced')) as string;
    const month = new Date(`1 ${announcedLine.replace('originally announced ', '').replace('.', '')} UTC`);
    return {
      title: lines[0] as string,
      authors,
      hidden: etAl ? Number(/\((\d+)/.exec(etAl)?.[1]) : 0,
      updated: iso((latest as string).replace('Submitted ', '')),
      submitted: iso((v1 ?? latest) as string),
      announced: month.toISOString().slice(0, 7),
      revised: v1 !== undefined,
      paragraphs: lines.slice(more + 1, less),
    };
  });

let cached: PaperIndex | undefined;

/** The real index built from the fixture, shared by the tests of one file. */
export function fixtureIndex(): PaperIndex {
  cached ??= PaperIndex.of(parseListing(FIXTURE_TEXT).papers);
  return cached;
}

/** Titles of the papers an author wrote, counted from the raw listing lines. */
export function rawPapersBy(name: string): RawEntry[] {
  return RAW_ENTRIES.filter((e) => e.authors.includes(name));
}
