// How people say a place in a ranking ("No. 3", "runner-up", "3rd by team size", "ranks 4th for
// new papers", "in 4th place by number of papers", "second place among primary categories"),
// rewritten to the "the 3rd most …" phrasing the superlative reader knows.
import { ORDINALS } from './answer-place.js';

/** "3rd" for 3. */
export function ordinalDigits(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The place an ordinal names: 2 for "second", "2nd" or "2"; undefined for other words. */
export function placeOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const at = ORDINALS.indexOf(w);
  if (at >= 0) return at + 1;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  return digits ? Number(digits[1]) : undefined;
}

export const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;

// What a paper is ranked by, said as the superlative reader says it.
const PAPER_MEASURES: [RegExp, string][] = [
  [
    /^(?:team size|(?:the )?(?:number of |count of )?authors?(?: count| list(?: size)?)?|author (?:count|list(?: size)?))$/i,
    'most authors',
  ],
  [/^(?:(?:the )?(?:number of )?pages|page count)$/i, 'most pages'],
  [/^(?:(?:the )?(?:number of )?(?:categories|tags)|category count)$/i, 'most categories'],
];
// What a group (person, category, day, year) is ranked by: its papers.
const GROUP_MEASURE =
  /^(?:(?:the )?(?:number of |count of )?(?:new |first )?(?:papers|submissions|first submissions|preprints)|paper count|papers per (?:person|author|day|year|month|category))$/i;

function measureOf(words: string): string | undefined {
  const w = words.trim().replace(/[?.!,]+$/, '');
  if (GROUP_MEASURE.test(w)) return 'most papers';
  return PAPER_MEASURES.find(([re]) => re.test(w))?.[1];
}

const MEASURE_WORDS = String.raw`((?:the )?(?:number of |count of )?[\w-]+(?: [\w-]+){0,2}?)`;

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "the first paper in the list to be submitted", "the last one to come out": the oldest and the newest.
  [
    /\bthe (first|earliest|last|latest) (?:paper|one|preprint)(?: (?:in|on) (?:the|this) (?:list|listing))? to (?:be submitted|be posted|come out|appear|be published)\b/gi,
    (_m, w: string) => (/first|earliest/i.test(w) ? 'the oldest paper' : 'the newest paper'),
  ],
  // "No. 3", "#2": the ordinal.
  [/(?:\bno\.|#)\s?(\d{1,2})\b(?!\s*(?:papers?|authors?)\b)/gi, (_m, n) => ordinalDigits(Number(n))],
  // "the runner-up for most authors", "runner-up by number of authors": the second.
  [
    new RegExp(
      String.raw`\b(?:is |'s )?(?:the )?runner[- ]up (?:for|in|by) (?:the )?(most|fewest|longest|shortest) ([\w-]+)`,
      'gi',
    ),
    'has the 2nd $1 $2',
  ],
  [
    new RegExp(String.raw`\b(?:is |'s )?(?:the )?runner[- ]up (?:by|for|in) ${MEASURE_WORDS}(?=[?.!,]|$)`, 'gi'),
    (m, words) => {
      const measure = measureOf(words);
      return measure ? `has the 2nd ${measure}` : m;
    },
  ],
  // "which paper is 3rd by team size", "which year ranks 3rd for first submissions", "who's in 4th place by number of papers".
  [
    new RegExp(
      String.raw`\b(?:is|'s|ranks?|ranked|comes?|came|sits?|lands?|are)? ?(?:in |at )?(?:the )?(${ORDINAL})(?: place)? (?:by|for|in|on) ${MEASURE_WORDS}(?=[?.!,]|$)`,
      'gi',
    ),
    (m, ord, words) => {
      const measure = measureOf(words);
      return measure ? `${m.startsWith("'") ? ' ' : ''}has the ${ord} ${measure}` : m;
    },
  ],
  // "second place among primary categories", "the No. 3 primary category": the Nth most common.
  [
    new RegExp(
      String.raw`\b(?:the )?(${ORDINAL})(?: place)? (?:among (?:the |all )?)?(primary )?(?:categor(?:y|ies)|tags?)\b`,
      'gi',
    ),
    'the $1 most common $2category',
  ],
  // "top 3 tags", "the tag ranking": categories.
  [/\b(top (?:\d{1,2} |two |three |four |five |six |seven |eight |nine |ten )?(?:primary )?)tags\b/gi, '$1categories'],
  [/\btag ranking\b/gi, 'category ranking'],
  // "bottom 3 papers by authors count", "which primary categories come last": the fewest.
  [
    new RegExp(
      String.raw`\bbottom (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (papers|primary categories|categories|years|months|days|people|authors) (?:by|for) ${MEASURE_WORDS}(?=[?.!,]|$)`,
      'gi',
    ),
    (m, n, what, words) => {
      const measure = measureOf(words);
      return measure ? `the ${n} ${what} with the ${measure.replace('most', 'fewest')}` : m;
    },
  ],
  [
    /\b(primary categories|categories|years|months|days) (?:come|came|rank|ranked) last\b/gi,
    '$1 have the fewest papers',
  ],
  // "the fifth highest page count", "the 2nd highest number of authors": the Nth most.
  [
    new RegExp(String.raw`\b(${ORDINAL})[- ](?:highest|largest|biggest) (?:page count|number of pages)\b`, 'gi'),
    '$1 most pages',
  ],
  [
    new RegExp(
      String.raw`\b(${ORDINAL})[- ](?:highest|largest|biggest) (?:number of authors|author count|team size)\b`,
      'gi',
    ),
    '$1 most authors',
  ],
  [
    new RegExp(String.raw`\b(${ORDINAL})[- ](?:largest|highest|biggest) number of (categories|tags)\b`, 'gi'),
    '$1 most categories',
  ],
  [new RegExp(String.raw`\b(${ORDINAL}) the (most|fewest) `, 'gi'), '$1 $2 '],
  // "Top 3 cs.DC papers by number of authors": the 3 with the most.
  [
    new RegExp(
      String.raw`\btop (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (\S+ )?papers (?:by|for) ${MEASURE_WORDS}(?=[?.!,]|$)`,
      'gi',
    ),
    (m, n, what = '', words) => {
      const measure = measureOf(words);
      return measure ? `the ${n} ${what}papers with the ${measure}` : m;
    },
  ],
  // "which has the biggest author list, and which one is runner-up": the second of the same.
  [
    /^which (?:paper|one) has the (most|fewest|\w+est) ([\w -]+?),? and which(?: one)? is (?:the )?runner[- ]up\W*$/i,
    'which paper has the $1 $2, and which paper has the 2nd $1 $2',
  ],
  // "No. 2 for last-author spots": papers as last author.
  [
    new RegExp(
      String.raw`\b(?:is |'s )?(?:in |at )?(${ORDINAL})(?: place)? (?:for|in|by) (first|last)[- ]author (?:spots|slots|places|papers|positions)\b`,
      'gi',
    ),
    (m, ord, pos) => `${m.startsWith("'") ? ' ' : ''}has the ${ord} most papers as ${pos.toLowerCase()} author`,
  ],
  // "Abhimanyu Dubey's 5th paper": the 5th oldest of that person's papers.
  [
    new RegExp(
      String.raw`\b(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)+)'s (${ORDINAL}) (paper|preprint|article)\b`,
      'gu',
    ),
    'the $2 oldest $3 by $1',
  ],
  // "what were Divya Mahajan's first and second papers of 2025": her oldest, and her second oldest.
  [
    /^(?:[Ww]hat|[Ww]hich) (?:were|are) (\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)+)'s first (?:and|&) second (?:papers|preprints|articles)((?: (?:of|in|from) [^?.!]+)?)[?.!]*$/u,
    'what was the oldest paper by $1$2, and what was the 2nd oldest paper by $1$2',
  ],
  [
    /\b(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)+)'s first (?:and|&) second (papers|preprints|articles)\b/gu,
    'the 2 oldest $2 by $1',
  ],
  // "what's the newest cs.DC paper and what's the second newest": the second newest cs.DC paper.
  [
    new RegExp(
      String.raw`^(.*?\bthe (?:newest|oldest|latest|earliest|most recent) (.+?)),? and what(?:'s| is| was) the (${ORDINAL}) (newest|oldest|latest|earliest|most recent)(?: one)?\W*$`,
      'i',
    ),
    "$1, and what's the $3 $4 $2",
  ],
  // "the 2nd and 3rd newest papers": two places, asked one after the other.
  [
    new RegExp(
      String.raw`^(?:(?:what|which) (?:are|were) |(?:list|show|give)(?: me)? )?the (${ORDINAL}) and (?:the )?(${ORDINAL}) (newest|oldest|latest|earliest|most recent) (\S+ )?(?:papers|ones)\W*$`,
      'i',
    ),
    "what's the $1 $3 $4paper, and what's the $2 $3 $4paper",
  ],
  // "name the first author of each of the 3 oldest papers": the first authors of those papers.
  [/\b(first|last) author of each of (the .+)$/i, '$1 authors of $2'],
  // "list the cs.DC papers sorted by number of authors, most first" (no limit): the papers; the order is the list's own.
  [
    /,?\s*(?:sorted|ordered|ranked) by (?:the )?(?:number of authors|author count|team size|page count|number of pages|title length|date|first submission)(?:,? (?:most|fewest|longest|shortest|oldest|newest|latest|earliest|biggest|smallest) first)?(?=\W*$)/i,
    '',
  ],
  [
    /^sort (.+?) by (?:the )?(?:number of authors|author count|team size|page count|number of pages|title length|date)(?:,? (?:most|fewest|longest|shortest|oldest|newest) first)?\W*$/i,
    'list $1',
  ],
  // "count the 2025 papers, then name the two newest": a count, then a ranking of the same papers.
  [
    /^(?:count (?:the )?|how many |(?:the )?number of )(?:(.+?) papers|papers ((?:from|in|by|about) [^,?]+?))(?: are there)?,? (?:and )?(?:then )?(?:name |list |show(?: me)? |give me |and )?(?:the )?(\d{1,2}|two|three|four|five) (newest|oldest|latest|earliest|most recent)(?: ones)?((?:,? by (?:first submission|first version))?)\W*$/i,
    (_m, before: string | undefined, after: string | undefined, n: string, end: string, by: string) =>
      before
        ? `how many ${before} papers are there, and which are the ${n} ${end} ${before} papers${by}`
        : `how many papers ${after} are there, and which are the ${n} ${end} papers ${after}${by}`,
  ],
  // "sort Priebe's papers by page count and give me the top two": the two with the most.
  [
    /^sort (.+?) by (?:the )?(page count|number of pages|number of authors|author count|team size)(?:,? (?:most first|descending))? and (?:give me|show(?: me)?|list|name) (?:the )?top (\d{1,2}|two|three|four|five)\W*$/i,
    (_m, what: string, by: string, n: string) =>
      `the ${n} ${what.replace(/^the /i, '').replace(/^(.+?)'s papers$/, 'papers by $1')} with the most ${/page/i.test(by) ? 'pages' : 'authors'}`,
  ],
  // "sort the DOI papers by date and give me the DOI of the last one", "DOI of the newest paper that has one".
  [
    /^sort the (DOI|journal ref) papers by date and (?:give me|show(?: me)?|what(?:'s| is)) the \1 of the (last|first|newest|oldest) one\W*$/i,
    (_m, field: string, end: string) =>
      `the ${field} of the ${/last|newest/i.test(end) ? 'newest' : 'oldest'} paper with a ${field}`,
  ],
  [
    /^(?:the )?(DOI|journal ref) of the (newest|oldest|latest|earliest) paper that has one\W*$/i,
    'the $1 of the $2 paper with a $1',
  ],
  // "the six biggest author lists": the papers with the most authors.
  [
    new RegExp(
      String.raw`\bthe (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:biggest|largest|longest) author lists\b`,
      'gi',
    ),
    'the $1 papers with the most authors',
  ],
  // "cs.CV papers sorted by arXiv id, first three", "the three lowest arXiv ids", "the two with the lowest ids".
  [
    /^(?:the )?(\S+ )?papers,? sorted by (?:arxiv )?ids?,? (?:the )?first (\d{1,2}|two|three|four|five)\W*$/i,
    (_m, what = '', n: string) => `the ${n} ${what}papers with the lowest arXiv ids`,
  ],
  [
    /\bthe (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (lowest|highest) (?:arxiv )?ids\b/gi,
    'the $1 papers with the $2 arXiv ids',
  ],
  [
    /^(?:count (?:the )?|how many )(\S+) papers(?: are there)?,? (?:and )?then (?:give me|name|list|show(?: me)?) the (\d{1,2}|two|three|four|five) with the (lowest|highest) (?:arxiv )?ids\W*$/i,
    'how many $1 papers are there, and which are the $2 $1 papers with the $3 arXiv ids',
  ],
  // "give me the three shortest titles, counting characters": title length, in characters.
  [/,?\s*(?:counting|in|by) (?:characters|character count|number of characters)\b/gi, ''],
  // "oldest paper carrying a journal ref": a paper with one.
  [/\bcarrying an? (journal ref(?:erence)?|doi|code link|comments?)\b/gi, 'with a $1'],
  // "Apart from the two of them, who has written with both X and Y": the two are left out anyway.
  [
    /,?\s*(?:apart from|besides|other than|except(?: for)?) (?:the two of them|them both|both of them|those two)\b/gi,
    '',
  ],
  // "cs.DC papers sorted by team size, smallest first, just the first 2": the 2 with the fewest.
  [
    /^(?:sort )?(?:the )?(\S+ )?papers,? sorted by (?:the )?(team size|number of authors|author count|page count|number of pages),? (smallest|fewest|largest|biggest|most|longest|shortest) first,? (?:just |only )?(?:the )?(?:first|top) (\d{1,2}|two|three|four|five)\W*$/i,
    (_m, what = '', by: string, end: string, n: string) =>
      `the ${n} ${what}papers with the ${/smallest|fewest|shortest/i.test(end) ? 'fewest' : 'most'} ${/page/i.test(by) ? 'pages' : 'authors'}`,
  ],
  // "Which paper brings the most people together with every author actually listed, no et al.?"
  [/\bbrings the most people together\b/gi, 'has the most authors'],
  [
    /,?\s*with every author (?:actually )?(?:listed|shown),? (?:and )?no et al\.?/gi,
    ' among the papers with no hidden authors',
  ],
  // "2023 papers (by first submission): sort by last update and give me the top one": the most recently revised.
  [
    /^(.+?)\s*[:,-]\s*sort (?:them )?by (?:last update|latest version|last revision),? (?:newest first,? )?and (?:give me|show(?: me)?|name) the top one\W*$/i,
    'which of the $1 was most recently updated',
  ],
  // "Who first-authored the three oldest papers": the first authors of those papers.
  [/^who first[- ]authored (the .+)$/i, 'who are the first authors of $1'],
  // "the third most recent revision": the third most recently revised paper.
  [
    new RegExp(String.raw`\b(?:the )?(${ORDINAL} )?(?:most recent|latest|newest) (?:revision|new version)\b`, 'gi'),
    'the $1most recently revised paper',
  ],
  // "penultimate paper", "the next-to-last revision": the second newest.
  [/\b(?:the )?(?:penultimate|next[- ]to[- ]last|second[- ]to[- ]last|last but one)\b/gi, 'the 2nd newest'],
];

// "Only counting the papers that show every author, who's No. 2 …": the people asked about first, the papers after.
const PAPERS_FIRST =
  /^(?:(?:only )?counting (?:only )?|(?:of|among|looking at|using) (?:only )?)(?:the )?(papers (?:that|which) (?:show|list|name) (?:every |all (?:their |the |of their )?)authors?|papers with no hidden authors|papers that hide no authors),\s*((?:who|which (?:people|authors|persons|researchers))\b.+?)([?.!]*)$/i;

/** The question with its ranking words said as the superlative reader reads them. */
export function rankWords(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  return out.replace(PAPERS_FIRST, '$2 among the papers with no hidden authors$3');
}
