// The courtesy around a question in a group chat: greetings, "quick question:", "for our reading
// group,", "could you tell me", "by any chance", "thanks in advance". The question is what is left.

// Said before the question: taken off first, so that the sentences after it are read as written.
const GREETINGS: [RegExp, string][] = [
  [/^\s*for (?:our|my|this week's|next week's|the group's) (?:[\p{L}-]+ ){0,5}?[\p{L}-]+,\s*/iu, ''],
  [
    /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|dear (?:bot|arxivist))(?: there| all| everyone)?\b[!,.:]*\s*/i,
    '',
  ],
  [/^\s*(?:quick|short|small|simple) question(?: about| on| regarding)?\b[:,.!-]*\s*/i, ''],
  // "For the year-in-review slide:", "for the recent-work column:", "… for the slide", "it's for the top-5 box on the slide".
  [
    /^\s*for (?:the|our|my|a) (?:[\p{L}\d-]+ ){0,3}?(?:slides?|deck|poster|column|box|table|section|summary|report|newsletter)\s*[:,-]\s*/iu,
    '',
  ],
  [
    /,?\s*(?:(?:it's|it is|this is) )?for (?:the|our|my|a) (?:[\p{L}\d-]+ ){0,3}?(?:slides?|deck|poster|column|box|summary)(?: on the slides?)?\s*(?=[?.!]*\s*$)/iu,
    '',
  ],
  [
    /[?.!]\s*(?:it's|it is|this is) for (?:the|our|my|a) (?:[\p{L}\d-]+ ){0,3}?(?:slides?|deck|poster|column|box|summary)(?: on the slides?)?[.!]*\s*$/iu,
    '?',
  ],
  [
    /^\s*(?:for|as part of|to prepare) (?:our|my|the|a|this week's|next week's) (?:weekly |annual |yearly |monthly |quarterly )?(?:reading group|journal club|lab meeting|group meeting|seminar|class|course|thesis|review|(?:invited |keynote )?talk|presentation|report|newsletter)(?: (?:this|next) week)?\b(?:[,:]|\s+[-–—])?\s*/i,
    '',
  ],
  // "I've already read Qwen2-VL and NVLM. How many papers … haven't I seen?": those papers left out.
  [
    /^\s*i(?:'ve| have) already (?:read|seen) ([^.?!]{2,120}?)[.;]\s*(.+?)(?:,?\s*(?:that )?(?:haven't|have not) i (?:seen|read)|,?\s*(?:that )?i (?:haven't|have not) (?:seen|read))?(\??)\s*$/i,
    '$2, other than $1$3',
  ],
  [/^(.+?)\??\s+i(?:'ve| have) already (?:read|seen) ([^.?!]{2,120}?)[.!]?\s*$/i, '$1, other than $2?'],
  [
    /\s*(?:that )?(?:haven't|have not) i (?:seen|read)(?=\s*(?:[,?.]|$))|\s*(?:that )?i (?:haven't|have not) (?:seen|read)(?: yet)?\b/gi,
    '',
  ],
];

const REWRITES: [RegExp, string][] = [
  // "I'm collecting papers on graphs for next week; which of them…": which of those papers.
  [
    /^i(?:'m| am) (?:collecting|gathering|looking for|looking at|reading) (papers (?:on|about) .+?)(?: for (?:next|this) week| for (?:our|my|the) [\p{L}-]+(?: [\p{L}-]+)?)?[;,:.]\s*which of (?:them|those|these)\b/iu,
    'which $1',
  ],
  [/\bhow (.{3,60}?) (?:are|were) spread (?:over|across|among) (?:their |the )?/gi, '$1 per '],
  [/\b(?:had|has|have) (?:had )?any revisions?\b/gi, 'been revised'],
  [/\s*since (?:it|they) (?:first )?(?:appeared|came out|was posted|were posted|was submitted)\b/gi, ''],
  // "HetRL, the reinforcement learning paper for …": the short name says which paper.
  [/(\b\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*),\s+the [^,?.:;]{3,80}? paper\b[^,?.:;]*/gu, '$1'],
  [/\b(?:would|could) it be possible to (?:get|see|have)\b|\bis it possible to (?:get|see|have)\b/gi, 'list'],
  [/\b(list|give me|show me|get) the titles of (?:the |all )?(papers|ones)\b/gi, '$1 the $2'],
  [/\b(?:could|can|would) you (?:please |kindly )?(?:tell me|let me know)\b\s*/gi, ''],
  [/\b(?:could|can|would) you (?:please |kindly )?(list|show|give|find|name|summari[sz]e|describe|count)\b/gi, '$1'],
  [/,?\s*\bby any chance\b/gi, ''],
  [/,?\s*\b(?:roughly|approximately|more or less)\b(?=\s*[?.!]*\s*$)/gi, ''],
  [/\b(?:roughly|approximately|about) how many\b/gi, 'how many'],
  [
    /[,.!?]?\s*\b(?:thanks|thank you|thx|cheers|many thanks)(?: (?:in advance|a lot|so much|very much))?\s*[!.]*\s*$/i,
    '?',
  ],
  [/,\s*please(?=\s*[?.!]*\s*$)/gi, ''],
  // "apart from Divya, who has the most papers": the question first, what it leaves out after it.
  [
    /^((?:except(?: for)?|apart from|aside from|besides|other than|excluding|not counting|leaving out)\s+(?!everyone|everybody|anyone|all\b)[^,?]{2,80}),\s*((?:who|what|which|how|when|list|show|give|name)\b[^?]*?)(\??)\s*$/i,
    '$2, $1$3',
  ],
  // "Back from three weeks off.", "Catching up after two weeks away:", "I've been offline for a while".
  [
    /^\s*(?:(?:i'm |i am |just )?back from|catching up after|returning from|after) (?:a |an |my )?(?:\w+ ){0,3}(?:off|away|leave|vacation|holidays?|break|trip|conference)\s*[.:;,!-]\s*/i,
    '',
  ],
  [/[.;,]?\s*\bi(?:'ve| have) been (?:offline|away|out|on leave|travell?ing)[^.?!]*[.?!]?/gi, ''],
  [/[.;]?\s*\bi(?:'ve| have) (?:already )?read (?:that one|it|those|them|that)[.!]?/gi, ''],
  // "got a new version this week": revised, by the date of the latest version.
  [
    /\b(?:got|gets|get|had|has|received|receive)(?: a)? new versions?\b(?! (?:(?:in|within) )?(?:less than|under|more than|over|fewer than)\b| within\b| after\b| before\b)/gi,
    'was revised',
  ],
  // "We can only fly one of them in: how many more papers …": why it is asked.
  [/^(?:we|i) (?:can|could) only (?:\w+ ){1,6}?(?:one|one of (?:them|the two))(?: \w+)?\s*[:\-–—]\s*/i, ''],
  // "Dr. Zhang", "Prof. Priebe": the name without the title.
  [/\b(?:dr|prof|professor)\.?\s+(?=\p{Lu})/giu, ''],
  // "anything interesting on consensus lately": the papers on it; which are interesting is not for a listing to say.
  [/\b(anything|any (?:papers?|work|preprints?))(?: new)? (?:interesting|new)(?= (?:on|about|in|regarding)\b)/gi, '$1'],
  // "a quick overview of cs.DC papers this month": those papers.
  [
    /\b(?:an? )?(?:quick |brief |short )?(?:overview|summary|rundown|run-down|roundup|round-up) of (?=(?:the |all |recent |new |this (?:week|month)'s )?(?:[\w.-]+ ){0,4}?papers\b)/gi,
    '',
  ],
];

/** The question without the greetings and preambles it opens with. */
export function withoutGreeting(text: string): string {
  let out = text;
  for (const [pattern, to] of GREETINGS) out = out.replace(pattern, to);
  return out;
}

/** The question without the courtesy around it. */
export function withoutCourtesy(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to);
  return out.replace(/^\s*\?\s*$/, '').trim();
}
