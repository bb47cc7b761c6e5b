import type { Paper } from '../listing/paper.js';
import { bibText, bibTitle, bibVerbatim } from './bibtex-text.js';
import { fold } from '../listing/text.js';

/** One BibTeX entry: its citation key and its text. */
export interface BibEntry {
  key: string;
  paperId: string;
  text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SKIP = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'for',
  'in',
  'to',
  'and',
  'with',
  'towards',
  'toward',
  'do',
  'we',
  'is',
  'are',
  'how',
  'what',
  'why',
  'when',
  'can',
]);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** A part of a name as text, where a comma or the word "and" would split it: braced, so BibTeX reads them as letters. */
function namePart(part: string): string {
  return part
    .split(' ')
    .map((w) => (/^and$/i.test(w) ? `{${w}}` : bibText(w).replace(/,/g, '{,}')))
    .join(' ');
}

/** "Divya Mahajan" as "Mahajan, Divya"; a name with a suffix as "Last, Jr., First". */
export function bibName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length === 1 && /^others$/i.test(name.trim())) return `{${name.trim()}}`;
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1] as string) ? words.pop() : undefined;
  const last = words.pop() ?? name;
  const first = words.join(' ');
  const parts = [last, ...(suffix ? [suffix] : []), ...(first ? [first] : [])];
  return parts.map(namePart).join(', ');
}

function keyWord(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** The key a paper would get before deduplication: first author's last name, year, first title word. */
export function baseKey(paper: Paper): string {
  const last =
    keyWord(
      paper.authors[0]
        ?.trim()
        .split(/\s+/)
        .filter((w) => !SUFFIX.test(w))
        .pop() ?? '',
    ) || 'anon';
  const word =
    paper.title
      .split(/[\s:,\-–—]+/)
      .map(keyWord)
      .find((w) => w.length > 1 && !SKIP.has(w)) ?? 'paper';
  return `${last}${paper.submitted.slice(0, 4)}${word}`;
}

/** One paper's entry, under `key`. */
export function bibEntry(paper: Paper, key: string): string {
  const fields: [string, string][] = [];
  const braced = (name: string, value: string) => fields.push([name, `{${value}}`]);
  braced('title', bibTitle(paper.title));
  const names = paper.authors.filter((a) => a.trim() !== '').map(bibName);
  if (paper.hiddenAuthorCount > 0) names.push('others');
  if (names.length > 0) braced('author', names.join(' and '));
  if (paper.journalRef) braced('journal', bibText(paper.journalRef));
  braced('year', paper.submitted.slice(0, 4));
  const month = MONTHS[Number(paper.submitted.slice(5, 7)) - 1];
  if (month) fields.push(['month', month]);
  if (paper.arxivId) {
    braced('eprint', bibVerbatim(paper.arxivId));
    braced('archivePrefix', 'arXiv');
    if (paper.categories[0]) braced('primaryClass', bibText(paper.categories[0]));
  }
  if (paper.doi) braced('doi', bibVerbatim(paper.doi));
  braced('url', bibVerbatim(paper.links.abs ?? paper.links.search));
  if (paper.comments) braced('note', bibText(paper.comments));
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@${paper.journalRef ? 'article' : 'misc'}{${key},\n${body}\n}`;
}

/** Entries for papers, in their order, with keys made unique by a suffix (b, c, …) where two would be equal. */
export function bibEntries(papers: readonly Paper[]): BibEntry[] {
  const used = new Map<string, number>();
  return papers.map((paper) => {
    const base = baseKey(paper);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    const key = n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}${n > 25 ? n : ''}`;
    return { key, paperId: paper.id, text: bibEntry(paper, key) };
  });
}
