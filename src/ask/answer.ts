import type { AuthorRef } from '../search/author-map.js';
import type { Paper } from '../listing/paper.js';

/** The kinds of question `ask` answers. */
export type Intent =
  | 'count-papers'
  | 'count-authors'
  | 'count-paper-authors'
  | 'who-wrote'
  | 'author-info'
  | 'top-collaborator'
  | 'coauthors'
  | 'most-prolific'
  | 'together'
  | 'when-submitted'
  | 'when-revised'
  | 'when-announced'
  | 'list-papers'
  | 'newest'
  | 'oldest'
  | 'what-about'
  | 'per-year'
  | 'compare'
  | 'is-author-of'
  | 'unknown';

/** What a question was understood as. */
export interface Interpretation {
  intent: Intent;
  /** The people it names, as resolved. */
  authors?: string[];
  paper?: { id: string; title: string };
  topic?: string;
  year?: number;
  month?: string;
  from?: string;
  until?: string;
  dateField?: 'submitted' | 'announced' | 'updated';
  /** Only revised papers (true) or never-revised ones (false). */
  revised?: boolean;
}

/** An answer to a question, and what it rests on. */
export interface Answer {
  /** One or two plain sentences. */
  answer: string;
  /** What the question was understood as, in words ("papers by Divya Mahajan submitted in 2025"). */
  understood: string;
  /** The papers the answer rests on, to be cited by id. */
  papers: Paper[];
  interpretation: Interpretation;
  /** People to choose from when a name was ambiguous. */
  candidates?: AuthorRef[];
  /** Set when the question could not be answered from the listing. */
  declined?: boolean;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export { plural } from '../base/plural.js';

/** The first sentences of a text, up to about `max` characters. */
export function firstSentences(text: string, max = 320): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [flat];
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
  const sentences = flat.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [flat];
  let at = sentences.findIndex((s) => MAKES.test(s));
  if (at < 0) at = sentences.findIndex((s) => FINDS.test(s));
  return at < 0 ? firstSentences(abstract, max) : firstSentences(sentences.slice(at).join(''), max);
}
