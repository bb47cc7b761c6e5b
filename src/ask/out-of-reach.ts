// Questions the listing cannot answer, recognized by their words and declined with a hint.

// Companies and universities whose people a question may ask about by name.
const ORGS =
  '(?:Meta|Google|Microsoft|OpenAI|DeepMind|NVIDIA|Nvidia|Amazon|Apple|IBM|Intel|Facebook|Alibaba|Tencent|Baidu|Huawei|Samsung|Anthropic|Stanford|MIT|CMU|Berkeley|Harvard|Oxford|Cambridge|Tsinghua|ETH|EPFL|Janelia|HHMI)';

/** Questions the listing cannot answer at all: the words that say so, what they ask, and the reply. */
const OUT_OF_REACH: { pattern: RegExp; understood: string; message: string }[] = [
  {
    pattern:
      /^(?:help(?: me)?|usage|commands|what can (?:you|i) (?:do|ask)|what (?:do|can) you (?:do|know|answer)|how (?:do|does) (?:this|it|you) work|how (?:do|can|should) i use (?:you|this|it)|what (?:kind|sort|type)s? of questions (?:can|do|should) i ask|who are you|what are you)\W*$/i,
    understood: 'a request for help',
    message:
      'I answer questions about the papers of this listing in plain words, for example "papers about diffusion", "who wrote the most papers in 2024?" or "when was Pimba first submitted?". /help lists the commands.',
  },
  {
    pattern:
      /\b(?:best|any good|(?:is|was) it good|how good|well[- ]written|(?:code|writing) quality|quality of (?:the|its|their) (?:code|writing)|summari[sz]e (?:where|the field|the state|the trends?)|where (?:\S+ ){0,4}(?:is|are) heading|worth reading|most important|should (?:i|we|one) read|recommend|better|favou?rite|interesting|(?:most|more|least) novel|(?:in )?(?:your|my) (?:opinion|view)|reading list|leave (?:\w+ )?off|least convincing|convincing|stronger|weaker|exciting|impressive|promising|groundbreaking|overrated|underrated|\brate (?:it|this|that|the)\b|\bout of (?:10|ten|five|5)\b|matters? (?:the )?most|will matter|would you (?:trust|pick|choose|read)|trust(?:worthy)? the most|do you (?:think|reckon|believe|expect)|most influential|everyone(?:'s| is)? talking about|trending|(?:most )?popular|buzz(?:ing)?|hyped?|viral|(?:top|leading|best|real|true) experts?|go-to (?:expert|person)|experts? on|(?:does|did|do) (?:the|this|that|it|its|their) (?:paper|work|study|article)? ?(?:really |actually )?(?:prove|demonstrate|establish|show) (?:that|it|this)\b)\b/i,
    understood: 'a question of opinion',
    message:
      'That is a matter of opinion: the listing holds titles, authors, abstracts and dates, not judgements. I can list or count papers by topic, author or date.',
  },
  {
    pattern:
      /\b(?:most|more|less|least) (?:useful|helpful|valuable|relevant|impactful|significant|insightful|practical|readable|talented|skilled|brilliant|capable)\b|\b(?:smartest|brightest)\b/i,
    understood: 'a question of opinion',
    message:
      'That is a matter of opinion: the listing holds titles, authors, abstracts and dates, not judgements. I can list or count papers by topic, author or date.',
  },
  {
    // "who is more senior", "whose lab is bigger", "whose work has more influence": about people, not their papers here.
    pattern:
      /\b(?:most|more|less|least) (?:influential|senior|junior|experienced|established|famous|well[- ]known|renowned|respected|prominent)\b|\b(?:has|have|had) (?:more|less|the most|the least|greater|bigger) (?:influence|impact|reputation|standing|seniority|experience)\b|\bwhose (?:lab|group|institute|department)\b|\b(?:lab|group) (?:is )?(?:bigger|larger|smaller)\b|\b(?:authors?|they|people|he|she|everyone|all of them) (?:all )?work(?:s|ed)? (?:at|for)\b|\b(?:this |the )?list(?:ing)? (?:grew|has grown|shrank|has shrunk|changed)\b|\blast year's (?:edition|list(?:ing)?|version|issue)\b|\b(?:is|are|was|were) (?:based |employed |working )?at (?:the )?(?:johns hopkins|mit|stanford|harvard|berkeley|oxford|cambridge|princeton|yale|caltech|cmu|carnegie mellon|eth|epfl|google|meta|microsoft|nvidia|openai|deepmind|ibm|amazon|apple)\b/i,
    understood: 'a question about people beyond their papers here',
    message:
      "The listing does not say that: it holds each paper's title, authors, abstract, dates, categories and comments, not people's seniority, labs or influence. I can compare how many papers people have here, or who they write with.",
  },
  {
    pattern:
      /\b(?:longest|shortest|biggest|smallest|largest) abstracts?\b|\babstracts? (?:length|lengths|size)\b|\blength of (?:the |their |its )?abstracts?\b/i,
    understood: 'papers ranked by the length of their abstract',
    message:
      'I rank papers by date, number of authors, pages, figures or title length, not by the length of their abstract (a copied listing often shows only its first lines).',
  },
  {
    pattern:
      /\b(?:is|was|are|were) (?:\S+ ){1,4}?(?:an? |still an? |the )?(?:professor|(?:phd |grad(?:uate)? )?student|postdoc|post-doc|group leader|team leader|principal investigator|lecturer|faculty member)\b|\b(?:a )?(?:man|woman|male|female) or (?:a )?(?:man|woman|male|female)\b|\b(?:what|which) (?:is (?:the |their |his |her )?)?gender\b|\bgender of\b|\b(?:his|her|their) (?:gender|nationality|age)\b|\bwhich (?:company|university|uni|college|institution|institute|employer|country)\b|\bwork(?:s|ed)? (?:for|at) (?:which|what)\b|\b(?:co-?authors?|authors?|people|researchers?|he|she|they|who)\b[^?]{0,30}\b(?:based|located|living|residing|working) in (?!the (?:listing|list)\b)\p{L}|\b(?:co-?authors?|authors?|people|researchers?) (?:who )?(?:are |were |come )?from (?:korea|china|japan|india|germany|france|italy|spain|canada|europe|asia|africa|america|the (?:us|usa|uk|states))\b/iu,
    understood: 'a question about a person beyond the listing',
    message:
      "The listing shows each paper's authors by name only: not their positions, employers, affiliations or anything else about them.",
  },
  // "papers by Meta researchers", "authors from Stanford": an affiliation, which a listing never shows.
  {
    pattern: new RegExp(
      `\\b(?:researchers?|authors?|scientists|engineers|employees|people|folks|teams?|labs?|groups?) (?:from|at|working at|employed (?:at|by)) (?:the )?(?:${ORGS}\\b|[A-Z]\\w+ (?:University|Institute)|(?:University|Institute) of)|\\b${ORGS}(?: AI| Research)? (?:researchers?|authors?|scientists|engineers|employees|people|folks|teams?|labs?)\\b`,
    ),
    understood: 'papers by the people of an institution',
    message:
      'The listing shows each paper\'s authors by name only, not where they work; ask for papers by a person ("papers by Divya Mahajan") or papers that mention a name ("papers mentioning Meta").',
  },

  // "offered only as [pdf], without ps": the download formats on the id line, which no reader keeps.
  {
    pattern:
      /\b(?:offered|available|downloadable|only) (?:only )?(?:as|in) \[?(?:pdf|ps|postscript|html)\]?|\b(?:pdf|ps|postscript)\b[^?]*\b(?:other )?formats?\b|\bformats?\b[^?]*\b(?:pdf|ps|postscript)\b/i,
    understood: 'the download formats of papers',
    message: "I do not read the download formats (pdf, ps, other) on a listing's id lines, so I cannot count them.",
  },
  // "how long was X under review before JMLR accepted it": the listing holds arXiv dates, not a journal's.
  {
    pattern:
      /\bhow long\b[^?]*\b(?:under review|in review|to (?:get )?(?:accepted|published|reviewed)|before (?:\S+ ){0,3}(?:accepted|published))\b/i,
    understood: 'how long a journal took',
    message:
      "The listing gives the dates of a paper's arXiv versions, not when a journal or conference received, reviewed or accepted it.",
  },
  // "did any of those authors write a second paper": people of some papers looked up on others, not read yet.
  {
    pattern:
      /\b(?:any|which|who) of (?:those|these|them|the(?:ir)?) (?:authors|people|writers)\b[^?]*\b(?:write|wrote|written|have|has|had|publish(?:ed)?) (?:another|a second|other|any other|more) (?:papers?|ones?)\b/i,
    understood: 'the other papers of the people of some papers',
    message:
      'I cannot yet follow the people of some papers to their other papers in one question; ask who wrote them, then "papers by" each name.',
  },
  {
    pattern:
      /^when (?:was|is|did) (?:the|this) (?:listing|list|page|file) (?:last )?(?:updated|made|created|saved|fetched|copied|published)\b/i,
    understood: 'when the listing was made',
    message:
      'The listing does not say when it was copied or saved; ask for its newest paper ("the newest paper by latest version") to see how recent it is.',
  },
  {
    pattern:
      /\b(?:have|has|had) (?:\S+ )?read\b|\breaders?(?:hip)?\b|\bhow many views\b|\bbeen viewed\b|\bcited\b|\breused\b|\b(?:had|has|have) (?:had )?(?:more |the most |the greatest |the biggest |more than twice the )?impact\b|\bmost impactful\b/i,
    understood: 'a question about how papers were read or used',
    message:
      "The listing does not say that: it holds each paper's title, authors, abstract, dates, categories and comments, not readers, citations or reuse.",
  },
  {
    pattern: /\b(?:twice|three times|thrice|half) as (?:many|much)\b|\bmore than (?:twice|double|three times)\b/i,
    understood: 'two counts compared by how many times one is the other',
    message:
      'I compare two counts by how many more, not by how many times; ask for example "how many more papers is Youngser Park on than Marta Zlatic".',
  },
  {
    pattern:
      /\b(?:who|which (?:people|authors|names)) (?:is|are) (?:an author |named |listed )?on (?:both|all|each|every one) of (?:his|her|their|[\p{L}. '-]{3,60}?'s) (?:\w+ )?papers\b|\b(?:named|listed) on all (?:three|four|five|\d+) of the papers\b/iu,
    understood: 'the people on every one of some papers',
    message:
      'I cannot yet tell who is on every one of several papers; ask "who works with <name>" for their coauthors with how many papers each shares.',
  },
  {
    pattern:
      /\b(?:full|whole|complete) (?:text|paper|pdf)\b|\b(?:send|paste|email|mail) (?:me )?(?:the |a )?(?:pdf|paper|text)\b/i,
    understood: "a paper's full text",
    message:
      "The listing holds titles, authors, abstracts, dates, categories and comments, not the papers' full text; ask for a paper's link to read it on arXiv.",
  },
  // "is that claim true, which papers break it…": a claim checked in parts the reader cannot keep apart.
  {
    pattern:
      /\b(?:is|are) (?:that|this|the|both|either|each|the first|the second) (?:claim|statement|part)s?\b.{0,40}\btrue\b|\bclaim(?:s|ed)? (?:that )?it\b.{0,120}\b(?:actually )?true\b|(?<!\bwho )\b(?:says|said|claims?|wrote|writes|states?) (?:that )?['"\u2018\u201C][^'"\u2019\u201D]{12,}['"\u2019\u201D]/i,
    understood: 'whether a claim is true',
    message:
      'I answer questions about the listing, not whether a claim is true. Ask about what the claim says, one question at a time, for example "how many papers have more than 30 authors?"',
  },
  {
    pattern:
      /\bcategor(?:y|ies)\b.{0,60}\b(?:of|with|have|has) (?:exactly|more than|fewer than|less than|at least|at most|over|under|only) (?:one|two|three|four|five|\d+) (?:or more )?papers?\b|\b(?:categor(?:y|ies)|days?|months?|years?) (?:that |which )?(?:appears?|occurs?|(?:is|are) used|shows? up)(?: only)? (?:once|twice|(?:\w+|\d+) times)\b/i,
    understood: 'groups kept by how many papers they have',
    message:
      'I cannot keep only the categories or periods with a given number of papers yet; ask for papers per category (or per year) and read the counts.',
  },
  {
    pattern: /\b(?:figures?|tables?) (?:are |is )?in the (?:main (?:text|paper|body)|supplement\w*|appendix)\b/i,
    understood: 'figures of the main text and of the supplement apart',
    message:
      'I read the figure count a paper\'s comments state, added up, not split between main text and supplement; ask "how many figures does <paper> have" and read its comments for the split.',
  },
  {
    pattern:
      /\b(?:first|last) author (?:on|of) (?:neither|none|both|all|exactly one|only one|one) of (?:them|those|their papers|these)\b|\btake the one (?:whose|that|with|which)\b/i,
    understood:
      "a person's positions counted over their papers, or a paper picked in one sentence and asked about in the next",
    message:
      'I cannot count a person\'s positions over their papers, or keep a paper picked in one sentence for the next, yet; ask in one question, for example "who was first author of the newest paper first submitted in 2022".',
  },
  {
    pattern: /\b(?:total|sum)(?: number)? of (?:all )?(?:the )?(?:pages|figures|tables)\b|\badd(?:ing)? up\b/i,
    understood: 'a sum over papers',
    message:
      'I count papers and people and average a measure, but do not add a measure up over papers; ask for the average (for example "the average number of pages") and the count.',
  },
  {
    pattern:
      /\b(?:per|each|every|by) week\b|\bweekly\b|(?:^|\b(?:on|from|of|submitted|after|before|since|until)\s)the \d{1,2}(?:st|nd|rd|th)\b(?! (?:of|century|author|paper|place|most|largest|newest|oldest)\b)(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
    understood: 'weeks, or a day without its month',
    message:
      'I group papers by day, month or year, not by week, and need a month with a day ("on 18 September"); ask for papers per day of that month, or name the month.',
  },
  {
    pattern: /\b(?:the same|a later|an earlier|a different) calendar (?:month|year)\b/i,
    understood: 'the calendar months or years of two dates of each paper compared',
    message:
      'I cannot compare the months or years of two dates of each paper yet; ask for the revised papers and their dates, or for a gap ("revised within 30 days of their first version").',
  },
  {
    pattern:
      /\b(?:older|newer|earlier|later|longer|shorter) than (?:its|their)\b|\bshare the same\b|\b(?:other|another|a different|different) (?:month|day|year|week) than (?:the|its|their)\b/i,
    understood: 'a comparison of two fields of each paper',
    message:
      'I cannot compare two fields of each paper with each other yet; ask for one of them, for example "which papers have a journal ref".',
  },
  {
    pattern:
      /\b(?:github stars|how many (?:github )?stars|number of stars|star count|how many downloads|downloaded|downloads|(?<!\bin )citations?|(?:most|highly|been|times) cited|cited by|cites?|citing|h-index|impact factor|affiliat\w*|affil\w*ations?|datasets? (?:they |it )?used|download links?|universit(?:y|ies)(?! (?:teachers?|students?|courses?|lectures?|education|admissions?|exams?|instructors?))|institutions?|research (?:groups?|labs?|teams?) (?:in|from|based in|located in)|(?:groups?|labs?|teams?|compan(?:y|ies)) (?:based|located) in|(?:come|comes|came) from (?:research |a |the )?(?:groups?|labs?|teams?|companies|industry|academia)|(?:which|what) countr(?:y|ies)|(?:written|done|based|made) at|cost(?:s|ing)? to build|how much did .{1,60} cost|how many gpus|(?:which|what) (?:gpus?|hardware|accelerators?|machines?|clusters?)\b|(?:gpus?|hardware|compute) (?:were |was )?used|[gtc]pu[- ]hours?|compute budget|orcid(?: id| ids|s)?|email|e-mail|homepage of|how many neurons|number of neurons|search query|results did the search|query produced|retract(?:ed|ions?)|peer[- ]review(?:ed|ing)?|hidden (?:et al\.? )?authors? (?:[\w.-]+ ){0,12}?(?:also|other|another)|(?:been|were|was) (?:independently )?(?:reproduced|replicated)|funded|funding (?:agenc(?:y|ies)|bodies|sources?)|(?:who|which \w+) paid for|grants? (?:from|by)|sponsor(?:ed|s|ship)|reviewers? (?:say|said|think|thought|wrote|write)|peer reviews?)\b/i,
    understood: 'a question about something the listing does not hold',
    message:
      "The listing does not say that: it holds each paper's title, authors, abstract, dates, categories and comments, not citations, affiliations or anything beyond them.",
  },
  {
    pattern:
      /\bcoming out\b|\bwill (?:it|this|that|they|the \w+) (?:be|come)\b|\bgoing to (?:be|come)\b|\bwill (?:\S+ ){0,4}(?:get into|end up|be accepted|win)\b/i,
    understood: 'a question about the future',
    message: 'The listing says what has been submitted and when, not what will come: I cannot tell that from it.',
  },
  {
    pattern:
      /^(?:.*\b)?(?:who|authors|people|researchers)\b.*\b(?:in|across) (?:two|2|three|3|several|multiple|different) (?:different |distinct )?(?:primary )?categories\b/i,
    understood: "people counted by their papers' categories",
    message:
      'I cannot yet tell which people have papers in several categories; ask for the authors of one category\'s papers, for example "authors of the cs.CL papers".',
  },
  {
    pattern:
      /\b(?:what|which) (?:does|do|is|are) (?:shown |drawn |plotted )?(?:in )?(?:figure|fig\.?|table|equation|eq\.?|section|appendix|algorithm) \d+\w*\b|\b(?:figure|fig\.?|table|equation|section|appendix) \d+\w* (?:of|in) .{1,120}\b(?:show|shows|say|says|contain|contains|plot|plots|depict|depicts|mean)\b/i,
    understood: 'the contents of a paper beyond its abstract',
    message:
      "The listing holds each paper's title, authors, abstract, dates, categories and comments, not its figures, tables or sections: those are in the paper itself (its PDF link is in the paper's details).",
  },
  {
    pattern:
      /\b(?:is|was|are) (?:the )?only (?:person|author|one|researcher)s?\b|\bthe only (?:person|author|one|researcher|people)s? (?:here |in (?:this|the) list(?:ing)? )?(?:who|that|with)\b/i,
    understood: 'whether one is the only one',
    message:
      'I cannot check "the only one" in one step; ask for all of them (for example "who wrote single-author papers?") and see whether the name stands alone.',
  },
  {
    pattern: /\bfirst half\b.{0,60}\bor\b.{0,25}\bsecond half\b|\bsecond half\b.{0,60}\bor\b.{0,25}\bfirst half\b/i,
    understood: 'two halves of a period compared',
    message:
      'I count one period at a time: ask for each half, for example "how many papers were first submitted in the first half of 2024?" and then the second half.',
  },
  {
    pattern:
      /\b(?:broad )?(?:subject )?archives? of (?:their|its|the) (?:primary )?categor(?:y|ies)\b|\b(?:by|per) (?:subject )?archive\b/i,
    understood: 'papers counted by archive',
    message:
      'I count papers per category, not per archive; ask "papers per primary category" and add up the ones of an archive (cs.*, eess.*, …).',
  },
  {
    pattern: /\b(?:ti|abs|au|cat|all):\S+\s+(?:vs\.?|versus|compared (?:to|with)|against)\s+(?:ti|abs|au|cat|all):/i,
    understood: 'two arXiv searches compared',
    message:
      'I read one arXiv search at a time: ask each on its own (for example "ti:kalman how many", then "abs:kalman how many").',
  },
  {
    pattern:
      /\b(?:year|date|month)s? (?:printed|given|stated|written|shown|named) in the (?:journal ref(?:erence)?|comments?)\b|\bby (?:the )?(?:journal|publication)(?:'s)? (?:year|date)\b/i,
    understood: 'papers grouped by the year a journal reference names',
    message:
      'I group papers by their arXiv dates (first version, latest version or announcement), not by a year printed in a journal reference or comment; ask for the papers with a journal ref and read their years there.',
  },
  {
    pattern: /\b(?:weeks?)\b.*\b(?:had|have|has|with) no (?:papers?|submissions?)\b/i,
    understood: 'the periods with no papers',
    message:
      'I cannot list the periods without papers yet; ask for papers per month or per year (for example "papers per month in 2024") and the missing ones are the gaps.',
  },
  {
    pattern:
      /^(?:please )?(?:make|create|draw|plot|build|generate|export|produce)(?: me)? (?:an? )?(?:table|spreadsheet|csv|chart|plot|graph|figure|excel|pie chart|bar chart|histogram)\b/i,
    understood: 'a table or chart made of the papers',
    message:
      'I answer in chat messages, not tables or charts; ask for the fields you need ("the primary category of each paper", "papers per year") and copy them from the reply or from /bibtex.',
  },
  // The words most papers use ("based", "using", "results") are not what a listing is about.
  {
    pattern:
      /^(?:what|which) (?:are |were |is )?(?:the )?(?:main |common |most common |key |major |top |popular |hot |recurring |big |general |overall )?(?:topics?|themes?|subjects?|research (?:areas?|topics?|directions?)|trends?|keywords?)(?: (?:are|is|were) (?:covered|there|discussed|studied|addressed|represented|present))?(?: (?:in|of|across|on) (?:this|the|these) (?:listing|list|papers|page))?(?: (?:covered|here))?\W*$|^(?:what|which) (?:topics?|themes?|subjects?) (?:do|does) (?:the |these |this )?(?:papers?|listing|list) (?:cover|discuss|address|study)\W*$|^what(?:'s| is| are) (?:this listing|the listing|this list|these papers|the papers|all (?:these|the) papers) (?:mostly |mainly |generally )?about\W*$|^summari[sz]e (?:this|the) (?:listing|list|papers)\W*$/i,
    understood: "the listing's topics summed up",
    message:
      'I cannot sum up what a listing is about; ask about a topic ("papers about graph neural networks", "who works on consensus"), or see /stats for the words most papers use.',
  },
  // Statistics the readers do not compute yet: said so rather than answered as something else.
  {
    pattern:
      /\b(?:than|above|below|over|under|exceeds?|beats?|at|around|near) (?:the |that year's |that group's |its |their |a |an |this )?(?:[\w.-]+(?:'s)? ){0,3}?(?:average|mean|median)\b(?! (?:of|number|authors?|pages?|team|count|title)\b[^?]*\b(?:is|are|was|were)\b)|\b(?:twice|double|triple|(?:two|three|four|five|\d+) times) (?:as many |the )?(?:\S+ ){0,4}?(?:average|mean|median)\b|\bon average than\b|\b(?:average|mean|median)\b.*\bcompared (?:with|to)\b|\bcompared (?:with|to)\b.*\b(?:average|mean|median)\b|^on average\b.*\bcompared\b|\b(?:average|mean|median) (?:\S+ ){0,4}?(?:above|below|over|under|more than|less than|at least) \d/i,
    understood: 'papers or people compared with an average or a median',
    message:
      'I cannot yet compare papers or people with an average or a median; ask for the average (or median) first, for example "what is the average number of authors of the cs.CL papers", then for the papers above a number ("cs.CL papers with more than 6 authors").',
  },
  {
    pattern:
      /\bstandard deviation\b|\bvariance\b|\b(?:median|average|mean) (?:first[- ]submission |submission |publication |announcement )?dates?\b|\b(?:median|average|mean) (?:\S+ ){0,2}?(?:first submitted|submitted|day)\b|\bcareer stage\b|\bacceptance (?:rate|ratio)s?\b|\byears since (?:their |the )?phds?\b|\bseniority\b|\b(?:spen[dt]|spending|time|long) under review\b|\band so on\b|\b1, 2, 3\b|\bby how many (?:categories|authors|tags)\b|^(?:who|which)\b.*\b(?:on|in) (?:at least |more than |over |under |fewer than |less than )?(?:half|a quarter|a third|a tenth|\d{1,2}%) of (?:\S+ ){0,4}?papers\b|^how many (?:categories|tags) do (?:the )?papers (?:carry|have)\b|\bsmallest and (?:the )?largest\b|\b(?:more|fewer|bigger|larger|smaller) (?:\S+ ){0,2}on average than\b|\baverage (?:more|fewer) \S+ than\b|\b(?:bigger|larger|smaller|higher|lower) (?:in|for) \S+ than (?:in|for)\b|\b(?:highest|largest|biggest|smallest|lowest|greatest) (?:average|mean|median|share|fraction|proportion|percentage)\b|\b(?:average|mean|median) (?:\S+ ){0,3}?(?:highest|largest|biggest|smallest|lowest)\b|\bsmallest average\b/i,
    understood: 'a statistic I do not compute',
    message:
      'I give counts, shares, averages and medians of authors, pages, figures and categories, for the listing or for papers you name; not standard deviations, average dates, or which group has the highest average or share.',
  },
  // What a saved listing cannot hold: papers it left out, papers not on arXiv, what came of them later, where people are.
  {
    pattern:
      /\b(?:did|does) (?:this|the) (?:search|list|listing|page) miss\b|\b(?:missing from|left out of) (?:this|the) (?:search|list|listing)\b|\b(?:never made it|didn't make it|did not make it) (?:onto|to|into) arxiv\b|\b(?:aren't|are not|isn't|is not|weren't|were not) (?:yet )?(?:on|posted (?:on|to)) arxiv\b|\b(?:withdrawn|retracted)\b|\bended up (?:rejected|accepted|published)\b|\b(?:were|was|got|been) (?:later |eventually )?rejected\b|\b(?:later|subsequently|eventually) (?:published|accepted)\b|\b(?:left|joined|moved (?:to|from)) (?:\S+ ){0,3}?(?:lab|group|team)\b|\b(?:authors?|people|researchers) (?:from|based in|in) (?:the )?(?:Germany|Switzerland|China|France|Japan|India|Korea|UK|US|USA|United States|Canada|Italy|Spain|Australia|Brazil|Europe|Asia)\b|\b(?:phd |doctoral )?(?:advisor|adviser|supervisor|mentor)s?\b|\b(?:advised|supervised|mentored)\b|\bsame (?:lab|group|institute|institution|university|department|team|company)\b|\bwho should (?:i|we) (?:invite|ask|contact|hire)\b|\bshould (?:i|we) invite\b|\b(?:papers?|preprints?|anything|any(?:one|body)|some(?:one|body)|work|research|authors?|people) (?:(?:are |is )?(?:from|at)|by (?:people|researchers|authors|folks) (?:at|from)) (?:Google|DeepMind|Meta|Facebook|FAIR|Microsoft|OpenAI|Anthropic|Apple|Amazon|NVIDIA|Nvidia|IBM|Intel|Baidu|Alibaba|Tencent|Huawei|ByteDance|Samsung|MIT|Stanford|CMU|Carnegie Mellon|Berkeley|Harvard|Princeton|Oxford|Cambridge|ETH|EPFL|Mila|Caltech|Georgia Tech|Tsinghua|Peking|KAIST|Janelia|HHMI)\b/i,
    understood: 'a question about what the listing does not hold',
    message:
      'The listing holds the papers it shows as they were when it was saved: not the papers a search left out or that are not on arXiv, not what happened to them later (withdrawn, accepted or rejected), and not where their authors work or live, who advised whom, or whom to invite.',
  },
  {
    pattern:
      /\b(?:before|after|by|around|at) (?:noon|midnight|midday|\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock))\b|\b(?:in the (?:morning|afternoon|evening)|at night|time of day|what time|which hour|time ?zones?)\b/i,
    understood: 'a time of day',
    message:
      'The listing dates each version by day only, with no time of day or time zone; ask by day, week or month instead ("papers submitted on 18 Sep 2024").',
  },
  {
    pattern:
      /\bhow long (?:did|does|do) (?:.+? )?(?:spend|take|need) (?:to )?(?:writ(?:e|ing)|prepar(?:e|ing)|do(?:ing)? the work)\b|\b(?:review|reviewing|peer[- ]review) (?:took|time|duration|process)\b|\b(?:exact|precise) date\b.*\b(?:appear(?:ed)?|published|came out|printed) in (?!\d{4}\b)(?:the )?\p{Lu}|\b(?:when|what (?:date|day)) (?:was|did) .+? (?:published|appear|come out|printed) in (?:a |the )?journal\b/iu,
    understood: 'a time the listing does not record',
    message:
      "The listing records each paper's arXiv dates and, where given, its journal reference as written: not how long the work or its review took, nor the day a journal printed it.",
  },
];

/** Why a question cannot be answered from a listing at all, or null. */
export function outOfReach(text: string): { understood: string; message: string } | null {
  const hit = OUT_OF_REACH.find((r) => r.pattern.test(text));
  return hit ? { understood: hit.understood, message: hit.message } : null;
}
