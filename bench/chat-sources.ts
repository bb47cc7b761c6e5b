// Chats' own sources: CHATS chats following QUERIES distinct queries of PAPERS papers each, kept in
// one SQLite store, served through ChatListings with the default index budget. Run in its own
// process (resident memory is the process's): node --expose-gc --heap-growing-percent=30 --import tsx bench/chat-sources.ts
// CHATS QUERIES PAPERS [BUDGET_MB]. Prints one JSON line; never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArxivClient } from '../src/arxiv/arxiv-client.js';
import { parseListing } from '../src/listing/listing-parser.js';
import type { Paper } from '../src/listing/paper.js';
import type { ChatRef } from '../src/listing/source-store.js';
import { LiveIndex } from '../src/search/live-index.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { ChatListings } from '../src/sources/chat-listings.js';
import { indexBytes } from '../src/sources/index-cache.js';
import { QueryRefresher } from '../src/sources/query-refresher.js';
import { indexTermsOf } from '../src/search/stored-terms.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { rng, syntheticListing } from './synthetic.js';

const [chats = 200, queries = 50, perQuery = 2000, budgetMb = 512] = process.argv.slice(2).map(Number);
const silent = { debug() {}, info() {}, warn() {}, error() {}, fatal() {}, child: () => silent };
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** The papers of query q: a synthetic listing of its own, with arXiv ids of its own. */
function papersOf(q: number): Paper[] {
  return parseListing(syntheticListing(perQuery, 1000 + q)).papers.map((p, i) => {
    const id = `${String(2000 + q).padStart(4, '0')}.${String(i).padStart(5, '0')}`;
    return { ...p, id, arxivId: id };
  });
}

/** How much heap one index of `papers` takes, against what the cache reckons. */
async function measureIndex(papers: Paper[]): Promise<{ heapMb: number; reckonedMb: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = await PaperIndex.build(papers);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  if (index.size === 0) throw new Error('empty index');
  return { heapMb: Math.round(heapMb), reckonedMb: Math.round(indexBytes(papers) / 1024 / 1024) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arxivist-bench-sources-'));
  const store = new SqliteStore(join(dir, 'arxivist.db'));
  const now = new Date();
  const storeTimes: number[] = [];
  const sourceIds: number[] = [];
  let calibration: { heapMb: number; reckonedMb: number } | undefined;
  for (let q = 0; q < queries; q++) {
    const papers = papersOf(q);
    calibration ??= await measureIndex(papers);
    const source = await store.ensureSource('query', `cat:bench.${q}`, `cat:bench.${q}`, now);
    const t = performance.now();
    // Stored as the refresher stores a fetched query: with each paper's index terms.
    await store.setSourcePapers(source.id, papers, {
      at: now,
      total: perQuery,
      problems: [],
      derived: await indexTermsOf(papers),
    });
    storeTimes.push(performance.now() - t);
    sourceIds.push(source.id);
  }
  // A chat follows one query; every fourth a second one as well.
  const r = rng(7);
  const chatRefs: ChatRef[] = [];
  for (let c = 0; c < chats; c++) {
    const chat: ChatRef = { platform: 'telegram', chatId: String(-1000 - c) };
    await store.linkSource(chat, sourceIds[c % queries] as number, now);
    if (c % 4 === 3) await store.linkSource(chat, sourceIds[Math.floor(r() * queries)] as number, now);
    chatRefs.push(chat);
  }
  gc();
  const rssSeeded = rssMb();

  const client = new ArxivClient({ apiUrl: 'http://127.0.0.1:9/api/query', log: silent });
  const refresher = new QueryRefresher({ store, client, maxPerQuery: perQuery, refreshMs: 6 * 3600_000, log: silent });
  const listings = new ChatListings({
    store,
    client,
    refresher,
    fallback: new LiveIndex(PaperIndex.of([])),
    maxFollows: 100,
    maxPerQuery: perQuery,
    indexMemoryBytes: budgetMb * 1024 * 1024,
    log: silent,
  });
  const words = ['model', 'learning', 'network', 'graph', 'training', 'data', 'language', 'system'];
  const command = async (chat: ChatRef) => {
    const t = performance.now();
    const view = await listings.view(chat);
    view.index.search(words[Math.floor(r() * words.length)] as string);
    return performance.now() - t;
  };

  const first: number[] = [];
  const firstOfTwo: number[] = [];
  const warm: number[] = [];
  let rssMax = rssSeeded;
  for (const [c, chat] of chatRefs.entries()) {
    const ms = await command(chat);
    (c % 4 === 3 ? firstOfTwo : first).push(ms);
    for (let k = 0; k < 5; k++) warm.push(await command(chat));
    rssMax = Math.max(rssMax, rssMb());
  }
  first.sort((a, b) => a - b);
  firstOfTwo.sort((a, b) => a - b);
  warm.sort((a, b) => a - b);
  storeTimes.sort((a, b) => a - b);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      chats,
      queries,
      perQuery,
      budgetMb,
      storeP50Ms: Math.round(percentile(storeTimes, 50)),
      firstP50Ms: Math.round(percentile(first, 50)),
      firstMaxMs: Math.round(first[first.length - 1] ?? NaN),
      firstOfTwoP50Ms: Math.round(percentile(firstOfTwo, 50)),
      firstOfTwoMaxMs: Math.round(firstOfTwo[firstOfTwo.length - 1] ?? NaN),
      warmP50Ms: Number(percentile(warm, 50).toFixed(2)),
      warmP99Ms: Number(percentile(warm, 99).toFixed(2)),
      rssSeededMb: rssSeeded,
      rssMaxMb: rssMax,
      indexes: listings.indexUsage(),
      calibration,
    }),
  );
}

await main();
