// How people say periods and gaps in time ("the 10 days up to the listing's newest date", "a new
// version over three years after its v1", "the other papers of LeaseGuard's day"), rewritten to the
// phrasing the date and measure readers know.
import { NUMBER, numberOf } from './number-words.js';

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const days = (n: string, unit: string) => numberOf(n) * (UNIT_DAYS[unit.toLowerCase().replace(/s$/, '')] ?? 1);
const OP: Record<string, string> = { over: 'more', 'more than': 'more', 'at least': 'at least', 'less than': 'fewer' };

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\bv1\b/gi, 'first version'],
  // "in the 10 days up to the listing's newest date": the last 10 days.
  [
    new RegExp(
      String.raw`\b(?:in |during |over )?the (${NUMBER}) days (?:up to|leading up to|ending (?:on|with)|before and including|through) (?:the listing's|this listing's|the) (?:newest|latest|last|most recent) date\b`,
      'gi',
    ),
    'in the last $1 days',
  ],
  // "what is the newest date, and how many papers came in the 7 days up to it": the last 7 days.
  [
    new RegExp(String.raw`\b(?:in )?the (${NUMBER}) days (?:up to|leading up to|before and including) it\b`, 'gi'),
    'in the last $1 days',
  ],
  // "did any revision here come more than one day after the paper's first version": a revised paper.
  [
    /\b(?:any|a) (?:revision|new version)(?: here)? (?:came|come|was posted|arrived|got posted)\b/gi,
    'any paper revised',
  ],
  // "a new version posted over three years after its first version": a gap of so many days.
  [
    new RegExp(
      String.raw`\b(?:had |got )?(?:a new version posted|a new version|revised|updated|(?:whose|with (?:a|their)) latest version (?:came|is dated|was dated|is from))(?: posted)? (over|more than|at least|less than) (${NUMBER}|one) (days?|weeks?|months?|years?) after (?:its|their|the paper's|the|they) first (?:version|came out|appeared)`,
      'gi',
    ),
    (_, op: string, n: string, unit: string) =>
      `revised ${OP[op.toLowerCase()] ?? 'more'} than ${days(n, unit)} days after the first version`,
  ],
  // "got its second version the quickest after first coming out": revised the fastest.
  [/\b(?:after|since) (?:first )?coming out\b/gi, 'after its first version'],
  // "the newest revision in this listing": the paper revised most recently.
  [
    /\bthe (?:newest|latest|most recent) revision(?: (?:in|of) (?:this|the) listing| here)?\b/gi,
    'the most recently revised paper',
  ],
  // "how many days passed between A and B being first submitted": how many days apart.
  [
    /^how many days (?:passed|elapsed|were there|went by) between (.+?) and (.+?) (?:being|were|was|got) first submitted\W*$/i,
    'how many days apart were $1 and $2 first submitted',
  ],
  // "the other papers first submitted on LeaseGuard's day": the papers of the same day as it.
  [/\bon ([\p{L}\p{N}.-]+)(?:'s|’s) day\b/giu, 'on the same day as $1'],
  [
    /\bthe other (papers?|ones?) (?:(?:first )?submitted |that came out |out |that appeared )?on the same day as\b/gi,
    'the $1 first submitted on the same day as',
  ],
  // "the next paper to come out after X": the oldest of the papers after it.
  [
    /\bthe next paper (?:to come out |to be submitted |submitted |first submitted |that came out )?after\b/gi,
    'the oldest paper first submitted after',
  ],
  [
    /\bthe (?:previous|last) paper (?:to come out |submitted |first submitted |that came out )?before\b/gi,
    'the newest paper first submitted before',
  ],
];

/** The question with its words about time spelled the way the readers know. */
export function timeWords(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
