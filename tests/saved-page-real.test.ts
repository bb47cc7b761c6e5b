// A real arXiv search page saved from the browser (200 results; see /work/shared/listings/real),
// read as HTML. Issue 25, finding 3: the results that show "et al. (N additional authors not
// shown)" keep their hidden authors, as the copied text of the same page does. The expected
// counts are read from the raw markup with regular expressions, not with the reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibEntry } from '../src/export/bibtex.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { totalAuthors } from '../src/listing/paper.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { ROOT } from './helpers/run.js';

const html = readFileSync(join(ROOT, 'fixtures', 'listings', 'distributed-systems.saved.html'), 'utf8');

/** Each result's id, author links and "N additional authors not shown", from the raw markup. */
const raw = html
  .split('<li class="arxiv-result">')
  .slice(1)
  .map((block) => {
    const authors = /<p class="authors">([\s\S]*?)<\/p>/.exec(block)?.[1] ?? '';
    return {
      id: /arXiv:(\d{4}\.\d{5})/.exec(block)?.[1],
      shown: authors.match(/<a href="\/search\/\?searchtype=author/g)?.length ?? 0,
      hidden: Number(/\((\d+) additional authors not shown\)/.exec(authors)?.[1] ?? 0),
    };
  });

describe('the real saved page distributed-systems.saved.html', () => {
  const { papers, problems } = parseListing(html);
  const byId = new Map(papers.map((p) => [p.id, p]));

  it('reads all 200 results, each with its listed authors and the number "et al." hides', () => {
    expect(raw).toHaveLength(200);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(raw.map((r) => r.id));
    expect(papers.map((p) => [p.id, p.authors.length, p.hiddenAuthorCount])).toEqual(
      raw.map((r) => [r.id, r.shown, r.hidden]),
    );
    expect(raw.filter((r) => r.hidden > 0).map((r) => [r.id, r.hidden])).toEqual([
      ['2512.04147', 11],
      ['2512.05589', 32],
      ['2512.06291', 4],
    ]);
  });

  it('2512.04147 has 36 authors, the last listed one is a name, and its BibTeX ends its authors with "and others"', () => {
    const paper = byId.get('2512.04147');
    if (!paper) throw new Error('2512.04147 not read');
    expect(totalAuthors(paper)).toBe(36);
    expect(paper.authors.at(-1)).toBe('R. Naves Nogues');
    expect(bibEntry(paper, 'yu2025')).toMatch(/author\s*=\s*\{[^\n]*Nogues, R\. Naves and others\}/);
  });

  it('/stats warns that 3 papers hide 47 authors', async () => {
    const index = await PaperIndex.build(papers);
    expect(index.stats().hiddenAuthors).toEqual({ papers: 3, names: 47 });
  });
});

describe('"et al." in a saved daily listing', () => {
  it('is kept as on a search page', () => {
    const page = `<!DOCTYPE html><html><body><h3>Fri, 29 Nov 2024</h3><dl>
<dt><a href="/abs/2411.18876">arXiv:2411.18876</a></dt>
<dd><div class='list-title'>Title: A Large Collaboration</div>
<div class='list-authors'><a href="/a/1">Ada Example</a>, <a href="/a/2">Bo Sample</a>, et al. (5 additional authors not shown)</div>
<div class='list-subjects'>Subjects: Hardware Architecture (cs.AR)</div></dd></dl></body></html>`;
    const [paper] = parseListing(page).papers;
    expect([paper?.authors, paper?.hiddenAuthorCount]).toEqual([['Ada Example', 'Bo Sample'], 5]);
  });
});
