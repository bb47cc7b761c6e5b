import { selectAll as cssAll, selectOne as cssOne } from 'css-select';
import { type AnyNode, type Element, isTag } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { pageHeadingDate, subjectCategories } from './copied-listing.js';
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

const selectAll = (query: string, root: AnyNode): Element[] => cssAll<AnyNode, Element>(query, root);
const selectOne = (query: string, root: AnyNode): Element | null => cssOne<AnyNode, Element>(query, root);
const text = (node: AnyNode | null | undefined) => (node ? squash(textContent(node)) : '');

/**
 * Reads an arxiv.org search-results page saved from the browser ("Save page as…"): each
 * `li.arxiv-result` with its id, category tags, DOI, title, authors, full abstract (the hidden
 * `span.abstract-full`), dates and metadata; the "Showing 1–50 of N results for …" heading is
 * the listing's description. Entries are placed by the line their element starts on.
 */
export function readSavedPage(html: string): SavedPage {
  const doc = parseDocument(html, { withStartIndices: true });
  const lineAt = lineNumbers(html);
  if (!selectOne('li.arxiv-result', doc) && selectOne('dl dt', doc)) return readSavedList(doc, lineAt);
  const out: SavedPage = { entries: [], problems: [] };
  const heading = text(selectOne('h1.title', doc));
  if (heading) out.description = heading;
  const results = selectAll('li.arxiv-result', doc);
  if (results.length === 0)
    out.problems.push({ line: 1, message: 'an HTML page with no arXiv search results (li.arxiv-result) in it' });
  for (const li of results) out.entries.push(entry(li, lineAt(li.startIndex ?? 0)));
  return out;
}

function entry(li: Element, line: number): ListingEntry {
  const idText = text(selectOne('p.list-title a', li)).replace(/^arXiv:\s*/i, '');
  const full = selectOne('span.abstract-full', li);
  const e: ListingEntry = {
    line,
    categories: selectAll('span.tag', li)
      .filter((t) => getAttributeValue(t, 'data-tooltip') !== undefined)
      .map((t) => text(t)),
    title: text(selectOne('p.title', li)),
    authors: selectAll('p.authors a', li)
      .map((a) => text(a))
      .join(', '),
    abstract: full ? withoutToggle(full) : `${withoutToggle(selectOne('span.abstract-short', li))} ▽ More`,
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
  const doi = selectOne('div.tags.has-addons a', li);
  if (doi) e.meta.set('doi', text(doi));
  for (const p of selectAll('p.comments', li)) {
    const [label, ...rest] = text(p).split(':');
    const key = META_LABELS.get((label ?? '').trim().toLowerCase());
    if (key) e.meta.set(key, rest.join(':').trim());
  }
  return e;
}

/**
 * Reads a daily listing page saved from the browser (arxiv.org/list/…/new, /recent, /pastweek):
 * each `dt` (number, id, formats) and its `dd` (title, authors, comments, journal ref, subjects,
 * abstract), dated by the last date heading before it.
 */
function readSavedList(doc: AnyNode, lineAt: (offset: number) => number): SavedPage {
  const out: SavedPage = { entries: [], problems: [] };
  let pageDate: string | undefined;
  let dt: Element | undefined;
  const field = (dd: Element, selector: string) => text(selectOne(selector, dd)).replace(/^[A-Za-z -]{1,20}:\s*/, '');
  for (const node of selectAll('h1, h2, h3, h4, dt, dd', doc)) {
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
      authors: selectAll('div.list-authors a', node)
        .map((a) => text(a))
        .join(', '),
      abstract: text(selectOne('p', node)),
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
  return squash(
    node.children
      .filter((c) => !(isTag(c) && c.name === 'a' && /More|Less/.test(textContent(c))))
      .map((c) => textContent(c))
      .join(''),
  );
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
