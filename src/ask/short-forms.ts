// Short forms of a question: a query typed as into a search box ("pimba date", "lyzinski 2017 by
// primary"), quantities in everyday words ("a group of exactly three people", "counting both two
// and four"), each rewritten to the phrasing the readers know.

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "which paper has the latest version date": the one updated most recently.
  [
    /\b(?:has|have|with) the (?:latest|most recent|newest) (?:version|revision|update)(?: date)?\b/gi,
    'was updated most recently',
  ],
  // Search-box queries: "pimba date", "flashlight last update", "divya mahajan last author count".
  [
    /^(?!.*\b(?:by|per|going|busiest|each)\b)(\S+(?: \S+){0,3}) (?:submission |first )?date\W*$/i,
    'when was $1 first submitted',
  ],
  [
    /^(?!.*\b(?:by|per|going|busiest|each|papers)\b)(\S+(?: \S+){0,3}) (?:last|latest) (?:update|revision|version)(?: date)?\W*$/i,
    'when was $1 last updated',
  ],
  [/^(.{2,60}?) (first|last) author count\W*$/i, 'how many papers have $1 as $2 author'],
  // "how many papers are A and B each on, and which of the two has more": the side by side says who has more.
  [
    /^(how many (?:\S+ )?papers (?:are|do|did|have) .+ each\b[^,?]*?),? and which(?: of the two| one)?(?: of them)? (?:has|is on|wrote|have) more(?: papers)?\W*$/i,
    '$1',
  ],
  // "papers here list both X and Y", "how many list X", "the papers listing X": papers by them.
  [
    /\b(papers?|ones) (?:here |in this list(?:ing)? )?(?:list|lists|listing|show|shows|name|names|include|includes)(?: both)? (?=\p{Lu})/gu,
    '$1 by ',
  ],
  [/^how many (?:list|show|name|include) (?=\p{Lu})/u, 'how many papers by '],
  // "by first-submission year": per year of the first version.
  [/\bby (?:first[- ]submission|submission|first[- ]version) (year|month)\b/gi, 'per $1'],
  // "from 17 December 2025 on": since that day.
  [/\bfrom (\d{1,2} [a-z]+(?: \d{4})?|[a-z]+ \d{1,2}(?:,? \d{4})?) (?:on(?:wards?)?|onward)\b/gi, 'since $1'],
  // "in at least one of cs.DC, cs.NI and cs.PF": any of them; "in all three of cs.LG, cs.AI and stat.ML": each of them.
  [
    /\b(?:at least one of|any (?:one )?of|one or more of)(?: (?:the|these|the following)(?: tags| categories| people| authors| words| terms)?:?)? ((?:(?!them\b|these\b|those\b)[^,?;]+?,\s*)+(?:(?:and|or)\s+)?[^,?;]+?|[^,?;]+? (?:and|or) [^,?;]+?)(?=[?.!;]|$)/gi,
    (_, list: string) => list.replace(/\s*,\s*(?:(?:and|or)\s+)?|\s+and\s+/g, ' or '),
  ],
  [/\ball (?:two|three|four|five|six|\d) of (?!(?:them|these|those|the papers|its|their)\b)/gi, ''],
  // "tagged exactly one of cs.RO and eess.SY": one or the other, not both.
  [/\bexactly one of ([^\s,?]+),? (?:and|or) ([^\s,?]+)/gi, '$1 or $2 but not both'],
  // "cs.DC and cs.IR both on one paper - whose paper is that?": who wrote the paper in both.
  [
    /^(\S+) and (\S+) both on (?:one|a|the same) paper\s*[-–—:,]?\s*whose paper is (?:that|it)\W*$/i,
    'who wrote the paper in both $1 and $2',
  ],
  // "eess.SP or eess.SY: how many papers in total, and how many carry both tags?"
  [
    /^([\w.-]+ or [\w.-]+):\s*how many(?: papers)?(?: are there)? in total,? and how many (?:carry|have|are in) both(?: tags| categories)?\W*$/i,
    'how many papers are in $1, and how many of those are in both',
  ],
  // "the one paper carrying both tags": the paper, which the answer will say is one.
  [
    /\bthe (?:one|only|single) (paper|article|preprint)\b(?= (?:that|which|carrying|with|in|tagged|by|about|whose)\b)/gi,
    'the $1',
  ],
  // "on exactly one paper and nowhere else": on that one.
  [/,?\s*\band (?:nowhere|on no paper|on none) else\b/gi, ''],
  // "the cs.DC-tagged papers", "quant-ph-tagged": papers in it; "primary-cs.CL", "cs.LG-primary": primarily in it.
  [/\b([a-z-]+\.[A-Za-z]{2,}|[a-z]+-[a-z]+)-tagged\b/g, '$1'],
  [/\bprimary-([a-z-]+\.[A-Za-z]{2,})\b/g, 'primary $1'],
  [/\b([a-z-]+\.[A-Za-z]{2,})-primary\b/g, '$1 primary'],
  // "before 1 January 2020 (exclusive)": what "before" says anyway; "(inclusive)" takes the day in.
  [/(\b(?:before|after|until|since)\b[^()]{3,40}?)\s*\(exclusive\)/gi, '$1'],
  [/\bbefore ([^()]{3,30}?)\s*\(inclusive\)/gi, 'on or before $1'],
  [/\bafter ([^()]{3,30}?)\s*\(inclusive\)/gi, 'on or after $1'],
  // "a github.com link in the Comments": a code link; "a page count in its Comments": a stated page count.
  [/\ba github(?:\.com)? link(?: in (?:its|their|the) comments)?\b/gi, 'a code link'],
  // "a revision after the first version", "at least one revision": revised.
  [/\b(?:and )?(?:a|at least one) revision(?: after (?:the|its) first version)?\b/gi, 'revised'],
  // "whose Comments give a page count": a stated page count (no Comments line gives none).
  [/\bwhose comments (?:give|state|list|have|include) (a|no) page count\b/gi, 'with $1 page count'],
  [/\s*\((?:a |any )?papers? (?:with no|without a?) comments?(?: line)?(?: at all)? counts?\)/gi, ''],
  // "the papers showing Divya Mahajan": papers by her.
  [/\b(papers?|ones) (?:showing|naming|including) (?=\p{Lu})/gu, '$1 by '],
  // "What journal ref does the paper carry that …": the journal ref of the paper that ….
  [
    /^(?:which|what) (journal ref(?:erence)?|doi|primary category|comments?) does the paper (?:carry|have|give|show) that\b/i,
    'what is the $1 of the paper that',
  ],
  [/^how many (pages|figures) does the paper have that\b/i, 'what is the $1 count of the paper that'],
  [/^what(?:'s| is| was) the latest-version date of\b/i, 'when was the latest version of'],
  [/\b(a|any|no) page count in (?:its|their|the) comments\b/gi, '$1 page count'],
  [/\b(?:the )?(?:highest|largest|biggest|greatest) page count(?: in (?:its|their|the) comments)?/gi, 'the most pages'],
  [/\bstates? the most pages in (?:its|their|the) comments\b/gi, 'has the most pages'],
  // "with 0 for the years in between that have none", "(years with none given as 0)": what a count per year shows anyway.
  [
    /,?\s*\(?\b(?:with 0 for the (?:years|months|days) in between that have none|(?:years|months|days) with none given as 0)\b\)?/gi,
    '',
  ],
  // "who is the last author on each primary cs.DC paper that…": the last authors of those papers.
  [/^who is the (first|last) author (?:on|of) each (.+?) paper\b/i, 'who are the $1 authors of the $2 papers'],
  // "papers that have figures listed in their comments": the word in the comments.
  [
    /\b(have|has|having|with|list|lists|listing|give|gives|state|states|mention|mentions) (?!(?:code|github|links?|urls?|dois?|project|a|an|the|any|some|no)\b)([\p{L}-]+) (?:listed |given |stated |mentioned |written )?in (?:(?:the(?:ir)?|its) )?comments?(?: (?:line|field|section))?\b/giu,
    'with "$2" in the comments',
  ],
  // "tang & lyzinski co-authored?": whether they wrote together.
  [
    /^(?!(?:who|which|what|how|did|do|does|have|has|had|is|are|was|were|when|list|show)\b)(\S+(?: \S+){0,3} (?:and|&|\+) \S+(?: \S+){0,3}?) (?:(?:have|had) )?(?:co-?authored|co-?wrote|co-?written|wr[io]t(?:e|ten) together|worked together|collaborated)(?: (?:on )?(?:anything|any papers?|a paper))?\s*\?+\s*$/i,
    'did $1 write together?',
  ],
  [/^(?!.*\bpapers\b)(\S+(?: \S+){0,2}) by primary(?: category)?\W*$/i, '$1 papers by primary category'],
  [/^(?:the )?primary categories of (?:the )?(.{2,60}?) papers\W*$/i, '$1 papers by primary category'],
  [/^(.{2,60}?):\s*count (?:and|&|\+) list\W*$/i, 'how many $1 are there, and which papers are they'],
  [/^count (?:and|&|\+) list (.{2,60}?)\W*$/i, 'how many $1 are there, and which papers are they'],
  [/^(.{2,60}?):\s*count (?:and|&|\+) (?:the )?(oldest|newest)\W*$/i, 'how many $1 are there and which is the $2'],
  // "how long has X been publishing": the first versions of X's oldest and newest papers.
  [
    /^how long (?:has|have) (.{2,60}?) been (?:publishing|active|writing(?: papers)?|posting(?: papers)?|on arxiv)\W*$/i,
    'when was the oldest paper by $1 first submitted and when was the newest paper by $1 first submitted',
  ],
  // "which categories does X publish in": X's papers by category.
  [
    /^(?:which|what) (?:categories|fields|areas|subject areas|subjects) (?:does|do|did|has|have|is|are) (.{2,60}?)(?: (?:publish(?:ed)?|post(?:ed)?|write|written|work(?:ed)?))? in\W*$/i,
    'what categories are $1 papers in',
  ],
  // Co-authorship in other words: "on the byline", "joint papers", "who else has written with both".
  [/\s+(?:on|in) the (?:byline|author list|author line)\b/gi, ''],
  [/^(.{2,60}?) (?:\+|&|and) (.{2,60}?) joint papers\b/i, 'papers by both $1 and $2'],
  [/^(?:by the names shown, )?who else (?:has written|wrote|has worked|worked) with both\b/i, 'who wrote with both'],
  [
    /^(?:going by the listed names, )?when did (.{2,60}?) and (.{2,60}?) first (?:write|publish|co-?author) (?:a paper |anything )?together\W*$/i,
    'when was the oldest paper by both $1 and $2 first submitted',
  ],
  // "if you ignore the three papers with et al. authors, who has worked with the most different people".
  [
    /^(?:if you ignore|ignoring|leaving out|not counting) the (?:\w+ )?papers (?:with|that hide) (?:hidden |et al\.? )+authors?,? who has (?:worked|written|collaborated) with the most (?:different|distinct) people\W*$/i,
    'who has the most coauthors among the papers with no hidden authors',
  ],
  [
    /^who has (?:worked|written|collaborated) with the most (?:different|distinct) people\b/i,
    'who has the most coauthors',
  ],
  // "how old is the oldest paper": when it was first submitted.
  [/^how old (?:is|was) (the (?:oldest|newest|earliest|latest|first|last) .+?)\W*$/i, 'when was $1 first submitted'],
  // "the newest 3 cs.DC papers": the 3 newest.
  [
    /\bthe (newest|latest|oldest|earliest|most recent) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?= (?:\S+ )?(?:papers|preprints|articles)\b)/gi,
    'the $2 $1',
  ],
  // Quantities in everyday words: "a group of exactly three people", "counting both two and four",
  // "once the hidden et al. authors are counted" (they are), "not even as a cross-list" (any tag).
  [
    /\b(?:written )?by a (?:group|team) of (exactly |at least |at most )?(\S+) (?:people|persons|researchers|authors)\b/gi,
    'with $1$2 authors',
  ],
  [/,?\s*(?:counting|including) both (?:\S+) and (?:\S+)(?= |\W*$)/gi, ''],
  [
    /,?\s*(?:once|when|if|with) the (?:hidden )?(?:'et al\.?'|"et al\.?"|et al\.?|hidden) authors (?:are )?(?:counted|added in|added|included)\b,?/gi,
    '',
  ],
  [/^if the (?:hidden )?(?:'et al\.?'|et al\.?) authors are (?:added in|added|counted|included),?\s*/i, ''],
  [/,?\s*not even as (?:a )?cross[- ]?list(?:ed)?\b/gi, ''],
  [/^counting (?:the )?cross[- ]?lists?(?: as well| too)?,?\s*/i, ''],
  [/\bfall (?:in|into) either ((?:19|20)\d{2}) or ((?:19|20)\d{2})\b/gi, 'were submitted in $1 or $2'],
  [/,?\s*(?:how are they|how are those|how are these) spread (?:over|across|among)\b/gi, ' per'],
  [/\bend up with\b/gi, 'have'],
  // "which people wrote a paper entirely on their own": the authors of the single-author papers.
  [
    /^(?:which|what) (?:people|persons|authors|researchers) (?:wrote|have written|authored) (?:a paper|papers?) (?:entirely )?(?:on (?:their|his|her) own|alone|by (?:themselves|himself|herself)|solo)\b.*$/i,
    'who are the authors of the single-author papers',
  ],
  // "the top three papers by number of authors": the three with the most.
  [
    /\btop (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (papers|ones) by (?:the )?number of (authors|pages|figures)\b/gi,
    '$1 $2 with the most $3',
  ],
];

/** The question with its short forms in the phrasing the readers know. */
export function shortForms(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
