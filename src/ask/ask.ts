import type { PaperIndex } from '../search/paper-index.js';
import type { Answer } from './answer.js';
import { extractFilters, topicWords } from './entities.js';
import { countPaperAuthors, whatAbout, whenAnnounced, whenRevised, whenSubmitted, whoWrote } from './paper-answers.js';
import {
  authorInfo,
  isAuthorOf,
  whichOfName,
  coauthors,
  compare,
  mostProlific,
  papersByBoth,
  together,
  topCollaborator,
} from './author-answers.js';
import {
  countAuthors,
  countPapers,
  extreme,
  hasFilter,
  listPapers,
  perYear,
  whoWroteAbout,
} from './listing-answers.js';
import { type Question, type Handler, decline } from './question.js';
import { hasPublishedOn, isThere, wasRevised } from './yes-no.js';

const MAX_QUESTION = 500;

/**
 * Answers a question in plain words about the listing, from the data alone: deterministic, no
 * network. Questions are matched against phrasings of known kinds; names, papers, years and
 * topics are read out of them. What cannot be understood is declined honestly, with the papers
 * that match its words; nothing is ever made up.
 */
export function ask(index: PaperIndex, question: string): Answer {
  const text = clean(question);
  if (!text)
    return decline(
      '',
      'Ask me something about the papers in the listing, for example "How many papers has Divya Mahajan written?"',
    );
  if (question.length > MAX_QUESTION)
    return decline(
      text.slice(0, 60),
      `That question is ${question.length} characters long; please ask in at most ${MAX_QUESTION}.`,
    );
  const q: Question = { text, index };
  for (const [pattern, handler] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const answer = handler(m.groups ?? {}, q);
    if (answer) return answer;
  }
  return fallback(q);
}

/** Strips greetings, politeness and punctuation that do not change the question. */
function clean(question: string): string {
  let t = question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/^(?:hey|hi|hello|yo|ok|okay|and|so|also|then|but|well)\b[,!]?\s*/i, '');
  t = t.replace(/^(?:please|pls|kindly)\s+/i, '');
  t = t.replace(/^(?:can|could|would|will) you (?:please )?(?:tell me|show me|give me|list|find)?\s*/i, '');
  t = t.replace(
    /^(?:do you know|i (?:want|would like|'d like) to know|i wonder|i'm curious|tell me)\s+(?=who|what|which|when|how|whether|if|about)/i,
    '',
  );
  t = t.replace(/^(?:whether|if)\s+/i, '');
  t = t.replace(/[\s?!.,;:]+$/g, '').replace(/\s+(?:please|pls)$/i, '');
  return t.trim();
}

const QUESTION_WORDS =
  /\b(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|tell|joke)\b/i;

const fallback = (q: Question): Answer => {
  // Bare keywords ("mixture of experts", "Divya Mahajan 2024") and requests that mention papers
  // list the matching papers; a question of an unknown shape is declined.
  const f = extractFilters(q.index, q.text);
  const asksForPapers = /\b(?:papers?|articles?|publications?|preprints?|works?|research)\b/i.test(q.text);
  if ((asksForPapers || !QUESTION_WORDS.test(q.text)) && hasFilter(f)) {
    const listed = listPapers({}, q);
    if (listed && (listed.papers.length > 0 || listed.candidates)) return listed;
  }
  const words = topicWords(q.text);
  const hits = words
    ? q.index
        .search(words)
        .hits.slice(0, 3)
        .map((h) => h.paper)
    : [];
  const base =
    'I can\'t answer that from the listing: I understand questions about its papers, authors, topics and dates (for example "Who wrote Pimba?" or "How many papers has Divya Mahajan written in 2025?").';
  return decline(
    `a question I could not read: "${q.text}"`,
    hits.length ? `${base} Papers that match its words are below.` : base,
    hits,
  );
};

// ---- phrasings -----------------------------------------------------------------------------

const PAPERS = '(?:papers?|articles?|publications?|preprints?|works?|entries|submissions)';
const WROTE =
  '(?:write|written|wrote|work|worked|collaborate|collaborated|publish|published|co-?author|co-?authored|team(?:ed)? up)';

const PATTERNS: [RegExp, Handler][] = [
  [/^[Ww]hich (?<s>\p{Lu}[\p{L}'-]+) (?<r>.+?)$/u, whichOfName],
  [/^(?:is|was) (?<a>.+?) (?:an? |one of the )?(?:co-?)?authors? (?:of|on) (?<p>.+?)$/i, isAuthorOf],
  [
    /^(?:was|has|have|were|is) (?<p>.+?) (?:ever )?(?:been |ever been )?(?:revised|updated|modified)(?: (?:at least )?once| ever| since)?$/i,
    wasRevised,
  ],
  [
    new RegExp(
      `^(?:has|have|did|does|do) (?!.+ and .+ (?:together|jointly)$)(?<a>.+?) (?:ever )?${WROTE}(?: anything| something| any papers?| a paper| papers| research)? (?:on|about|in|regarding|concerning|during|since|before|after|between|from) .+$`,
      'i',
    ),
    hasPublishedOn,
  ],
  [
    /\b(?:per|each|every) year\b|\byear[- ]by[- ]year\b|\bbreakdown\b.*\byears?\b|\bby year\b|\bannual(?:ly)?\b/i,
    perYear,
  ],
  [/^compare (?<a>.+?) (?:and|with|to|vs\.?|versus) (?<b>.+)$/i, compare],
  [
    /^(?:who (?:has|wrote|published|authored|has written|has published) more(?: papers)?,? )(?<a>.+?) or (?<b>.+)$/i,
    compare,
  ],
  [/^(?<a>.+?) (?:vs\.?|versus|compared (?:to|with)) (?<b>.+)$/i, compare],
  [
    new RegExp(
      `^(?:did|have|has|do|does) (?<a>.+?) and (?<b>.+?) (?:ever )?${WROTE}(?: on)?(?: any(?:thing)?| a| any papers?| papers?| a paper)?(?: together| jointly)?$`,
      'i',
    ),
    together,
  ],
  [
    new RegExp(
      `^(?:did|have|has|does|do) (?<a>.+?) (?:ever )?${WROTE}(?: any(?:thing)?| a| any papers?| papers?| a paper)? with (?<b>.+)$`,
      'i',
    ),
    together,
  ],
  [/^(?:are|were) (?<a>.+?) and (?<b>.+?) (?:co-?authors|collaborators|coworkers)$/i, together],
  [new RegExp(`(?:joint|shared|common) ${PAPERS} (?:of|by|between|from) (?<a>.+?) and (?<b>.+)$`, 'i'), together],
  [
    /^(?:did|has) (?<a>.+?) (?:ever )?(?:write|co-?write|co-?author|author|contribute to|work on|help write) (?<p>.+)$/i,
    isAuthorOf,
  ],
  [
    new RegExp(
      `^(?:which |what |list |show |find )?(?:me )?(?:the )?${PAPERS} (?:by|of|from|written by|co-?authored by) (?:both )?(?<a>.+?) and (?<b>.+?)(?: together)?$`,
      'i',
    ),
    papersByBoth,
  ],
  [
    /^who (?:does|did|has|have) (?<a>.+?) (?:collaborate|collaborated|work|worked|write|written|publish|published|co-?author|co-?authored)(?: with)? (?:the )?most(?: often)?(?: with)?$/i,
    topCollaborator,
  ],
  [
    /^who (?:collaborates|works|writes|publishes|co-?authors|has collaborated|has worked|has written|has published) (?:the )?most(?: often)? with (?<a>.+)$/i,
    topCollaborator,
  ],
  [
    /(?:most frequent|top|main|closest|biggest|favou?rite|most common|primary|usual) (?:co-?author|collaborator|co-?worker|partner)s? (?:of|for) (?<a>.+)$/i,
    topCollaborator,
  ],
  [
    /^(?:who is |who's |what is |what's )?(?<a>.+?)(?:'s|s') (?:most frequent|top|main|closest|biggest|favou?rite|most common|primary|usual) (?:co-?author|collaborator|co-?worker|partner)$/i,
    topCollaborator,
  ],
  [
    /^(?:who (?:are|were) |list |show |name )?(?:me )?(?:all )?(?:the )?(?:co-?authors|collaborators|co-?workers) (?:of|for) (?<a>.+)$/i,
    coauthors,
  ],
  [
    /^(?:who (?:are|were) |list |show |name )?(?:me )?(?<a>.+?)(?:'s|s') (?:co-?authors|collaborators|co-?workers)$/i,
    coauthors,
  ],
  [
    /^(?:who|which (?:people|authors)) (?:has|did|does|have) (?<a>.+?) (?:collaborated?|work(?:ed)?|written|wrote|co-?authored|published|write|publish) with$/i,
    coauthors,
  ],
  [/^with whom (?:has|did|does) (?<a>.+?) (?:collaborated?|work(?:ed)?|written|published|write|publish)$/i, coauthors],
  [
    /\bmost prolific\b|\b(?:top|leading|most active|most productive) (?:\d+ )?(?:authors|researchers|people)\b|^(?:who|which authors?) (?:has|have|wrote|published|authored|has written|has published|have written|have published) (?:the )?most(?: papers)?(?: (?:in|on|about|since|before|during|between|from) .+)?$/i,
    mostProlific,
  ],
  [
    /^how many (?:authors|people|researchers|co-?authors|names|contributors|writers)(?: (?:are|were))?(?: there)? (?:does|do|did|on|in|for|of|wrote|worked on|contributed to|are on|behind|listed (?:on|for)) (?<p>.+?)(?: (?:have|has|had|list|lists|include|includes|got))?$/i,
    countPaperAuthors,
  ],
  [
    /^(?:what is |what's )?(?:the )?(?:total )?(?:number|count) of (?:authors|people) (?:of|on|for|in|behind) (?<p>.+)$/i,
    countPaperAuthors,
  ],
  [
    /^how many (?:distinct |different |unique )?(?:authors|people|researchers|names)(?: are there| in total| in the listing| overall| altogether| are in the listing)?$/i,
    countAuthors,
  ],
  [new RegExp(`^how many ${PAPERS}\\b`, 'i'), countPapers],
  [new RegExp(`^(?:what is |what's )?(?:the )?(?:total )?(?:number|count) of ${PAPERS}\\b`, 'i'), countPapers],
  [/^how many (?:has|did|have|does|were|are) .+?$/i, countPapers],
  [
    /^who (?:wrote|writes|has written|have written|works|worked|has worked|published|has published|researches|studied|studies) (?:about|on|regarding) (?<t>.+)$/i,
    whoWroteAbout,
  ],
  [
    /^(?:who (?:wrote|authored|writes|created|made|is behind|are behind|worked on|co-?authored|contributed to)|who (?:are|were|is) the (?:authors?|people|researchers) (?:of|on|behind)) (?<p>.+)$/i,
    whoWrote,
  ],
  [/^(?:list |show |name |give )?(?:me )?(?:the )?(?:authors?|writers?) (?:of|on|for|behind) (?<p>.+)$/i, whoWrote],
  [/^(?:by )?whom (?:was|is) (?<p>.+?) (?:written|authored)$/i, whoWrote],
  [
    /^(?:who is|who's|who are|tell me about|what about|what do you know about|info on|information (?:on|about)) (?<a>.+)$/i,
    authorInfo,
  ],
  [
    /^when (?:was|were|is|did) (?<p>.+?) (?:last |most recently )?(?:revised|updated|modified|changed|edited|get revised|get updated)$/i,
    whenRevised,
  ],
  [/^when (?:was|were|is|did) (?<p>.+?) (?:originally |first )?(?:announced|get announced)$/i, whenAnnounced],
  [
    /^when (?:was|were|is|did) (?<p>.+?) (?:first |originally |initially )?(?:submitted|published|released|posted|uploaded|written|put on arxiv|come out|came out|appear|appeared|out|submit|publish|release)$/i,
    whenSubmitted,
  ],
  [
    /^(?:what is |what's )?(?:the )?(?:submission|publication|release|first[- ]version|v1) date of (?<p>.+)$/i,
    whenSubmitted,
  ],
  [/^(?:what is |what's )?(?:the )?(?:last |latest )?(?:revision|update) date of (?<p>.+)$/i, whenRevised],
  [/^(?:what is |what's )?(?:the )?announce(?:ment|d) (?:date|month) of (?<p>.+)$/i, whenAnnounced],
  [/^when (?:was|were|is|did) (?<p>.+)$/i, whenSubmitted],
  [
    /\b(?:most recent|latest|newest|freshest|youngest)\b|\blast (?:paper|article|publication|preprint|work)\b/i,
    extreme('newest'),
  ],
  [/\b(?:oldest|earliest)\b|\bfirst (?:paper|article|publication|preprint|work)\b/i, extreme('oldest')],
  [/^(?:what(?:'s| is| was| are| were)) (?<p>.+?) about$/i, whatAbout],
  [
    /^(?:summari[sz]e|describe|explain|give me a summary of|give me the abstract of|(?:the )?abstract of|summary of|what is the abstract of|show me the abstract of|tell me about|what about) (?<p>.+)$/i,
    whatAbout,
  ],
  [
    /^what (?:does|did) (?<p>.+?) (?:do|propose|present|introduce|study|show|find|contribute|address|tackle|solve|describe)$/i,
    whatAbout,
  ],
  [/^about (?<p>.+)$/i, whatAbout],
  [new RegExp(`^(?:which|what) ${PAPERS}`, 'i'), listPapers],
  [/^(?:find|show|list|give|get|search|look|display|any)\b/i, listPapers],
  [new RegExp(`^(?:${PAPERS}|research|anything)\\b`, 'i'), listPapers],
  [
    /^what (?:did|has|have|does) .+? (?:co-?)?(?:publish|published|write|written|wrote|author|authored|submit|submitted|work on|worked on|do|done)\b/i,
    listPapers,
  ],
  [new RegExp(`^(?:is|are) there (?:any(?:thing)? |a |some )?(?:${PAPERS}|research|anything)?\\b`, 'i'), isThere],
];
