// The hostile part of `npm run bench`: parse time per KB of listings made to hurt, how each reader's
// time grows with its input (copied text, saved HTML, Atom; and saved pages made to hurt), and the
// longest event-loop stall of a running bot while it reloads the worst of them (parsed in a worker).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListingReloader } from '../src/reload/listing-reloader.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { parseArxivFeed } from '../src/listing/arxiv-feed.js';
import { readFileSync } from 'node:fs';
import { ROOT } from '../tests/helpers/run.js';
import { HOSTILE_HTML } from '../tests/helpers/hostile-html.js';

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };

function entry(
  title: string,
  abstract: string,
  authors = 'Ada Example, Bo Sample',
  dates = 'Submitted 1 May, 2020; originally announced May 2020.',
): string {
  return `-\n${title}\nAuthors:\n${authors}\nAbstract:\n${abstract}\n${dates}\n`;
}

/** Listings made to hurt, each about `kb` KB. */
function corpus(kb: number): Record<string, string> {
  const n = kb * 1024;
  return {
    'nested \\emph{': entry('Deep', `${'\\emph{'.repeat(n / 12)}x${'}'.repeat(n / 12)}`),
    'unclosed \\frac{': entry('Unclosed', '\\frac{'.repeat(n / 6)),
    'distinct URLs': entry('Links', Array.from({ length: n / 24 }, (_, i) => `https://example.org/r${i}`).join(' ')),
    'spaces after Submitted': entry('Dates', 'x', 'A B', `Submitted 1${' '.repeat(n)}x`),
    'spaces in authors': entry('Names', 'x', `A${' '.repeat(n)}B`),
    'dots in a URL': entry('Dots', `see http://a${'.'.repeat(n)}`),
    'many small entries': Array.from({ length: n / 160 }, (_, i) => entry(`Paper ${i}`, 'We study things.')).join(''),
  };
}

/** How each reader's time grows from n entries to 16n: about 16 when linear. */
export function scaling(n: number): { reader: string; ms: number; ms16: number; ratio: number }[] {
  const saved = readFileSync(join(ROOT, 'fixtures', 'listings', 'search-saved.html'), 'utf8');
  const lines = saved.split('\n');
  const item = lines.slice(16, 53).join('\n');
  const html = (k: number) =>
    `${lines.slice(0, 16).join('\n')}\n${Array.from({ length: k }, (_, i) => item.replace(/\d{4}\.\d{5}/g, `2601.${String(i).padStart(5, '0')}`)).join('\n')}\n${lines.slice(53).join('\n')}`;
  const text = (k: number) => Array.from({ length: k }, (_, i) => entry(`Paper ${i}`, 'We study things.')).join('');
  const atom = (k: number) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><totalResults>${k}</totalResults>${Array.from(
      { length: k },
      (_, i) =>
        `<entry><id>http://arxiv.org/abs/2601.${String(i).padStart(5, '0')}v1</id><published>2026-01-01T00:00:00Z</published><updated>2026-01-01T00:00:00Z</updated><title>Paper ${i}</title><summary>We study things.</summary><author><name>Ada Example</name></author></entry>`,
    ).join('')}</feed>`;
  const time = (fn: () => unknown) => {
    fn();
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const readers: [string, (k: number) => () => unknown][] = [
    [
      'copied text',
      (k) => {
        const t = text(k);
        return () => parseListing(t);
      },
    ],
    [
      'saved HTML',
      (k) => {
        const h = html(k);
        return () => parseListing(h);
      },
    ],
    [
      'arXiv Atom feed',
      (k) => {
        const a = atom(k);
        return () => parseArxivFeed(a);
      },
    ],
  ];
  return readers.map(([reader, make]) => {
    const ms = time(make(n));
    const ms16 = time(make(16 * n));
    return { reader, ms, ms16, ratio: ms16 / ms };
  });
}

/** n for each saved-page shape of issue 25: 16n is the largest size the issue measured. */
const HTML_SIZES: Record<string, number> = {
  'unclosed <li> results': 125,
  'unclosed <dl> entries': 125,
  'unclosed <b>': 1000,
  'nested <div>': 6250,
};

/** How reading each saved page made to hurt grows from n to 16n (issue 25): about 16 when linear. */
export function htmlScaling(): { shape: string; ms: number; ms16: number; ratio: number; note: string }[] {
  // The least of a few runs: most of these take a few milliseconds, where one pause would be the ratio.
  const best = (fn: () => unknown) => Math.min(...Array.from({ length: 5 }, () => time(fn)));
  return Object.entries(HOSTILE_HTML).map(([shape, make]) => {
    const n = HTML_SIZES[shape] ?? 100;
    const [small, large] = [make(n), make(16 * n)];
    const ms = best(() => parseListing(small));
    const ms16 = best(() => parseListing(large));
    const read = parseListing(large);
    const note = `n = ${n.toLocaleString('en')}: ${ms.toFixed(2)} ms; 16n (${(large.length / 1024).toFixed(0)} KB): ${ms16.toFixed(2)} ms, ${read.papers.length} papers, ${read.problems.length} problems`;
    return { shape, ms, ms16, ratio: ms16 / ms, note };
  });
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function hostile(
  quick: boolean,
): Promise<{ rows: { name: string; msPerKb: number }[]; worst: string; reloadStallMs: number }> {
  const kb = quick ? 64 : 512;
  const rows: { name: string; msPerKb: number }[] = [];
  let worst = { name: '', msPerKb: -1, text: '' };
  for (const [name, text] of Object.entries(corpus(kb))) {
    const t = performance.now();
    parseListing(text);
    const msPerKb = (performance.now() - t) / (text.length / 1024);
    rows.push({ name, msPerKb });
    if (msPerKb > worst.msPerKb) worst = { name, msPerKb, text };
  }
  // A running bot reloading the worst file: the longest gap of a 1 ms timer while it does.
  const dir = mkdtempSync(join(tmpdir(), 'arxivist-hostile-'));
  const file = join(dir, 'listing.txt');
  writeFileSync(file, entry('Start', 'Text.'));
  const reloader = await ListingReloader.open({ file, log: silent });
  writeFileSync(file, worst.text);
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 1);
    last = now;
  }, 1);
  await reloader.reload('bench');
  clearInterval(timer);
  return { rows, worst: worst.name, reloadStallMs: Math.round(stall) };
}
