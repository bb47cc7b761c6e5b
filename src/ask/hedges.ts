// What people add when they are unsure ("I think", "from memory it was late August", "or am I
// mixing people up"): a guess to be checked, never a condition. The clause that holds the guess is
// taken off; the question is what is left.

const HEDGE =
  /\b(?:i think|i thought|i believe|i guess|i suppose|i'm (?:fairly |pretty |quite |almost |not )?sure|i am (?:fairly |pretty |quite )?sure|if i remember(?: correctly| right(?:ly)?)?|if i recall(?: correctly)?|iirc|from memory|or am i (?:mixing|confusing|wrong|misremembering)|am i right|or so i (?:thought|remember)|unless i'm (?:wrong|mistaken)|i could be wrong|not (?:100% )?sure)\b/i;

// "I'm sure one of these was about protein folding - which paper was that": the guess is the question.
const GUESSED_TOPIC =
  /^(?:i'm (?:fairly |pretty |quite )?sure |i think |i believe |i remember (?:that )?)?(?:one of (?:these|them|the papers)|there was an? (.{0,40}?)\s*(?:paper|one)) (?:was |is )?(about|on) (.+?)(?:,\s*i'm (?:fairly |pretty |quite )?sure)?(?:\s+in this (?:search|listing|list))?\s*[-—–,;:.?!]+\s*(?:so )?(?:which|what) (?:paper|one) (?:was|is) (?:that|it)\??$/i;

// "I remember about five papers on consensus. How many are there actually?": the count is asked.
const GUESSED_COUNT =
  /^i (?:remember|recall|think there (?:were|are)) (?:about |around |roughly |maybe )?\S+ papers (about|on|in|by) (.+?)[.,;]\s*how many (?:are there|were there|are there really|are there actually)(?: really| actually)?\??$/i;

// "trying to remember a name from the workshop last week: …", "a friend recommended a paper at the conference, …".
const PREAMBLE =
  /^(?:i'm |i am )?trying to remember [^:?]*:\s*|^(?:a|my) (?:friend|colleague|supervisor|advisor) (?:recommended|mentioned|told me about) (?:a|this) paper(?: at [^,]{1,40})?,\s*/i;

// "I think the title was X. Who are the authors?": the title is what the question is about.
const TITLE_WAS =
  /(?:^|[,;.]\s*)(?:i think |i believe |i'm (?:fairly |pretty )?sure )?the title (?:was|is) (.{8,200}?)[.?!]\s+((?:who|what|when|which|how)\b[^?]*?)\??$/i;

/** The question without the guesses around it. */
export function withoutHedges(text: string): string {
  const title = TITLE_WAS.exec(text.replace(PREAMBLE, ''));
  if (title) return `${title[2] as string} of ${title[1] as string}?`;
  const topic = GUESSED_TOPIC.exec(text);
  if (topic) return `which ${topic[1] ? `${topic[1]} ` : ''}papers are ${topic[2]} ${topic[3]}?`;
  const count = GUESSED_COUNT.exec(text);
  if (count) return `how many papers ${count[1]} ${count[2]}?`;
  // "I'm not sure who wrote Pimba, can you tell me?": the doubt is about what is asked, which stays.
  const body = text
    .replace(PREAMBLE, '')
    .replace(
      /\b(?:i'm|i am) not sure (?=(?:who|what|which|when|where|whether|if|how)\b)|\bi (?:don't know|wonder) (?=(?:who|what|which|when|where|whether|if|how)\b)/gi,
      '',
    );
  if (!HEDGE.test(body)) return body;
  // Clauses between marks; a clause with a guess goes, the rest is kept as it was written.
  const clauses = body.split(/(\s*(?:[,;()?!]|\.(?=\s|$)|\s[-—–]\s)\s*)/);
  const kept = clauses.map((c, i) => (i % 2 === 0 && HEDGE.test(c) ? '' : c));
  const out = kept
    .join('')
    .replace(/\(\s*\)/g, '')
    .replace(/\s*([,;])(?:\s*[,;])+/g, '$1')
    .replace(/[\s,;:-]+([?!.])/g, '$1')
    .replace(/([?!])[.?!]+/g, '$1')
    .replace(/^[\s,;:.?!-]+|[\s,;:-]+$/g, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : body;
}
