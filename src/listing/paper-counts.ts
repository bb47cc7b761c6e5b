import type { Paper } from './paper.js';

/** A page count as the comments state it. */
export interface PageCount {
  /** The words as the comment writes them: "13+7 pages", "3pages", "5 pages + appendix". */
  text: string;
  /** Total pages: "13+7 pages" gives 20, "26 pages (21 in the article, …)" gives 26. */
  count: number;
}

// A number, or a sum such as "13+7" (main text plus supplement), not part of a longer number.
const AMOUNT = String.raw`(?<![\d.+])(\d{1,4}(?:\s{0,3}\+\s{0,3}\d{1,4}){0,4})`;

// "N pages" with what commonly qualifies it: "in total", "+ appendix", "(21 in the article, …)".
const PAGES = new RegExp(
  AMOUNT +
    String.raw`\s{0,3}(?:pages?|pp\b\.?)(?![a-z])` +
    String.raw`(?:\s{1,3}in\s+total\b)?` +
    String.raw`(?:\s{0,3}\+\s{0,3}(?:an?\s+|the\s+)?(?:appendix|appendices|references?|bibliography|supplement(?:ary\s+material)?|SI)\b)?` +
    String.raw`(?:\s{0,3}\([^()]{1,200}\))?`,
  'i',
);

function total(amount: string): number {
  return amount.split('+').reduce((sum, n) => sum + Number(n.trim()), 0);
}

/**
 * The page count the comments state ("13+7 pages", "12pages", "5 pages + appendix"), or undefined
 * when they state none. The first statement counts: later ones ("5 pages in appendices") are parts.
 */
export function pagesOf(p: Paper): PageCount | undefined {
  const m = PAGES.exec(p.comments ?? '');
  if (!m) return undefined;
  return { text: m[0].trim(), count: total(m[1] as string) };
}

/** Every "N <unit>" statement outside parentheses, added up; undefined when there is none. */
function countOf(comments: string | undefined, unit: string): number | undefined {
  if (comments === undefined) return undefined;
  // A parenthesis qualifies a count ("7 figures (5 of them composed by 2 subfigures)"); it adds none.
  const outside = comments.replace(/\([^()]*\)/g, ' ');
  const pattern = new RegExp(`${AMOUNT}\\s{0,3}(?:${unit})(?![a-z])`, 'gi');
  let sum: number | undefined;
  for (const m of outside.matchAll(pattern)) sum = (sum ?? 0) + total(m[1] as string);
  return sum;
}

/**
 * The number of figures the comments state: "9+2 figures" gives 11, and separate statements add up
 * ("8 figures in the main text and 7 figures in the supplementary information" gives 15).
 */
export function figuresOf(p: Paper): number | undefined {
  return countOf(p.comments, String.raw`figures?|figs?\b\.?`);
}

/** The number of tables the comments state, read like {@link figuresOf}. */
export function tablesOf(p: Paper): number | undefined {
  return countOf(p.comments, 'tables?');
}
