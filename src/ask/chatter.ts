import type { PaperIndex } from '../search/paper-index.js';
import { termOf } from '../search/terms.js';
import { spotNames } from './entities.js';

// Where a question starts after words about the asker: a dash, a colon, the end of a sentence.
const BREAK = /\s[-–—]\s|:\s|[.!?;]\s+|,\s+(?=(?:so |and )?(?:how|what|which|who|whose|when|where)\b)/g;
// Words that say who asks, for what and when, rather than which papers.
const CHATTER =
  /\b(?:i|i'm|im|i'll|i'd|i've|me|my|we|we're|our|us|here|new|newbie|newcomer|first (?:day|week|month)|this (?:week|month|term)|next (?:week|month|term)|semester|quick|student|phd|postdoc|visitor|visiting|joining|manager|supervisor|advisor|adviser|boss|pi|wiki|notes|slides|onboarding|newsletter|reading[- ]group|journal club|lit(?:erature)? review|related work|thesis|report|meeting|tidying|cleaning up|setting up|sorting out|joining|visiting|starting|sitting|prepping|preparing|planning|organi[sz]ing|updating|putting together|sidebar|piece|story|column|feature|blog|podcast|my (?:editor|article|draft))\b/iu;
// Words before the break that are a question themselves ("anything on farming? asking for a piece").
const ASKS =
  /\?|^\s*(?:how|what|which|who|whose|when|where|is|are|was|were|do|does|did|can|could|any|anything|list|show|give|name|count|find|tell)\b/i;
// Words before the break that say what is asked about: then they are part of the question.
const TOPICAL =
  /\b(?:about|regarding|concerning|interested in|working on|work on|research(?:ing)? on|looking into|reading (?:up )?on|focus(?:ed|ing)? on)\s+\p{L}|"[^"]+"|“[^”]+”|(?<!\p{L})['‘][^'’]+['’](?!\p{L})|\b(?:19|20)\d{2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b[a-z][a-z-]*\.[A-Za-z-]+\b|\bpapers?\b|\d|\b(?:going|counting|judging|leaving|including|excluding|ignoring|sorted|sorting|ordered|only|names? (?:shown|listed))\b/iu;
// Capitalized words that open a sentence or name the asker, not a paper.
const NOT_NAMES = /^(?:i|i'm|i'll|i'd|i've|im|my|we|our|new|quick|hi|hello|hey|ok|so|phd|pi|postdoc)$/i;
const PRONOUNS = /\b(?:he|she|him|his|her|hers|they|them|their)\b/i;

/**
 * The question without words before it that only say who asks and why ("new PhD student here,
 * trying to get a feel for the group history - what did Dhruv Mahajan work on before 2023"),
 * which would otherwise be searched as topic words. A person named there and meant by "he" or
 * "her" after the break is put in the pronoun's place. The question as asked when no such words come first.
 */
export function withoutChatter(index: PaperIndex, question: string): string {
  const breaks = [...question.matchAll(BREAK)].reverse();
  for (const b of breaks) {
    const before = question.slice(0, b.index);
    const after = question.slice(b.index + b[0].length).trim();
    if (after.split(/\s+/).length < 2 || ASKS.test(before) || !CHATTER.test(before) || TOPICAL.test(before)) continue;
    if (namesPaper(index, before)) continue;
    const people = spotNames(index, before).mentions;
    if (people.length === 0) return after;
    const person = people[0];
    if (people.length > 1 || person?.kind !== 'author') continue;
    // "piece on the Priebe group: youngser park co-authored …": the question names its own person.
    if (!PRONOUNS.test(after)) {
      if (spotNames(index, after).mentions.some((m) => m.kind === 'author')) return after;
      continue;
    }
    return inPlaceOfPronouns(after, person.author.name);
  }
  return question;
}

/** Whether a capitalized word there, not opening it, is a word of some paper's title or abstract ("Pimba"). */
function namesPaper(index: PaperIndex, text: string): boolean {
  const words = text.match(/(?<![\p{L}'])\p{Lu}[\p{L}\d-]*/gu) ?? [];
  return words.some((w) => {
    if (NOT_NAMES.test(w)) return false;
    const term = termOf(w);
    return term !== null && index.hasTextTerm(term);
  });
}

function inPlaceOfPronouns(text: string, name: string): string {
  return text
    .replace(/\b(?:his|her|their)\b(?=\s+\p{L})/giu, `${name}'s`)
    .replace(/\b(?:he|she|him|her|they|them)\b/gi, name);
}
