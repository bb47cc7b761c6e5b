import type { Paper } from './paper.js';
import { fold } from './text.js';

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

/** Text for a BibTeX value outside math: LaTeX's special characters escaped. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * A title as BibTeX keeps it: LaTeX math kept as written, `&`, `%`, `#` and `_` escaped outside
 * it, and words with capitals after their first letter (acronyms, "MoETuner") braced so styles
 * that lower-case titles leave them alone.
 */
export function bibTitle(title: string): string {
  const parts = title.split(/(\$[^$]*\$)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .split(/(\s+)/)
        .map((word) => {
          if (/^\s*$/.test(word)) return word;
          const escaped = word.replace(/([&%#_])/g, '\\$1').replace(/[{}]/g, '');
          return /^\S[^\s]*[A-Z]/.test(word.replace(/^[^A-Za-z]+/, '')) ? `{${escaped}}` : escaped;
        })
        .join('');
    })
    .join('');
}

/** "Divya Mahajan" as "Mahajan, Divya"; a name with a suffix as "Last, Jr., First". */
export function bibName(name: string): string {
  const words = name.trim().split(/\s+/);
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1] as string) ? words.pop() : undefined;
  const last = words.pop() ?? name;
  const first = words.join(' ');
  const parts = [last, ...(suffix ? [suffix] : []), ...(first ? [first] : [])];
  return parts.map(escapeText).join(', ');
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
  braced('author', [...paper.authors.map(bibName), ...(paper.hiddenAuthorCount > 0 ? ['others'] : [])].join(' and '));
  if (paper.journalRef) braced('journal', escapeText(paper.journalRef));
  braced('year', paper.submitted.slice(0, 4));
  fields.push(['month', MONTHS[Number(paper.submitted.slice(5, 7)) - 1] ?? 'jan']);
  if (paper.arxivId) {
    braced('eprint', paper.arxivId);
    braced('archivePrefix', 'arXiv');
    if (paper.categories[0]) braced('primaryClass', paper.categories[0]);
  }
  if (paper.doi) braced('doi', paper.doi);
  braced('url', paper.links.abs ?? paper.links.search);
  if (paper.comments) braced('note', escapeText(paper.comments));
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
