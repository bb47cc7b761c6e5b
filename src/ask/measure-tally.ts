import { type Paper, totalAuthors } from '../listing/paper.js';
import { formatDate } from '../listing/dates.js';
import type { PaperIndex } from '../search/paper-index.js';
import { tally } from '../base/tally.js';
import { type Answer, plural } from './answer.js';

// "how many papers have 1 author, 2 authors, 3 and so on", "break down the papers by number of
// authors", "count of papers with 1, 2, 3, 4 tags", "tally the papers by how many categories they list".
const AUTHORS =
  /\b(?:break(?:ing)? down|tally|count|group|split)\b[^?]*\bby (?:the )?number of authors\b|^(?:the )?papers by (?:the )?number of authors\W*$|\bauthor counts?\b.*\b1 author\b|\bhave 1 author, 2 authors\b|\bhow many have 2 authors, 3 authors\b/i;
const CATEGORIES =
  /\bby how many (?:categories|tags) they (?:list|carry|have)\b|\bpapers with 1, 2, 3(?:, 4)? (?:tags|categories)\b|\bhow many (?:categories|tags) do (?:the )?papers (?:carry|have)\b/i;

// "What's the median first-submission date?": the middle first version.
const MEDIAN_DATE =
  /\bmedian (?:first[- ]submission |submission |first[- ]version |publication )?(?:date|first submitted|day)\b/i;

function medianDate(index: PaperIndex): Answer | undefined {
  const days = index.papers.map((p) => p.submitted).sort();
  if (days.length === 0) return undefined;
  const mid = days.length / 2;
  const [a, b] = days.length % 2 ? [days[Math.floor(mid)], days[Math.floor(mid)]] : [days[mid - 1], days[mid]];
  const said = a === b ? formatDate(a as string) : `between ${formatDate(a as string)} and ${formatDate(b as string)}`;
  return {
    answer: `The median first-version date of the ${plural(days.length, 'paper')} is ${said}.`,
    understood: 'the median first-version date',
    papers: [],
  };
}

/** Papers counted by how many authors (or categories) they have: undefined for other questions. */
export function measureTally(index: PaperIndex, text: string): Answer | undefined {
  if (MEDIAN_DATE.test(text)) return medianDate(index);
  const byAuthors = AUTHORS.test(text);
  if (!byAuthors && !CATEGORIES.test(text)) return undefined;
  const shown = /\bshown names?\b|\bnames shown\b/i.test(text);
  if (!byAuthors && index.papers.every((p) => p.categories.length === 0))
    return {
      answer: 'The listing shows no categories, so it cannot count papers by them.',
      understood: 'papers by number of categories',
      papers: [],
      declined: true,
    };
  const value = (p: Paper) => (byAuthors ? (shown ? p.authors.length : totalAuthors(p)) : p.categories.length);
  const counts = tally(index.papers.map(value));
  const rows = [...counts].sort((a, b) => a[0] - b[0]).map(([v, n]) => `${v}: ${n}`);
  const what = byAuthors ? `number of authors${shown ? ' shown' : ' (hidden ones included)'}` : 'number of categories';
  return {
    answer: `Papers by ${what}: ${rows.join(', ')} (${plural(index.papers.length, 'paper')} in all).`,
    understood: `the papers counted by ${what}`,
    papers: [],
  };
}
