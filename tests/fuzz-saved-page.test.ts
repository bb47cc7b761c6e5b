// Saved pages built from runs of arXiv markup, each run repeated up to 3,000 times, opened and
// closed in any order (unclosed results, deep nesting, script and template around anything).
// Reading never throws, and what bounds its time and memory is counted on every page: the tree
// nests no deeper than MAX_DEPTH and holds fewer nodes than the page has characters, no result
// or entry holds another (so reading them walks each node a bounded number of times), and the
// papers keep no more than a few times the page's text. A deadline far beyond any page's reading
// (one took 12.7 s before issue 25's fix, none takes 0.5 s since) is the last guard. Seeded
// (tests/setup-fast-check.ts); FUZZ_RUNS raises the number of pages.
import fc from 'fast-check';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parsePage } from '../src/listing/html-tree.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { PaperSchema } from '../src/listing/paper.js';
import { closedResult } from './helpers/hostile-html.js';

const RUNS = Math.max(60, Math.round(Number(process.env['FUZZ_RUNS'] ?? 2100) / 20));
const DEADLINE_MS = 10_000;

const FRAGMENTS = [
  '<li class="arxiv-result">',
  '<p class="list-title"><a href="https://arxiv.org/abs/2601.00001">arXiv:2601.00001</a>',
  '<p class="title">',
  '<p class="authors">',
  '<a href="/a">',
  '<span class="abstract-full" id="2601.00001v2-abstract-full">',
  '<span class="abstract-short">',
  '<p class="is-size-7">',
  '<p class="comments">',
  '<span class="tag" data-tooltip="x">cs.AI',
  '<div class="tags has-addons"><a>10.1/x</a>',
  '<h1 class="title">',
  '<h3>Fri, 29 Nov 2024',
  '<dl>',
  '<dt><a href="/abs/2601.00002">arXiv:2601.00002</a>',
  '<dd>',
  '<div class="list-title">',
  '<div class="list-authors">',
  '<div class="list-subjects">Subjects: AI (cs.AI)',
  '<div>',
  '<b>',
  '<span>',
  '<script>',
  '<style>',
  '<template>',
  '<!--',
  '<![CDATA[',
  '<svg>',
  '</li>',
  '</p>',
  '</a>',
  '</span>',
  '</div>',
  '</dd>',
  '</dl>',
  '</script>',
  '</template>',
  '-->',
  'Paper title',
  'Ada Example, ',
  ', et al. (3 additional authors not shown)',
  'Submitted 1 May, 2020; originally announced May 2020.',
  'Comments: 9 pages',
  '&#9661; More',
  '&amp;',
  '\n',
];

/** Text a page is made of: a fragment of markup, a whole result, or anything. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.nat({ max: 99 }).map((i) => closedResult(i)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** A run of fragments repeated up to 3,000 times, at most 30 KB: an unclosed result, a deep nest. */
const piece = fc
  .record({ fragments: fc.array(fragment, { minLength: 1, maxLength: 6 }), times: fc.integer({ min: 1, max: 3000 }) })
  .map(({ fragments, times }) => {
    const text = fragments.join('');
    return text.repeat(Math.max(1, Math.min(times, Math.floor(30_000 / Math.max(1, text.length)))));
  });

const page = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((pieces) => `<!DOCTYPE html>\n<html><body>\n${pieces.join('')}`);

/** The nodes of a unit, their count, and how deep they nest (the page's depth above the unit included). */
function measure(unit: Element, units: ReadonlySet<Element>): { nodes: number; depth: number; nested: boolean } {
  let nodes = 0;
  let depth = 0;
  let nested = false;
  const stack: [AnyNode, number][] = [[unit, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, d] = top;
    nodes++;
    depth = Math.max(depth, d);
    if (node !== unit && units.has(node as Element)) nested = true;
    if ('children' in node) for (const child of node.children) stack.push([child, d + 1]);
  }
  return { nodes, depth, nested };
}

describe('fuzzing the saved-page reader with hostile markup', () => {
  it('never throws, and its tree, its work and the text it keeps stay bounded by the page', () => {
    fc.assert(
      fc.property(page, (html) => {
        const started = performance.now();
        const parsed = parseListing(html);
        expect(performance.now() - started).toBeLessThan(DEADLINE_MS);
        const lines = html.split('\n').length;
        for (const p of parsed.papers) expect(PaperSchema.safeParse(p).success, p.title).toBe(true);
        for (const problem of parsed.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
        for (const problem of parsed.problems) expect(problem.line).toBeLessThanOrEqual(lines);
        const held = parsed.papers.reduce(
          (n, p) => n + p.title.length + p.authors.join().length + p.abstractRaw.length + (p.comments?.length ?? 0),
          0,
        );
        expect(held).toBeLessThanOrEqual(6 * html.length);

        const { units } = parsePage(html);
        const all = new Set(units);
        let nodes = 0;
        for (const unit of units) {
          const m = measure(unit, all);
          nodes += m.nodes;
          expect(m.nested).toBe(false);
          expect(m.depth).toBeLessThanOrEqual(MAX_DEPTH);
        }
        expect(nodes).toBeLessThanOrEqual(html.length);
      }),
      { numRuns: RUNS },
    );
  });
});
