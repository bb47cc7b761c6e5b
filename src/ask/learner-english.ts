// Questions written in a second language or dictated to a phone keep the words but not always
// English grammar: "how much papers is having Jongse Park", "exists here some paper with…",
// "which papers was sent on seventeen september", "the most new paper", "main category". Each
// such form is rewritten to the phrasing the readers know; nothing else changes.

import { shortForms } from './short-forms.js';

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // Chat spelling: "dont", "isnt", "whos" without their apostrophe.
  [/\b(do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt\b/gi, "$1n't"],
  [/\b(who|what|where|that|there)s\b/gi, "$1's"],
  // "who's doing stuff on compilers": who works on it.
  [
    /\bwho(?:'s| is| are)? (?:doing|working) (?:(?:some |any |the )?(?:stuff|work|research|things) )?(?:on|in|about|with)\b/gi,
    'who works on',
  ],
  // "the biggest team of authors", "written by more than three people": authors counted.
  [/\b(?:biggest|largest) (?:author )?(?:teams?|groups?)(?: of (?:authors|people|researchers))?/gi, 'most authors'],
  [/\bsmallest (?:author )?(?:teams?|groups?)(?: of (?:authors|people|researchers))?/gi, 'fewest authors'],
  // "which has the bigger team, A or B": of two, the one with more authors.
  [
    /\b(?:the )?(?:bigger|larger) (?:author )?(?:teams?|groups?|author lists?)(?: of (?:authors|people|researchers))?/gi,
    'the most authors',
  ],
  [
    /\b(?:the )?smaller (?:author )?(?:teams?|groups?|author lists?)(?: of (?:authors|people|researchers))?/gi,
    'the fewest authors',
  ],
  [
    /\b(?:(?:were|are|was|is) )?written by (more|fewer|less) than (\S+) (?:people|persons|researchers|authors)\b/gi,
    'with $1 than $2 authors',
  ],
  // "did anyone write more than 2 papers", "is there an author with 3 papers": who did, said by name.
  [
    /^(?:did|has|have|does|do) (?:anyone|anybody|someone|somebody|any (?:author|one|person|researcher)s?) (?:write|written|wrote|publish(?:ed)?|have|has|got|author(?:ed)?|appear(?:ed)? on|(?:been )?on)\b/i,
    'who wrote',
  ],
  [
    /^(?:is|are) there (?:an? |any )?(?:authors?|people|persons?|researchers?|one|someone|anyone|anybody) (?:with|on|who (?:wrote|has|have|is on|are on))\b/i,
    'who wrote',
  ],
  // "who wrote at least 2 papers": people counted by their papers, not the authors of a paper named "2 papers".
  [
    /^who (?:wrote|has written|have written|authored|published|is on|was on|appears on)(?= (?:at least |more than |exactly |only |just |over )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?: or more)? (?:papers?|articles?|preprints?)\b)/i,
    'who has',
  ],
  // "when did X start publishing": the first version of X's oldest paper; "last publish": of the newest.
  [
    /^when did (.+?) (?:start|begin|first start) (?:publishing|writing|posting|to publish|to write|to post)\b/i,
    'when was the oldest paper by $1 first submitted',
  ],
  [
    /^when did (.+?) (?:last|most recently) (?:publish|write|post|submit)(?: (?:a|any)(?: paper| preprint)?)?\b/i,
    'when was the newest paper by $1 first submitted',
  ],
  // "who wrote with both X and Y": their coauthors, not the authors of a paper.
  [
    /^who (?:wrote|has written|have written|published|writes|authored) (?:papers? )?(?:together )?with\b/i,
    'who works with',
  ],
  // "who else is on zhaxizhuoma's paper": her coauthors.
  [/^who else (?:is|was|are|were) on (.+?)(?:'s|’s|s') (?:papers?|articles?|preprints?)\b/i, 'who works with $1'],
  // "which person has the largest number of first-author papers": who is first author on the most.
  [
    /^(?:which|what) (?:person|author|researcher|one|name) has the (?:largest|biggest|highest|greatest) (?:number|count) of (first|last)[- ]author(?:ed)? papers\b/i,
    'who is $1 author on the most papers',
  ],
  // "minh tang papers that carey priebe isn't on", "which papers by X is Y not on": not by that person.
  [
    /\b(?:that|which|where) ((?:[\p{L}.'-]+ ){0,3}?[\p{L}.'-]+)(?<!\bauthors) (?:isn't|is not|wasn't|was not|isnt|aren't|are not) (?:on|an author(?: of)?|among (?:the|its|their) authors)\b|\b(?:is|was) ((?:[\p{L}.'-]+ ){0,3}?[\p{L}.'-]+) not (?:on|an author(?: of| on)?|listed on|among (?:the|its|their) authors)(?=\W*$)/giu,
    'not by $1$2',
  ],
  // "and on which is paxton the first author": the papers with that person in that place.
  [
    /\bon which (?:papers? |ones? )?(?:is|was) (.+?) (?:the )?(first|last) author\b/gi,
    'which papers have $1 as $2 author',
  ],
  // "what's the most common first author": who is first author on the most papers.
  [
    /^(?:what|who)(?:'s| is| are)? the (?:most (?:common|frequent)|commonest) (first|last) authors?\b/i,
    'who is $1 author on the most papers',
  ],
  // "list the papers with 10 or more authors and their categories": a second question about those papers.
  [
    /^(?:(?:list|show|give|find)(?: me)? (?:all )?(?:the )?)?(.+?) and (?:also )?(?:their|its) (categories|dates|authors|ids|titles|comments|dois|primary categories)\W*$/i,
    (_m, papers: string, field: string) =>
      `which ${papers} and what are their ${field === 'dates' ? 'submission dates' : field}`,
  ],
  // "swarms: how many of those papers …": the heading is the topic.
  [/^([^:]{2,40}):\s*how many of (?:those|these|them|the) (?:papers|ones)\b/i, 'how many papers about $1'],
  // Careful wording of positions and tags: "neither the first author nor the last one", "not in
  // q-bio.NC at all, neither as primary nor as a cross-list", "carries cs.LG only as a cross-list",
  // "whether as primary or as a cross-list", "has no X among their authors".
  // "not revised and not in stat.ME": the revision is its own condition, the "not" after it negates the rest.
  [/\bnot (been |yet )?(revised|updated) and not\b/gi, 'never $1$2 and not'],
  [/\band not (been |yet )?(revised|updated)\b/gi, 'and never $1$2'],
  [/\bneither (?:the )?first(?: author)? nor (?:the )?last(?: one| author)?\b/gi, 'neither first nor last author'],
  [/,?\s*\(?(?:neither|not) (?:as )?(?:its |the |a )?primary nor (?:as )?(?:a |its )?cross[- ]?list(?:ed)?\)?/gi, ''],
  [
    /,?\s*\(?(?:whether |either )?(?:as )?(?:its |the |a )?primary or (?:as )?(?:a |its )?cross[- ]?list(?:ed)?\)?/gi,
    '',
  ],
  [
    /\b(?:carry|carries|carrying|have|has|having|with) ([a-z-]+\.[A-Za-z-]+|[a-z-]+\.\*) only as (?:a )?cross[- ]?list\b/gi,
    'cross-listed to $1',
  ],
  [/\b(?:do not|don't|does not|doesn't) have ([\p{L}.' -]+?) among (?:their|its|the) authors\b/giu, 'not by $1'],
  [/\b(?:have|has|with) no ([\p{L}.' -]+?) among (?:their|its|the) authors\b/giu, 'not by $1'],
  [/\b(\w+)-submitted\b/gi, '$1 submitted'],
  [/\bthe most recently first[- ]submitted\b/gi, 'the newest'],
  // Ends of periods: "2020 or later", "2024 or earlier", "up to and including 30 November".
  [/\b(?:from |in |dated )?((?:\d{1,2} )?(?:[a-z]{3,9} )?(?:19|20)\d{2}) or later\b/gi, 'since $1'],
  [/\b(?:from |in |dated )?((?:\d{1,2} )?(?:[a-z]{3,9} )?(?:19|20)\d{2}) or earlier\b/gi, 'in or before $1'],
  // "carries no cs.* category at all", "carrying cs.LG": tags.
  [
    /\b(?:have|has) no ([a-z-]+\.(?:[A-Za-z-]+|\*)|cs|math|stat|econ|eess|physics|q-bio|q-fin|astro-ph|cond-mat|quant-ph|nlin|gr-qc) (?:category|categories|tags?)(?: at all)?\b/gi,
    'are not in $1',
  ],
  [
    /\b(?:carry|carries|carrying|having|with) no ([a-z-]+\.(?:[A-Za-z-]+|\*)|cs|math|stat|econ|eess|physics|q-bio|q-fin|astro-ph|cond-mat|quant-ph|nlin|gr-qc) (?:category|categories|tags?)(?: at all)?\b/gi,
    'not in $1',
  ],
  [/\b(?:carrying|carries|carry|tagged with|tagged) ([a-z-]+\.(?:[A-Za-z-]+|\*))/gi, 'in $1'],
  // "ordered from newest to oldest, which paper is third", "ranks third in length".
  [
    /\b(?:ordered|sorted|ranked) (?:from )?(newest|oldest|latest|earliest)(?: to \w+)?(?: by [\w -]+?)?,\s*which (?:paper|one) is (second|third|fourth|fifth)\b/gi,
    'which is the $2 $1 paper',
  ],
  [/\bwhich paper ranks (second|third|fourth|fifth) in (?:length|pages)\b/gi, 'which is the $1 longest paper'],
  // "have a latest version from a later day": revised after the day of the first version.
  [
    /\b(?:have|has) (?:a |their |its )?latest version (?:from|on) a later day\b/gi,
    'were revised more than 0 days after their first version',
  ],
  // "leaving out everyone whose family name is Mahajan": everyone of that family name left out.
  [
    /\b(?:leaving out|excluding|leave out|exclude|without) (?:everyone|everybody|all(?: the)? (?:people|authors)) (?:whose (?:family|last|sur) ?name is|named|with the (?:family|last) name) (\p{Lu}[\p{L}'-]+)\b(?: and\b)?/giu,
    'leaving all the $1s aside,',
  ],
  // "Two counts by first-submission date, please: papers from before 2024, and papers from 2024 or earlier."
  [/^(?:two|three|some|the) (?:counts|numbers)\b[^:]{0,80}:\s*(.+), and (.+)$/i, 'how many $1, and how many $2'],
  [/\bup to and including\b/gi, 'on or before'],
  [/\bstrictly (before|after)\b/gi, '$1'],
  // "in chronological order", "newest first": how a list is ordered, not which papers it holds.
  [
    /,?\s*\b(?:in (?:reverse )?(?:chronological|date|time) order|(?:sorted|ordered|listed) by (?:date|time|submission date)|(?:oldest|newest|earliest|latest) first(?=\s*(?:[,.;?!]|$))|from (?:oldest|newest|earliest|latest) to (?:newest|oldest|latest|earliest))\b/gi,
    '',
  ],
  // "what else has X written": the other papers of X.
  [
    /\bwhat else (?:has|have|did) (.+?) (?:written|write|published|publish|authored)\b/gi,
    'which other papers did $1 write',
  ],
  // "For our journal club I picked FLuID. Which other paper…": the paper is named again in the question by then.
  [
    /^[^.?!]*\bI(?:'ve| have|'ll| will| am|'m)? (?:picked|chosen|chose|selected|present|presenting|reading|read)\b[^.?!]*[.!]\s+(?=\S)/i,
    '',
  ],
  // "who wrote the paper that was first submitted on …": the papers of that day.
  [
    /\b(who wrote|authors of) the (?:paper|one) (?:that|which) (?:was|were) (first )?(submitted|posted|published)\b/gi,
    '$1 the papers $2$3',
  ],
  // "Autoproof's primary category: which other papers are primarily in it?"
  [
    /^(.+?)'s (?:primary )?category[:,]\s*which (other )?papers are (?:primarily )?in it\b/i,
    'which $2papers are in the same primary category as $1',
  ],
  // "is Yann LeCun an author in this list": whether the person wrote any paper here.
  [
    /^is (\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)+) (?:an )?author (?:in|of|on) (?:this list(?:ing)?|here|these papers|any (?:of (?:these|the) )?papers?)\b/u,
    'did $1 write any paper here',
  ],
  // "papers whose title is a question": a question mark in the title.
  [
    /\b(?:whose|with) titles? (?:is|are) (?:a )?questions?\b|\b(?:with )?titles? (?:that|which) (?:is|are) (?:a )?questions?\b|\b(?:with )?titles? (?:that|which) asks? (?:a )?questions?\b/gi,
    'with a question mark in the title',
  ],
  // "jiawei sun has two papers here - what's the primary category of the newer one": of that person's papers.
  [
    /^(.+?) has (?:two|2) papers(?: here| in (?:this|the) list(?:ing)?)?\s*(?:[-–—,:;]|\s-)\s*(.*?)\bthe (newer|older|more recent|earlier|later) one\b(.*)$/i,
    (_m: string, who: string, before: string, which: string, after: string) =>
      `${before}the ${/^(?:newer|more recent|later)$/i.test(which) ? 'newest' : 'oldest'} paper by ${who}${after}`,
  ],
  // "with only 1 author": one, as "only one author" reads.
  [/\b(only|just) 1\b(?= (?:authors?|categor(?:y|ies)|names?|person|people)\b)/gi, '$1 one'],
  // "number of papers by X and which one is newest": a count, then the other question.
  [
    /^(?:the )?(?:total )?number of (?=\S+ .*\band (?:which|what|who|when|the (?:newest|oldest|latest|earliest|most recent) one)\b)/i,
    'how many ',
  ],
  // "q-bio.NC paper counts for all the years": papers per year.
  [
    /\b(papers?) counts? (?:for|over|across|in) (?:all |each of )?(?:the )?(year|month|day|categor)(?:s|ies|y)?\b/gi,
    (_m: string, papers: string, unit: string) => `${papers} per ${unit === 'categor' ? 'category' : unit}`,
  ],
  // "in cs.CL only": that category and nothing else; "exactly one cross-list": two categories in all.
  [
    /\b(?:in )?([a-z-]+\.[A-Z]{2}|quant-ph|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nucl-(?:ex|th)) only\b/g,
    'in $1 and nothing else',
  ],
  // "only in cs.CL", "solely in quant-ph", "just filed under cs.DC": the same.
  [
    /\b(?:only|solely|exclusively|just) (?:in|listed in|filed (?:in|under)|tagged(?: as| with)?) ([a-z-]+\.[A-Za-z-]{2,}|quant-ph|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nucl-(?:ex|th))\b(?! and nothing else)/g,
    'in $1 and nothing else',
  ],
  [
    /\bexactly (one|two|three|four|[1-9]) cross[- ]?lists?\b/gi,
    (_m: string, n: string) =>
      `exactly ${(/^\d$/.test(n) ? Number(n) : ['one', 'two', 'three', 'four'].indexOf(n.toLowerCase()) + 1) + 1} categories`,
  ],
  // Bounds said with a negation: "not more than 8" is at most 8.
  [/\b(?:not|no) more than\b/gi, 'at most'],
  [/\b(?:not|no) (?:fewer|less) than\b/gi, 'at least'],
  // "at least 5 authors but at most 8": the unit said once, for both bounds.
  [
    /\b(at least|more than|over) (\d+) (authors|pages|figures|categories) (?:but|and) (at most|fewer than|less than|under) (\d+)\b(?! \3)/gi,
    '$1 $2 and $4 $5 $3',
  ],
  // "authors who appear only once": people on exactly that many papers.
  [
    /\b(authors|people|researchers|names) (?:that |who )?(?:appear|occur|show up)(?: only)? once\b/gi,
    '$1 on exactly one paper',
  ],
  [
    /\b(authors|people|researchers|names) (?:that |who )?(?:appear|occur|show up)(?: only)? twice\b/gi,
    '$1 on exactly two papers',
  ],
  // "on exactly 1 paper" is a count, not a title with "1" in it.
  [/\b(on|in) exactly 1 paper\b/gi, '$1 exactly one paper'],
  // Counting words.
  [/\bhow much (papers|articles|preprints|authors|people|persons|names|categories|figures|pages)\b/gi, 'how many $1'],
  [/\bpersons\b/gi, 'people'],
  [/\b(papers|articles|preprints|they) was\b/gi, '$1 were'],
  [/\bis having\b/gi, 'has'],
  [/\bare having\b/gi, 'have'],
  // Existence said as a statement: "exists here some paper…", "there is some paper…", "it exists a paper…".
  [/^(?:it )?exists? (?:here |in (?:this|the) list(?:ing)? )?(?:some|any|an?) /i, 'is there any '],
  [/^there (?:is|are) (?:some|any) /i, 'is there any '],
  [/^(in [\w.*-]+) there (?:is|are) (?:some|any) (\w+)/i, 'is there any $2 $1'],
  [
    /^some ([\w.*-]+(?: [\w.*-]+)?) (paper|article|preprint) (has|have|is|was|mentions?)\b/i,
    'is there any $1 $2 that $3',
  ],
  // Submitting: "sent", "submitted first time", "the last version".
  [/\b(was|were|is|are|been|got) sent\b/gi, '$1 submitted'],
  [/\bsent (on|in|during|before|after)\b/gi, 'submitted $1'],
  [/\bin which (day|date|month|year)\b/gi, 'on which $1'],
  [/\b(?:submitted (?:for )?(?:the )?first time|first time submitted)\b/gi, 'first submitted'],
  [/\band the last version (?:is|was) (?:from|in)\b/gi, 'and have their latest version in'],
  [/\bthe last version (?:is|was) (?:from|in)\b/gi, 'their latest version in'],
  [/\bthe last version\b/gi, 'the latest version'],
  [/\b(?:has|have|having) more than one version\b/gi, 'were revised'],
  // Comparatives built with "most" and "more".
  [/\b(?:the )?most new\b(?! papers\b| submissions\b| ones\b)/gi, 'the newest'],
  [/\b(?:the )?most old\b/gi, 'the oldest'],
  [/\b(?:the )?most fast\b/gi, 'the fastest'],
  [/\bmore good\b/gi, 'better'],
  [/\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:biggest|largest|highest) number of\b/gi, '$1 most'],
  [/\b(?:the )?(?:biggest|largest|highest) number of\b/gi, 'the most'],
  [/\b(?:the )?(?:smallest|lowest) number of\b/gi, 'the fewest'],
  [/\bmore (authors|pages|figures|tables|categories|versions) than (?:all )?(?:the )?others\b/gi, 'the most $1'],
  // "where is mentioned X", "which abstract is speaking about X", "talking about".
  [/\b(?:where|in which) (?:is|are) (?:mentioned|written|named|said)\b/gi, 'that mention'],
  [/\bwhich (abstracts?|titles?) (?:is |are )?(?:speaking|talking|speaks|talks) about\b/gi, 'whose $1 mentions'],
  [/\b(?:is|are) (?:speaking|talking) about\b|\b(?:speaks|talks) about\b/gi, 'about'],
  // Names shown: "looking only the names that are shown", "only with the names that are shown".
  [
    /\b(?:looking (?:only )?(?:at )?|only with |with only |counting only )(?:the )?names (?:that are )?(?:shown|visible|listed)\b/gi,
    'going by the names shown',
  ],
  [/\bthe names that are shown\b/gi, 'the names shown'],
  // "divide them by the main category": a distribution by primary category.
  [/\b(?:divide|split|separate|group) (?:them|it|these|those) by(?: the)?\b/gi, 'per'],
  [/\bmain categor(y|ies)\b/gi, 'primary categor$1'],
  [/\bwhat you think\b/gi, 'what do you think'],
  // "what is written in comments of pimba paper".
  [/\bwhat (?:is|are) (?:written|said|stated) in (?:the )?comments? (?:of|for|on)\b/gi, 'what are the comments of'],
  [/\b(?:written|authored) by exactly (\w+) (?:people|authors|names)\b/gi, 'with exactly $1 authors'],
  // "from all papers of X how many percent are…".
  [
    /^from (?:all )?(?:the )?papers (?:of|by) (.+?),? how many percent (?:are|were|is|was)\b/i,
    'what percentage of the papers by $1 were',
  ],
  [/\bhow many percent\b/gi, 'what percentage'],
  [/\b(?:came|come|appeared) first on (?:archive|arxiv)\b/gi, 'came first'],
  [/\bon archive\b/gi, 'on arXiv'],
  // Statements asked as questions: "all the papers of X are revised", "every cs.SE paper has …".
  [/^all (?:the )?(papers|preprints|articles) (.+?) (are|were) (.+)$/i, '$3 all the $1 $2 $4'],
  [/^all (?:the )?(papers|preprints|articles) (.+?) (have|mention) (.+)$/i, 'do all the $1 $2 $3 $4'],
  [/^(every|each) (.+?) (paper|preprint|article) has\b/i, 'does $1 $2 $3 have'],
];

/** The question with second-language and dictation forms in the phrasing the readers know. */
export function learnerEnglish(text: string): string {
  let out = shortForms(text);
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
