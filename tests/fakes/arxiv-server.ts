// A fake arXiv API (export.arxiv.org/api/query) for tests, written from the API's user manual:
// Atom 1.0 with the opensearch totals, search_query with field prefixes and AND/OR/ANDNOT,
// start/max_results paging, sortBy/sortOrder, error feeds for bad requests; and, on demand, what
// the real API does on a bad day (503 with Retry-After, a slow answer, a transient empty page)
// and what a hostile or broken server might send (redirects, endless streams, gzip bombs).
import { EventEmitter } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type StreamMishap, streamForever } from './arxiv-streams.js';

/** A paper as the fake serves it; dates are ISO times, as the API writes them. */
export interface FakeArxivPaper {
  id: string;
  version: number;
  published: string;
  updated: string;
  /** Written as given: may span lines. */
  title: string;
  summary: string;
  authors: string[];
  primary: string;
  categories: string[];
  comment?: string;
  journalRef?: string;
  doi?: string;
  /** The abs link as written in the feed (default: the paper's arxiv.org/abs address). */
  absLink?: string;
}

/** A request the fake received. */
export interface ArxivRequest {
  /** When it arrived, in ms on the fake's clock (performance.now()). */
  at: number;
  params: Record<string, string>;
  userAgent: string;
  status: number;
}

type Mishap =
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'empty' }
  | { kind: 'html' }
  /** 302 (or `status`) to `to`, absolute or relative to the request. */
  | { kind: 'redirect'; to: string; status?: number }
  /** This body, as a 200 Atom answer. */
  | { kind: 'raw'; body: string }
  | StreamMishap;

const FIELDS = new Set(['ti', 'au', 'abs', 'co', 'jr', 'cat', 'rn', 'all', 'id']);

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export class FakeArxivServer extends EventEmitter {
  readonly papers: FakeArxivPaper[] = [];
  readonly requests: ArxivRequest[] = [];
  private readonly mishaps: Mishap[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private port = 0;
  private open = 0;
  /** Most requests in flight at once, to check the client asks one at a time. */
  maxConcurrent = 0;
  /** Body bytes written by stream mishaps (as sent, compressed or not), all requests together. */
  streamedBytes = 0;

  constructor(papers: FakeArxivPaper[] = []) {
    super();
    this.papers.push(...papers);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The API address to configure (ARXIVIST_ARXIV_API). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api/query`;
  }

  /** The next requests meet these mishaps, one each, in order. */
  willMeet(...mishaps: Mishap[]): this {
    this.mishaps.push(...mishaps);
    return this;
  }

  /** Resolves when `n` requests have been answered in all. */
  waitForRequests(n: number, timeoutMs = 20_000): Promise<ArxivRequest[]> {
    if (this.requests.length >= n) return Promise.resolve(this.requests);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', check);
        reject(new Error(`fake arXiv: ${this.requests.length} of ${n} requests after ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        if (this.requests.length < n) return;
        clearTimeout(timer);
        this.off('request', check);
        resolve(this.requests);
      };
      this.on('request', check);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    this.open += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.open);
    const url = new URL(req.url ?? '/', 'http://fake');
    const params = Object.fromEntries(url.searchParams);
    const record = (status: number) => {
      this.open -= 1;
      this.requests.push({ at, params, userAgent: String(req.headers['user-agent'] ?? ''), status });
      this.emit('request');
    };
    const mishap = this.mishaps.shift();
    if (mishap?.kind === 'slow') await new Promise((r) => setTimeout(r, mishap.ms));
    if (res.destroyed) {
      record(0);
      return;
    }
    if (mishap?.kind === 'status') {
      res.writeHead(mishap.status, {
        'content-type': 'text/plain',
        ...(mishap.retryAfter !== undefined ? { 'retry-after': String(mishap.retryAfter) } : {}),
      });
      res.end('Service Unavailable');
      record(mishap.status);
      return;
    }
    if (mishap?.kind === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Rate exceeded.</body></html>');
      record(200);
      return;
    }
    if (mishap?.kind === 'redirect') {
      res.writeHead(mishap.status ?? 302, { location: mishap.to }).end();
      record(mishap.status ?? 302);
      return;
    }
    if (mishap?.kind === 'raw') {
      res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
      res.end(mishap.body);
      record(200);
      return;
    }
    if (mishap?.kind === 'stream') {
      await streamForever(res, mishap, (n) => {
        this.streamedBytes += n;
      });
      record(200);
      return;
    }
    if (url.pathname !== '/api/query') {
      res.writeHead(404).end();
      record(404);
      return;
    }
    const answer = this.answer(params, url.toString(), mishap?.kind === 'empty');
    res.writeHead(answer.status, { 'content-type': 'application/atom+xml; charset=utf-8' });
    res.end(answer.body);
    record(answer.status);
  }

  private answer(params: Record<string, string>, self: string, empty: boolean): { status: number; body: string } {
    const start = Number(params['start'] ?? 0);
    const max = Number(params['max_results'] ?? 10);
    if (!Number.isInteger(start) || start < 0) return this.error(self, 'start must be an integer', 'start');
    if (!Number.isInteger(max) || max < 0 || max > 2000)
      return this.error(self, 'max_results must be an integer between 0 and 2000', 'max_results');
    let matcher: (p: FakeArxivPaper) => boolean;
    try {
      matcher = compile(params['search_query'] ?? '');
    } catch (err) {
      return this.error(self, (err as Error).message, 'search_query');
    }
    const sortBy = params['sortBy'] ?? 'relevance';
    const key = sortBy === 'lastUpdatedDate' ? 'updated' : 'published';
    const matching = this.papers.filter(matcher).sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
    if (params['sortOrder'] !== 'ascending') matching.reverse();
    const page = empty ? [] : matching.slice(start, start + max);
    return { status: 200, body: feed(self, matching.length, start, page.length, page.map(entry).join('\n')) };
  }

  private error(self: string, message: string, slug: string): { status: number; body: string } {
    const body = `  <entry>
    <id>http://arxiv.org/api/errors#${slug}</id>
    <title>Error</title>
    <summary>${escape(message)}</summary>
    <updated>2026-12-01T00:00:00-05:00</updated>
    <link href="http://arxiv.org/api/errors#${slug}" rel="alternate" type="text/html"/>
    <author><name>arXiv api core</name></author>
  </entry>`;
    return { status: 400, body: feed(self, 1, 0, 1, body) };
  }
}

/** An Atom answer of the API around `entries`. */
export function feed(self: string, total: number, start: number, perPage: number, entries: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="${escape(self)}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${escape(self)}</title>
  <id>http://arxiv.org/api/fake</id>
  <updated>2026-12-01T00:00:00-05:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${total}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${start}</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${perPage}</opensearch:itemsPerPage>
${entries}
</feed>
`;
}

function entry(p: FakeArxivPaper): string {
  const ns = 'xmlns:arxiv="http://arxiv.org/schemas/atom"';
  const abs = `http://arxiv.org/abs/${p.id}v${p.version}`;
  return `  <entry>
    <id>${abs}</id>
    <updated>${p.updated}</updated>
    <published>${p.published}</published>
    <title>${escape(p.title)}</title>
    <summary>  ${escape(p.summary)}
</summary>
${p.authors.map((a) => `    <author>\n      <name>${escape(a)}</name>\n    </author>`).join('\n')}
${p.doi ? `    <arxiv:doi ${ns}>${escape(p.doi)}</arxiv:doi>\n    <link title="doi" href="http://dx.doi.org/${escape(p.doi)}" rel="related"/>` : ''}
${p.comment ? `    <arxiv:comment ${ns}>${escape(p.comment)}</arxiv:comment>` : ''}
${p.journalRef ? `    <arxiv:journal_ref ${ns}>${escape(p.journalRef)}</arxiv:journal_ref>` : ''}
    <link href="${escape(p.absLink ?? abs)}" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${p.id}v${p.version}" rel="related" type="application/pdf"/>
    <arxiv:primary_category ${ns} term="${p.primary}" scheme="http://arxiv.org/schemas/atom"/>
${p.categories.map((c) => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join('\n')}
  </entry>`;
}

/** The text of a paper that a field prefix searches. */
function fieldText(p: FakeArxivPaper, field: string): string {
  switch (field) {
    case 'ti':
      return p.title;
    case 'au':
      return p.authors.join(' ; ');
    case 'abs':
      return p.summary;
    case 'co':
      return p.comment ?? '';
    case 'jr':
      return p.journalRef ?? '';
    case 'cat':
      return p.categories.join(' ');
    case 'id':
      return p.id;
    case 'rn':
      return '';
    default:
      return [p.title, p.authors.join(' '), p.summary, p.comment ?? ''].join(' ');
  }
}

/** search_query as the manual describes it: field:term or field:"phrase", joined left to right by AND, OR, ANDNOT. */
function compile(query: string): (p: FakeArxivPaper) => boolean {
  const tokens = query.match(/[a-z]+:"[^"]*"|[a-z]+:[^\s"]+|AND|OR|ANDNOT|\S+/g) ?? [];
  if (tokens.length === 0) return () => true;
  let result: ((p: FakeArxivPaper) => boolean) | undefined;
  let op = 'AND';
  for (const token of tokens) {
    if (token === 'AND' || token === 'OR' || token === 'ANDNOT') {
      op = token;
      continue;
    }
    const colon = token.indexOf(':');
    const field = colon > 0 ? token.slice(0, colon) : 'all';
    if (!FIELDS.has(field)) throw new Error(`unknown field prefix "${field}" in search_query`);
    const term = (colon > 0 ? token.slice(colon + 1) : token).replace(/^"|"$/g, '').toLowerCase();
    const test = (p: FakeArxivPaper) => fieldText(p, field).toLowerCase().includes(term);
    const prev = result;
    const currentOp = op;
    result = !prev
      ? test
      : currentOp === 'OR'
        ? (p) => prev(p) || test(p)
        : currentOp === 'ANDNOT'
          ? (p) => prev(p) && !test(p)
          : (p) => prev(p) && test(p);
    op = 'AND';
  }
  return result ?? (() => true);
}
