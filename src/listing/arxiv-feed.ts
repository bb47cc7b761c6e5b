import { Parser } from 'htmlparser2';
import { type ListingEntry, type ListingProblem, toPaper } from './listing-entry.js';
import type { Paper } from './paper.js';
import { squash } from './text.js';

/** One page of an arXiv API answer (an Atom feed), read into papers. */
export interface ArxivPage {
  /** opensearch:totalResults: how many papers match the query in all. */
  total: number;
  /** opensearch:startIndex: the 0-based position of this page's first entry. */
  start: number;
  /** How many entries the page holds, read or not. */
  entries: number;
  papers: Paper[];
  /** Entries that could not be read, and links dropped; `line` is the entry's 1-based position in the page. */
  problems: ListingProblem[];
  /** The message of an error feed (an entry titled "Error"): the API rejected the request. */
  error?: string;
}

/** A feed that is not an arXiv API answer at all (an HTML error page, a cut-off body). */
export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

/** A feed holding more entries than were asked for: reading stops there. */
export class FeedLimitError extends Error {
  constructor(readonly maxEntries: number) {
    super(`holds more than the ${maxEntries} entries asked for`);
    this.name = 'FeedLimitError';
  }
}

/** "http://arxiv.org/abs/2409.12959v2" gives 2409.12959 and 2; old ids like hep-th/9901001v1 too. */
export function readEntryId(id: string): { arxivId: string; version?: number } | undefined {
  const at = id.indexOf('/abs/');
  if (at < 0) return undefined;
  const rest = id.slice(at + 5);
  const match = /^(.+?)(?:v(\d+))?$/.exec(rest);
  if (!match?.[1]) return undefined;
  return match[2] ? { arxivId: match[1], version: Number(match[2]) } : { arxivId: match[1] };
}

/** The elements of an entry read as text, by local name. */
const TEXT_FIELDS = new Set(['id', 'published', 'updated', 'title', 'summary', 'comment', 'journal_ref', 'doi']);
/** The longest text kept of one element: arXiv allows 1,920 characters in an abstract. */
const MAX_FIELD_CHARS = 100_000;
// Bounds far above any real feed, so that what a page holds, not the bytes it spends on it,
// decides the memory read: Atom nests four deep (feed, entry, author, name) with a few attributes
// an element; papers have under 20 categories and under 6,000 authors.
const MAX_DEPTH = 32;
const MAX_ATTRIBUTES = 64;
const MAX_CATEGORIES = 200;
const MAX_AUTHORS = 50_000;

/** An entry's elements as the feed wrote them, before they are checked. */
interface RawEntry {
  text: Map<string, string>;
  authors: string[];
  primary?: string;
  categories: Set<string>;
  /** The first link of each kind: the abstract page (rel="alternate") and the PDF (title="pdf"). */
  abs?: string;
  pdf?: string;
  /** Why the entry cannot be read whatever its fields say. */
  bad?: string;
}

/** The element whose text is being collected, and the path depth of its direct text. */
interface Capture {
  name: string;
  depth: number;
  text: string;
}

const local = (name: string) => name.slice(name.lastIndexOf(':') + 1);

function localAttributes(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) out[local(name)] = value;
  return out;
}

function readCount(text: string): number | undefined {
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/**
 * Reads an arXiv API answer as it arrives, chunk by chunk (htmlparser2 in XML mode), keeping only
 * the entries read so far: memory follows the papers, not the size of the answer. Elements are
 * known by their local name, whether the namespace prefixes are declared on the feed or on each
 * element. Throws FeedLimitError past `maxEntries` entries and FeedFormatError on markup nested
 * deeper than any feed.
 */
export class FeedReader {
  private readonly parser: Parser;
  private readonly path: string[] = [];
  private readonly counts = new Map<string, { value?: number; first: string }>();
  private readonly page: ArxivPage = { total: 0, start: 0, entries: 0, papers: [], problems: [] };
  private entry: RawEntry | undefined;
  private author: { name?: string } | undefined;
  private capture: Capture | undefined;
  private attributes = 0;
  private sawFeed = false;
  private closedFeed = false;

  constructor(private readonly maxEntries = 2000) {
    this.parser = new Parser(
      {
        onopentagname: () => {
          this.attributes = 0;
        },
        onattribute: () => {
          this.attributes += 1;
          if (this.attributes > MAX_ATTRIBUTES)
            throw new FeedFormatError(`an element of the answer has more than ${MAX_ATTRIBUTES} attributes`);
        },
        onopentag: (name, attribs) => this.open(local(name), attribs),
        onclosetag: (name, implied) => this.close(local(name), implied),
        ontext: (text) => this.text(text),
      },
      { xmlMode: true },
    );
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** The page read; throws FeedFormatError when the text was no complete feed of results. */
  end(): ArxivPage {
    this.parser.end();
    if (!this.sawFeed) throw new FeedFormatError('the answer is not an Atom feed (no <feed> element)');
    if (!this.closedFeed) throw new FeedFormatError('the answer ends before </feed> (cut off?)');
    const { error } = this.page;
    if (error !== undefined) return { total: 0, start: 0, entries: 0, papers: [], problems: [], error };
    this.page.total = this.count('totalResults', true) ?? 0;
    this.page.start = this.count('startIndex', false) ?? 0;
    return this.page;
  }

  /** The first valid of a feed's counts (elements written twice are read as XPath reads one). */
  private count(name: string, required: boolean): number | undefined {
    const found = this.counts.get(name);
    if (!found) {
      if (required) throw new FeedFormatError(`the feed has no opensearch:${name}`);
      return undefined;
    }
    if (found.value === undefined)
      throw new FeedFormatError(`the feed's opensearch:${name} is not a count (got "${found.first.slice(0, 40)}")`);
    return found.value;
  }

  private open(name: string, attribs: Record<string, string>): void {
    this.path.push(name);
    const depth = this.path.length;
    if (depth > MAX_DEPTH) throw new FeedFormatError(`the answer nests elements more than ${MAX_DEPTH} deep`);
    if (this.path[0] !== 'feed') return;
    if (depth === 1) this.sawFeed = true;
    else if (depth === 2 && name === 'entry') this.startEntry();
    else if (depth === 2 && (name === 'totalResults' || name === 'startIndex')) this.startCapture(name);
    else if (this.entry && depth === 3) this.openInEntry(this.entry, name, localAttributes(attribs));
    else if (this.entry && depth === 4 && name === 'name' && this.path[2] === 'author') this.startCapture(name);
  }

  private startEntry(): void {
    this.page.entries += 1;
    if (this.page.entries > this.maxEntries) throw new FeedLimitError(this.maxEntries);
    this.entry = { text: new Map(), authors: [], categories: new Set() };
  }

  private openInEntry(entry: RawEntry, name: string, attribs: Record<string, string>): void {
    if (TEXT_FIELDS.has(name) && !entry.text.has(name)) this.startCapture(name);
    else if (name === 'author') this.author = {};
    else if (name === 'primary_category') entry.primary ??= attribs['term'];
    else if (name === 'category' && attribs['term']) entry.categories.add(attribs['term']);
    else if (name === 'link' && attribs['href']) {
      if (attribs['rel'] === 'alternate') entry.abs ??= attribs['href'];
      else if (attribs['title'] === 'pdf') entry.pdf ??= attribs['href'];
    }
    if (entry.categories.size > MAX_CATEGORIES) {
      entry.bad ??= `lists more than ${MAX_CATEGORIES} categories`;
      entry.categories.clear();
    }
  }

  private startCapture(name: string): void {
    this.capture = { name, depth: this.path.length, text: '' };
  }

  private text(text: string): void {
    const capture = this.capture;
    if (!capture || capture.depth !== this.path.length) return;
    if (capture.text.length + text.length <= MAX_FIELD_CHARS) capture.text += text;
    else if (this.entry) this.entry.bad ??= `its <${capture.name}> is longer than ${MAX_FIELD_CHARS} characters`;
  }

  private close(name: string, implied: boolean): void {
    const depth = this.path.length;
    this.path.pop();
    if (depth === 1 && name === 'feed' && !implied) this.closedFeed = true;
    const capture = this.capture;
    if (capture?.depth === depth) {
      this.capture = undefined;
      this.store(capture.name, capture.text.trim());
    }
    if (depth === 3 && name === 'author' && this.entry && this.author) {
      if (this.entry.authors.length < MAX_AUTHORS) this.entry.authors.push(this.author.name ?? '');
      else this.entry.bad ??= `lists more than ${MAX_AUTHORS} authors`;
      this.author = undefined;
    }
    if (depth === 2 && name === 'entry' && this.entry) {
      this.finishEntry(this.entry);
      this.entry = undefined;
    }
  }

  private store(name: string, text: string): void {
    if (name === 'totalResults' || name === 'startIndex') {
      const found = this.counts.get(name);
      if (!found) this.counts.set(name, { value: readCount(text), first: text });
      else found.value ??= readCount(text);
    } else if (name === 'name') {
      if (this.author) this.author.name ??= text;
    } else this.entry?.text.set(name, text);
  }

  private finishEntry(raw: RawEntry): void {
    const position = this.page.entries;
    const text = (name: string) => raw.text.get(name) ?? '';
    if (text('title') === 'Error' && text('id').includes('/api/errors')) {
      this.page.error = squash(text('summary')) || 'unknown error';
      return;
    }
    const entry = entryOf(raw, position);
    for (const result of 'message' in entry ? [entry] : toPaper(entry)) {
      if ('message' in result) this.page.problems.push(result);
      else this.page.papers.push(result);
    }
  }
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T/;

/** The API's links over https, as arxiv.org serves them. */
function secure(url: string): string {
  return url.replace(/^http:\/\/arxiv\.org\//, 'https://arxiv.org/');
}

function entryOf(raw: RawEntry, position: number): ListingEntry | ListingProblem {
  const text = (name: string) => raw.text.get(name) ?? '';
  const ids = readEntryId(text('id'));
  if (!ids) return { line: position, message: `entry has no arXiv abstract id (got "${text('id').slice(0, 80)}")` };
  const fail = (message: string): ListingProblem => ({ line: position, message: `entry ${ids.arxivId}: ${message}` });
  if (raw.bad) return fail(raw.bad);
  const published = ISO_TIME.exec(text('published'))?.[1];
  const updated = ISO_TIME.exec(text('updated'))?.[1] ?? published;
  if (!published || !updated) return fail(`has no readable "published" date (got "${text('published').slice(0, 40)}")`);
  const categories = [...new Set([raw.primary ?? '', ...raw.categories].filter(Boolean))];
  const links: { abs?: string; pdf?: string } = {};
  if (raw.abs) links.abs = secure(raw.abs);
  if (raw.pdf) links.pdf = secure(raw.pdf);
  const meta = new Map<string, string>();
  for (const [field, key] of [
    ['comment', 'comments'],
    ['journal_ref', 'journal ref'],
    ['doi', 'doi'],
  ] as const) {
    const value = squash(text(field));
    if (value) meta.set(key, value);
  }
  return {
    line: position,
    arxivId: ids.arxivId,
    ...(ids.version ? { version: ids.version } : {}),
    categories,
    title: squash(text('title')),
    authors: raw.authors,
    abstract: squash(text('summary')),
    // arXiv announces a paper once, shortly after its first version: the month of v1.
    dates: { first: published, latest: updated, announced: published.slice(0, 7) },
    meta,
    links,
  };
}

/** Reads a whole answer at once, held already (so by default with no bound on entries); see {@link FeedReader}. */
export function parseArxivFeed(xml: string, maxEntries = Infinity): ArxivPage {
  const reader = new FeedReader(maxEntries);
  reader.write(xml);
  return reader.end();
}
