// A claim to check, as someone fact-checking a draft writes it: "My draft says VectorLiteRAG was
// first submitted on 19 January 2026 — what's its actual first-submission date?". The claim is
// never a condition: a question that stands alone is asked without it; one that leans on it ("how
// many are?", "which are they?", "is that right?") is asked of what the claim is about.

const LEAD = String.raw`(?:(?:my|our|the|this|a|their) (?:\w+ )?(?:draft|notes?|slides?|report|newsletter|summary|abstract|table|write-?up|memo|email|post|poster|caption|text|outline|handout|announcement|figure|paper)|i|we|(?:my|our|a) (?:co-?author|colleague|supervisor|advisor|student|reviewer)s?)(?: also| just| already)?`;
const SAYS = String.raw`(?:says?|said|lists?|listed|claims?|claimed|splits?|split|states?|stated|reports?|reported|gives?|gave|wrote|writes?|put|puts|notes?|noted|counts?|counted|calls?|called|have written|'ve written)(?: down)?(?: that)?`;
const ASKS = String.raw`(?:what|which|how|who|when|where|is|are|does|do|did|was|were|can|could|has|have|list|give|show)\b`;
const CLAIM = new RegExp(
  String.raw`^${LEAD} ${SAYS}\s+(.+?)\s*(?:[.;?!]|\s[-–—]|,(?= (?:what|which|how|who|when)\b))\s+(${ASKS}.+)$`,
  'i',
);

// "true or false:", "can you confirm that", "is it accurate to say": the claim itself is asked.
const CHECK =
  /^(?:true or false[:,]?|(?:can|could) you (?:confirm|check|verify)(?: for me)?(?: that| whether| if)?|(?:please )?(?:confirm|verify|double-?check|check)(?: for me)?(?: that| whether| if)?[:,]?|is it (?:accurate|correct|right|fair) to (?:say|write|claim)(?: that)?|is it true that)\s+/i;

// Questions that only make sense with the claim before them.
const HOW_MANY =
  /^(?:what(?:'s| is) the (?:actual|real|right|correct|true) (?:number|count|figure|total)|what(?:'s| is) the (?:number|count|total)|how many(?: (?:are|are there|were|do|does|did|have|has))?(?: (?:really|actually|there|they|it))*(?: do| are| have)?)\W*$/i;
const WHICH =
  /^(?:which|what)(?: papers?| ones?)? (?:are|were|is|was) (?:they|it|those|these|them)(?: really| actually)?\W*$/i;
// "which one has?", "which paper is?": the claim's subject is what is asked.
const WHICH_ONE = /^(?:which|what)(?: one| paper)? (?:has|is|was|does|did|had)(?: it)?\W*$/i;
const SPLIT =
  /^(?:what(?:'s| is) the (?:actual |real |right |correct |true )?(?:split|breakdown|distribution)|how do (?:they|those|these) (?:really |actually )?split(?: (by .+?))?)\W*$/i;
const TRUE =
  /^(?:is (?:that|this|it) (?:really )?(?:right|true|correct|accurate|so|the case|a fair (?:claim|statement)|fair)|does (?:that|this|it) hold(?: up)?|(?:can|could) (?:you|the listing) (?:confirm|back up|support|verify)(?: (?:that|this|it))?(?: up)?|does the listing (?:back (?:that|this|it) up|confirm (?:that|this|it)|support (?:that|this|it)|say so)|am i right|are we right|(?:is|was) (?:that|this) (?:true|right))\W*$/i;

const WHO = /^who (?:are|were|is) (?:they|those|these|them)\W*$/i;
// "which is the newest?" after "the newest q-bio.NC paper is X": the claim's subject.
const SUPERLATIVE =
  /^which (?:one |paper )?(?:is|was) (?:the )?(newest|oldest|latest|earliest|longest|shortest|most recent)\W*$/i;
const LEANS = [HOW_MANY, WHICH, WHO, SUPERLATIVE, SPLIT, TRUE];

// Words of a follow-up that say nothing of the papers: "what's its actual date".
const ACTUALLY =
  /\b(?:actually|really|in fact)\b|\b(?:actual|real|correct|true|right)\b(?= (?:\w+[- ])?(?:number|count|date|split|value|answer|first|figure|total|category|list|set|one|ones|author|authors|papers?)\b)/gi;

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|all \d+)`;
const UNIT = String.raw`(papers?|people|authors?|preprints?|pages?|figures?|versions?)`;

/**
 * "22 papers are in cs.CL, cross-lists included" as "how many papers are in cs.CL, cross-lists
 * included"; "the ENUBET paper has 25 authors" as "how many authors does the ENUBET paper have".
 */
function countOf(claim: string): string | undefined {
  const lead = new RegExp(
    String.raw`^(?:exactly |only |just )?${NUMBER} (?:of (?:these|the|all|them|those) )?${UNIT}\b(.*)$`,
    'i',
  ).exec(claim);
  if (lead) return `how many ${lead[1]}${lead[2]}`;
  const has = new RegExp(
    String.raw`^(.+?) (?:has|have|had) (?:exactly |only |just )?${NUMBER} ${UNIT}\b(.*)$`,
    'i',
  ).exec(claim);
  if (has)
    return `how many ${has[2]} ${/^(?:they|we|you|i)\b/i.test(has[1] as string) ? 'do' : 'does'} ${has[1]} have${has[3]}`;
  const count = new RegExp(
    String.raw`\b(?:exactly |only |just )?${NUMBER} (?:of (?:these|the|all|them|those) )?${UNIT}\b`,
    'i',
  );
  const m = count.exec(claim);
  if (!m) return undefined;
  return `how many ${m[1]}${claim.slice(m.index + m[0].length)}`;
}

/** "the cs.SE papers of 18 September are A and B" as "which are the cs.SE papers of 18 September". */
function whichOf(claim: string): string | undefined {
  const as = /^(?:lists?|gives?|names?)?\s*.+? as (the .+)$/i.exec(claim);
  if (as) return `which are ${as[1]}`;
  const are = /^(.+?) (?:are|is|were|was) (?!not\b).+$/i.exec(claim);
  return are && !/^\W*\d/.test(are[1] as string) ? `which are ${are[1]}` : undefined;
}

/** "the papers listing X by year as 2022: 3, …" as "the papers listing X by year". */
function splitOf(claim: string, by: string | undefined): string | undefined {
  const m = /^(?:(?:splits?|split) )?(.+?) (by [^,:]+?)(?: as\b.*)?$/i.exec(claim);
  if (m) return `${m[1]} ${m[2]}`;
  const subject = /^(?:all )?(?:\d+ )?(.+?) (?:are|is|were|was)\b/i.exec(claim)?.[1];
  return subject && by ? `${subject} ${by}` : undefined;
}

/** "its first submission" of the paper a claim is about: "2409.11408 was first submitted …". */
function withSubject(claim: string, asked: string): string {
  const subject = /^(.+?) (?:was|is|has|had|were|are)\b/i.exec(claim)?.[1];
  if (!subject || !/\b(?:its|it)\b/i.test(asked)) return asked;
  return asked.replace(/\bits\b/i, `${subject}'s`).replace(/\bit\b/i, subject);
}

// A claim said bare after "double-check:" and a question leaning on it: "20 papers are in q-bio.NC. What's the count?".
const BARE = new RegExp(String.raw`^(.+?)\s*(?:[.;?!]|\s[-–—])\s+(${ASKS}.+)$`, 'i');

/** "Abhishek Kadian is on 5 papers" as "does Abhishek Kadian have 5 papers" (exactly, as "have N papers" reads). */
function isItTrue(claim: string): string {
  // "nobody here is on more than 10 papers", "X is not an author of either": a negated claim is
  // declined with a hint to ask its parts rather than read as its words.
  // "none of the cs.DC papers has a DOI", "no title mentions Raft": whether no paper does, which can be asked.
  if (/^(?:none of|no (?:papers?|titles?|abstracts?)|not (?:one|a single) (?:paper|title)|nothing\b)/i.test(claim))
    return claim;
  if (/\b(?:not|never|nobody|no one|none|neither|nor)\b/i.test(claim)) return `is that claim true: "${claim}"`;
  const on = new RegExp(
    String.raw`^(.+?) (?:is|was) (?:on|an author (?:of|on)) (exactly |only |just )?(${NUMBER}) papers\b(.*)$`,
    'i',
  ).exec(claim);
  if (on) return `does ${on[1]} have ${on[2] ?? 'exactly '}${on[3]} papers${on[4]}`;
  return `is it true that ${claim}`;
}

/** The question without the claim around it, or the claim as the question. */
export function withoutClaim(text: string): string {
  const check = CHECK.exec(text);
  const rest = check ? text.slice(check[0].length) : text;
  const bare = check ? BARE.exec(rest) : null;
  const m = CLAIM.exec(rest) ?? (bare && LEANS.some((l) => l.test((bare[2] as string).trim())) ? bare : null);
  if (!m) return check ? isItTrue(rest) : text;
  const [claim, question] = [m[1] as string, (m[2] as string).trim()];
  return fromClaim(text, claim, question);
}

/** The question asked of a claim. */
function fromClaim(text: string, claim: string, asked: string): string {
  if (HOW_MANY.test(asked)) return countOf(claim) ?? text;
  if (WHICH.test(asked)) return whichOf(claim) ?? countOf(claim)?.replace(/^how many/, 'which') ?? text;
  const who = WHO.exec(asked);
  if (who) {
    const people = new RegExp(String.raw`^${NUMBER} (?:people|authors|persons)(?: here)? (.+)$`, 'i').exec(claim);
    if (people) return `which people ${people[1]}`;
  }
  const newest = SUPERLATIVE.exec(asked);
  if (newest) {
    const subject = /^(.+?),?\s+(?:is|was|are|were)\b/i.exec(claim)?.[1];
    if (subject && new RegExp(`\\b${newest[1]}\\b`, 'i').test(subject)) return `which is ${subject}`;
  }
  if (WHICH_ONE.test(asked)) {
    const verb = /^(.+?) (has|is|was|had)\b(.*)$/i.exec(claim);
    return verb ? `which paper ${verb[2]}${verb[3]}` : text;
  }
  const split = SPLIT.exec(asked);
  if (split) return splitOf(claim, split[1]) ?? text;
  if (TRUE.test(asked)) return isItTrue(claim);
  if (
    !/^(?:what|which|how|who|when|where|is|are|does|do|did|was|were|can|could|has|have|list|give|show)\b/i.test(asked)
  )
    return text;
  // "a paper on X … what is it filed under": a description, not a claim; the question needs it.
  if (/\b(?:its?|they|their|them)\b/i.test(asked) && !/^(.+?) (?:was|is|has|had|were|are)\b/i.test(claim)) return text;
  return withSubject(claim, asked)
    .replace(ACTUALLY, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
