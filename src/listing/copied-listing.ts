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
        // arXiv writes "MSC Class: 68T05 ACM Class: I.2.6" on one line when a paper has both.
        const both = name === 'msc class' ? /^(.*?)\s+ACM Class:\s*(.+)$/i.exec(value) : null;
        if (both) {
          e.meta.set(name, both[1] as string);
          e.meta.set('acm class', both[2] as string);
        } else if (value) e.meta.set(name, value);
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
