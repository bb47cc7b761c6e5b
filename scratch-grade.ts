import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask } from './src/ask/ask.js';
import { parseListing } from './src/listing/listing-parser.js';
import { PaperIndex } from './src/search/paper-index.js';
import { grade } from './tests/helpers/grade-answer.js';
const TABLES = [['mahajan','mahajan.txt'],['gpt','real/gpt-search-2024-09.copied.txt'],['drosophila','real/drosophila-connectome.copied.txt'],['distributed','real/distributed-systems.copied.txt']];
const only = process.argv[2]; const show = process.argv[3] ?? 'wrong';
let tot = {right:0, declined:0, wrong:0};
for (const [t, l] of TABLES) {
  if (only && only !== 'all' && only !== t) continue;
  const rows = JSON.parse(readFileSync(join('fixtures/questions', `${t}.json`), 'utf8'));
  const papers = parseListing(readFileSync(join('fixtures', l), 'utf8')).papers;
  const index = PaperIndex.of(papers);
  const titles = new Map(papers.map((p) => [p.arxivId ?? p.title, p.title]));
  const c = {right:0, declined:0, wrong:0};
  for (const row of rows) {
    let a; try { a = ask(index, row.q); } catch (e) { a = { answer: 'THREW ' + (e as Error).stack?.split('\n').slice(0,3).join(' '), papers: [] }; }
    const g = grade(a, row.expect, row.kind, { titleOf: (id: string) => titles.get(id) });
    c[g.verdict]++; tot[g.verdict]++;
    if (show === 'all' || g.verdict === show || (show === 'nr' && g.verdict !== 'right'))
      console.log(`[${g.verdict}] ${t} (${row.kind}) ${row.q}\n   => ${a.answer.slice(0, 300)}${a.parts ? ' PARTS:' + a.parts.length : ''}\n   understood: ${a.understood}\n   expect: ${JSON.stringify(row.expect).slice(0, 200)}\n   why: ${g.reason}`);
  }
  console.log(t, c);
}
console.log('TOTAL', tot);
