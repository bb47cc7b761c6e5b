// Counts typed out in words where a question bounds a measure: "half a dozen authors", "under
// twenty pages", "a double-digit number of authors", "two or three people", "a pair of authors".
import { TENS_AND_TEENS, twoDigits } from './spoken-numbers.js';

const UNIT = String.raw`(?:pages?|authors?|figures?|people|persons|names|categor(?:y|ies))\b`;
const SMALL = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
const SMALL_WORD = `(?:${SMALL.join('|')}|\\d{1,4})`;

const count = (word: string) => (/^\d+$/.test(word) ? Number(word) : SMALL.indexOf(word.toLowerCase()) + 1);

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\bhalf a dozen\b/gi, '6'],
  [/\b(?:a|one) dozen\b/gi, '12'],
  [/\b(?:a|one) hundred\b/gi, '100'],
  // "twenty pages", "thirty or more authors": 13 to 99 before what they count.
  [
    new RegExp(`\\b(${TENS_AND_TEENS})(?=\\s+(?:or (?:more|fewer|less)\\s+)?${UNIT})`, 'gi'),
    (_, words: string) => String(twoDigits(words)),
  ],
  [/\ba (?:double|two)[- ]digit (?:number of )?(authors|pages|figures)\b/gi, 'between 10 and 99 $1'],
  // "by one person alone or by a pair": one or two authors.
  [
    /\b(?:(?:were |was |are |is )?(?:written|authored) )?by (?:just )?(?:one person|a single (?:person|author)|one author|a lone author)(?: alone)?,? or (?:by )?(?:a pair|two people|two authors)(?: of authors)?\b/gi,
    'with between 1 and 2 authors',
  ],
  // "written by just two or three people", "a small team of two or three": a range of authors.
  [
    new RegExp(
      `\\b(?:(were|was|are|is) (?:written|authored) by |(?:written|authored) by |by )?(?:just |only )?(?:a (?:small )?team of )?(${SMALL_WORD}) (?:or|to) (${SMALL_WORD}) (?:people|persons|authors|names)\\b`,
      'gi',
    ),
    (_, verb: string | undefined, a: string, b: string) =>
      `${verb ? 'have' : 'with'} between ${count(a)} and ${count(b)} authors`,
  ],
  [
    /\b(?:(?:were|was|are|is) )?(?:(?:written|authored) )?by (?:a pair(?: of (?:authors|people))?|two people)\b/gi,
    'with exactly 2 authors',
  ],
];

/** The question with counts in words before what they count written in digits, and author ranges said plainly. */
export function spokenCounts(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
