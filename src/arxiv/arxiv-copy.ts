import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { ArxivClient } from './arxiv-client.js';
import { type Paper, PaperSchema, compareNewest } from '../listing/paper.js';

/** The papers of one arXiv query as last fetched, kept in the data folder between runs. */
export interface ArxivCopy {
  query: string;
  /** When the last successful refresh ended: the "listing as of" of these papers. */
  fetchedAt: string;
  /** How many papers arXiv said match the query, at that refresh. */
  total: number;
  /** Newest first. */
  papers: Paper[];
}

// Papers are checked one by one (checkPaper), so one bad paper never costs the others.
const CopySchema = z.object({
  format: z.literal(1),
  query: z.string(),
  fetchedAt: z.iso.datetime(),
  total: z.number().int().nonnegative(),
  papers: z.array(z.unknown()),
});

/** What one refresh did: the fields `arxivist fetch --json` prints. */
export interface RefreshSummary {
  query: string;
  total: number;
  fetched: number;
  new: number;
  updated: number;
  unchanged: number;
  requests: number;
  listingAsOf: string;
  /** Entries skipped and links dropped, each naming its result ("result 3: entry 2611.00003: …"). */
  problems: string[];
}

/** A paper as the schema wants it, or why not (the first issue, located). */
function checkPaper(data: unknown): { paper: Paper } | { why: string } {
  const parsed = PaperSchema.safeParse(data);
  if (parsed.success) return { paper: parsed.data };
  const issue = parsed.error.issues[0];
  return { why: `${issue?.path.join('.') || 'paper'}: ${issue?.message}` };
}

/** Where the copy of a query lives: one file per query under `<data folder>/arxiv/`. */
export function copyFile(dataDir: string, query: string): string {
  const slug =
    query
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.join('-')
      .slice(0, 40) ?? 'query';
  const hash = createHash('sha1').update(query).digest('hex').slice(0, 10);
  return join(dataDir, 'arxiv', `${slug}-${hash}.json`);
}

/**
 * Reads a saved copy: none when there is no file yet; a problem when the file cannot be used;
 * papers that are not valid are skipped, each named in `skipped`.
 */
export async function readCopy(
  file: string,
  query: string,
): Promise<{ copy?: ArxivCopy; problem?: string; skipped?: string[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: `cannot read ${file} (${(err as Error).message})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: `${file} is not JSON (a cut-off write?)` };
  }
  const parsed = CopySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      problem: `${file} is not a saved arXiv copy (${issue?.path.join('.') || 'top level'}: ${issue?.message})`,
    };
  }
  if (parsed.data.query !== query) return { problem: `${file} holds the query "${parsed.data.query}", not "${query}"` };
  const { query: q, fetchedAt, total } = parsed.data;
  const papers: Paper[] = [];
  const skipped: string[] = [];
  parsed.data.papers.forEach((data, i) => {
    const checked = checkPaper(data);
    if ('paper' in checked) papers.push(checked.paper);
    else {
      const id = (data as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' ? ` (${id.slice(0, 60)})` : '';
      skipped.push(`paper ${i + 1}${name} is unreadable (${checked.why}); skipped`);
    }
  });
  return { copy: { query: q, fetchedAt, total, papers }, ...(skipped.length ? { skipped } : {}) };
}

/** Saves a copy whole: written aside and renamed, so a reader never sees half of it. */
export async function writeCopy(file: string, copy: ArxivCopy): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify({ format: 1, ...copy })}\n`);
}

/** How a refresh pages through a query. */
/** How far a fetch has come, after each page. */
export interface FetchProgress {
  query: string;
  /** Results read so far. */
  fetched: number;
  /** Results arXiv has for the query. */
  total: number;
  /** Results this fetch will read at most: the total, or the cap. */
  target: number;
  /** Requests sent so far, retries included. */
  requests: number;
}

/** Results asked for in one request (arXiv allows 2,000; a page of 200 is about 0.5 MB). */
export const FETCH_PAGE_SIZE = 200;

export interface RefreshOptions {
  /** Most papers to fetch and keep (ARXIVIST_ARXIV_MAX). */
  max: number;
  /** Told after each page. */
  onPage?: (progress: FetchProgress) => void;
  /** Results a request (at most 200). */
  pageSize?: number;
  now?: () => Date;
}

/**
 * Fetches a query's newest papers and merges them into the saved copy: pages of up to 200,
 * newest submission first, up to `max`, stopping as soon as a whole page holds only papers the
 * copy already has at the same version. A paper seen again at a new version replaces the old one
 * in place. Throws what the client throws; the copy given is never changed.
 */
export async function refreshCopy(
  client: ArxivClient,
  query: string,
  saved: ArxivCopy | undefined,
  options: RefreshOptions,
): Promise<{ copy: ArxivCopy; summary: RefreshSummary; added: Paper[] }> {
  const pageSize = Math.min(options.pageSize ?? FETCH_PAGE_SIZE, FETCH_PAGE_SIZE);
  const known = new Map((saved?.papers ?? []).map((p) => [p.id, p]));
  const before = client.requests;
  const fetched = new Map<string, Paper>();
  const problems: string[] = [];
  let total = 0;
  for (let start = 0; start < options.max;) {
    const page = await client.page(query, start, Math.min(pageSize, options.max - start));
    total = page.total;
    for (const p of page.problems) problems.push(`result ${start + p.line}: ${p.message}`);
    for (const p of page.papers) {
      // The same check as at read: a paper saved is a paper read back.
      const checked = checkPaper(p);
      if (!('paper' in checked))
        problems.push(`result ${start + p.line}: entry ${p.id} is unreadable (${checked.why})`);
      else if (!fetched.has(p.id)) fetched.set(p.id, p);
    }
    const allKnown =
      page.papers.length === page.entries && page.papers.every((p) => known.get(p.id)?.version === p.version);
    start += page.entries;
    const target = Math.min(total, options.max);
    options.onPage?.({ query, fetched: start, total, target, requests: client.requests - before });
    if (page.entries === 0 || start >= total || (saved && allKnown)) break;
  }
  const added: Paper[] = [];
  let updated = 0;
  for (const p of fetched.values()) {
    const old = known.get(p.id);
    if (!old) added.push(p);
    else if (old.version !== p.version || old.updated !== p.updated) updated += 1;
  }
  const merged = new Map(known);
  for (const p of fetched.values()) merged.set(p.id, p);
  const papers = [...merged.values()].sort(compareNewest).slice(0, options.max);
  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  const copy: ArxivCopy = { query, fetchedAt, total, papers };
  const summary: RefreshSummary = {
    query,
    total,
    fetched: fetched.size,
    new: added.length,
    updated,
    unchanged: fetched.size - added.length - updated,
    requests: client.requests - before,
    listingAsOf: fetchedAt,
    problems,
  };
  return { copy, summary, added };
}
