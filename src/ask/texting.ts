// Texting shorthand, as people type on a phone ("# of pprs w/ > 5 auths b4 '24 y/n"): each form
// spelled out, so the readers see the words they know. Forms that are also words ("r", "n", "u",
// "2") are read only where the words around them leave no other meaning.
import { canonicalCode } from '../listing/categories.js';
import { monthName, monthNumber } from '../listing/dates.js';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "k thx, n what abt 2023": the "ok" before a message.
  [/^(?:k|kk|ok|okay)\b[,.!]?\s*/i, ''],
  [/\bpprs\b|\bpapes\b|\bpaps\b|\bpps\b/gi, 'papers'],
  [/\bppr\b|\bpp\b(?!\.)/gi, 'paper'],
  [/\bauthr?s\b/gi, 'authors'],
  // "how many auth", "top auth": a number of people.
  [/(?<=\b(?:how many|top|most|fewest|more|fewer|number of|\d+) )authr?\b/gi, 'authors'],
  [/\bauthr?\b/gi, 'author'],
  [/\bcnt\b/gi, 'count'],
  [/\bpgs\b/gi, 'pages'],
  [/\bgen\b/gi, 'generation'],
  // "from nov", "since sept": a month said short after a word of time.
  [
    /(?<=\b(?:from|in|since|before|after|until|during|of) )(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.?\s*\d)/gi,
    (m: string) => monthName(monthNumber(m) ?? 0) || m,
  ],
  [/\bpg\b/gi, 'page'],
  [/\bvers\b/gi, 'versions'],
  [/\bver\b/gi, 'version'],
  [/\bmain cats?\b/gi, 'primary categories'],
  [
    /(?<=\b(?:which|what|the|by|per|all|their|its|primary|cross-listed) )cats\b|\bcats(?= (?:per|by|on|for|of)\b)/gi,
    'categories',
  ],
  [/\bpre (?=(?:19|20)\d{2}\b)/gi, 'before '],
  [/\bshes\b/gi, 'she is'],
  [/\bhes\b/gi, 'he is'],
  [
    /\bw\b(?= (?:\d|a |an |the |no |more|fewer|less|at |over |under |code|comments?|dois?|journal|divya|dhruv|\p{L}+ as\b))/giu,
    'with',
  ],
  // "more than 25 ppl on them": authors.
  [/\b(people|ppl) on (?:them|it|the paper|each)\b/gi, 'authors'],
  [/\bppl\b/gi, 'people'],
  [/\bw\/o\b/gi, 'without '],
  [/\bb4\b/gi, 'before'],
  [new RegExp(String.raw`\baft\b(?=\s+(?:\d|'\d|${MONTH}\b))`, 'gi'), 'after'],
  [/\b(?:cuz|coz|bc)\b/gi, 'because'],
  [/\brn\b/gi, 'right now'],
  [/\bidk\b/gi, "I don't know"],
  [/\bsmth\b/gi, 'something'],
  [/\b(?:sb|smb|sbdy)\b/gi, 'somebody'],
  [/\bshld\b/gi, 'should'],
  [/\bhv\b/gi, 'have'],
  [/(?<=\b(?:need|want|get|send|show|list|give|see|read|check|find) )em\b/gi, 'them'],
  [/\bur\b/gi, 'your'],
  [/\bu\b/gi, 'you'],
  [/\by\/n\b/gi, 'yes or no'],
  [/\b(per|each|by|a|every) mo\b/gi, '$1 month'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  // "r there", "papers r from": "are" between the words of a question.
  [/\br\b(?= (?:there|they|these|those|any|all|the|from|in|by|on|about|revised|you|more|fewer|most|some)\b)/gi, 'are'],
  [/(?<=\b(?:papers?|they|which|who|these|those|ones|many \w+)) r\b/gi, ' are'],
  // "n what about 2023", "dhruv n divya": "and" between words.
  [/(?<=[\p{L}\d,.?]{2}) n (?=[\p{L}\d]{2})/giu, ' and '],
  [/^n (?=\p{L})/iu, 'and '],
  [/\bv\b(?= (?:old|new|recent|long|short|many|few|big|small|large|early|late|first|last)\b)/gi, 'very'],
  [/^#\s*(?:of\b\s*)?/, 'how many '],
  [/#\s*(?:of\b\s*)?/g, 'number of '],
  [/\bny\b(?= (?:papers?|one|ones|more|of|authors?|people)\b)/gi, 'any'],
  [/\bno\. of\b/gi, 'number of'],
  [/\s*>=\s*/g, ' at least '],
  [/\s*<=\s*/g, ' at most '],
  [/\s*>\s*(?=\d)/g, ' more than '],
  [/\s*<\s*(?=\d)/g, ' fewer than '],
  [/\s\+\s/g, ' and '],
  [/\s&\s/g, ' and '],
  // "1st submitted", "the 2nd author"; not "the 1st through the 15th", a day.
  [/\b1st\b(?= (?:author|one|paper|version|submitted|submission|place|name|listed|appeared|posted)|\W*$)/gi, 'first'],
  [/\b2nd\b(?= (?:author|one|paper|version|place|name|listed|most|oldest|newest|latest)|\W*$)/gi, 'second'],
  [/\b3rd\b(?= (?:author|one|paper|version|place|name|listed|most|oldest|newest|latest)|\W*$)/gi, 'third'],
  // "'25" is 2025 ("the '90s" is not a year).
  [/(?<![\p{L}\d])'(\d\d)\b(?!s)/gu, (_m, yy: string) => (Number(yy) > 80 ? `19${yy}` : `20${yy}`)],
  // "counting hidden ones 2": too.
  [/\b(ones|them|it|those|these|too) 2(?=\W*$)/gi, '$1 too'],
  [/\b(newest|oldest|latest|earliest|most recent|which|that|the first|the last) 1\b/gi, '$1 one'],
  // Autocorrect slips of the words that shape a question.
  [/\bhoe (many|much|old|long)\b/gi, 'how $1'],
  [/\b(papers?) buy\b/gi, '$1 by'],
  [new RegExp(String.raw`\b(papers?) form\b(?= (?:\d|${MONTH}\b|'\d|the (?:last|past)))`, 'gi'), '$1 from'],
  [/\bhear(?=\W*$)/gi, 'here'],
  // "if you skip the 2 llama ones": those left out.
  [/\bif (?:you|we|i) (?:skip|leave out|ignore|drop|exclude)\b/gi, 'excluding'],
  // "…, need them because I'm meeting him": why it is asked, not what.
  [/,?\s*(?:i )?need (?:them|these|those|it|this)\b[^?]*$/i, ''],
  [/,?\s*because i(?:'m| am| have|'ve| need| want)\b[^?]*$/i, ''],
  // "did somebody write more than 1 paper here? who": who did.
  [
    /^(?:did|has|have) (?:somebody|someone|anyone|anybody) (?:write|written|wrote|publish(?:ed)?) (.+?)\?\s*(?:and )?who(?: (?:is it|are they|was it|were they))?\W*$/i,
    'who wrote $1?',
  ],
];

// "cscl", "cs se", "stat ml": a category with its dot left out, when that is a category of arXiv.
const UNDOTTED = /\b(cs|math|stat|econ|eess|physics|q-bio|q-fin|astro-ph|cond-mat|nlin) ?([a-z]{2})\b/gi;
const WORDS = new Set('is in on or an as at by of to no so do go me my up we us he be am if it'.split(' '));

function dotted(whole: string, archive: string, subject: string): string {
  if (WORDS.has(subject.toLowerCase())) return whole;
  return canonicalCode(`${archive}.${subject}`) ?? whole;
}

/** The question with texting shorthand spelled out. */
export function fromTexting(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out.replace(UNDOTTED, dotted).replace(/\s{2,}/g, ' ');
}
