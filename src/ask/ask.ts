import type { Paper } from '../listing/paper.js';
import { type PaperFilter, allOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, decline, joinAnd } from './answer.js';
import { unknownPerson, whichPerson } from './person-declines.js';
import { neverPeople } from './never-people.js';
import { readDifference, readTimes } from './read-difference.js';
import { difference, shareOfListing } from './compare-counts.js';
import { type PartReading, readPart } from './read-part.js';
import { cleanQuestion, isFollowUp, splitCompound } from './read-question.js';
import { otherLanguage } from './other-language.js';
import { rankOf } from './rank-of.js';
import { statisticsAnswer } from './statistics.js';
import { outOfReach } from './out-of-reach.js';
import { similarQuestion } from './similar-question.js';
import { terseQuery } from './terse-query.js';
import { runQuestion } from './run-question.js';
import { pronouns, relativeToPaper } from './relative-to-paper.js';
import { bareDays, relativePeriods, versionGap } from './relative-periods.js';
import { timeAnswer } from './time-answers.js';
import { ABOUT_PAPERS, BOTH, THAT_SHARE, THOSE } from './compound-words.js';
import { carryOver } from './carry-over.js';
import { familyPlurals } from './family-plurals.js';
import { namedPair, theTwo, twoPapers } from './two-papers.js';
import { measureDifference, oneOfTwo } from './one-of-two.js';
import { countClaim } from './count-claim.js';
import { claimAnswer } from './claim-readers.js';
import { withoutChatter } from './chatter.js';
import { asQuestion } from './statement.js';
import { namesShown } from './names-shown.js';
import { groupCountPart } from './group-count.js';
import { termOf } from '../search/terms.js';
import { NTH_AUTHOR } from './read-frame.js';
import { ordinalNumber } from './spoken-numbers.js';
import type { TypedQuestion } from './typed-question.js';

const MAX_QUESTION = 500;
const FOLLOW_UP =
  'I answer each question on its own and do not keep the last one, so I cannot tell what this refers to. Ask it in full, for example "How many papers were first submitted in 2023?"';

/**
 * Answers a question in plain words about the listing, from the data alone: deterministic, no
 * network. The question is read into a typed query (what is wanted, of which papers: see
 * TypedQuestion), run by the filter engine that `/search` and digests use, and said back with
 * the query in words. What cannot be read is declined honestly; nothing is made up.
 */
// "going by the names shown": papers that hide authors count as not theirs, and the answer says so.
const SHOWN_ONLY =
  /\b(?:going|counting|judging) (?:only )?by (?:the )?names(?: that are)?(?: actually)? (?:shown|listed)\b|\b(?:the )?names shown only\b|\bonly (?:the )?names shown\b/i;

export function ask(index: PaperIndex, question: string): Answer {
  const plain = withoutChatter(index, question);
  if (plain !== question) return ask(index, plain);
  // "EarthSight was first posted on 14 November 2025, correct?": asked as the yes or no it is.
  const statement = asQuestion(question);
  const checked = statement === undefined ? undefined : ask(index, statement);
  if (checked && (checked.declined || /^(?:Yes|No|The listing cannot tell)\b/.test(checked.answer))) return checked;
  // "it" resolved before the question is cut to its last sentence ("X is on my list. What … as it?").
  const cleaned = cleanQuestion(bareDays(index, pronouns(index, familyPlurals(index, question))), (word) => {
    const term = termOf(word);
    return term === null || index.hasTerm(term);
  });
  const two =
    twoPapers(index, cleaned) ??
    claimAnswer(index, question, cleaned, (q) => ask(index, q)) ??
    neverPeople(cleaned, (q, never) => answerPart(index, q, { never }).answer);
  if (two) return two;
  const gap =
    measureDifference(index, cleaned) ??
    countClaim(index, cleaned) ??
    versionGap(index, cleaned) ??
    timeAnswer(index, cleaned);
  if (gap) return gap;
  const picked = oneOfTwo(index, cleaned);
  if (picked && 'answer' in picked) return picked;
  if (picked) {
    const said = ask(index, picked.question);
    return { ...said, answer: `${picked.lead} ${said.answer}` };
  }
  const periods = relativePeriods(index, cleaned);
  const relative = relativeToPaper(index, periods.text);
  relative.without ??= periods.without;
  const like = similarQuestion(index, relative.text);
  if (typeof like === 'object') return like;
  const text = terseQuery(index, question, like ?? relative.text);
  if (!text)
    return decline(
      '',
      'Ask me something about the papers in the listing, for example "How many papers were first submitted in 2024?"',
    );
  if (question.length > MAX_QUESTION)
    return decline(
      text.slice(0, 60),
      `That question is ${question.length} characters long; please ask in at most ${MAX_QUESTION}.`,
    );
  if (!/[\p{L}\p{N}]/u.test(text)) return cannotRead(text);
  const times = readTimes(text);
  if (times) return difference(index, times, (q) => answerPart(index, q, {}).answer) ?? cannotRead(text);
  const read = otherLanguage(text) ?? statisticsAnswer(index, text, (q) => answerPart(index, q, {}).answer, question);
  if (read) return read;
  const reach = outOfReach(text);
  if (reach) return decline(reach.understood, reach.message);
  if (isFollowUp(text) || isFollowUp(cleaned)) return decline('a follow-up to an earlier question', FOLLOW_UP);
  const ranked = rankOf(index, text, question);
  if (ranked) return ranked;
  const compared = readDifference(text);
  if (compared) return difference(index, compared, (q) => answerPart(index, q, {}).answer) ?? cannotRead(text);
  // "how many more authors does A have than B": two counts this reader could not tell apart.
  if (/^how many (?:more|fewer|less) .+ than |^how many .+ (?:vs\.?|versus) /i.test(text)) return cannotRead(text);
  const shown = {
    ...(SHOWN_ONLY.test(question) ? { shownOnly: true } : {}),
    // "apart from Flashlight itself": that paper is left out of what the question ranges over.
    ...(relative.without ? { without: relative.without } : {}),
  };
  const pieces = splitCompound(text);
  if (pieces.length === 1) return answerPart(index, text, shown).answer;
  return compound(index, pieces, shown);
}

/** Several questions about one paper, or about the listing, answered in turn. */
function compound(index: PaperIndex, pieces: string[], shown: { shownOnly?: boolean; without?: Paper }): Answer {
  const parts: Answer[] = [];
  let paper: Paper | undefined;
  let chosen: PaperFilter | undefined;
  let person: string | undefined;
  let ranked = false;
  const pair = namedPair(index, pieces[0] ?? '');
  for (const asked of carryOver(pieces)) {
    // "What is the newest date in this listing, and …": a part the dates alone answer.
    const timed = timeAnswer(index, asked);
    if (timed) {
      parts.push(timed);
      continue;
    }
    // "which came first, A or B, and do they share an author": "they" are the two papers.
    const two = pair && asked !== pieces[0] ? twoPapers(index, theTwo(asked, pair)) : undefined;
    if (two) {
      parts.push(two);
      continue;
    }
    // "how many papers Muhammad Adnan has and on which he is first author": "he" is the one person named before.
    const piece = person
      ? asked.replace(/\b(?:he|she)\b/gi, person).replace(/\b(?:his|her)\b/gi, `${person}'s`)
      : asked;
    // "who wrote the most papers in astro-ph and how many did they write": the ranking said how many.
    if (ranked && /^(?:and )?how many(?: papers)? (?:did|do|have|has) (?:they|he|she|each)\b/i.test(piece)) continue;
    const counted = groupCountPart(parts.at(-1), piece);
    if (counted) {
      parts.push(counted);
      continue;
    }
    if (chosen && THAT_SHARE.test(piece)) {
      parts.push(shareOfListing(index, chosen));
      continue;
    }
    // "how many are in cs.AI or cs.LG, and how many of those are in both": the papers of both sides of that "or".
    const both = chosen && 'any' in chosen && chosen.any.length === 2 && BOTH.test(piece) ? { all: chosen.any } : null;
    const within = both ? { within: both } : chosen && THOSE.test(piece) ? { within: chosen } : {};
    const {
      answer,
      paper: about,
      reference,
      papers,
    } = answerPart(index, both ? `${piece.replace(BOTH, ' ')} of those` : piece, {
      ...(paper && !ABOUT_PAPERS.test(piece) ? { paper } : {}),
      ...within,
      ...shown,
    });
    // "whats the newest emoji paper and who is its first author": "its" is the one paper a superlative named.
    // "One paper got a new version this week - when was it first submitted": "it" is the one paper found.
    const one = ['superlative', 'papers', 'count'].includes(answer.query?.want ?? '') && answer.papers.length === 1;
    paper ??= about ?? (one ? answer.papers[0] : undefined);
    // "the three latest papers about X and who wrote them": the papers the superlative named, not all it ranked.
    const named = answer.query?.want === 'superlative' && !answer.query.groupBy && answer.papers.length > 0;
    chosen = named ? { kind: 'paper', ids: answer.papers.map((p) => p.id) } : (papers ?? undefined);
    person ??= answer.asked?.length === 1 ? answer.asked[0] : undefined;
    ranked = answer.query?.want === 'superlative' && answer.query.groupBy === 'author';
    // "that D. Mahajan who gave the keynote - what's their newest paper": nothing to answer until one
    // is chosen, unless the rest asks who it could be.
    if (
      answer.declined &&
      answer.candidates?.length &&
      !pieces.some((p) => /^(?:which|what) (?:people|persons|authors)\b|^who\b/i.test(p))
    )
      return answer;
    // "I need the paper about Raft leases - id, authors…": a part that only names the paper.
    if (reference) continue;
    parts.push(...(answer.parts ?? [answer]));
  }
  if (parts.length === 1) return parts[0] as Answer;
  return {
    answer: parts.map((p) => p.answer).join(' '),
    understood: parts.map((p) => p.understood).join('; '),
    papers: [...new Set(parts.flatMap((p) => p.papers))],
    parts,
    ...(parts.every((p) => p.declined) ? { declined: true } : {}),
  };
}

interface PartAnswer {
  answer: Answer;
  /** The papers a listing question chose. */
  papers?: PaperFilter | null;
  paper?: Paper;
  /** The part only named the paper the next parts ask about. */
  reference?: boolean;
}

function answerPart(
  index: PaperIndex,
  text: string,
  context: {
    paper?: Paper;
    within?: PaperFilter;
    shownOnly?: boolean;
    without?: Paper;
    never?: TypedQuestion['never'];
  },
): PartAnswer {
  let reading: PartReading;
  try {
    reading = readPart(index, text, context);
  } catch (e) {
    if (e instanceof RangeError) return { answer: decline(`"${text}"`, 'I could not read that question.') };
    throw e;
  }
  switch (reading.kind) {
    case 'question': {
      // "apart from Flashlight itself": that paper is left out of what the question ranges over.
      if (context.without)
        reading.question.papers = allOf([
          reading.question.papers,
          { not: { kind: 'paper', ids: [context.without.id] } },
        ]);
      if (context.shownOnly) {
        reading.question.papers = namesShown(reading.question.papers);
        if (reading.question.measure === 'authors') reading.question.measure = 'shownAuthors';
      }
      if (context.never) {
        const q = reading.question;
        // "who are the authors of HybridVFL": the people of that paper, less those the "never" leaves out.
        if (q.want === 'field' && q.fields?.join() === 'authors')
          Object.assign(q, { want: 'authors', fields: undefined });
        if (q.want !== 'authors' && !(q.want === 'count' && q.countOf === 'authors'))
          return { answer: cannotRead(text) };
        q.never = context.never;
      }
      const nth = NTH_AUTHOR.exec(text)?.[1];
      if (nth && reading.question.fields?.includes('nthAuthor')) reading.question.nth = ordinalNumber(nth);
      const asked = reading.people.named.map((a) => a.name);
      const answer = runQuestion(index, reading.question, asked, reading.notes);
      if (reading.explicit === false && answer.papers.length === 0) return { answer: cannotRead(text) };
      return reading.paper ? { answer, paper: reading.paper } : { answer, papers: reading.question.papers };
    }
    case 'ambiguous':
      return { answer: whichPerson(reading.people.ambiguous!, text, index) };
    case 'paper-candidates':
      return {
        answer: decline(
          `a question about the paper "${reading.ref.ref}"`,
          `Several papers match "${reading.ref.ref}": ${joinAnd(reading.ref.candidates.map((p) => `"${p.title}" (${p.arxivId ?? p.id})`))}. Which one do you mean?`,
          reading.ref.candidates,
        ),
      };
    case 'missing':
      return {
        answer: decline(
          `a question about ${reading.what.join(', ')}`,
          `This listing does not show ${reading.what.join(' or ')}, so I cannot answer that from it.`,
        ),
      };
    case 'unread-negation':
      return {
        answer: decline(
          `a question with a condition I could not read: "${reading.text}"`,
          `I could not read what "${reading.text}" excludes, and answering without it would count the wrong papers. Ask it another way, for example "papers by X not in cs.CL".`,
        ),
      };
    case 'unknown-person':
      return { answer: unknownPerson(index, reading.name, reading.asked === 'yesno') };
    case 'reference':
      return {
        answer: runQuestion(index, { want: 'describe', papers: { kind: 'paper', ids: [reading.paper.id] } }, []),
        paper: reading.paper,
        reference: true,
      };
  }
}

/** A question of no shape the listing can answer: declined, saying what can be asked. */
function cannotRead(text: string): Answer {
  return decline(
    `a question I could not read: "${text}"`,
    'I can\'t answer that from the listing: I answer questions about its papers, authors, topics, dates, categories and comments (for example "Who wrote Pimba?" or "How many papers were first submitted in 2025?").',
  );
}
