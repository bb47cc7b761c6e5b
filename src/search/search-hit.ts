import type { Paper } from '../listing/paper.js';
import { tokenize } from '../listing/text.js';
import { termOf } from './terms.js';

/** One search result: the paper, its score, the index terms it matched, and an abstract snippet. */
export interface SearchHit {
  paper: Paper;
  score: number;
  terms: string[];
  snippet: string;
}

const SNIPPET_LENGTH = 220;

/** About 220 characters of the abstract around the first word whose term is in `terms`. */
export function snippet(abstract: string, terms: ReadonlySet<string>): string {
  const text = abstract.replace(/\s+/g, ' ');
  let at = 0;
  if (terms.size > 0) {
    for (const token of tokenize(text)) {
      const t = termOf(token.word);
      if (t !== null && terms.has(t)) {
        at = token.start;
        break;
      }
    }
  }
  let start = Math.max(0, at - 60);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
    // Prefer starting at a sentence if one begins shortly before the match.
    const sentence = text.lastIndexOf('. ', at);
    if (sentence >= 0 && sentence + 2 >= start - 40 && sentence + 2 <= at) start = sentence + 2;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** A search hit whose snippet is worked out only when it is looked at. */
export class Hit implements SearchHit {
  private text: string | undefined;

  constructor(
    readonly paper: Paper,
    readonly score: number,
    readonly terms: string[],
    private readonly queryTerms: readonly string[],
  ) {}

  get snippet(): string {
    this.text ??= snippet(this.paper.abstract, new Set([...this.terms, ...this.queryTerms]));
    return this.text;
  }
}
