import { formatDate } from '../listing/dates.js';
import { nameKey } from '../listing/names.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { paperNamed } from './relative-to-paper.js';

// "do the ENUBET paper and the Solitons paper have any author in common", "does X share an author with Y".
const SHARE =
  /^(?:do|does|did) (.+?) (?:and (.+?) (?:have|share) (?:an|any) authors?(?: in common)?|(?:share (?:an|any) authors? with|have (?:an|any) authors? in common with) (.+?))\s*\??$/i;

// "how many days apart were NVLM and Qwen2-VL first submitted", "are NVLM and Qwen2-VL in the same primary category".
const DAYS_APART =
  /^how (?:many days|long) apart (?:were|are|was) (.+?) and (.+?)(?: (?:first )?(?:submitted|published|posted))?\s*\??$/i;
const SAME_CATEGORY = /^(?:are|were|is) (.+?) and (.+?) in the same (primary )?category\s*\??$/i;

/** Two named papers compared: shared authors, days apart, the same category; undefined for other questions. */
export function twoPapers(index: PaperIndex, text: string): Answer | undefined {
  return sharedAuthors(index, text) ?? daysApart(index, text) ?? sameCategory(index, text);
}

function named(index: PaperIndex, m: RegExpExecArray | null): [Paper, Paper] | undefined {
  if (!m) return undefined;
  const a = paperNamed(index, m[1] as string, false);
  const b = paperNamed(index, m[2] as string, false);
  return a && b && a !== b ? [a, b] : undefined;
}

function daysApart(index: PaperIndex, text: string): Answer | undefined {
  const pair = named(index, DAYS_APART.exec(text));
  if (!pair) return undefined;
  const [a, b] = pair;
  const days = Math.round(Math.abs(Date.parse(a.submitted) - Date.parse(b.submitted)) / 86_400_000);
  return {
    answer: `${plural(days, 'day')} apart: "${a.title}" was first submitted on ${formatDate(a.submitted)} and "${b.title}" on ${formatDate(b.submitted)}.`,
    understood: `the days between the first versions of "${a.title}" and "${b.title}"`,
    papers: pair,
  };
}

function sameCategory(index: PaperIndex, text: string): Answer | undefined {
  const m = SAME_CATEGORY.exec(text);
  const pair = named(index, m);
  if (!m || !pair) return undefined;
  const [a, b] = pair;
  const understood = `whether "${a.title}" and "${b.title}" have the same ${m[3] ? 'primary ' : ''}category`;
  if (a.categories.length === 0 || b.categories.length === 0)
    return { answer: 'The listing does not show their categories.', understood, papers: pair, declined: true };
  const [pa, pb] = [a.categories[0] as string, b.categories[0] as string];
  if (m[3] || pa === pb)
    return {
      answer: `${pa === pb ? `Yes: both are primarily in ${pa}` : `No: "${a.title}" is primarily in ${pa} and "${b.title}" in ${pb}`}.`,
      understood,
      papers: pair,
    };
  const both = a.categories.filter((c) => b.categories.includes(c));
  return {
    answer: both.length
      ? `Not the same primary category (${pa} and ${pb}), but both are in ${joinAnd(both)}.`
      : `No: "${a.title}" is in ${joinAnd(a.categories)} and "${b.title}" in ${joinAnd(b.categories)}.`,
    understood,
    papers: pair,
  };
}

/** Whether two named papers share an author: yes with the names, no, or "cannot tell" when one hides authors. */
function sharedAuthors(index: PaperIndex, text: string): Answer | undefined {
  const m = SHARE.exec(text);
  if (!m) return undefined;
  const a = paperNamed(index, m[1] as string, false);
  const b = paperNamed(index, (m[2] ?? m[3]) as string, false);
  if (!a || !b || a === b) return undefined;
  const theirs = new Set(b.authors.map(nameKey));
  const shared = a.authors.filter((n) => theirs.has(nameKey(n)));
  const understood = `whether "${a.title}" and "${b.title}" share an author`;
  const papers = [a, b];
  if (shared.length > 0)
    return { answer: `Yes: ${joinAnd(shared)} ${shared.length === 1 ? 'is' : 'are'} on both.`, understood, papers };
  const cut = papers.filter((p) => p.hiddenAuthorCount > 0);
  if (cut.length > 0)
    return {
      answer: `The listing cannot tell: no name is shown on both, but ${joinAnd(cut.map((p) => `"${p.title}" hides ${plural(p.hiddenAuthorCount, 'author')}`))} ("et al.").`,
      understood,
      papers,
    };
  return {
    answer: `No: none of the ${plural(a.authors.length, 'author')} of "${a.title}" is among the ${plural(b.authors.length, 'author')} of "${b.title}".`,
    understood,
    papers,
  };
}
