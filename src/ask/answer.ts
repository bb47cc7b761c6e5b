import type { AuthorRef } from '../search/author-map.js';
import type { Paper } from '../listing/paper.js';
import type { TypedQuestion } from './typed-question.js';

/** An answer to a question, and what it rests on. */
export interface Answer {
  /** One or two plain sentences. */
  answer: string;
  /** What the question was understood as, in words: the typed query said back. */
  understood: string;
  /** The papers the answer rests on, to be cited by id. */
  papers: Paper[];
  /** The typed query the question was read as; absent when it could not be read. */
  query?: TypedQuestion;
  /** The people the question names, so lists show them whatever their position. */
  asked?: string[];
  /** One answer per question of a compound question, in the order asked. */
  parts?: Answer[];
  /** People to choose from when a name was ambiguous. */
  candidates?: AuthorRef[];
  /** Set when the question could not be answered from the listing. */
  declined?: boolean;
}

/** "A", "A and B", "A, B and C" (or "A, B or C"). */
export function joinAnd(items: string[], word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export { agreeing, plural } from '../base/plural.js';

/** The first `n` of a ranking and every item tied with the last of them ("the top 3" may be four). */
export function firstWithTies<T>(ranked: readonly T[], n: number, value: (item: T) => number): T[] {
  const last = ranked[n - 1];
  if (last === undefined) return [...ranked];
  const floor = value(last);
  return ranked.filter((item, i) => i < n || value(item) === floor);
}

/** "The top 3 papers", "The top 3 papers and 2 tied with the last of them", "Only 2 papers". */
export function topWords(n: number, shown: number, of: number, noun: string): string {
  if (of < n) return `Only ${of} ${noun}`;
  return shown > n ? `The top ${n} ${noun} and ${shown - n} tied with the last of them` : `The top ${n} ${noun}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// A sentence ends at a stop before a space: not in "3.5" or "v1...v2", nor after "e.g." or "et al.".
const SENTENCES =
  /(?:[^.!?]|(?<=\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|resp))\.|[.!?]+(?![\s)"”.!?]|$))+(?:[.!?]+["”)]?(?=\s|$)|$)/g;

/** The first sentences of a text, up to about `max` characters. */
export function firstSentences(text: string, max = 320): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(SENTENCES) ?? [flat];
  let out = '';
  for (const s of sentences) {
    if (out && out.length + s.length > max) break;
    out += s;
    if (out.length >= max * 0.5 && /[.!?]$/.test(out.trim())) break;
  }
  return out.trim();
}

const SUBJECT = String.raw`\b(?:we|this (?:paper|work|study|article)|in this (?:paper|work)|our (?:work|approach|method|system|framework))\s+(?:\w+\s+){0,2}?`;
// What a paper makes, before what it looks at: "we propose" outranks "we analyze".
const MAKES = new RegExp(
  `${SUBJECT}(?:propose|present|introduce|develop|design|build|describe|formulate|offer|release)`,
  'i',
);
const FINDS = new RegExp(
  `${SUBJECT}(?:show|study|investigate|analy[sz]e|characteri[sz]e|demonstrate|evaluate|examine|explore|identify|find|argue|report|provide)`,
  'i',
);

/**
 * What a paper says it does: the first sentence of its abstract stating what it makes ("We
 * propose…", "This paper presents…"), else what it finds ("We show…"), with the next one when
 * short; the opening sentences only when no sentence says either.
 */
export function contributionSentences(abstract: string, max = 320): string {
  const flat = abstract.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(SENTENCES) ?? [flat];
  let at = sentences.findIndex((s) => MAKES.test(s));
  if (at < 0) at = sentences.findIndex((s) => FINDS.test(s));
  return at < 0 ? firstSentences(abstract, max) : firstSentences(sentences.slice(at).join(''), max);
}

/** "exactly one", "exactly 2", "at least 3", "at most 4": how many of the papers each person counted is on. */
export function papersBound(q: { minPapers?: number | undefined; maxPapers?: number | undefined }): string {
  if (q.maxPapers && q.maxPapers === (q.minPapers ?? 1))
    return q.maxPapers === 1 ? 'exactly one' : `exactly ${q.maxPapers}`;
  if (q.minPapers) return `at least ${q.minPapers}`;
  return q.maxPapers ? `at most ${q.maxPapers}` : '';
}

/** An answer that says why the question cannot be answered. */
export function decline(understood: string, message: string, papers: Paper[] = []): Answer {
  return { answer: message, understood, papers, declined: true };
}
