// One scale measurement in its own process (so heap and RSS are its own):
//   node --import tsx bench/scale.ts <papers> [ours|minisearch-naive|linear-scan]
// Prints one JSON object on stdout.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { ask } from '../src/ask/ask.js';
import { parseListing, parseListingAsync } from '../src/listing/listing-parser.js';
import type { Paper } from '../src/listing/paper.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { fold, words } from '../src/listing/text.js';
import { scaleQuestions, timeAsk } from './scale-ask.js';
import { syntheticListing } from './synthetic.js';

/** The fixed query set: single words, phrases, prefixes, typos, names, several words. */
export const SCALE_QUERIES = [
  'diffusion',
  'stragglers',
  'causal',
  'embeddings',
  '"language models"',
  '"distributed training"',
  'transfor',
  'accelera',
  'recomendation',
  'difusion',
  'stragglr',
  'interpretabilty',
  'Divya Mahajan',
  'author:"Dhruv Mahajan" diffusion',
  'mixture of experts',
  'hardware accelerator training',
  'large language models',
  'causal representation learning identifiability',
];

/** Typo queries and the word each must find in some title. */
export const TYPOS: [string, string][] = [
  ['recomendation', 'recommendation'],
  ['difusion', 'diffusion'],
  ['stragglr', 'straggler'],
  ['interpretabilty', 'interpretab'],
];

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function timeQueries(rounds: number, run: (q: string) => number): { p50: number; p99: number; max: number } {
  // One untimed round first, for every engine alike: the first calls compile the code.
  for (const q of SCALE_QUERIES) run(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of SCALE_QUERIES) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] ?? NaN };
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

/**
 * The longest event-loop stall from now until stop(), by two measures: node's histogram of the
 * loop's delay, and the drift of a 1 ms timer (the gap between two ticks, less 1 ms).
 */
function stallMonitor(): { stop(phase: string): Record<string, number> } {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let last = performance.now();
  let drift = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    drift = Math.max(drift, now - last - 1);
    last = now;
  }, 1);
  return {
    stop(phase) {
      clearInterval(timer);
      delay.disable();
      return { [`${phase}StallMs`]: Math.round(delay.max / 1e6), [`${phase}DriftMs`]: Math.round(drift) };
    },
  };
}

function memory() {
  gc();
  const m = process.memoryUsage();
  return { heapMB: Math.round(m.heapUsed / 1e6), rssMB: Math.round(m.rss / 1e6) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const engine = process.argv[3] ?? 'ours';
  const rounds = count >= 100_000 ? 3 : count >= 10_000 ? 5 : 20;
  // The heap is measured from before the listing's text exists, and the text is dropped once
  // parsed, as the bot drops it: papers that keep slices of it keep it all, and that counts.
  gc();
  const base = memory();
  let text: string | undefined = syntheticListing(count);
  let t = performance.now();
  const out: Record<string, unknown> = { engine };
  let papers: Paper[];
  if (engine === 'ours') {
    // Parsed in batches, as a running bot parses a new listing, with the event loop's delay measured.
    const stall = stallMonitor();
    papers = (await parseListingAsync(text)).papers;
    Object.assign(out, stall.stop('parse'));
  } else {
    papers = parseListing(text).papers;
  }
  out['papers'] = papers.length;
  out['parseMs'] = Math.round(performance.now() - t);
  // Dropped here so the heap measured later holds only what the papers keep of it.
  // eslint-disable-next-line no-useless-assignment
  text = undefined;

  if (engine === 'ours') {
    // A running bot has answered questions before it loads a new listing: the code is compiled.
    ask(PaperIndex.of(papers.slice(0, 50)), 'Who wrote the most papers about diffusion?');
    // Built as a running bot builds a new listing, with both stall monitors on.
    const stall = stallMonitor();
    t = performance.now();
    const index = await PaperIndex.build(papers);
    out['buildMs'] = Math.round(performance.now() - t);
    Object.assign(out, stall.stop('build'));
    // What the first users after a load wait for.
    t = performance.now();
    index.stats();
    out['firstStatsMs'] = round2(performance.now() - t);
    t = performance.now();
    ask(index, 'Who wrote the most papers about diffusion?');
    out['firstAskMs'] = round2(performance.now() - t);
    t = performance.now();
    ask(index, 'Who wrote the most papers about diffusion?');
    out['secondAskMs'] = round2(performance.now() - t);
    const m = memory();
    out['heapMB'] = m.heapMB - base.heapMB;
    out['rssMB'] = m.rssMB;
    out['query'] = timeQueries(rounds, (q) => index.search(q).hits.length);
    out['typosFound'] = TYPOS.filter(([q, word]) =>
      index.search(q).hits.some((h) => fold(h.paper.title).includes(word)),
    ).length;
    out['typos'] = TYPOS.length;
    // At least 100 timings where it is affordable, so p99 is not simply the slowest one.
    out['ask'] = timeAsk(index, scaleQuestions(papers), count >= 100_000 ? 3 : count >= 10_000 ? 10 : 20);
    // A refresh that changes 1% of the papers: half of them revised, a quarter gone, a quarter new.
    const k = Math.max(4, Math.round(papers.length / 100));
    const refreshed = papers.slice(k / 4).map((p, i) => (i < k / 2 ? { ...p, abstract: `${p.abstract} Revised.` } : p));
    for (let i = 0; i < k / 4; i++)
      refreshed.push({
        ...(papers[i] as Paper),
        id: `new-${i}`,
        title: `New paper ${i}: ${(papers[i] as Paper).title}`,
      });
    const refreshStall = stallMonitor();
    t = performance.now();
    const updated = await PaperIndex.update(index, refreshed);
    out['refreshMs'] = Math.round(performance.now() - t);
    Object.assign(out, refreshStall.stop('refresh'));
    out['refreshedPapers'] = updated.size;
  } else if (engine === 'minisearch-naive') {
    // MiniSearch as the README shows it: default tokenizer, prefix and fuzzy on every term.
    t = performance.now();
    const ms = new MiniSearch<Paper & { authorText: string }>({
      fields: ['title', 'authorText', 'abstract'],
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, authorText: 2 } },
    });
    ms.addAll(papers.map((p) => ({ ...p, authorText: p.authors.join(', ') })));
    out['buildMs'] = Math.round(performance.now() - t);
    const m = memory();
    out['heapMB'] = m.heapMB - base.heapMB;
    out['rssMB'] = m.rssMB;
    out['query'] = timeQueries(rounds, (q) => ms.search(q.replace(/"|author:|-\w+/g, ' ')).length);
    out['typosFound'] = TYPOS.filter(([q, word]) =>
      ms
        .search(q)
        .slice(0, 50)
        .some((r) => fold(String((papers.find((p) => p.id === r.id) as Paper).title)).includes(word)),
    ).length;
    out['typos'] = TYPOS.length;
  } else {
    // A linear scan: every paper's folded words, checked for all query words (no typos, no ranking).
    t = performance.now();
    const docs = papers.map((p) => ` ${words(fold(`${p.title} ${p.authors.join(' ')} ${p.abstract}`)).join(' ')} `);
    out['buildMs'] = Math.round(performance.now() - t);
    const m = memory();
    out['heapMB'] = m.heapMB - base.heapMB;
    out['rssMB'] = m.rssMB;
    out['query'] = timeQueries(rounds, (q) => {
      const ws = words(fold(q.replace(/author:/g, ' ')));
      let n = 0;
      for (const d of docs) if (ws.every((w) => d.includes(` ${w}`))) n++;
      return n;
    });
    out['typosFound'] = TYPOS.filter(([q, word]) =>
      docs.some((d, i) => d.includes(` ${fold(q)}`) && fold((papers[i] as Paper).title).includes(word)),
    ).length;
    out['typos'] = TYPOS.length;
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (process.argv[1]?.endsWith('scale.ts')) void main();
