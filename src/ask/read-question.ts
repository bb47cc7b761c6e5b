import { editDistance } from '../search/terms.js';
import { AFTER_TYPOS, BEFORE_TYPOS, lastQuestion, rewrite } from './question-asides.js';
import { spokenCounts } from './spoken-counts.js';
import { withoutChatNoise } from './chat-noise.js';
import { DESCRIBED_PAPER } from './described-paper.js';
import { spokenDates } from './spoken-numbers.js';
import { spokenCodes } from './spoken-codes.js';
import { learnerEnglish } from './learner-english.js';

/**
 * Polite openings, fillers and punctuation that do not change a question (see question-asides.ts).
 * `known` tells the words some paper has: another word one edit from a word that frames questions
 * is read as that word.
 */
export function cleanQuestion(question: string, known: (word: string) => boolean = () => true): string {
  // A paper described in one sentence and asked about in the next is one question, not the last sentence.
  let t = lastQuestion(
    rewrite(
      withoutChatNoise(question)
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201C\u201D]/g, '"')
        .replace(/\s+/g, ' ')
        .trim(),
      DESCRIBED_PAPER,
    ),
  );
  t = rewrite(learnerEnglish(spokenCounts(spokenCodes(spokenDates(t)))), BEFORE_TYPOS);
  t = t.replace(/[\p{L}]+/gu, (word) => fixFrameTypo(word, known));
  return rewrite(t, AFTER_TYPOS)
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// Typos of the words that frame questions, seen in questions people typed ("hw many", "primarly"):
// read as the word, so the question keeps its shape. Typos of topic words are the search's to read.
const FRAME_TYPOS: Record<string, string> = {
  hw: 'how',
  wich: 'which',
  whcih: 'which',
  papres: 'papers',
  pprs: 'papers',
  howmany: 'how many',
  ppr: 'paper',
  abt: 'about',
  avg: 'average',
  paers: 'papers',
  primarly: 'primarily',
  primarely: 'primarily',
  athors: 'authors',
  autors: 'authors',
  ppl: 'people',
  ther: 'there',
  durring: 'during',
  anythng: 'anything',
  whats: "what's",
  wats: "what's",
  anyting: 'anything',
  weeekend: 'weekend',
  wekend: 'weekend',
};

function fixFrameTypo(word: string, known: (word: string) => boolean): string {
  const lower = word.toLowerCase();
  const listed = FRAME_TYPOS[lower];
  if (listed) return listed;
  if (lower.length < 5 || /\p{Lu}/u.test(word.slice(1)) || TYPO_TARGETS.includes(lower) || known(word)) return word;
  // "figure" is no typo of "figures".
  const near = TYPO_TARGETS.filter(
    (w) =>
      w !== `${lower}s` &&
      `${w}s` !== lower &&
      Math.abs(w.length - lower.length) <= 1 &&
      editDistance(lower, w, 1) <= 1,
  );
  return near.length === 1 ? (near[0] as string) : word;
}

// Words that shape a question, for typos no paper has ("submited", "thier", "auhtors", "avarage", "titels").
const TYPO_TARGETS = `papers paper authors author coauthors submitted submission their there which where average
  titles title figures pages comments comment revised version versions first latest oldest newest recent
  categories category primary primarily mention mentions written published journal between included
  inclusive abstract abstracts listed number fewest least month months years every total hidden`.split(/\s+/);

/** Questions the listing cannot answer at all: the words that say so, what they ask, and the reply. */
const OUT_OF_REACH: { pattern: RegExp; understood: string; message: string }[] = [
  {
    pattern:
      /\b(?:best|any good|(?:is|was) it good|how good|well[- ]written|(?:code|writing) quality|quality of (?:the|its|their) (?:code|writing)|summari[sz]e (?:where|the field|the state|the trends?)|where (?:\S+ ){0,4}(?:is|are) heading|worth reading|most important|should i read|recommend|better|favou?rite|interesting|(?:most|more|least) novel|(?:in )?(?:your|my) (?:opinion|view)|reading list|leave (?:\w+ )?off|least convincing|convincing|stronger|weaker|exciting|impressive|promising|groundbreaking|overrated|underrated|\brate (?:it|this|that|the)\b|\bout of (?:10|ten|five|5)\b|matters? (?:the )?most|will matter|would you (?:trust|pick|choose|read)|trust(?:worthy)? the most|do you (?:think|reckon|believe|expect)|most influential|(?:top|leading|best|real|true) experts?|go-to (?:expert|person)|experts? on)\b/i,
    understood: 'a question of opinion',
    message:
      'That is a matter of opinion: the listing holds titles, authors, abstracts and dates, not judgements. I can list or count papers by topic, author or date.',
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
      /\bcategor(?:y|ies)\b.{0,60}\b(?:of|with|have|has) exactly (?:one|two|\d+) papers?\b|\b(?:categor(?:y|ies)|days?|months?|years?) (?:that |which )?(?:appears?|occurs?|(?:is|are) used|shows? up)(?: only)? (?:once|twice|(?:\w+|\d+) times)\b/i,
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
    pattern:
      /\b(?:per|each|every|by) week\b|\bweekly\b|(?:^|\b(?:on|from|of|submitted)\s)the \d{1,2}(?:st|nd|rd|th)\b(?! (?:of|century|author|paper|place|most|largest|newest|oldest)\b)(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
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
      /\b(?:github stars|how many (?:github )?stars|number of stars|star count|how many downloads|downloaded|downloads|(?<!\bin )citations?|(?:most|highly|been|times) cited|cited by|cites?|citing|h-index|impact factor|affiliat\w*|universit(?:y|ies)(?! (?:teachers?|students?|courses?|lectures?|education|admissions?|exams?|instructors?))|institutions?|research (?:groups?|labs?|teams?) (?:in|from|based in|located in)|(?:groups?|labs?|teams?|compan(?:y|ies)) (?:based|located) in|(?:come|comes|came) from (?:research |a |the )?(?:groups?|labs?|teams?|companies|industry|academia)|(?:which|what) countr(?:y|ies)|(?:written|done|based|made) at|cost(?:s|ing)? to build|how much did .{1,60} cost|how many gpus|(?:gpus?|hardware|compute) (?:were |was )?used|[gtc]pu[- ]hours?|compute budget|orcid(?: id| ids|s)?|email|e-mail|homepage of|how many neurons|number of neurons|search query|results did the search|query produced|retract(?:ed|ions?)|peer[- ]review(?:ed|ing)?|hidden (?:et al\.? )?authors? (?:[\w.-]+ ){0,12}?(?:also|other|another)|(?:been|were|was) (?:independently )?(?:reproduced|replicated)|funded|funding (?:agenc(?:y|ies)|bodies|sources?)|(?:who|which \w+) paid for|grants? (?:from|by)|sponsor(?:ed|s|ship)|reviewers? (?:say|said|think|thought|wrote|write)|peer reviews?)\b/i,
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
    pattern: /\b(?:months?|years?|days?|weeks?)\b.*\b(?:had|have|has|with) no (?:papers?|submissions?)\b/i,
    understood: 'the periods with no papers',
    message:
      'I cannot list the periods without papers yet; ask for papers per month or per year (for example "papers per month in 2024") and the missing ones are the gaps.',
  },
];

/** Why a question cannot be answered from a listing at all, or null. */
export function outOfReach(text: string): { understood: string; message: string } | null {
  const hit = OUT_OF_REACH.find((r) => r.pattern.test(text));
  return hit ? { understood: hit.understood, message: hit.message } : null;
}

/** A follow-up that leans on an earlier question ("what about 2023?", "and Divyat?"): declined with a hint. */
export function isFollowUp(text: string): boolean {
  // "and who wrote Pimba?" stands alone; "and Divyat?" does not.
  const rest = text.replace(/^(?:(?:and|ok|okay|so|cool|nice|great|thanks)\b,?\s*)+/i, '');
  return (
    (rest !== text && rest.split(/\s+/).length <= 2) ||
    // "and how many of those are cs.CL?", "ok and when was that one revised?", "and the year before?"
    (rest !== text &&
      /\b(?:those|that one|this one|them|the (?:year|month|week|day) (?:before|after)|the same)\b/i.test(rest)) ||
    /^(?:what about|how about|same(?: thing| question| again)?,? (?:for|but)|the one before)\b/i.test(rest) ||
    /^(?:who|what|when) (?:wrote|is|was) (?:it|that|them|the (?:first|second|third|last) one)$/i.test(rest) ||
    // "When was its latest version submitted?" with no paper before it.
    /^(?:when|what|who|where|how \w+) (?:was|is|were|are|did|does) its\b/i.test(rest) ||
    (rest !== text && /^how (?:many|long|old)\b.*\b(?:is|was|does|did) it$/i.test(rest)) ||
    /\b(?:the (?:second|third|fourth|next|previous|other) one|the one before that|the other (?:paper|person|author)|that (?:first|second|third|other|last) (?:paper|one)|(?:papers?|works?) (?:of|by) (?:him|her)(?! and\b))\b/i.test(
      rest,
    ) ||
    // "and his other paper, how many pages it has": a person or paper named before this question.
    (rest !== text &&
      /\b(?:his|her|their) (?:\w+ )?(?:papers?|ones?|works?|articles?)\b|\bit (?:has|have|got)\s*$/i.test(rest)) ||
    // "drop the ones we already covered and list what's left": papers from an earlier conversation.
    /\b(?:we (?:already|just) (?:covered|discussed|read|saw|looked at)|already covered|what(?:'s| is) left)\b/i.test(
      rest,
    ) ||
    // "which of them…" leans on an earlier question unless papers were named before it in this one.
    /^(?:(?!\b(?:papers?|list|listing|these|here)\b).)*\bof them\b/i.test(rest)
  );
}

const PART_START =
  /,\s*and\s+(?=(?:is|are|was|were|did|does|do|has|have)\b)|(?<!\bfirst)(?:,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?|\s+-\s+|:\s+)(?=(?:(?:on|in|of|among|for|from) (?=how|which|what)|who|whom|what|when|where|which|how|is it|was it|has it|does it|did it|its (?=categor|authors?|doi|pages|first|last|title|id\b|abstract|comments?|journal|venue|code|primary)|it's|it is|arxiv id|id|authors|the authors|first author|last author|categor|doi|pages)\b)/gi;

/** Splits "who wrote X and when was it first submitted" into its questions; one part when it is one. */
export function splitCompound(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(PART_START)) {
    const piece = text.slice(from, m.index).trim();
    if (piece) parts.push(piece);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from).trim());
  // "in these, which ones…": a piece of listing words only is no question.
  const kept = parts.filter(
    (p) => p.length > 0 && !/^(?:(?:in|of|from|among) )?(?:these|this list(?:ing)?|here|them)$/i.test(p),
  );
  // "In the first half of 2025, how many…, and how many of those…": a leading condition belongs to the first question.
  if (kept.length > 2 && /^(?:in|during|from|since|for|among|between|before|after|of)\b/i.test(kept[0] as string))
    kept.splice(0, 2, `${kept[0]} ${kept[1]}`);
  if (kept.length === 1) return bothEnds(kept[0] as string);
  // "papers by Divya Mahajan and Jongse Park": a split that leaves a part asking nothing is no split.
  const first = kept[0] ?? '';
  const firstAsks =
    asksSomething(first) ||
    /^i(?:'m| am)? /i.test(first) ||
    /\b(?:who|what|when|where|how|which)\b/i.test(first) ||
    /^(?:the )?(?:\S+ )?(?:oldest|newest|latest|earliest|most recent|longest|shortest)\b/i.test(first) ||
    /^(?:the )?(?:paper|one) with the (?:most|fewest|longest|shortest)\b/i.test(first);
  return kept.length > 1 && firstAsks && kept.slice(1).every(asksSomething) ? kept.flatMap(bothEnds) : [text];
}

const BOTH_ENDS =
  /\b(first|earliest|oldest)\b(.{0,30}?)\s+and\s+(?:the |his |her |their |its )?(latest|most recent|newest|last)\b(?: one)?/i;

/** "the earliest and the latest submission date", "X's first paper and his most recent one": two questions. */
function bothEnds(part: string): string[] {
  const m = BOTH_ENDS.exec(part);
  // "the gap between its first and latest version" is one measure.
  if (
    !m ||
    /\b(?:first|last)[- ]authors?\b/i.test(m[0]) ||
    /\bbetween (?:its |their |the )?$/i.test(part.slice(0, m.index))
  )
    return [part];
  const [, low, between, high] = m as unknown as [string, string, string, string];
  const at = (words: string) => part.slice(0, m.index) + words + part.slice(m.index + m[0].length);
  return [at(`${low}${between}`), at(`${high}${between}`)];
}

function asksSomething(part: string): boolean {
  return /^(?:(?:on|in|of|among|for|from) (?=how|which|what))?(?:who|whom|what|when|where|which|how|is|was|has|does|did|do (?=they\b)|are (?=(?:they|the two|both)\b)|its|it|arxiv|id|authors|the authors|first|last|categor|doi|pages)\b/i.test(
    part,
  );
}
