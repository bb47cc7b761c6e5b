import { Draft } from './copied-draft.js';
import {
  DATE_LINE,
  ENTRY_NUMBER,
  FORMATS,
  ID,
  isCategoryLine,
  LABEL,
  pageHeadingDate,
  RESULTS_HEADING,
  SECTION,
  subjectCategories,
} from './copied-lines.js';
import type { ListingEntry, ListingProblem } from './listing-entry.js';

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
  return new PageReader().read(text);
}

/** Reads a copied page line by line, keeping the entry being read and what the page has said so far. */
class PageReader {
  private readonly out: CopiedListing = { entries: [], problems: [] };
  private pageDate: string | undefined;
  private draft: Draft | null = null;

  read(text: string): CopiedListing {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line !== '') this.readLine(i + 1, line);
    }
    this.finish(true);
    if (this.out.entries.length === 0 && this.out.ignored) {
      this.report(
        this.out.ignored.line,
        `no entry here: text with no "Authors:" line after it ("${this.out.ignored.text.slice(0, 60)}")`,
      );
    }
    return this.out;
  }

  private report(line: number, message: string): void {
    this.out.problems.push({ line, message });
  }

  /** Closes the entry being read: page text is noted, loose lines reported, an entry kept. */
  private finish(last = false): void {
    const d = this.draft;
    if (d && !d.started && d.title.length > 0) this.out.ignored ??= { line: d.line, text: d.title[0] as string };
    if (d && !d.started && d.title.length === 0 && d.meta.size > 0) {
      const [label, value] = [...d.meta][0] as [string, string];
      this.report(d.line, `"${label}: ${value.slice(0, 60)}" belongs to no entry`);
    }
    if (d?.started) {
      // Loose lines after the last entry are the page's footer; between entries they are reported.
      if (!last) for (const l of d.loose) this.report(l.n, `text that belongs to no entry: "${l.text.slice(0, 60)}"`);
      this.out.entries.push(d.entry(this.pageDate));
    }
    this.draft = null;
  }

  private begin(n: number): Draft {
    this.finish();
    this.draft = new Draft(n);
    return this.draft;
  }

  /** One non-blank line, trimmed; `n` is its line number. */
  private readLine(n: number, line: string): void {
    if (this.pageLine(n, line)) return;
    const id = ID.exec(line);
    if (id) {
      this.idLine(n, id);
      return;
    }
    const e = this.draft ?? this.begin(n);
    let text = line;
    if (e.section === 'head') {
      text = e.header(line);
      if (!text) return;
    }
    const label = LABEL.exec(line);
    if (label) this.labelLine(e, n, line, label);
    else if (DATE_LINE.test(line) && e.section !== 'head' && e.section !== 'title') this.dateLine(e, n, line);
    else if (e.label) {
      e.meta.set(e.label, line);
      e.label = undefined;
    } else addUnlabelled(e, n, line, text);
  }

  /** Takes the page's own lines (separators, headings, sections, entry numbers); false for any other line. */
  private pageLine(n: number, line: string): boolean {
    if (/^-+$/.test(line)) {
      this.finish();
      return true;
    }
    if (RESULTS_HEADING.test(line)) {
      this.finish();
      this.out.description ??= line;
      return true;
    }
    const headingDate = pageHeadingDate(line);
    if (headingDate) {
      this.finish();
      this.pageDate = headingDate;
      return true;
    }
    if (SECTION.test(line)) {
      this.finish();
      return true;
    }
    if (ENTRY_NUMBER.test(line)) {
      this.begin(n);
      return true;
    }
    return false;
  }

  /** An "arXiv:…" line, with the version and category tags it may carry. */
  private idLine(n: number, id: RegExpExecArray): void {
    let e: Draft = this.draft ?? this.begin(n);
    // Metadata before an id line (a "Comments:" cut off from its entry) is not this entry's.
    if (e.section !== 'head' || e.arxivId || e.meta.size > 0) e = this.begin(n);
    e.arxivId = id[1];
    if (id[2]) e.version = Number(id[2]);
    const rest = (id[3] as string).trim().replace(FORMATS, '').trim();
    if (rest && isCategoryLine(rest)) e.categories = rest.split(/\s+/);
  }

  /** A "Label: value" line: a field of this entry, or (a second "Authors:") the start of the next. */
  private labelLine(draft: Draft, n: number, line: string, label: RegExpExecArray): void {
    const name = (label[1] as string).toLowerCase().replace('-', ' ');
    const value = (label[2] as string).trim();
    draft.label = undefined;
    const secondAuthors = name === 'authors' && (draft.section === 'abstract' || draft.section === 'after');
    const e = secondAuthors ? this.entryTitledByLoose(draft, n) : draft;
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
      this.report(n, `"${line.slice(0, 60)}" belongs to no entry (this one has its ${name} already)`);
    } else {
      setMeta(e, name, value);
    }
  }

  /** A second author list: a new entry without a separator, titled by the loose lines before it. */
  private entryTitledByLoose(previous: Draft, n: number): Draft {
    const title = previous.loose;
    previous.loose = [];
    if (title.length === 0) this.report(n, 'an "Authors:" line with no title before it');
    const e = this.begin(title[0]?.n ?? n);
    for (const l of title) {
      const rest = e.header(l.text);
      if (rest) e.title.push(rest);
    }
    e.section = 'title';
    return e;
  }

  private dateLine(e: Draft, n: number, line: string): void {
    if (e.section === 'after' && /originally announced \S/i.test(e.dates.join(' '))) {
      // The entry's dates are complete: a further date line belongs to none.
      this.report(n, `"${line.slice(0, 60)}" belongs to no entry (this one has its dates already)`);
      return;
    }
    e.dates.push(line);
    e.section = 'after';
    e.label = undefined;
  }
}

/** Stores a metadata field; a label with no value takes its value from the next line. */
function setMeta(e: Draft, name: string, value: string): void {
  // arXiv writes "MSC Class: 68T05 ACM Class: I.2.6" on one line when a paper has both.
  const both = name === 'msc class' ? /^(.*?)\s+ACM Class:\s*(.+)$/i.exec(value) : null;
  if (both) {
    e.meta.set(name, both[1] as string);
    e.meta.set('acm class', both[2] as string);
  } else if (value) e.meta.set(name, value);
  else e.label = name;
  if (e.section === 'abstract' || e.section === 'authors') e.section = 'after';
}

/** A line with no label: it continues the section being read; `text` is the line without its header. */
function addUnlabelled(e: Draft, n: number, line: string, text: string): void {
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
