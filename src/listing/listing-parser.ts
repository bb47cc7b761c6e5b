import { parseListingDate, parseListingMonth } from './dates.js';
import { latexToText } from './latex.js';
import { type Paper, normalizeTitle, paperLinks, titleId } from './paper.js';
import { squash } from './text.js';

/** Something wrong in a listing: the 1-based line where the entry starts, and why. */
export interface ListingProblem {
  line: number;
  message: string;
}

/** What a listing yields: the papers that parsed and a problem for every entry that did not. */
export interface ParsedListing {
  papers: Paper[];
  problems: ListingProblem[];
}

const ARXIV_ID_LINE = /^arXiv:\s*((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(v\d+)?\b(.*)$/;
const CATEGORY = /^(?:[a-z]+(?:-[a-z]+)*)(?:\.[A-Za-z-]{2,})?$/;
const ARCHIVES = new Set(['hep-th', 'hep-ph', 'hep-ex', 'hep-lat', 'quant-ph', 'gr-qc', 'nucl-th', 'nucl-ex', 'math-ph', 'astro-ph', 'cond-mat', 'nlin', 'physics', 'stat', 'math', 'cs', 'econ', 'eess', 'q-bio', 'q-fin']);
const ET_AL = /,?\s*et al\.?\s*(?:\((\d[\d,]*)\s+additional authors? not shown\))?\s*$/i;
const SUBMITTED = /^Submitted\s+(\d[^;]*?)\s*;?\s*(?:v1 submitted\s+([^;]+?)\s*;?)?\s*(?:originally announced\s+(.+?)\.?)?\s*$/i;
const ANNOUNCED = /^originally announced\s+(.+?)\.?\s*$/i;
const META = /^(Comments|Journal ref|DOI|Report number|MSC Class|ACM Class):\s*(.*)$/i;

function isCategoryLine(line: string): boolean {
  const tags = line.split(/\s+/).filter(Boolean);
  if (tags.length === 0 || tags.length > 12) return false;
  return (
    tags.every((t) => CATEGORY.test(t)) &&
    tags.some((t) => t.includes('.') || ARCHIVES.has(t))
  );
}

type Section = 'start' | 'title' | 'authors' | 'abstract' | 'meta' | 'done';

interface Line {
  n: number;
  text: string;
}

class EntryBuilder {
  section: Section = 'start';
  arxivId?: string;
  categories: string[] = [];
  title: Line[] = [];
  authorText: string[] = [];
  abstract: string[] = [];
  meta: Record<string, string> = {};
  submittedText?: string;
  v1Text?: string;
  announcedText?: string;
  /** Lines seen after the dates or metadata that may be the title of an entry with no separator. */
  pending: Line[] = [];

  constructor(readonly startLine: number) {}

  get empty(): boolean {
    return this.section === 'start' && this.title.length === 0 && !this.arxivId && this.categories.length === 0;
  }
}

/**
 * Parses the text of an arXiv search-results listing. Never throws: every entry that cannot be
 * read becomes a problem naming its first line, and the other entries still load.
 */
export function parseListing(text: string): ParsedListing {
  const result: ParsedListing = { papers: [], problems: [] };
  for (const _ of parseSteps(text, result)) { /* all at once */ }
  return result;
}

/** Lines parsed between yields of {@link parseListingAsync}. */
const LINES_PER_STEP = 2000;

/** Parses like {@link parseListing}, yielding to the event loop every few thousand lines. */
export async function parseListingAsync(text: string): Promise<ParsedListing> {
  const result: ParsedListing = { papers: [], problems: [] };
  for (const _ of parseSteps(text, result)) await new Promise((resolve) => setImmediate(resolve));
  return result;
}

function* parseSteps(text: string, result: ParsedListing): Generator<void> {
  const { papers, problems } = result;
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let entry: EntryBuilder | null = null;

  const finish = () => {
    if (entry && !entry.empty) {
      const result = build(entry);
      if ('message' in result) problems.push(result);
      else {
        const first = seen.get(result.id);
        if (first !== undefined) {
          problems.push({ line: result.line, message: `duplicate of the entry at line ${first} ("${result.title}"); the first one is kept` });
        } else {
          seen.set(result.id, result.line);
          papers.push(result);
        }
      }
    }
    entry = null;
  };

  const begin = (n: number): EntryBuilder => {
    finish();
    entry = new EntryBuilder(n);
    return entry;
  };

  for (let i = 0; i < lines.length; i++) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const n = i + 1;
    const raw = (lines[i] as string).trimEnd();
    const line = raw.trim();
    if (line === '-' || /^-{3,}$/.test(line)) {
      finish();
      continue;
    }
    if (line === '') continue;
    let e: EntryBuilder = entry ?? begin(n);

    const idMatch = ARXIV_ID_LINE.exec(line);
    if (idMatch) {
      if (e.section !== 'start' || e.arxivId) e = begin(n);
      e.arxivId = idMatch[1] as string;
      continue;
    }
    if ((e.section === 'start') && isCategoryLine(line)) {
      e.categories = line.split(/\s+/);
      continue;
    }
    if (/^Authors:/i.test(line)) {
      if (e.section === 'meta' || e.section === 'done' || e.section === 'abstract') {
        // A second author list: a new entry without a separator. The unrecognized lines just
        // before it are its title.
        const title = e.section === 'abstract' ? [] : e.pending;
        e.pending = [];
        e = begin(title[0]?.n ?? n);
        e.title = title;
      }
      e.section = 'authors';
      const rest = line.slice('Authors:'.length).trim();
      if (rest) e.authorText.push(rest);
      continue;
    }
    if (/^Abstract:/i.test(line) && (e.section === 'authors' || e.section === 'title')) {
      e.section = 'abstract';
      const rest = line.slice('Abstract:'.length).trim();
      if (rest) e.abstract.push(rest);
      continue;
    }
    if (e.section !== 'start' && e.section !== 'title') {
      const sub = SUBMITTED.exec(line);
      if (sub && e.section !== 'authors') {
        e.submittedText = sub[1];
        e.v1Text = sub[2];
        if (sub[3]) e.announcedText = sub[3];
        e.section = sub[3] ? 'done' : 'meta';
        e.pending = [];
        continue;
      }
      const ann = ANNOUNCED.exec(line);
      if (ann && (e.section === 'meta' || e.section === 'done')) {
        e.announcedText = ann[1];
        e.section = 'done';
        e.pending = [];
        continue;
      }
      const meta = META.exec(line);
      if (meta && e.section !== 'authors') {
        e.meta[(meta[1] as string).toLowerCase()] = (meta[2] as string).trim();
        if (e.section === 'abstract') e.section = 'meta';
        continue;
      }
    }
    switch (e.section) {
      case 'start':
      case 'title':
        e.section = 'title';
        e.title.push({ n, text: line });
        break;
      case 'authors':
        e.authorText.push(line);
        break;
      case 'abstract':
        e.abstract.push(line);
        break;
      case 'meta':
      case 'done':
        if (e.section === 'done' && e.submittedText && e.announcedText && e.pending.length === 0) {
          // A complete entry followed by more text: a new entry without a separator line.
          e = begin(n);
          e.section = 'title';
          e.title.push({ n, text: line });
        } else {
          e.pending.push({ n, text: line });
        }
        break;
    }
  }
  finish();
}

function parseAuthors(lines: string[]): { authors: string[]; hidden: number } {
  let text = lines.join(' ');
  let hidden = 0;
  const etAl = ET_AL.exec(text);
  if (etAl) {
    hidden = etAl[1] ? Number((etAl[1] as string).replace(/,/g, '')) : 0;
    text = text.slice(0, etAl.index);
  }
  const authors = text.split(/,|;|\band\b(?=\s+\S)/).map((a) => squash(a)).filter((a) => a.length > 0);
  return { authors, hidden };
}

function parseAbstract(lines: string[]): string {
  const more = lines.findIndex((l) => l.includes('▽ More'));
  if (more < 0) return lines.join('\n');
  // The teaser (ending in "…") comes before "▽ More"; the full text sits between it and "△ Less".
  const afterMore = (lines[more] as string).split('▽ More')[1]?.trim() ?? '';
  const full: string[] = afterMore ? [afterMore] : [];
  for (let i = more + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    const less = l.indexOf('△ Less');
    if (less >= 0) {
      const before = l.slice(0, less).trim();
      if (before) full.push(before);
      break;
    }
    full.push(l);
  }
  return full.join('\n');
}

function build(e: EntryBuilder): Paper | ListingProblem {
  const line = e.title[0]?.n ?? e.startLine;
  const fail = (message: string): ListingProblem => ({ line: e.startLine, message });
  const title = squash(e.title.map((l) => l.text).join(' '));
  const label = title ? ` ("${title.length > 60 ? title.slice(0, 57) + '...' : title}")` : '';
  if (!title) return fail('entry has no title line before "Authors:"');
  if (e.section === 'title') return fail(`entry${label} has no "Authors:" line`);
  const { authors, hidden } = parseAuthors(e.authorText);
  if (authors.length === 0) return fail(`entry${label} lists no authors after "Authors:"`);
  if (e.section === 'authors') return fail(`entry${label} has no "Abstract:" line`);
  const abstractRaw = parseAbstract(e.abstract).trim();
  if (!abstractRaw) return fail(`entry${label} has an empty abstract`);
  if (!e.submittedText) return fail(`entry${label} has no "Submitted <day> <Month>, <year>" line`);
  const updated = parseListingDate(e.submittedText);
  if (!updated) return fail(`entry${label} has an unreadable Submitted date "${e.submittedText}"`);
  let submitted = updated;
  if (e.v1Text) {
    const v1 = parseListingDate(e.v1Text);
    if (!v1) return fail(`entry${label} has an unreadable v1 submitted date "${e.v1Text}"`);
    submitted = v1;
  }
  if (!e.announcedText) return fail(`entry${label} has no "originally announced <Month> <year>" line`);
  const announced = parseListingMonth(e.announcedText);
  if (!announced) return fail(`entry${label} has an unreadable announced month "${e.announcedText}"`);
  if (e.pending.length > 0) {
    const first = e.pending[0] as Line;
    return fail(`entry${label} has unexpected text at line ${first.n}: "${first.text.slice(0, 60)}"`);
  }
  if (submitted > updated) return fail(`entry${label} has its v1 date ${submitted} after its latest date ${updated}`);

  const converted = latexToText(abstractRaw, title);
  // Most abstracts have no LaTeX: then both fields share one string, halving their memory.
  const abstract = converted.text === abstractRaw ? abstractRaw : converted.text;
  const urls = converted.urls;
  const paper: Paper = {
    id: e.arxivId ?? titleId(title),
    title,
    authors,
    hiddenAuthorCount: hidden,
    abstract,
    abstractRaw,
    submitted,
    updated,
    announced,
    categories: e.categories,
    links: paperLinks(title, e.arxivId),
    urls,
    line,
  };
  if (e.arxivId) paper.arxivId = e.arxivId;
  if (e.meta['comments']) paper.comments = e.meta['comments'];
  if (e.meta['journal ref']) paper.journalRef = e.meta['journal ref'];
  if (e.meta['doi']) paper.doi = e.meta['doi'];
  if (normalizeTitle(title) === '') return fail(`entry${label} has a title with no words`);
  return paper;
}
