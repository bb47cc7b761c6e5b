// Questions written in a second language or dictated to a phone keep the words but not always
// English grammar: "how much papers is having Jongse Park", "exists here some paper with…",
// "which papers was sent on seventeen september", "the most new paper", "main category". Each
// such form is rewritten to the phrasing the readers know; nothing else changes.

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
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
  [/\b(?:the )?most new\b/gi, 'the newest'],
  [/\b(?:the )?most old\b/gi, 'the oldest'],
  [/\b(?:the )?most fast\b/gi, 'the fastest'],
  [/\bmore good\b/gi, 'better'],
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
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
