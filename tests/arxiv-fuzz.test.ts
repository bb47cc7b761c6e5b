// The Atom reader on generated feeds: valid entries among hostile fragments, the text cut
// anywhere and fed in chunks split anywhere, as answers arrive. Reading never throws anything but
// FeedFormatError or FeedLimitError, reads a feed the same however it is chunked, keeps every
// valid entry that balanced hostility leaves alone, and keeps no more than it was given. Time and
// memory are bounded by counts and sizes (inputs of a few KB, pages no larger than a small
// multiple of their text; 1 MB of each worst shape, read once), never by a clock. Seeded
// (tests/setup-fast-check.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArxivPage, FeedFormatError, FeedLimitError, FeedReader } from '../src/listing/arxiv-feed.js';
import { PaperSchema, isWebLink } from '../src/listing/paper.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 600) / 2;
const MAX_ENTRIES = 50;

const xml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A valid entry and what the reader must make of it. */
interface Valid {
  text: string;
  id: string;
  title: string;
  authors: string[];
  abstract: string;
}

const words = (letters: RegExp, max: number) => fc.stringMatching(letters).map((s) => s.slice(0, max));
interface Fields {
  title: string;
  authors: string[];
  abstract: string;
  version: number;
  cdata: boolean;
}

// Built once: fast-check compiles each regular expression into an arbitrary.
const fields: fc.Arbitrary<Fields> = fc.record({
  title: words(/^[A-Za-z][A-Za-z0-9 &<>"'?!-]{0,60}$/, 60),
  authors: fc.array(words(/^[A-Z][a-z]{1,8} [A-Z][a-z]{1,10}$/, 20), { minLength: 1, maxLength: 4 }),
  abstract: words(/^[A-Za-z][A-Za-z0-9 ]{0,120}$/, 120),
  version: fc.integer({ min: 1, max: 9 }),
  cdata: fc.boolean(),
});

/** The `n`th valid entry, with these fields. */
function validEntry(n: number, { title, authors, abstract, version, cdata }: Fields): Valid {
  const id = `2611.${String(n).padStart(5, '0')}`;
  const summary = cdata ? `<![CDATA[${abstract}]]>` : xml(abstract);
  return {
    id,
    title: title.replace(/\s+/g, ' ').trim(),
    authors,
    abstract: abstract.replace(/\s+/g, ' ').trim(),
    text:
      `<entry><id>http://arxiv.org/abs/${id}v${version}</id><published>2026-11-30T12:00:00Z</published>` +
      `<updated>2026-11-30T12:00:00Z</updated><title>${xml(title)}</title><summary>${summary}</summary>` +
      authors.map((a) => `<author><name>${xml(a)}</name></author>`).join('') +
      `<link href="http://arxiv.org/abs/${id}v${version}" rel="alternate"/><category term="cs.LG"/></entry>`,
  };
}

/** Hostile text that opens nothing it does not close: it may fail itself, never its neighbours. */
const balanced = fc.oneof(
  fc.constantFrom(
    '<!-- a comment with <entry> inside -->',
    '<?pi data?>',
    '<![CDATA[ <entry> ]]>',
    '<x:foo xmlns:x="urn:x" a="1" b="2">junk &amp; &#x41; &unknown;</x:foo>',
    '<opensearch:totalResults>999</opensearch:totalResults>',
    '<entry><id>http://arxiv.org/abs/9999.99999v1</id><title>No date</title></entry>',
    '<entry><title>No id</title></entry>',
    '<entry><id>http://arxiv.org/abs/9999.99998v1</id><published>2026-01-01T00:00:00Z</published><title>Bad link</title><summary>S</summary><author><name>A B</name></author><link href="javascript:alert(1)" rel="alternate"/></entry>',
    `<entry><id>http://arxiv.org/abs/9999.99997v1</id><published>2026-01-01T00:00:00Z</published><title>Long</title><summary>${'x'.repeat(100_001)}</summary></entry>`,
    `<entry><id>http://arxiv.org/abs/9999.99996v1</id><published>2026-01-01T00:00:00Z</published><title>Many</title><summary>S</summary><author><name>A B</name></author>${Array.from({ length: 201 }, (_, i) => `<category term="c${i}"/>`).join('')}</entry>`,
    `${'<a>'.repeat(28)}deep${'</a>'.repeat(28)}`,
    '<entry/>',
  ),
  fc.string({ maxLength: 30 }).map(xml),
);

/** Text that may break the structure: cut tags, stray closers, entities, nesting past any feed. */
const breaking = fc.oneof(
  balanced,
  fc.constantFrom('<entry>', '</entry>', '</feed>', '<feed>', '<a', '&', '<![CDATA[', '<!--', '"', '<a b=">', '<<<>>>'),
  fc.constantFrom(`${'<a>'.repeat(40)}`, `<x ${Array.from({ length: 70 }, (_, i) => `a${i}="1"`).join(' ')}/>`),
  fc.string({ maxLength: 30, unit: 'binary' }),
);

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">' +
  '<opensearch:totalResults>12</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex>';
const TAIL = '</feed>\n';

/** The page read from `text` fed in pieces cut at `cuts`, or the error it ended with. */
function read(text: string, cuts: number[] = []): ArxivPage | Error {
  const reader = new FeedReader(MAX_ENTRIES);
  try {
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      reader.write(text.slice(at, cut));
      at = Math.max(at, cut);
    }
    reader.write(text.slice(at));
    return reader.end();
  } catch (err) {
    if (err instanceof FeedFormatError || err instanceof FeedLimitError) return err;
    throw err;
  }
}

const shape = (r: ArxivPage | Error) => (r instanceof Error ? `${r.name}: ${r.message}` : JSON.stringify(r));

function checkPage(page: ArxivPage, text: string): void {
  expect(page.entries).toBeLessThanOrEqual(MAX_ENTRIES);
  expect(page.papers.length).toBeLessThanOrEqual(page.entries);
  for (const p of page.papers) {
    expect(PaperSchema.safeParse(p).success).toBe(true);
    for (const link of [p.links.abs, p.links.pdf, p.links.search, ...p.urls])
      if (link) expect(isWebLink(link)).toBe(true);
  }
  // What is kept is no larger than a small multiple of what was read (a paper adds its links).
  expect(JSON.stringify(page).length).toBeLessThanOrEqual(8 * text.length + 2000);
}

const cutsOf = (length: number) => fc.array(fc.nat({ max: length }), { maxLength: 8 });

describe('the Atom reader, fuzzed', () => {
  it('keeps every valid entry among balanced hostile fragments, however the text is chunked', () => {
    const feed = fc
      .array(fc.tuple(fields, fc.array(balanced, { maxLength: 2 })), { minLength: 1, maxLength: 12 })
      .map((slots) => {
        const valid = slots.map(([f], i) => validEntry(i + 1, f));
        const text = HEAD + slots.map(([, junk], i) => `${junk.join('')}${valid[i]?.text}`).join('') + TAIL;
        return { valid, text };
      });
    fc.assert(
      fc.property(
        feed.chain((f) => fc.record({ f: fc.constant(f), cuts: cutsOf(f.text.length) })),
        ({ f, cuts }) => {
          const whole = read(f.text);
          expect(shape(read(f.text, cuts))).toBe(shape(whole));
          if (whole instanceof Error) throw whole;
          checkPage(whole, f.text);
          expect(whole.total).toBe(12);
          const byId = new Map(whole.papers.map((p) => [p.id, p]));
          for (const v of f.valid)
            expect(byId.get(v.id), v.id).toMatchObject({ title: v.title, authors: v.authors, abstract: v.abstract });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws but a feed error, whatever the text and wherever it is cut, and keeps no more than it read', () => {
    const text = fc
      .array(
        fc.oneof(
          breaking,
          fields.map((f) => validEntry(1, f).text),
        ),
        { maxLength: 16 },
      )
      .chain((parts) =>
        fc.nat({ max: 4000 }).map((keep) => (HEAD + parts.join('') + TAIL).slice(0, HEAD.length + keep)),
      );
    fc.assert(
      fc.property(
        text.chain((t) => fc.record({ t: fc.constant(t), cuts: cutsOf(t.length) })),
        ({ t, cuts }) => {
          const whole = read(t);
          expect(shape(read(t, cuts))).toBe(shape(whole));
          if (!(whole instanceof Error)) checkPage(whole, t);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads 1 MB of each worst shape once, keeping only what a page may hold', () => {
    const MB = 1 << 20;
    const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
    const entryHead =
      '<entry><id>http://arxiv.org/abs/2611.00001v1</id><published>2026-11-30T12:00:00Z</published><title>T</title><summary>S</summary><author><name>A B</name></author>';
    let n = 0;
    const distinct = (unit: string) => fill(unit).replace(/#/g, () => String((n += 1)));
    // Each shape and how its reading ends: the error's text, or the page's papers and problems.
    const shapes: [string, string, string][] = [
      ['unclosed elements', HEAD + entryHead + fill('<b>') + TAIL, 'nests elements more than 32 deep'],
      ['nested elements', HEAD + fill('<a>') + TAIL, 'nests elements more than 32 deep'],
      ['many attributes', `${HEAD}<x ${fill('a="1" ')}/>${TAIL}`, 'has more than 64 attributes'],
      ['categories', HEAD + entryHead + distinct('<category term="c#"/>') + '</entry>' + TAIL, '0 papers, 1 problems'],
      [
        'links',
        HEAD + entryHead + fill('<link href="https://arxiv.org/abs/1" rel="alternate"/>') + '</entry>' + TAIL,
        '1 papers, 0 problems',
      ],
      [
        'one long text',
        HEAD + entryHead.replace('<summary>S', `<summary>${fill('x')}`) + '</entry>' + TAIL,
        '0 papers, 1 problems',
      ],
      [
        'entities',
        HEAD + entryHead.replace('<summary>S', `<summary>${fill('&amp;&#x41;&bogus;')}`) + '</entry>' + TAIL,
        '0 papers, 1 problems',
      ],
      // 30,000 authors: fewer than a paper may list, so bounded by the text's size alone.
      [
        'authors',
        HEAD + entryHead + distinct('<author><name>A#</name></author>') + '</entry>' + TAIL,
        '1 papers, 0 problems',
      ],
      ['markup spam', HEAD + fill('<<&>]]>') + TAIL, 'nests elements more than 32 deep'],
      ['an unclosed comment', HEAD + fill('<!--') + TAIL, 'ends before </feed>'],
      ['entries', HEAD + fill(`${entryHead}</entry>`) + TAIL, `holds more than the ${MAX_ENTRIES} entries asked for`],
    ];
    for (const [name, text, outcome] of shapes) {
      const page = read(text, [text.length >> 1]);
      if (page instanceof Error) {
        expect(page.message, name).toContain(outcome);
        continue;
      }
      expect(`${page.papers.length} papers, ${page.problems.length} problems`, name).toBe(outcome);
      checkPage(page, text);
      // Nothing near the size of the text is kept: but for authors, each shape is bounded by a count.
      if (name !== 'authors') expect(JSON.stringify(page).length, name).toBeLessThan(MB / 4);
    }
  });
});
