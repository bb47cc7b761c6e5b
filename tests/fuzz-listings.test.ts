// Every listing layout the readers accept, with lines dropped, repeated, cut or replaced by hostile
// text: parsing never throws, every paper it returns is a valid Paper, and every entry no change
// touched comes back exactly as before. Seeded (tests/setup-fast-check.ts); `npm run fuzz` runs
// 100,000 listings instead of a few thousand.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { type Paper, PaperSchema } from '../src/listing/paper.js';
import { ROOT } from './helpers/run.js';

// The real saved page (900 KB, tests/saved-page-real.test.ts) would take minutes to fuzz line by line;
// tests/fuzz-saved-page.test.ts fuzzes the HTML reader with pages of its own.
const FILES = [
  join(ROOT, 'fixtures', 'mahajan.txt'),
  ...readdirSync(join(ROOT, 'fixtures', 'listings'))
    .map((f) => join(ROOT, 'fixtures', 'listings', f))
    .filter((f) => statSync(f).size < 200_000),
];
const TOTAL_RUNS = Number(process.env['FUZZ_RUNS'] ?? 2100);

/** A file's share of the runs, fewer for long files (each run parses the whole file), so each costs about the same. */
const runsFor = (chars: number) => Math.max(10, Math.round((TOTAL_RUNS / FILES.length) * Math.min(1, 30_000 / chars)));

/** Text a hostile or broken copy puts on a line. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '-',
    'Authors:',
    'Abstract:',
    'Comments: stray',
    'Submitted 1',
    `Submitted 1${' '.repeat(300)}x`,
    `originally announced a${' '.repeat(300)}`,
    '\\emph{'.repeat(200),
    '\\frac{'.repeat(200),
    '}}}}{{{{',
    '$$$ $x$ $',
    '\u001b[2J\u0007',
    '\uD83D broken',
    'arXiv:2601.99999  [pdf]',
    '<li class="arxiv-result">',
    '</ol></body>',
    'http://a' + '.'.repeat(500),
  ),
);

type Mutation = { at: number; kind: 'delete' | 'duplicate' | 'insert' | 'truncate' | 'replace'; text: string };

function mutation(lines: number): fc.Arbitrary<Mutation> {
  return fc.record({
    at: fc.nat({ max: lines - 1 }),
    kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate', 'replace'),
    text: hostile,
  });
}

function apply(lines: readonly string[], mutations: readonly Mutation[]): { mutated: string[]; touched: Set<number> } {
  const mutated = [...lines];
  const touched = new Set<number>();
  for (const m of [...mutations].sort((a, b) => b.at - a.at)) {
    touched.add(m.at);
    const line = mutated[m.at];
    if (line === undefined) continue;
    if (m.kind === 'delete') mutated.splice(m.at, 1);
    else if (m.kind === 'duplicate') mutated.splice(m.at, 0, line);
    else if (m.kind === 'insert') mutated.splice(m.at, 0, m.text);
    else if (m.kind === 'replace') mutated[m.at] = m.text;
    else mutated[m.at] = line.slice(0, Math.floor(line.length / 2));
  }
  return { mutated, touched };
}

/** Where entries start in a text layout: separators and id lines (0-based). */
function entryStarts(lines: readonly string[]): number[] {
  return lines.flatMap((l, i) => (/^-+$/.test(l.trim()) || /^(?:\[\d+\]\s*)?arXiv:\d/.test(l.trim()) ? [i] : []));
}

const fields = ({ line: _line, ...rest }: Paper) => rest;

describe.each(FILES.map((f) => [f.slice(ROOT.length + 1), f] as const))('fuzzing %s', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const html = /<html|<li class="arxiv-result"|<dl/i.test(text);
  const clean = parseListing(text).papers;
  const starts = entryStarts(lines);

  it(
    'never throws, returns valid papers, and keeps every entry no change touched',
    () => {
      fc.assert(
        fc.property(fc.array(mutation(lines.length), { minLength: 1, maxLength: 4 }), (mutations) => {
          const { mutated, touched } = apply(lines, mutations);
          const parsed = parseListing(mutated.join('\n'));
          for (const p of parsed.papers) expect(PaperSchema.safeParse(p).success, p.title).toBe(true);
          for (const problem of parsed.problems) expect(problem.line).toBeGreaterThan(0);
          // A change above the first entry (the page heading with its date, the text that makes it a
          // page of one layout or another) may concern every entry.
          if (html || [...touched].some((t) => t <= (starts[0] ?? 0))) return;
          const byId = new Map(parsed.papers.map((p) => [p.id, p]));
          for (const paper of clean) {
            const at = paper.line - 1;
            const start = [...starts].reverse().find((s) => s <= at) ?? 0;
            const end = starts.find((s) => s > at) ?? lines.length;
            // Untouched: no change on the entry, on the line before it, or on the next entry's first line.
            if ([...touched].some((t) => t >= start - 1 && t <= end)) continue;
            const found = byId.get(paper.id);
            expect(found && fields(found), paper.id).toEqual(fields(paper));
          }
        }),
        { numRuns: runsFor(text.length) },
      );
    },
    TOTAL_RUNS > 5000 ? 3_600_000 : 30_000,
  );
});
