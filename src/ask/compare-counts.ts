import { selectPapers } from '../search/filter-engine.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, capitalize } from './answer.js';
import type { Difference } from './read-difference.js';

/** A share in percent with one decimal: "20.0%". */
const percent = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;

/**
 * "how many more papers in 2025 than in 2024": both counts and how far apart they are; "are there
 * more … than …" answered yes or no; "were more than half of the papers revised" against half of
 * the listing. Undefined when a side is no count.
 */
export function difference(
  index: PaperIndex,
  compared: Difference,
  answerOf: (q: string) => Answer,
): Answer | undefined {
  const parts = compared.sides.map((s) => answerOf(s.question));
  const counts = parts.map((p) => (p.query?.want === 'count' ? selectPapers(index, p.query.papers).papers.length : -1));
  const [a = -1, b = -1] = counts;
  if (a < 0 || b < 0) return undefined;
  const understood = parts.map((p) => p.understood).join(' against ');
  if (compared.times) {
    const { factor, strictly } = compared.times;
    const yes = strictly ? a > factor * b : a >= factor * b;
    const [left, right] = compared.sides.map((s) => s.label);
    return {
      answer: `${yes ? 'Yes' : 'No'}: ${left}: ${a}; ${right}: ${b}; ${factor} times ${b} is ${factor * b}.`,
      understood,
      papers: [],
      parts,
    };
  }
  if (compared.ratio) {
    const [left = '', right = ''] = compared.sides.map((s) => s.label);
    const said =
      b === 0
        ? `no ratio: there are none ${right}`
        : `a ratio of ${a} to ${b}, or ${(a * 10) % b === 0 ? '' : 'about '}${(a / b).toFixed(1)}`;
    return { answer: `${capitalize(left)}: ${a}; ${right}: ${b}. That is ${said}.`, understood, papers: [], parts };
  }
  if (compared.fraction) {
    const { op, share, words } = compared.fraction;
    const yes = op === 'more' ? a > share * b : op === 'atLeast' ? a >= share * b : a < share * b;
    const said = `${a} of the ${b} papers (${percent(a, b)}) are ${parts[0]?.understood.replace(/^the number of /, '')}`;
    return {
      answer: `${yes ? 'Yes' : 'No'}: ${said}; ${words} would be ${op === 'atLeast' ? 'at least' : op === 'less' ? 'fewer than' : 'more than'} ${+(share * b).toFixed(2)}.`,
      understood,
      papers: [],
      parts,
    };
  }
  if (compared.half) {
    const yes = compared.half === 'more' ? 2 * a > b : compared.half === 'atLeast' ? 2 * a >= b : 2 * a < b;
    const said = `${a} of the ${b} papers (${percent(a, b)}) are ${parts[0]?.understood.replace(/^the number of /, '')}`;
    return { answer: `${yes ? 'Yes' : 'No'}: ${said}.`, understood, papers: [], parts };
  }
  const [left, right] = compared.sides.map((s) => s.label);
  const gap =
    a === b ? 'as many in both (0 more)' : `${Math.abs(a - b)} ${a > b ? 'more' : 'fewer'} ${left} than ${right}`;
  const lead = compared.yesNo ? `${a > b ? 'Yes' : 'No'}: ` : '';
  return {
    answer: `${lead}${/^(?:in|about|on|during|from|by|with|for|before|after|since|until)\b/.test(left as string) ? capitalize(left as string) : left}: ${a}; ${right}: ${b}. That is ${gap}.`,
    understood,
    papers: [],
    parts,
  };
}

/** "…, and what percentage of all papers is that": the papers the part before chose, as a share of the listing. */
export function shareOfListing(index: PaperIndex, chosen: PaperFilter): Answer {
  const n = selectPapers(index, chosen).papers.length;
  return {
    answer: `That is ${n} of the ${index.size} papers in the listing (${percent(n, index.size)}).`,
    understood: 'that count as a share of the listing',
    papers: [],
  };
}
