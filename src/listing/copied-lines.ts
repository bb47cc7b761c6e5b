// How the lines of a copied arXiv page look: what each kind of line matches, and the facts read from one line.
import { parseListingDate } from './dates.js';

// Every pattern here is anchored, with bounded or single unbounded quantifiers: linear on any line.
export const ID =
  /^(?:\d{1,5}\.\s{0,8}|\[\d{1,6}\]\s{0,8})?arXiv:\s{0,8}(\d{4}\.\d{4,5}|[a-z][a-z-]{0,20}(?:\.[A-Z]{2})?\/\d{7})(?:v(\d{1,3}))?\b(.*)$/;
export const ENTRY_NUMBER = /^(?:\d{1,5}\.|\[\d{1,6}\])$/;
export const FORMATS = /^\[[a-z ,]{1,60}\]/i;
export const LABEL =
  /^(Title|Authors|Abstract|Comments|Journal[ -]ref|DOI|Report[ -]number|MSC[ -]Class|ACM[ -]Class|Subjects)\s{0,8}:\s*(.*)$/i;
export const DATE_LINE = /^(?:Submitted|v1 submitted|originally announced)\s/i;
export const CATEGORY = /^[a-z]{1,12}(?:-[a-z]{1,12}){0,2}(?:\.[A-Za-z-]{2,12})?$/;
const ARCHIVES = new Set([
  'hep-th',
  'hep-ph',
  'hep-ex',
  'hep-lat',
  'quant-ph',
  'gr-qc',
  'nucl-th',
  'nucl-ex',
  'math-ph',
  'astro-ph',
  'cond-mat',
  'nlin',
  'physics',
  'stat',
  'math',
  'cs',
  'econ',
  'eess',
  'q-bio',
  'q-fin',
]);
export const DOI = /^10\.\d{4,9}\/\S{1,200}$/;
const SUBJECT = /\(([a-z][a-z-]{0,20}(?:\.[A-Za-z-]{2,12})?)\)/g;
// A daily listing's heading: "Showing new listings for Friday, 29 November 2024", or a day of /recent.
const PAGE_DATE =
  /^(?:Showing new listings for\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\b/;
export const RESULTS_HEADING = /^Showing \d[\d,]{0,9}\s?[–-]\s?\d[\d,]{0,9} of [\d,]{1,12} results\b/;
export const SECTION =
  /^(?:New submissions|Cross submissions|Cross-lists|Replacement submissions|Replacements)\s{0,8}(?:\(showing\b.*)?$/i;

/** The date of a daily listing's heading ("Showing new listings for Friday, 29 November 2024", "Fri, 29 Nov 2024 (showing …)"), ISO day. */
export function pageHeadingDate(line: string): string | null {
  const m = PAGE_DATE.exec(line);
  return m ? parseListingDate(m[1] as string) : null;
}

/** The categories of a daily listing's "Subjects: Machine Learning (cs.LG); …", the primary one first. */
export function subjectCategories(text: string): string[] {
  return [...text.matchAll(SUBJECT)].map((m) => m[1] as string);
}

/** Whether a line is a list of category tags such as "cs.LG cs.AI" or "hep-th". */
export function isCategoryLine(line: string): boolean {
  const tags = line.split(/\s+/);
  return (
    tags.length <= 12 && tags.every((t) => CATEGORY.test(t)) && tags.some((t) => t.includes('.') || ARCHIVES.has(t))
  );
}
