// Deterministic synthetic listings for benchmarks: papers derived from the fixture with perturbed
// titles, abstracts and author names, so the vocabulary and the author set grow with the size as
// real text does (Heaps' law), not a copy of 50 papers repeated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListing } from '../src/listing/listing-parser.js';
import type { Paper } from '../src/listing/paper.js';
import { ROOT } from '../src/app/paths.js';

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ra',
  'to',
  'su',
  'vi',
  'de',
  'po',
  'ren',
  'tal',
  'mor',
  'sin',
  'gra',
  'pla',
  'cor',
  'ven',
  'lux',
  'qua',
  'ber',
  'din',
  'fel',
  'gor',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function pseudoWord(r: () => number, n: number): string {
  // The n-th invented word: a deterministic syllable spelling, so word n is the same everywhere.
  let w = '';
  let x = n + 1;
  while (x > 0) {
    w += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return r() < 0.1 ? `${w}s` : w;
}

/** Generates `count` papers as listing text, from the fixture, with seed `seed`. */
export function syntheticListing(count: number, seed = 42): string {
  const r = rng(seed);
  const base = parseListing(readFileSync(join(ROOT, 'fixtures', 'mahajan.txt'), 'utf8')).papers;
  const firstNames = [...new Set(base.flatMap((p) => p.authors.map((a) => a.split(' ')[0] as string)))];
  const lastNames = [...new Set(base.flatMap((p) => p.authors.map((a) => a.split(' ').slice(-1)[0] as string)))];
  const entries: string[] = [];
  // The vocabulary of invented words grows as about 40 * sqrt(papers so far).
  const vocabulary = (i: number) => Math.max(50, Math.floor(40 * Math.sqrt(i + 1)));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(r(), 2.5) * n));
  for (let i = 0; i < count; i++) {
    const t = base[i % base.length] as Paper;
    const perturb = (text: string, rate: number) =>
      text
        .split(' ')
        .map((w) => (r() < rate && /^[a-z]{4,}$/.test(w) ? pseudoWord(r, zipf(vocabulary(i))) : w))
        .join(' ');
    const title = `${perturb(t.title, 0.3)} ${pseudoWord(r, i + 5000)}`;
    const authorCount = 1 + Math.floor(r() * 6);
    const authors: string[] = [];
    for (let k = 0; k < authorCount; k++) {
      // Most names come from a pool that grows with the listing; some recur across papers.
      const last = r() < 0.5 ? pick(lastNames) : `${pick(lastNames)}${pseudoWord(r, zipf(vocabulary(i) * 2))}`;
      authors.push(`${pick(firstNames)} ${last}`);
    }
    const paragraphs = t.abstract.split('\n').map((p) => perturb(p, 0.12));
    const year = 2015 + Math.floor(r() * 12);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const v1 = `${day} ${MONTHS[month]}, ${year}`;
    const revised =
      r() < 0.4
        ? `Submitted ${Math.min(28, day + 1)} ${MONTHS[month]}, ${year}; v1 submitted ${v1};`
        : `Submitted ${v1};`;
    entries.push(
      [
        '-',
        title,
        'Authors:',
        ...authors.map((a, k) => (k < authors.length - 1 ? `${a},` : a)),
        'Abstract:',
        `${(paragraphs[0] ?? '').slice(0, 200)}…`,
        '▽ More',
        ...paragraphs,
        '△ Less',
        revised,
        `originally announced ${MONTHS[month]} ${year}.`,
      ].join('\n'),
    );
  }
  return `${entries.join('\n')}\n`;
}
