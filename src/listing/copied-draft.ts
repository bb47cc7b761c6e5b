import { CATEGORY, DOI, FORMATS, isCategoryLine } from './copied-lines.js';
import type { ListingEntry } from './listing-entry.js';

type Section = 'head' | 'title' | 'authors' | 'abstract' | 'after';

/** An entry as it is read, line by line. */
export class Draft {
  section: Section = 'head';
  arxivId?: string;
  version?: number;
  categories: string[] = [];
  title: string[] = [];
  authors: string[] = [];
  abstract: string[] = [];
  dates: string[] = [];
  meta = new Map<string, string>();
  /** A label whose value is on the next line. */
  label?: string;
  /** The "doi" badge of a search result: its value is on the next line. */
  doiBadge = false;
  /** The entry has a "Title:" label (a daily listing): its abstract follows the metadata unlabelled. */
  labelledTitle = false;
  /** Lines after a complete entry that belong to no field: the title of an entry without a separator, or stray text. */
  loose: { n: number; text: string }[] = [];

  constructor(readonly line: number) {}

  /** Whether this is an entry at all: page text copied along (a heading, sort buttons) has a title-like line and nothing else. */
  get started(): boolean {
    return (
      this.arxivId !== undefined ||
      this.categories.length > 0 ||
      this.authors.length > 0 ||
      this.abstract.length > 0 ||
      this.dates.length > 0 ||
      this.section === 'authors'
    );
  }

  /**
   * Takes what a line before the title holds of an entry's header (an entry number, formats,
   * category tags, a DOI badge and its value, as copies put them on one line or several) and
   * returns the rest of the line, the start of the title ("" when the line was all header).
   */
  header(line: string): string {
    if (this.title.length > 0) return line;
    let rest = line
      .replace(/^(?:\d{1,5}\.|\[\d{1,6}\])(?:\s+|$)/, '')
      .replace(FORMATS, '')
      .trim();
    const words = rest.split(/\s+/);
    let tags = 0;
    while (
      tags < words.length &&
      tags < 12 &&
      CATEGORY.test(words[tags] as string) &&
      isCategoryLine(words.slice(0, tags + 1).join(' '))
    )
      tags++;
    if (tags > 0) {
      this.categories = words.slice(0, tags);
      rest = words.slice(tags).join(' ');
    }
    const badge = /^doi(?:\s+(.*))?$/i.exec(rest);
    if (badge) {
      const [value = '', ...after] = (badge[1] ?? '').split(/\s+/);
      if (DOI.test(value)) {
        this.meta.set('doi', value);
        rest = after.join(' ');
      } else {
        this.doiBadge = true;
        rest = badge[1] ?? '';
      }
    } else if (this.doiBadge) {
      const [value = '', ...after] = rest.split(/\s+/);
      if (DOI.test(value)) {
        this.meta.set('doi', value);
        this.doiBadge = false;
        rest = after.join(' ');
      }
    }
    return rest.trim();
  }

  entry(pageDate: string | undefined): ListingEntry {
    const e: ListingEntry = {
      line: this.line,
      categories: this.categories,
      title: this.title.join(' '),
      authors: this.authors.join(' '),
      abstract: this.abstract.join('\n'),
      dates: this.dates.join(' '),
      meta: this.meta,
    };
    if (this.arxivId) e.arxivId = this.arxivId;
    if (this.version) e.version = this.version;
    if (pageDate && this.dates.length === 0) e.pageDate = pageDate;
    if (this.labelledTitle) e.daily = true;
    return e;
  }
}
