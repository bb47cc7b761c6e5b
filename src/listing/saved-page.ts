import { compile, selectAll as cssAll, selectOne as cssOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { pageHeadingDate, subjectCategories } from './copied-lines.js';
import { MAX_DEPTH, parsePage, textOf } from './html-tree.js';
import type { ListingEntry, ListingProblem } from './listing-entry.js';
import { squash } from './text.js';

const META_LABELS = new Map([
  ['comments', 'comments'],
  ['journal ref', 'journal ref'],
  ['journal-ref', 'journal ref'],
  ['doi', 'doi'],
  ['report number', 'report number'],
  ['msc class', 'msc class'],
  ['acm class', 'acm class'],
]);

/** Whether a file's text is an HTML page (saved from the browser) rather than copied text. */
export function isSavedPage(text: string): boolean {
  const start = text.slice(0, 1024).trimStart().toLowerCase();
  return (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    (start.startsWith('<') && text.includes('arxiv-result'))
  );
}

/** A saved page's results, read as {@link readCopiedListing} reads copied ones. */
export interface SavedPage {
  entries: ListingEntry[];
  problems: ListingProblem[];
  description?: string;
}

const isPageHeading = compile<AnyNode, Element>('h1.title');
const selectAll = (query: string, root: AnyNode): Element[] => cssAll<AnyNode, Element>(query, root);

/** The first element each selector finds inside the one before (no descendant combinators: they walk every ancestor of every candidate). */
function first(root: Element, ...queries: string[]): Element | null {
  let found: Element | null = root;
  for (const query of queries) found = found && cssOne<AnyNode, Element>(query, found);
  return found;
}

/** An element's text, without that of elements of its own name inside it: an unclosed `<p>` or `<div>` holds the next one. */
function text(node: Element | null | undefined): string {
  return node ? squash(textOf(node, (e) => e.name === node.name)) : '';
}

/**
 * Reads an arxiv.org search-results page saved from the browser ("Save page as…"): each
 * `li.arxiv-result` with its id, category tags, DOI, title, authors, full abstract (the hidden
 * `span.abstract-full`), dates and metadata; the "Showing 1–50 of N results for …" heading is
 * the listing's description. Entries are placed by the line their element starts on. A page
 * nested too deeply is read up to that point, and the rest is a problem at its line.
 */
export function readSavedPage(html: string): SavedPage {
  const { units, tooDeepAt } = parsePage(html);
  const lineAt = lineNumbers(html);
  const results = units.filter((u) => u.name === 'li');
  const out: SavedPage =
    results.length === 0 && units.some((u) => u.name === 'dt')
      ? readSavedList(units, lineAt)
      : readResults(units, results, lineAt, tooDeepAt === undefined);
  if (tooDeepAt !== undefined)
    out.problems.push({
      line: lineAt(tooDeepAt),
      message: `page too deeply nested (more than ${MAX_DEPTH} elements inside one another); the rest of the page is not read`,
    });
  return out;
}

function readResults(
  units: readonly Element[],
  results: readonly Element[],
  lineAt: (offset: number) => number,
  whole: boolean,
): SavedPage {
  const out: SavedPage = { entries: [], problems: [] };
  const heading = text(units.find(isPageHeading));
  if (heading) out.description = heading;
  if (results.length === 0 && whole)
    out.problems.push({ line: 1, message: 'an HTML page with no arXiv search results (li.arxiv-result) in it' });
  for (const li of results) out.entries.push(entry(li, lineAt(li.startIndex ?? 0)));
  return out;
}

function entry(li: Element, line: number): ListingEntry {
  const idText = text(first(li, 'p.list-title', 'a')).replace(/^arXiv:\s*/i, '');
  const full = first(li, 'span.abstract-full');
  const e: ListingEntry = {
    line,
    categories: selectAll('span.tag', li)
      .filter((t) => getAttributeValue(t, 'data-tooltip') !== undefined)
      .map((t) => text(t)),
    title: text(first(li, 'p.title')),
    authors: authorList(first(li, 'p.authors')),
    abstract: full ? withoutToggle(full) : `${withoutToggle(first(li, 'span.abstract-short'))} ▽ More`,
    dates:
      selectAll('p', li)
        .map((p) => text(p))
        .find((t) => /^Submitted\s/i.test(t)) ?? '',
    meta: new Map(),
  };
  if (idText) e.arxivId = idText.replace(/v\d+$/, '');
  // The abstract's element id carries the version shown: "2409.12959v2-abstract-full".
  const version = /v(\d{1,3})-abstract/.exec(getAttributeValue(full ?? li, 'id') ?? '')?.[1];
  if (version) e.version = Number(version);
  const doi = first(li, 'div.tags.has-addons', 'a');
  if (doi) e.meta.set('doi', text(doi));
  for (const p of selectAll('p.comments', li)) {
    const [label, ...rest] = text(p).split(':');
    const key = META_LABELS.get((label ?? '').trim().toLowerCase());
    if (key) e.meta.set(key, rest.join(':').trim());
  }
  return e;
}

/**
 * The names an author list links, then its "et al. (N additional authors not shown)" if it has
 * one, as a copy of the page reads: "Ada Lovelace, Bo Li, et al. (11 additional authors not shown)".
 */
function authorList(list: Element | null): string {
  if (!list) return '';
  const names = selectAll('a', list)
    .map((a) => text(a))
    .filter((name) => !/additional authors? not shown/i.test(name));
  const etAl = /\bet al\b[\s\S]*/i.exec(textOf(list))?.[0];
  return [...names, ...(etAl ? [squash(etAl)] : [])].join(', ');
}

/**
 * Reads a daily listing page saved from the browser (arxiv.org/list/…/new, /recent, /pastweek):
 * each `dt` (number, id, formats) and its `dd` (title, authors, comments, journal ref, subjects,
 * abstract), dated by the last date heading before it.
 */
function readSavedList(units: readonly Element[], lineAt: (offset: number) => number): SavedPage {
  const out: SavedPage = { entries: [], problems: [] };
  let pageDate: string | undefined;
  let dt: Element | undefined;
  const field = (dd: Element, selector: string) => text(first(dd, selector)).replace(/^[A-Za-z -]{1,20}:\s*/, '');
  for (const node of units) {
    if (node.name === 'dt') {
      dt = node;
      continue;
    }
    if (node.name !== 'dd') {
      const date = pageHeadingDate(text(node));
      if (date) pageDate = date;
      continue;
    }
    if (!dt) continue;
    const abs = selectAll('a', dt).find((a) => (getAttributeValue(a, 'href') ?? '').includes('/abs/'));
    const id = abs ? text(abs).replace(/^arXiv:\s*/i, '') : '';
    const e: ListingEntry = {
      line: lineAt(dt.startIndex ?? 0),
      categories: subjectCategories(field(node, 'div.list-subjects')),
      title: field(node, 'div.list-title'),
      authors: authorList(first(node, 'div.list-authors')),
      abstract: text(first(node, 'p')),
      dates: '',
      meta: new Map(),
      daily: true,
    };
    if (id) e.arxivId = id;
    if (pageDate) e.pageDate = pageDate;
    const comments = field(node, 'div.list-comments');
    if (comments) e.meta.set('comments', comments);
    const journal = field(node, 'div.list-journal-ref');
    if (journal) e.meta.set('journal ref', journal);
    out.entries.push(e);
    dt = undefined;
  }
  return out;
}

/** An abstract element's text without its "▽ More" or "△ Less" link. */
function withoutToggle(node: Element | null): string {
  if (!node) return '';
  return squash(textOf(node, (e) => e.parent === node && e.name === 'a' && /More|Less/.test(textOf(e))));
}

/** The 1-based line of a character offset. */
function lineNumbers(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
