import { parseListingDate, parseListingMonth } from './dates.js';
import { latexToText } from './latex.js';
import { type Paper, isWebLink, normalizeTitle, paperLinks, titleId } from './paper.js';
import { own, squash } from './text.js';

/** Something wrong in a listing: where the entry starts (a line, or an element's position in a page), and why. */
export interface ListingProblem {
  line: number;
  message: string;
  /** The file, when a listing is read from several. */
  file?: string;
}

/** An entry's fields as a reader found them, before they are checked and turned into a Paper. */
export interface ListingEntry {
  /** Where the entry starts: a 1-based line, or an element's position in a page. */
  line: number;
  arxivId?: string;
  version?: number;
  /** Category tags, the primary one first. */
  categories: string[];
  title: string;
  /** The author list as text (names separated by commas, maybe "et al. (N additional authors not shown)"), or the names one by one. */
  authors: string | string[];
  /** The abstract's text, which may still hold a teaser and the "▽ More" / "△ Less" toggles. */
  abstract: string;
  /** "Submitted …; v1 submitted …; originally announced …" as the listing writes it, or the dates already read. */
  dates: string | ReadDates;
  /** Metadata by lower-case label: comments, journal ref, doi, report number, msc class, acm class. */
  meta: Map<string, string>;
  /** The date to use when the entry carries none (a daily listing's heading), ISO day. */
  pageDate?: string;
  /** From a daily listing, whose "titles only" pages show no abstracts. */
  daily?: boolean;
  /** Links the source gives (the arXiv API's abs and PDF links); else they are made from the id. */
  links?: { abs?: string; pdf?: string };
}

const MORE = '▽ More';
const LESS = '△ Less';
const ELLIPSIS = /(?:…|\.\.\.)$/;

/**
 * The abstract of a search page in any state it was copied in: a teaser ending in "… ▽ More"
 * (default view), the full text ending in "△ Less" (expanded), or both (teaser, More, full
 * text, Less). The toggles never stay in the text.
 */
export function readAbstract(text: string): { text: string; complete: boolean } {
  const more = text.indexOf(MORE);
  const less = text.indexOf(LESS);
  if (more >= 0 && less > more) {
    const full = text.slice(more + MORE.length, less).trim();
    if (full) return { text: full, complete: true };
  }
  if (less >= 0 && (more < 0 || less < more)) return { text: text.slice(0, less).trim(), complete: true };
  if (more >= 0) {
    const after = text.slice(more + MORE.length).trim();
    if (after) return { text: after.replaceAll(LESS, '').trim(), complete: true };
    return { text: text.slice(0, more).trim().replace(ELLIPSIS, '').trim(), complete: false };
  }
  return { text: text.trim(), complete: true };
}

/** The listed authors and how many more "et al." hides. */
export function readAuthors(text: string): { authors: string[]; hidden: number } {
  let list = text;
  let hidden = 0;
  const etAl = /\bet al\b\.?\s{0,8}(?:\((\d[\d,]{0,12})\s{1,8}additional authors? not shown\))?/i.exec(list);
  if (etAl) {
    if (etAl[1]) hidden = Number(etAl[1].replace(/,/g, ''));
    list = list.slice(0, etAl.index);
  }
  const authors = list
    .split(/[,;]|\band\s/)
    .map((a) => squash(a))
    .filter((a) => a.length > 0);
  return { authors, hidden };
}

type DateField = 'latest' | 'first' | 'announced';

/** An entry's dates as ISO days and month, or what made them unreadable. */
export interface ReadDates {
  latest?: string;
  first?: string;
  announced?: string;
  bad?: string;
}

/** The three dates of "Submitted 14 Jan, 2026; v1 submitted 13 Nov, 2025; originally announced November 2025." */
export function readDates(text: string): ReadDates {
  const out: ReadDates = {};
  const names: Record<DateField, string> = {
    latest: 'Submitted date',
    first: 'v1 submitted date',
    announced: 'announced month',
  };
  for (const part of text.split(';')) {
    const piece = part.trim().replace(/\.$/, '');
    if (!piece) continue;
    const lower = piece.toLowerCase();
    const [field, rest]: [DateField, string] | [undefined, string] = lower.startsWith('v1 submitted')
      ? ['first', piece.slice(12)]
      : lower.startsWith('submitted')
        ? ['latest', piece.slice(9)]
        : lower.startsWith('originally announced')
          ? ['announced', piece.slice(20)]
          : [undefined, piece];
    const value = field === 'announced' ? parseListingMonth(rest) : field ? parseListingDate(rest) : null;
    if (field && value) out[field] = value;
    else out.bad ??= field ? `unreadable ${names[field]} ${quoted(rest.trim())}` : `unreadable date ${quoted(piece)}`;
  }
  return out;
}

function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

/**
 * Checks an entry and makes it a Paper, followed by a problem for each link it drops (only
 * http(s) links are kept); or, when the entry cannot be read, a single problem saying why.
 */
export function toPaper(e: ListingEntry): [Paper, ...ListingProblem[]] | [ListingProblem] {
  const result = readEntry(e);
  if ('message' in result) return [result];
  const dropped: ListingProblem[] = [];
  const keep = (url: string) => {
    if (isWebLink(url)) return true;
    dropped.push({
      line: e.line,
      message: `entry (${quoted(result.title)}) links to ${quoted(url)}, which is not an http(s) address; the link is dropped`,
    });
    return false;
  };
  // A link the source gives replaces the one made from the id only when it is fit to show.
  for (const key of ['abs', 'pdf'] as const) {
    const given = e.links?.[key];
    if (given !== undefined && keep(given)) result.links[key] = given;
  }
  result.urls = result.urls.filter(keep);
  return [result, ...dropped];
}

function readEntry(e: ListingEntry): Paper | ListingProblem {
  const fail = (message: string): ListingProblem => ({ line: e.line, message });
  const title = squash(e.title);
  const label = title ? ` (${quoted(title)})` : '';
  if (!title || normalizeTitle(title) === '') return fail('entry has no title before its "Authors:" line');
  const { authors, hidden } =
    typeof e.authors === 'string'
      ? readAuthors(e.authors)
      : { authors: e.authors.map(squash).filter(Boolean), hidden: 0 };
  if (authors.length === 0) return fail(`entry${label} lists no authors`);
  const { text: abstractRaw, complete } = readAbstract(e.abstract);
  if (!abstractRaw && !e.daily) return fail(`entry${label} has an empty abstract`);
  const dates = typeof e.dates === 'string' ? readDates(e.dates) : e.dates;
  if (dates.bad) return fail(`entry${label} has an ${dates.bad}`);
  const updated = dates.latest ?? e.pageDate;
  if (!updated) return fail(`entry${label} has no "Submitted <day> <Month>, <year>" date`);
  const submitted = dates.first ?? updated;
  if (submitted > updated) return fail(`entry${label} has its v1 date ${submitted} after its latest date ${updated}`);
  const announced = dates.announced ?? (dates.latest ? undefined : e.pageDate?.slice(0, 7));
  if (!announced) return fail(`entry${label} has no "originally announced <Month> <year>" date`);

  const converted = latexToText(abstractRaw, title);
  const raw = own(abstractRaw);
  const paper: Paper = {
    id: e.arxivId ?? titleId(title),
    title: own(title),
    authors: authors.map(own),
    hiddenAuthorCount: hidden,
    // Most abstracts have no LaTeX: then both fields share one string.
    abstract: converted.text === abstractRaw ? raw : own(converted.text),
    abstractRaw: raw,
    abstractComplete: complete && abstractRaw !== '',
    submitted,
    updated,
    announced,
    categories: e.categories,
    links: paperLinks(title, e.arxivId),
    urls: converted.urls,
    line: e.line,
  };
  if (e.arxivId) paper.arxivId = e.arxivId;
  if (e.version) paper.version = e.version;
  // A "v1 submitted" clause says there is a later version, even one of the same day; a feed's
  // first and latest dates are always both there.
  const v1Clause = typeof e.dates === 'string' && dates.first !== undefined;
  if (v1Clause || (e.version ?? 1) > 1) paper.revised = true;
  const fields = [
    ['comments', 'comments'],
    ['journal ref', 'journalRef'],
    ['doi', 'doi'],
    ['report number', 'reportNumber'],
    ['msc class', 'mscClass'],
    ['acm class', 'acmClass'],
  ] as const;
  for (const [key, field] of fields) {
    const value = squash(e.meta.get(key) ?? '');
    if (value) paper[field] = value;
  }
  return paper;
}
