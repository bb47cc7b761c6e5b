// The courtesy around a question in a group chat: greetings, "quick question:", "for our reading
// group,", "could you tell me", "by any chance", "thanks in advance". The question is what is left.

// Said before the question: taken off first, so that the sentences after it are read as written.
const GREETINGS: [RegExp, string][] = [
  [
    /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|dear (?:bot|arxivist))(?: there| all| everyone)?\b[!,.:]*\s*/i,
    '',
  ],
  [/^\s*(?:quick|short|small|simple) question\b[:,.!-]*\s*/i, ''],
  [
    /^\s*(?:for|as part of|to prepare) (?:our|my|the|a|this week's|next week's) (?:weekly )?(?:reading group|journal club|lab meeting|group meeting|seminar|class|course|thesis|review|talk|presentation|report|newsletter)(?: (?:this|next) week)?\b[,:]?\s*/i,
    '',
  ],
];

const REWRITES: [RegExp, string][] = [
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
