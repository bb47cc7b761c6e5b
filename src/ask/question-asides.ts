/** A rewrite of a question's wording that keeps what it asks; applied in order. */
export type Aside = readonly [RegExp, string | ((match: string, ...groups: (string | undefined)[]) => string)];

/**
 * "starting in the lab this week - how many…": words before the question that say who asks (a
 * person speaking, no names, numbers or questions); "afarepart - how many figures?" names a paper.
 */
function preamble(match: string, before = ''): string {
  const aboutMe =
    /\b(?:i|i'm|im|my|me|we|our|us|new|just|starting|trying|prepp?ing|preparing|reading group|journal club|thesis|lit review)\b/i.test(
      before,
    );
  return !aboutMe || /[\p{Lu}\d:?]|\b(?:how|what|which|who|when|where|vs|versus|or|number)\b/u.test(before)
    ? match
    : '';
}

/** "words (W)" as the words alone when W is made of their initials; as written otherwise. */
function restated(match: string, words = '', short = ''): string {
  const list = words.trim().split(/\s+/);
  const initials = list.slice(-short.length).map((w) => w[0]?.toLowerCase() ?? '');
  return initials.join('') === short.toLowerCase() ? `${words.trimEnd()} ` : match;
}

export function rewrite(text: string, asides: readonly Aside[]): string {
  return asides.reduce((t, [pattern, by]) => t.replace(pattern, by as string), text);
}

const TAG = String.raw`(?:(?:is|are|was|were|do|does|did|has|have|had)n'?t (?:it|they|he|she|there|that)|right|correct|true)\?`;
const CLAIM = new RegExp(
  String.raw`^([^?]{3,300}?),?\s*${TAG}\s+(?=[^]*\b(?:what|which|how|who|whose|when|where|is|are|was|were|do|does|did|can|could|list|show|give|name|break|count|sort|split|tell|group)\b)(\S[^]*)$`,
  'i',
);
// "2021 had more papers than 2020, right? going by first versions": the tag, before words on how to count.
const TAG_BEFORE_MORE = new RegExp(String.raw`,?\s*${TAG}\s+(?=\S)`, 'i');

/**
 * "Flashlight was first submitted on 7 November, wasn't it? What is its date?": the question,
 * with "it", "its", "his" or "her" as the claim's subject ("Flashlight's date").
 */
function withoutClaim(_: string, claim = '', question = ''): string {
  const m = /^(.+?)(?:'s (?:papers?|work))? (?:is|are|was|were|came|has|have|had|got)\b/i.exec(claim);
  const subject = m?.[1];
  if (!subject) return question;
  const said = question
    .replace(/\b(?:its|his|her|their)\b/i, `${subject}'s`)
    .replace(/\b(?:does|did|is|was) it\b/i, (w) => w.replace(/it$/i, subject));
  // "What submission date does the listing give?": of the claim's subject.
  return said !== question ? said : `${question.replace(/[?.!\s]*$/, '')} for ${subject}?`;
}

/** Asides read before typos are fixed: openings, chit-chat, notes on how to count. */
export const BEFORE_TYPOS: readonly Aside[] = [
  // "Flashlight was first submitted on 7 November, wasn't it? What is its date?", "I bet all of them
  // are cs.CL. Break them down…": a claim before the question is the asker's, not a condition.
  [CLAIM, withoutClaim],
  // "the last author on both of the papers he and Hadi Hemmati wrote": on all his papers with Hadi Hemmati.
  [
    /\bon (?:both|all|each|every one) (?:of )?(?:the )?(?:two |\d+ )?papers (?:that )?(?:he|she) and (.{3,40}?) (?:wrote|co-?wrote|authored|share|did|are on)(?: together)?\b/gi,
    'on all of his papers with $1',
  ],
  [TAG_BEFORE_MORE, ', '],
  [
    /^(?:i (?:bet|think|guess|believe|suspect|heard|read)|someone (?:said|says|told me|claims)|my (?:colleague|supervisor|advisor|pi) (?:says|said|thinks))\b[^?!]*?[.!]\s+(?=\p{Lu})/iu,
    '',
  ],
  // "I want one session on big collaborations. the five papers with…": what the asker plans, then the request.
  [
    /^i(?:'m| am)? (?:want|need|plan|planning|organi[sz]ing|preparing|writing|putting together)\b(?![^.?!]*\bpapers?\b)[^.?!]*[.!]\s+(?=\S)/i,
    '',
  ],
  [/^(?:(?:hey|hi|hello|ok|okay|so|also|well|fine|great|cool|thanks|um+|uh+|erm|hmm+)\b[,!]?\s*)+/i, ''],
  // Spoken and second-language forms: "um", "how much papers", "in 2024 year", "it has any paper about X?".
  [/(?<=\s)(?:um+|uh+|erm)\b,?\s*/gi, ''],
  [/\bhow much (?=(?:\w+ )?(?:papers?|authors?|people|pages|figures|categories|ones)\b)/gi, 'how many '],
  [/\b(?:in|of|from|for) (?:the )?((?:19|20)\d{2}) year\b/gi, 'in $1'],
  [/^(?:it|this(?: list(?:ing)?)?|the list(?:ing)?|here) (?:has|have|got|contains?) (?=any\b)/i, 'is there '],
  [/\bexactly for (?=authors?\b)/gi, 'exactly four '],
  [/\bwith who\b/gi, 'with whom'],
  [/\b(?:the )?(?:exact )?(?:phrase|wording|words?|terms?) (?=["'\u2018\u201C])/gi, ''],
  // "'large language model' in the title or abstract": where a quoted phrase is looked for anyway.
  [/(["'][^"']{2,80}["'])\s+in (?:the |their |its )?titles? or (?:the |their |its )?abstracts?\b/gi, '$1'],
  // "between 2 and 5 December, counting both 2 December and 5 December": the range says it.
  [
    /[,;(]?\s*\b(?:counting|including|include|with) both (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? \p{L}+|\p{L}+ \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})? and (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? \p{L}+|\p{L}+ \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?\)?/giu,
    '',
  ],
  // "counting any hidden et al. authors": hidden authors are counted anyway.
  [
    /[,;]?\s*\b(?:counting|including) (?:any|all|those|the ones?|the authors|the names) (?:ones? |authors |names )?hidden(?: behind| by)?(?: (?:the )?et al\.?)?(?: authors| names| ones)?(?=$|[\s,;.?!])/gi,
    '',
  ],
  [/[,;(]?\s*\b(?:the )?(?:hidden(?: et al\.?)?|et al\.?) (?:authors|ones|names) (?:included|counted|too)\b\)?/gi, ''],
  [/[,;]?\s*\b(?:just|only) (?:those|these) (?:two|three|four|five|six|\d)\b/gi, ''],
  // "Roughly how big do the teams get? Specifically, how many…": the question is the part after "specifically".
  [/^[^?]*\?\s*(?=specifically\b)/i, ''],
  [/^(?:more )?specifically,?\s*/i, ''],
  // "one decimal place is fine", "to one decimal": how a share is written, which it is anyway.
  [
    /[,;.]?\s*\b(?:to |with )?(?:one|1|a single) decimal(?: place)?s?(?: (?:is|are) (?:fine|ok(?:ay)?|enough)| please)?\b/gi,
    '',
  ],
  [
    /\b(?:alone|by (?:him|her|them)sel(?:f|ves)|without (?:any )?co-?authors?|with no co-?authors?|solo)\b/gi,
    'single-author',
  ],
  // "LI Jin, LI is the family name": the name as the listing writes it, given name first.
  [
    /\b(\p{Lu}[\p{L}'-]+) (\p{L}[\p{L}'-]+)\b(.*?)[,;]?\s*\1 is (?:the|his|her|their) (?:family|last|sur) ?name\b/u,
    '$2 $1$3',
  ],
  [/\bin like (?=\S)/gi, 'in '],
  [/\blike (?:the )?(?:main|primary) category\b/gi, 'as primary category'],
  [/\bmain category\b/gi, 'primary category'],
  // "british or american spelling, either's fine": the index reads both spellings as one word.
  [
    /[,;(]?\s*\b(?:(?:british|american|uk|us)(?: or (?:british|american|uk|us))?|either|any|both) spellings?\b(?:[,;]?\s*(?:either(?:'s| is)? (?:fine|ok(?:ay)?)|both (?:are )?(?:fine|ok(?:ay)?)|either way|(?:is|are) fine|both count))?\)?/gi,
    '',
  ],
  // "what span of time does this list cover? give me the earliest and the latest…": the request says it.
  [/^(?:\S+ ){0,11}\S+\?\s+(?=(?:give|show|tell) me\b)(?![^]*['"])/i, ''],
  // "Would it be fair to say X is the only …?": whether X is.
  [/^(?:would|is) it (?:be )?(?:fair|right|true|correct|accurate) to say (?:that )?/i, ''],
  // "Is the number of X growing year over year? Give me the count for every year": X per year.
  [
    /^(?:is|are) the (?:number|count) of (.+?) (?:growing|rising|increasing|going up|shrinking|falling|declining|dropping)(?: (?:year over year|over time|each year|every year|from year to year|over the years))?\?(?:\s*(?:give me|show me|tell me|i need|list)?\s*(?:the )?(?:counts?|numbers?|totals?) (?:for|of|per|in) (?:every|each) year\b)?/i,
    '$1 per year',
  ],
  // "… whether work on LLMs is growing year over year. Count the papers that…": the request says it.
  [
    /^[^.?!]*\b(?:growing|rising|increasing|declining|shrinking)\b[^.?!]*[.?!]\s+(?=(?:count|give me|show me|list|how many)\b)/i,
    '',
  ],
  [/^(?:give|show|tell) me (?=the\b)/i, 'what is '],
  // "how many papers are in it": in the listing.
  [/\b(papers|ones) are in it\b/gi, '$1 are there'],
  // "going by the names shown, who…": only the names shown can be counted anyway.
  [/^(?:going|counting|judging) (?:only )?by (?:the )?names(?: that are)?(?: actually)? (?:shown|listed),?\s*/i, ''],
  [/[,;]?\s*\b(?:(?:the )?names shown only|only (?:the )?names shown)\b/gi, ''],
  [
    /[,;(]?\s*\b(?:going|counting|judging) (?:only )?by (?:the )?names(?: that are)?(?: actually)? (?:shown|listed)\b\)?/gi,
    '',
  ],
  // "for the annual report:", "for my report I need": who the answer is for, not a topic.
  [
    /^(?:for (?:the|my|our|a) (?:(?:annual|yearly|department(?:al)?|group|lab|grant|progress) )?report)\b[:,]?\s*(?:i need\s+)?/i,
    '',
  ],
  [/^monthly (?:totals|counts)\b/i, 'papers per month'],
  [/^(?:yearly|annual) (?:totals|counts)\b/i, 'papers per year'],
  // "2016 through 2018": from the one year to the other, both included.
  [/(?<!\b(?:from|between) )\b((?:19|20)\d{2}) (?:through|thru|to|until) ((?:19|20)\d{2})\b/gi, 'from $1 to $2'],
  [/\s+for (?:the|my|our) (?:(?:annual|yearly|department(?:al)?) )?report\b(?=[,.;:]|\s+\p{Lu}|\s*$)/giu, ''],
  // "include months with zero papers", "years with none included", "empty months as 0 please":
  // a distribution over an asked range lists its empty periods anyway.
  [
    /[,;(—–-]?\s*\b(?:(?:include|including|list(?:ing)?|show(?:ing)?|with) (?:the )?(?:months|years|periods|ones)(?: with (?:zero|no|none|0)(?: papers)?| that are empty)(?: as (?:0|zero))?|(?:months|years|periods|ones) with (?:none|zero|no papers|0)(?: papers)? (?:included|as (?:0|zero)|listed)|empty (?:months|years|periods)(?: as (?:0|zero)| included)?|zeros? (?:included|too|as well)|(?:include|including|with) zeros?\b(?!\s+(?!please\b)\p{L}))\b(?: please)?\)?/giu,
    '',
  ],
  // "leaving all the Mahajans aside, who…": everyone of that family name left out of the ranking.
  [
    /^(?:leaving|setting|putting) (?:all )?(?:the )?(\p{Lu}[\p{L}'-]+?)s aside,?\s*(.+?)\??$/u,
    '$2, apart from the $1s?',
  ],
  // "this came from a search for 'distributed systems', so what percentage of the results…": the listing.
  [
    /^(?:this|the list(?:ing)?|these(?: papers)?) (?:came|comes|come|is|are) from (?:a|an|the|my) (?:arxiv )?search (?:for|on) (?:["'][^"']+["']|\S+)[,;.]?\s*(?:so\s+)?/i,
    '',
  ],
  [/\bof the (?:search )?results\b/gi, 'of the papers'],
  // "papers by people whose family name is Chen": everyone whose name ends with it (see read-arxiv-syntax).
  [
    /\b(?:(?:people|persons|authors|everyone|anyone|researchers|someone|an? author|at least one author) )?(?:whose|with (?:the|a)) (?:family|last|sur) ?name (?:is )?(\p{Lu}[\p{L}'-]+)\b/gu,
    'family:$1',
  ],
  // "counts for cs.CL, cs.AI and cs.LG": how many papers each has.
  [
    /^(?:(?:i need|give me|what are) )?(?:the )?(?:paper )?counts? (?:for|of) (?=(?:the )?[a-z-]+\.[a-z]{2}\b)/i,
    'how many papers in ',
  ],
  // Chat shorthand: "w/o", "w/", "what %", "the the".
  [/\bw\/o\b/gi, 'without'],
  [/\b2nd(?= author)/gi, 'second'],
  // "how many of the 200 have…", "on their tags line": the listing and its category line, said again.
  [/\b(?:of|among) the \d{1,6}(?= (?:have|has|are|were|is|was|do|did|carry|got)\b)/gi, ''],
  [/\s*\bon (?:their|its|the) tags? line\b/gi, ''],
  [/[,(]?\s*\bgoing by (?:the |their |its )?(?:page counts? in (?:the |their )?)?comments\b\)?/gi, ''],
  [/\bw\/\s*/gi, 'with '],
  [/\b(?:what|which)\s*(?:%|percent\b|per cent\b)/gi, 'what percentage'],
  [/(\d)\s*%/g, '$1 percent'],
  [/\b(\p{L}+)\s+\1\b/giu, '$1'],
  [/\s+tho\b(?=[\s?!.\p{Extended_Pictographic}\uFE0F]*$)/giu, ''],
  // "nvlm's cats", "what cats is it in": its categories.
  [/(?<=(?:'s|\bwhat|\bwhich|\bits|\btheir|\bthe)\s)cats\b/gi, 'categories'],
  [/\bfirst\s*(?:&|\+|\bn\b|'n'|and|or)\s*(?:the\s+)?last[- ]author/gi, 'first and last author'],
  // "anything on drones? need some refs for a grant proposal": what follows the question asks nothing.
  [
    /\?\s+(?!(?:only|primary|excluding|including|counting|just)\b)(?![^?]*\b(?:who|what|when|where|which|how|is|are|was|were|do|does|did|can|could|any|anything)\b)[^?]*$/i,
    '?',
  ],
  [/^(?:quick (?:q|question)\b|q)\s*:\s*/i, ''],
  [/^(?:please|pls|plz|kindly)[,!]?\s+/i, ''],
  [/\b(?:i\.e\.|e\.g\.)\s*/gi, ''],
  [/[,;]?\s*\bi mean\b,?/gi, ','],
  // Categories count their cross-lists unless the question says "primary".
  [
    /,?\s*\b(?:counting|including|with|cross-lists included|incl\.?) (?:the )?cross-?lists?(?: (?:too|as well(?: as (?:the )?primar(?:y|ies))?|and primar(?:y|ies)))?\b,?|,?\s*\bcross-?lists? (?:included|counted|too)\b,?/gi,
    ' ',
  ],
  // "(the 7 days up to its newest date)": what "the last week" already says it counts from.
  [
    /[,(]?\s*\b(?:the )?(?:7|seven) days (?:up to|ending (?:on|at|with)|before) (?:its|the listing's|the) (?:newest|latest) date\b\s*\)?/gi,
    '',
  ],
  // "the first half of September, so the 1st through the 15th": the half says it.
  [
    /(?<=\bhalf of\b.*),?\s*\b(?:so |that is |i\.e\.? )?(?:from )?the \d{1,2}(?:st|nd|rd|th) (?:on(?:wards?)?|through (?:the )?\d{1,2}(?:st|nd|rd|th))\b/gi,
    '',
  ],
  // "(teams included)", "(cross-lists not counted)": how to count, which the answer says itself.
  [/\s*\([^)]*\b(?:includ(?:ed|ing)|not counted|excluded)\)/gi, ''],
  [/\barxiv (?=categor)/gi, ''],
  // "papers X worked on but Y didn't": not by Y.
  [
    /\bbut ((?:[\p{L}.'-]+\s+){0,3}?[\p{L}.'-]+) (?:(?:did|does|do|has|have|is|was) not|(?:did|does|do|has|have|is|was)n'?t)(?: [a-z]+)?\s*[?.!]?$/iu,
    'but not by $1',
  ],
  // "(like 'May 2024')": an example of the answer's form, not part of the question.
  [/\s*\((?:like|e\.g\.?|eg|for example|say)\b[^)]*\)/gi, ''],
  // Authors are counted with the hidden ones unless the question asks for the names shown.
  [
    /,?\s*\b(?:(?:if|when|once) you )?(?:incl\.?|including|include|counting|count) (?:the |[\p{L}-]+'s )?(?:hidden(?: et al\.?)?(?: ones| authors| names)?|(?:ones|authors|names) (?:not shown|hidden))(?: ones)?(?: too)?\b/giu,
    '',
  ],
  [
    /,?\s*\b(?:once|when|if|with) (?:the )?hidden(?: et al\.?)?(?: ones| authors| names)? (?:are |were |is )?(?:included|counted)(?: too)?\b/gi,
    '',
  ],
  // "…, and what are they", "list them": the papers asked for, listed anyway.
  [/[,;]?\s*\b(?:and )?(?:what|which) are (?:they|those|these|them)\s*(?=[?.!]?\s*$)/gi, ''],
  // "I'm the lab manager …, so bear with me: for the papers…": what comes before the colon is who asks.
  [/^(?:i(?:'m| am| was|'ve| have)|we(?:'re| are| have)|my|our)\b[^:?]{0,240}:\s+(?=\S)/i, ''],
  // "- if it's a tie give me all of them": ties are always named.
  [
    /\s*[,;(–—-]?\s*(?:and )?if (?:it's|it is|there's|there is) a tie,? (?:give|show|list|name|tell)(?: me)? (?:all|both|every one|each)(?: of them)?\)?/gi,
    '',
  ],
  // "From Lists to Emojis got into which conference?": where it was published or accepted.
  [
    /^(.+?) (?:got into|got accepted (?:at|to)|was accepted (?:at|to|by)|appeared (?:at|in)|went to) (?:which|what) (?:conference|venue|journal|workshop)\s*\??$/i,
    'where was $1 published',
  ],
  // "is the NVLM paper long?": its page count, not whether there is such a paper.
  [
    /^(?:is|was) (?:the )?(.+?) (?:paper )?(?:very |really |too |that )?(?:long|lengthy|short)(?=\s*[?.!]|\s*$)/i,
    'how many pages is $1',
  ],
  // "journal-ref papers: how many are there, and …": the papers of the label are the ones counted.
  [/^([^:?]{2,60}?\bpapers)\s*:\s+how many (?=are there\b)/i, 'how many $1 '],
  // "Thinking of inviting A rather than B: which of A's papers…": the question after the colon says it all.
  [
    /^(?:thinking (?:of|about)|considering|deciding (?:between|whether|on)|choosing between|torn between)\b[^:?]{0,200}:\s+(?=\S)/i,
    '',
  ],
  [
    /^(.{0,200}?)(?::|\s[-–—]|\s*\p{Extended_Pictographic}\uFE0F?)\s+(?=(?:how|what|which|who|when|where|is|are|do|does|did|can|could|any|list|show|give|name|count|find)\b)/iu,
    preamble,
  ],
  // "the second half of September 2024 (16th to 30th)": the days the half already says.
  [/\s*\(\s*(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:to|through|until|-|–) (?:the )?\d{1,2}(?:st|nd|rd|th)?\s*\)/gi, ''],
  // "electron microscopy (EM)": the short form of the words before it, which the index knows from the listing.
  [/((?:[\p{L}-]+\s+){1,6}?)\(([\p{Lu}][\p{L}]{1,7})\)/gu, restated],
  // "the three papers that hide authors": the papers, however many ("the five papers with the most authors" is a ranking).
  [
    /\bthe (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (papers|ones)\b(?!(?: \S+){0,3} (?:most|fewest|least|newest|latest|oldest|earliest|longest|shortest|largest|smallest|highest|lowest)\b)/gi,
    'the $1',
  ],
];

/** Asides read once typos are fixed: negations spelled out, requests and closing punctuation. */
export const AFTER_TYPOS: readonly Aside[] = [
  [/\b(is|are|was|were|does|did|has|have|had)n'?t\b|\b(do)n't\b/gi, (_, a, b) => `${a ?? b} not`],
  // "by neither A nor B": "neither by A nor B".
  [/\b(in|about|by|from|with) neither\b/gi, 'neither $1'],
  // "not in cs.LG and not in cs.AI", "neither about A nor about B": not in either, one negation over both.
  [
    /\b(?:not|neither) (?!(?:the )?(?:first|last|second|middle)\b)(?:(in|about|by|from|mention(?:s|ing)?|with) )?(.+?),? (?:and not|nor|and neither) (?:\1 )?(?=\S)/gi,
    (_, prep?: string, first?: string) => `not ${prep ? `${prep} ` : ''}${first} or `,
  ],
  [/^(?:search|look)(?: for)?\s+/i, ''],
  [/^(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:tell me|show me|give me|list|find)?\s*/i, ''],
  [
    /^(?:do you know|i (?:want|would like|'d like) to know|i wonder|tell me)\s+(?=who|what|which|when|how|whether|if)/i,
    '',
  ],
  [/^(?:whether|if)\s+/i, ''],
  [/[\s?!.,;:]+$/g, ''],
  [/\s+(?:please|pls)$/i, ''],
];
