import { z } from 'zod';
import { defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';
import { bibEntries } from '../src/export/bibtex.js';

const MAX_ENTRIES = 200;

export default defineCommand({
  name: 'bibtex',
  description: 'BibTeX for one paper, or a .bib file of every paper a search finds (up to 200)',
  options: z.object({
    ref: z.string().max(300).describe('A paper (id, arXiv id, title words) or a search, e.g. author:"Divya Mahajan"'),
  }),
  suggest: { ref: 'titles' },
  button: { code: 'bx', on: 'paper', label: 'BibTeX' },
  examples: ['bibtex Pimba', 'bibtex author:"Dhruv Mahajan"', 'bibtex mixture of experts'],
  run({ ref }, { index }) {
    if (!ref.trim()) throw new UserError('Tell me which paper, or what to search.', 'For example: /bibtex Pimba');
    // Search syntax (author:, year:, "phrases", -exclusions) is always a search, never a paper's name.
    const isSearch = /\b[a-z]+:|"|(?:^|\s)-\S/i.test(ref);
    const match = isSearch ? { kind: 'none' as const } : index.findPaper(ref);
    const papers =
      match.kind === 'found'
        ? [match.paper]
        : index
            .search(ref)
            .hits.slice(0, MAX_ENTRIES)
            .map((h) => h.paper);
    if (papers.length === 0) throw new UserError(`No paper matches "${ref.trim()}".`, 'Try /search with other words.');
    const entries = bibEntries(papers);
    const title =
      entries.length === 1
        ? `BibTeX for "${papers[0]?.title}"`
        : `BibTeX for ${entries.length} papers matching "${ref.trim()}"`;
    return { kind: 'bibtex', title, entries };
  },
});
