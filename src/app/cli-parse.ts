import { plural } from '../base/plural.js';
import { combineListings, listingFiles, readListingFiles } from '../listing/load-listing.js';
import type { Paper } from '../listing/paper.js';
import { EXIT, type Io, UsageError } from './cli-shared.js';

/** `arxivist parse FILE...`: what each listing file (or folder) yields, papers and problems. */
export async function parseFiles(args: string[], json: boolean, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('parse takes one or more FILEs (or folders)');
  const files: string[] = [];
  for (const arg of args) files.push(...(await listingFiles(arg)));
  const listings = await readListingFiles(files);
  const { papers, problems, notices, description } = combineListings(listings);
  if (json) {
    io.stdout(
      `${JSON.stringify({ files, ...(description ? { description } : {}), papers: papers.map(paperJson), problems, notices }, null, 2)}\n`,
    );
  } else {
    for (const l of listings) {
      io.stdout(`${l.file}: ${plural(l.papers.length, 'paper')}, ${plural(l.problems.length, 'problem')}\n`);
      for (const p of l.problems) io.stdout(`  line ${p.line}: ${p.message}\n`);
      for (const n of l.notices) io.stdout(`  note: ${n}\n`);
    }
    if (listings.length > 1) io.stdout(`${plural(papers.length, 'distinct paper')} in all\n`);
  }
  for (const l of listings)
    if (l.papers.length === 0 && l.text.trim()) io.stderr(`arxivist: listing ${l.file}: no paper could be read\n`);
  return problems.length > 0 || papers.length === 0 ? EXIT.replyError : EXIT.ok;
}

/** A paper as \`parse --json\` promises it: every field of the contract present, null when the listing has none. */
function paperJson(p: Paper) {
  return {
    ...p,
    arxivId: p.arxivId ?? null,
    comments: p.comments ?? null,
    journalRef: p.journalRef ?? null,
    doi: p.doi ?? null,
  };
}
