import { withoutHedges } from './hedges.js';
import { withoutLayout } from './output-shape.js';
import { unnamedPerson, withPronounPerson } from './pronoun-person.js';
import { editDistance } from '../search/terms.js';
import { AFTER_TYPOS, BEFORE_TYPOS, rewrite } from './question-asides.js';
import { lastQuestion } from './last-question.js';
import { saidAs } from './said-as.js';
import { spokenCounts } from './spoken-counts.js';
import { withoutChatNoise } from './chat-noise.js';
import { withoutCourtesy, withoutGreeting } from './courtesy.js';
import { DESCRIBED_PAPER } from './described-paper.js';
import { spokenDates } from './spoken-numbers.js';
import { spokenCodes } from './spoken-codes.js';
import { learnerEnglish } from './learner-english.js';
import { rankWords } from './rank-words.js';
import { statWords } from './stat-words.js';
import { fromTexting } from './texting.js';
import { withoutClaim } from './claims.js';
import { absenceWords } from './absence-words.js';
import { timeWords } from './time-words.js';

/**
 * Polite openings, fillers and punctuation that do not change a question (see question-asides.ts).
 * `known` tells the words some paper has: another word one edit from a word that frames questions
 * is read as that word.
 */
export function cleanQuestion(question: string, known: (word: string) => boolean = () => true): string {
  // A paper described in one sentence and asked about in the next is one question, not the last sentence.
  let t = withoutCourtesy(
    lastQuestion(
      rewrite(
        withPronounPerson(
          withoutLayout(
            withoutHedges(
              withoutGreeting(withoutClaim(withoutChatNoise(fromTexting(question.replace(THEN, ', then '))))),
            ),
          ),
        )
          .replace(/[\u2018\u2019]/g, "'")
          .replace(/[\u201C\u201D]/g, '"')
          .replace(/\s+/g, ' ')
          .trim(),
        DESCRIBED_PAPER,
      ),
    ),
  );
  t = rewrite(learnerEnglish(spokenCounts(spokenCodes(spokenDates(saidAs(t))))), BEFORE_TYPOS);
  t = t.replace(/[\p{L}]+/gu, (word) => fixFrameTypo(word, known));
  return statWords(rankWords(timeWords(absenceWords(rewrite(t, AFTER_TYPOS)))))
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:]+/, '')
    .trim();
}

// Typos of the words that frame questions, seen in questions people typed ("hw many", "primarly"):
// read as the word, so the question keeps its shape. Typos of topic words are the search's to read.
const FRAME_TYPOS: Record<string, string> = {
  hw: 'how',
  wich: 'which',
  whcih: 'which',
  papres: 'papers',
  howmany: 'how many',
  abt: 'about',
  avg: 'average',
  paers: 'papers',
  primarly: 'primarily',
  primarely: 'primarily',
  athors: 'authors',
  autors: 'authors',
  ther: 'there',
  durring: 'during',
  anythng: 'anything',
  whats: "what's",
  wats: "what's",
  anyting: 'anything',
  weeekend: 'weekend',
  evry: 'every',
  teh: 'the',
  affilations: 'affiliations',
  wekend: 'weekend',
  wihtout: 'without',
  witout: 'without',
  withouth: 'without',
  revsied: 'revised',
  nevr: 'never',
  authros: 'authors',
  commnets: 'comments',
  revisd: 'revised',
  auhtors: 'authors',
  rnaks: 'ranks',
  thrid: 'third',
  categroy: 'category',
  catgories: 'categories',
  avergae: 'average',
  meadian: 'median',
  smalest: 'smallest',
  diffrent: 'different',
  oldset: 'oldest',
  submision: 'submission',
  postion: 'position',
  togther: 'together',
  togehter: 'together',

  yaer: 'year',
  yaers: 'years',
  cout: 'count',
  thay: 'they',
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
  inclusive abstract abstracts listed number fewest least month months years every total hidden third ranks`.split(
  /\s+/,
);

// "how many cs.CV papers are there? then show the 2 most recent": one question in two steps.
const THEN = /\?\s*then\s+/gi;

/** A follow-up that leans on an earlier question ("what about 2023?", "and Divyat?"): declined with a hint. */
export function isFollowUp(text: string): boolean {
  // "and who wrote Pimba?" stands alone; "and Divyat?" does not.
  const rest = text.replace(/^(?:(?:and|ok|okay|so|cool|nice|great|thanks)\b,?\s*)+/i, '');
  return (
    (rest !== text && rest.split(/\s+/).length <= 2) ||
    // "and how many of those are cs.CL?", "ok and when was that one revised?", "and the year before?"
    (rest !== text &&
      /\b(?:those|that one|this one|them|the (?:year|month|week|day) (?:before|after)|the same)\b/i.test(rest)) ||
    /^(?:what about|how about|same(?: thing| question| again)?,? (?:for|but)|the one (?:before|after)|the (?:next|previous) one)\b/i.test(
      rest,
    ) ||
    // "and with Seokjin Go?": the question before, asked of someone else.
    (rest !== text && /^(?:with|for|by|about) \S+(?: \S+){0,3}\W*$/i.test(rest)) ||
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
    // "and what did they work on before that": people and a time only an earlier question named.
    (rest !== text && /\b(?:they|he|she)\b.*\b(?:before|after|since) (?:that|then)\s*\W*$/i.test(rest)) ||
    // "drop the ones we already covered and list what's left": papers from an earlier conversation.
    /\b(?:we (?:already|just) (?:covered|discussed|read|saw|looked at)|already covered|what(?:'s| is) left)\b/i.test(
      rest,
    ) ||
    // "which of her papers is the newest" with no one named before it.
    unnamedPerson(rest) ||
    // "which of them…" leans on an earlier question unless papers were named before it in this one;
    // "which of those…" unless a part of the question came before it.
    /^(?:(?!\b(?:papers?|list|listing|these|here)\b).)*\bof them\b/i.test(rest) ||
    /^(?:(?!\b(?:papers?|list|listing|these|here|and)\b|,).)*\bof those\b/i.test(rest)
  );
}

const PART_START =
  /,\s*and\s+(?=(?:is|are|was|were|did|does|do|has|have)\b)|(?<!\bfirst)(?:,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?|\s+-\s+|:\s+)(?=(?:(?:on|in|of|among|for|from) (?=how|which|what)|who|whom|what|when|where|which|how|is it|was it|has it|does it|did it|its (?=categor|authors?|doi|pages|first|last|title|id\b|abstract|comments?|journal|venue|code|primary)|it's|it is|arxiv id|id|authors|the authors|first author|last author|categor|doi|pages|the (?:newest|oldest|latest|earliest|most recent) one)\b)/gi;

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
  if (
    kept.length > 2 &&
    /^(?:in|during|from|since|for|among|between|before|after|of|going by|by|counting|looking at)\b/i.test(
      kept[0] as string,
    )
  )
    kept.splice(0, 2, `${kept[0]} ${kept[1]}`);
  if (kept.length === 1) return bothEnds(kept[0] as string);
  // "papers by Divya Mahajan and Jongse Park": a split that leaves a part asking nothing is no split.
  const first = kept[0] ?? '';
  const firstAsks =
    asksSomething(first) ||
    /^i(?:'m| am)? /i.test(first) ||
    /\b(?:who|what|when|where|how|which)\b/i.test(first) ||
    /^(?:the )?(?:\S+ )?(?:oldest|newest|latest|earliest|most recent|longest|shortest)\b/i.test(first) ||
    /^(?:the )?(?:paper|one) with the (?:most|fewest|longest|shortest)\b/i.test(first) ||
    // "One paper got a new version this week - when was it first submitted": the paper, then the question.
    /^(?:one|a|the|that) (?:\S+ ){0,3}?(?:paper|article|preprint) (?:that |which )?(?:got|was|were|came|had|has)\b/i.test(
      first,
    );
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
  return /^(?:(?:on|in|of|among|for|from) (?=how|which|what))?(?:who|whom|what|when|where|which|how|is|was|has|does|did|do (?=they\b)|are (?=(?:they|the two|both)\b)|its|it|arxiv|id|authors|the authors|first|last|categor|doi|pages|the (?:newest|oldest|latest|earliest|most recent) one)\b/i.test(
    part,
  );
}
