import type { PaperIndex } from '../search/paper-index.js';
import { termOf } from '../search/terms.js';
import { isFrameWord } from './entities.js';

// "bengio?": a name alone, asked whether it is in the listing.
const LONE_NAME = /^\s*([\p{L}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*){0,2})\s*\?\s*$/u;
// "fewest authors 2023", "lyzinski 2017": a year at the end with no word before it saying how it bounds
// (and not the end of a date such as "18/09/2024").
const BARE_YEAR =
  /(?<!\b(?:in|from|since|before|after|until|till|to|through|thru|between|and|of|on|by|during|year|than|q[1-4]|h[12]|quarter|half|spring|summer|autumn|fall|winter|early|mid|middle|late|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*),?\s)(?<!\b\d{1,2}(?:st|nd|rd|th)?,?\s)(?<![\d/.-])\b((?:19|20)\d{2})\s*$/i;

/** Whether no title or abstract of the listing has this word. */
function noPaperSays(index: PaperIndex, word: string): boolean {
  return !index.hasTextTerm(termOf(word) ?? '');
}

/**
 * A query typed as into a search box, in the words the readers know: "bengio?" as whether that
 * person is an author, "priebe 2017" as papers of 2017. Words some paper uses are left as they are.
 */
export function terseQuery(index: PaperIndex, question: string, text: string): string {
  const lone = LONE_NAME.exec(question);
  const words = (lone?.[1] ?? '').split(' ');
  if (lone && words.every((w) => noPaperSays(index, w) && !isFrameWord(w))) return `is ${lone[1]} an author`;
  const year = BARE_YEAR.exec(text);
  // "NeurIPS 2025", "accepted at ICML 2024": a venue's year, not a period.
  const before =
    text
      .slice(0, year?.index ?? 0)
      .trim()
      .split(/\s+/)
      .at(-1) ?? '';
  const venue =
    /\p{Lu}.*\p{Lu}/u.test(before) || /\b(?:accepted|published|presented|appear\w*|submitted to)\b/i.test(text);
  if (year && !venue && text.trim().split(/\s+/).length > 1 && noPaperSays(index, year[1] as string))
    return `${text.slice(0, year.index)}in ${year[1]}`;
  return text;
}
