import { parseListingDate } from './dates.js';
import type { ListingEntry, ListingProblem } from './listing-entry.js';

// Every pattern here is anchored, with bounded or single unbounded quantifiers: linear on any line.
const ID =
  /^(?:\d{1,5}\.\s{0,8}|\[\d{1,6}\]\s{0,8})?arXiv:\s{0,8}(\d{4}\.\d{4,5}|[a-z][a-z-]{0,20}(?:\.[A-Z]{2})?\/\d{7})(?:v(\d{1,3}))?\b(.*)$/;
const ENTRY_NUMBER = /^(?:\d{1,5}\.|\[\d{1,6}\])$/;
const FORMATS = /^\[[a-z ,]{1,60}\]/i;
const LABEL =
  /^(Title|Authors|Abstract|Comments|Journal[ -]ref|DOI|Report[ -]number|MSC[ -]Class|ACM[ -]Class|Subjects)\s{0,8}:\s*(.*)$/i;
const DATE_LINE = /^(?:Submitted|v1 submitted|originally announced)\s/i;
const CATEGORY = /^[a-z]{1,12}(?:-[a-z]{1,12}){0,2}(?:\.[A-Za-z-]{2,12})?$/;
const ARCHIVES = new Set([
  'hep-th',
  'hep-ph',
  'hep-ex',
  'hep-lat',
  'quant-ph',
  'gr-qc',
  'nucl-th',
  'nucl-ex',
  'math-ph',
  'astro-ph',
  'cond-mat',
  'nlin',
  'physics',
  'stat',
  'math',
  'cs',
  'econ',
  'eess',
  'q-bio',
  'q-fin',
]);
const DOI = /^10\.\d{4,9}\/\S{1,200}$/;
const SUBJECT = /\(([a-z][a-z-]{0,20}(?:\.[A-Za-z-]{2,12})?)\)/g;
// A daily listing's heading: "Showing new listings for Friday, 29 November 2024", or a day of /recent.
const PAGE_DATE =
  /^(?:Showing new listings for\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\b/;
const RESULTS_HEADING = /^Showing \d[\d,]{0,9}\s?[–-]\s?\d[\d,]{0,9} of [\d,]{1,12} results\b/;
const SECTION =
  /^(?:New submissions|Cross submissions|Cross-lists|Replacement submissions|Replacements)\s{0,8}(?:\(showing\b.*)?$/i;

/** The date of a daily listing's heading ("Showing new listings for Friday, 29 November 2024", "Fri, 29 Nov 2024 (showing …)"), ISO day. */
export function pageHeadingDate(line: string): string | null {
  const m = PAGE_DATE.exec(line);
  return m ? parseListingDate(m[1] as string) : null;
}

/** The categories of a daily listing's "Subjects: Machine Learning (cs.LG); …", the primary one first. */
export function subjectCategories(text: string): string[] {
  return [...text.matchAll(SUBJECT)].map((m) => m[1] as string);
}

/** Whether a line is a list of category tags such as "cs.LG cs.AI" or "hep-th". */
function isCategoryLine(line: string): boolean {
  const tags = line.split(/\s+/);
  return (
    tags.length <= 12 && tags.every((t) => CATEGORY.test(t)) && tags.some((t) => t.includes('.') || ARCHIVES.has(t))
  );
}

type Section = 'head' | 'title' | 'authors' | 'abstract' | 'after';

/** An entry as it is read, line by line. */
class Draft {
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

/** What a copied page yields: entries to check, problems found while reading, and the page's own facts. */
export interface CopiedListing {
  entries: ListingEntry[];
  problems: ListingProblem[];
  /** The page's "Showing 1–50 of N results for …" heading. */
  description?: string;
  /** The first text that was taken for page text (a heading, buttons) rather than an entry. */
  ignored?: { line: number; text: string };
}

/**
 * Reads the text of an arXiv page as a browser copies it (or as the bundled fixture writes it):
 * search results in the default view (teasers ending in "▽ More"), expanded ("△ Less") or
 * mixed, with or without numbers, id lines, category tags, DOI badges and blank lines; and daily
 * listings ("[1] arXiv:… / Title: / Authors: / Subjects: / abstract"), dated by their heading.
 */
export function readCopiedListing(text: string): CopiedListing {
  const out: CopiedListing = { entries: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let pageDate: string | undefined;
  let d: Draft | null = null;

  // Loose lines after the last entry are the page's footer; between entries they are reported.
  const finish = (last = false) => {
    if (d && !d.started && d.title.length > 0) out.ignored ??= { line: d.line, text: d.title[0] as string };
    if (d && !d.started && d.title.length === 0 && d.meta.size > 0) {
      const [label, value] = [...d.meta][0] as [string, string];
      out.problems.push({ line: d.line, message: `"${label}: ${value.slice(0, 60)}" belongs to no entry` });
    }
    if (d?.started) {
      if (!last)
        for (const l of d.loose)
          out.problems.push({ line: l.n, message: `text that belongs to no entry: "${l.text.slice(0, 60)}"` });
      out.entries.push(d.entry(pageDate));
    }
    d = null;
  };
  const begin = (n: number): Draft => {
    finish();
    d = new Draft(n);
    return d;
  };

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (/^-+$/.test(line)) {
      finish();
      continue;
    }
    if (RESULTS_HEADING.test(line)) {
      finish();
      out.description ??= line;
      continue;
    }
    const headingDate = pageHeadingDate(line);
    if (headingDate) {
      finish();
      pageDate = headingDate;
      continue;
    }
    if (SECTION.test(line)) {
      finish();
      continue;
    }
    if (ENTRY_NUMBER.test(line)) {
      begin(n);
      continue;
    }

    const id = ID.exec(line);
    if (id) {
      let e: Draft = d ?? begin(n);
      // Metadata before an id line (a "Comments:" cut off from its entry) is not this entry's.
      if (e.section !== 'head' || e.arxivId || e.meta.size > 0) e = begin(n);
      e.arxivId = id[1];
      if (id[2]) e.version = Number(id[2]);
      const rest = (id[3] as string).trim().replace(FORMATS, '').trim();
      if (rest && isCategoryLine(rest)) e.categories = rest.split(/\s+/);
      continue;
    }
    let e: Draft = d ?? begin(n);

    let text = line;
    if (e.section === 'head') {
      text = e.header(line);
      if (!text) continue;
    }

    const label = LABEL.exec(line);
    if (label) {
      const name = (label[1] as string).toLowerCase().replace('-', ' ');
      const value = (label[2] as string).trim();
      e.label = undefined;
      if (name === 'authors' && (e.section === 'abstract' || e.section === 'after')) {
        // A second author list: a new entry without a separator, titled by the loose lines before it.
        const title = e.loose;
        e.loose = [];
        if (title.length === 0) out.problems.push({ line: n, message: 'an "Authors:" line with no title before it' });
        e = begin(title[0]?.n ?? n);
        for (const l of title) {
          const rest = e.header(l.text);
          if (rest) e.title.push(rest);
        }
        e.section = 'title';
      }
      if (name === 'title') {
        e.section = 'title';
        e.labelledTitle = true;
        if (value) e.title.push(value);
      } else if (name === 'authors') {
        e.section = 'authors';
        if (value) e.authors.push(value);
      } else if (name === 'abstract') {
        e.section = 'abstract';
        if (value) e.abstract.push(value);
      } else if (name === 'subjects') {
        e.categories = subjectCategories(value);
        if (e.section === 'authors' || e.section === 'title') e.section = 'after';
      } else if (value && e.meta.has(name) && e.section === 'after') {
        // A second "Comments:" for one entry is a line cut off from another: reported, never an overwrite.
        out.problems.push({
          line: n,
          message: `"${line.slice(0, 60)}" belongs to no entry (this one has its ${name} already)`,
        });
      } else {
        if (value) e.meta.set(name, value);
        else e.label = name;
        if (e.section === 'abstract' || e.section === 'authors') e.section = 'after';
      }
      continue;
    }
    if (DATE_LINE.test(line) && e.section !== 'head' && e.section !== 'title') {
      if (e.section === 'after' && /originally announced \S/i.test(e.dates.join(' '))) {
        // The entry's dates are complete: a further date line belongs to none.
        out.problems.push({
          line: n,
          message: `"${line.slice(0, 60)}" belongs to no entry (this one has its dates already)`,
        });
        continue;
      }
      e.dates.push(line);
      e.section = 'after';
      e.label = undefined;
      continue;
    }
    if (e.label) {
      e.meta.set(e.label, line);
      e.label = undefined;
      continue;
    }
    switch (e.section) {
      case 'head':
      case 'title':
        e.section = 'title';
        e.title.push(text);
        break;
      case 'authors':
        e.authors.push(line);
        break;
      case 'abstract':
        e.abstract.push(line);
        break;
      case 'after':
        // A daily listing's abstract follows its metadata without a label.
        if (e.labelledTitle && e.dates.length === 0 && e.loose.length === 0) {
          e.section = 'abstract';
          e.abstract.push(line);
        } else {
          e.loose.push({ n, text: line });
        }
        break;
    }
  }
  finish(true);
  if (out.entries.length === 0 && out.ignored) {
    out.problems.push({
      line: out.ignored.line,
      message: `no entry here: text with no "Authors:" line after it ("${out.ignored.text.slice(0, 60)}")`,
    });
  }
  return out;
}
