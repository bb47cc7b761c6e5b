// The hostile part of `npm run bench`: parse time per KB of listings made to hurt, and the longest
// event-loop stall of a running bot while it reloads the worst of them (parsed in a worker).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListingReloader } from '../src/chat/listing-reloader.js';
import { parseListing } from '../src/listing/listing-parser.js';

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
