import type { Paper } from '../listing/paper.js';

/** A person in the listing, with their papers newest first. */
export interface Author {
  key: string;
  name: string;
  tokens: string[];
  papers: Paper[];
}

/** An author's name and paper count, as offered among candidates and suggestions. */
export interface AuthorRef {
  name: string;
  paperCount: number;
}

/** What a name look-up found: one person, several candidates, suggestions for a typo, or nothing. */
export type AuthorMatch =
  | { kind: 'found'; author: Author }
  | { kind: 'ambiguous'; candidates: AuthorRef[] }
  | { kind: 'suggestions'; suggestions: AuthorRef[] }
  | { kind: 'none' };
