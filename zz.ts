import { loadListing } from './src/listing/load-listing.js';
import { PaperIndex } from './src/search/paper-index.js';
const l = await loadListing('fixtures/mahajan.txt');
const idx = PaperIndex.of(l.papers);
for (const p of l.papers.slice(0, 50)) {
  const s = idx.similar(p, 3);
  console.log(`${p.title.slice(0,60)}\n   -> ${s.map((x) => `${x.paper.title.slice(0,50)} [${x.sharedWords.slice(0,4).join(', ')}; ${x.sharedAuthors.length}a] ${x.score.toFixed(1)}`).join('\n   -> ')}`);
}
