import { XMLParser } from 'fast-xml-parser';
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

// Element names without their namespace prefix (arxiv:, opensearch:), as the API writes them
// either with prefixes declared on the feed or with xmlns on each element.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'entry' || name === 'author' || name === 'category' || name === 'link',
});

type Node = Record<string, unknown>;

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']);
  return '';
}

function nodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
}

function count(value: unknown, name: string): number {
  const n = Number(text(value));
  if (!Number.isInteger(n) || n < 0)
    throw new FeedFormatError(`the feed's ${name} is not a count (got "${text(value)}")`);
  return n;
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

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T/;

/** The API's links over https, as arxiv.org serves them. */
function secure(url: string): string {
  return url.replace(/^http:\/\/arxiv\.org\//, 'https://arxiv.org/');
}

function entryOf(node: Node, position: number): ListingEntry | ListingProblem {
  const id = text(node['id']);
  const ids = readEntryId(id);
  if (!ids) return { line: position, message: `entry has no arXiv abstract id (got "${id.slice(0, 80)}")` };
  const fail = (message: string): ListingProblem => ({ line: position, message: `entry ${ids.arxivId}: ${message}` });
  const published = ISO_TIME.exec(text(node['published']))?.[1];
  const updated = ISO_TIME.exec(text(node['updated']))?.[1] ?? published;
  if (!published || !updated)
    return fail(`has no readable "published" date (got "${text(node['published']).slice(0, 40)}")`);
  const primary = text((node['primary_category'] as Node | undefined)?.['@term']);
  const categories = [...new Set([primary, ...nodes(node['category']).map((c) => text(c['@term']))].filter(Boolean))];
  const links: { abs?: string; pdf?: string } = {};
  for (const link of nodes(node['link'])) {
    const href = text(link['@href']);
    if (!href) continue;
    if (link['@rel'] === 'alternate') links.abs = secure(href);
    else if (link['@title'] === 'pdf') links.pdf = secure(href);
  }
  const meta = new Map<string, string>();
  for (const [field, key] of [
    ['comment', 'comments'],
    ['journal_ref', 'journal ref'],
    ['doi', 'doi'],
  ] as const) {
    const value = squash(text(node[field]));
    if (value) meta.set(key, value);
  }
  return {
    line: position,
    arxivId: ids.arxivId,
    ...(ids.version ? { version: ids.version } : {}),
    categories,
    title: squash(text(node['title'])),
    authors: nodes(node['author']).map((a) => text(a['name'])),
    abstract: squash(text(node['summary'])),
    // arXiv announces a paper once, shortly after its first version: the month of v1.
    dates: { first: published, latest: updated, announced: published.slice(0, 7) },
    meta,
    links,
  };
}

/**
 * Reads one page of the arXiv API's Atom feed with fast-xml-parser: the opensearch counts and
 * each entry as a Paper (LaTeX turned into text as in listings). Entries that cannot be read are
 * problems; an error feed gives `error`. Throws FeedFormatError when the text is no such feed.
 */
export function parseArxivFeed(xml: string): ArxivPage {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new FeedFormatError(`the answer is not XML (${(err as Error).message.split('\n')[0]})`);
  }
  const feed = doc['feed'] as Node | undefined;
  if (!feed || typeof feed !== 'object')
    throw new FeedFormatError('the answer is not an Atom feed (no <feed> element)');
  const entries = nodes(feed['entry']);
  const failed = entries.find((e) => text(e['title']) === 'Error' && text(e['id']).includes('/api/errors'));
  if (failed)
    return {
      total: 0,
      start: 0,
      entries: 0,
      papers: [],
      problems: [],
      error: squash(text(failed['summary'])) || 'unknown error',
    };
  const page: ArxivPage = {
    total: count(feed['totalResults'], 'opensearch:totalResults'),
    start: feed['startIndex'] === undefined ? 0 : count(feed['startIndex'], 'opensearch:startIndex'),
    entries: entries.length,
    papers: [],
    problems: [],
  };
  entries.forEach((node, i) => {
    const entry = entryOf(node, i + 1);
    for (const result of 'message' in entry ? [entry] : toPaper(entry)) {
      if ('message' in result) page.problems.push(result);
      else page.papers.push(result);
    }
  });
  return page;
}
