import { type Paper, normalizeTitle } from '../listing/paper.js';
import { termsOf } from './terms.js';
import { type Acronym, acronymsDefinedIn } from './acronyms.js';

/** The index fields, in the order MiniSearch is given them. */
export const FIELDS = ['title', 'abstract', 'authors'] as const;

/**
 * A paper's fields as index terms (folded, in dictionary form, stop words removed), each field's terms
 * joined by spaces with a space before and after, so a phrase is found with `includes`.
 */
export type PaperTerms = Record<(typeof FIELDS)[number], string>;

/** What the index derives from one paper's text; kept so that a refreshed listing reuses it for papers that did not change. */
export interface PaperFacts {
  terms: PaperTerms;
  /** The normalized title, the key of title look-ups. */
  titleKey: string;
  /** The normalized short name a title starts with ("pimba" for "Pimba: A ..."), or "". */
  shortKey: string;
  /** Acronyms the title and abstract define. */
  acronyms: readonly Acronym[];
}

/** The facts of one paper (`memo` as for {@link termsOf}); `onText` sees the title's and the abstract's terms. */
export function paperFacts(
  p: Paper,
  memo?: Map<string, string | null>,
  onText?: (terms: readonly string[]) => void,
  known?: PaperTerms,
): PaperFacts {
  const short = /^([^:]{1,60}):/.exec(p.title)?.[1];
  if (known && onText) {
    onText(split(known.title));
    onText(split(known.abstract));
  }
  let terms = known;
  if (!terms) {
    const title = termsOf(p.title, memo);
    const abstract = termsOf(p.abstract, memo);
    onText?.(title);
    onText?.(abstract);
    terms = { title: joined(title), abstract: joined(abstract), authors: joined(termsOf(p.authors.join(' '), memo)) };
  }
  return {
    terms,
    titleKey: normalizeTitle(p.title),
    shortKey: short === undefined ? '' : normalizeTitle(short),
    acronyms: [...acronymsDefinedIn(p.title), ...acronymsDefinedIn(p.abstract)],
  };
}

function split(joinedTerms: string): string[] {
  return joinedTerms.length > 2 ? joinedTerms.slice(1, -1).split(' ') : [];
}

function joined(terms: readonly string[]): string {
  return ` ${terms.join(' ')} `;
}

/** The distinct terms of a paper's title and abstract. */
export function textTerms(terms: PaperTerms): Set<string> {
  const out = new Set(`${terms.title}${terms.abstract}`.split(' '));
  out.delete('');
  return out;
}

/** Whether these terms follow each other in one field of the paper. */
export function hasPhrase(terms: PaperTerms, phrase: readonly string[]): boolean {
  const needle = ` ${phrase.join(' ')} `;
  return terms.title.includes(needle) || terms.abstract.includes(needle) || terms.authors.includes(needle);
}

/** Whether a refreshed paper has the same text as before, so its facts and its index document still hold. */
export function sameText(a: Paper, b: Paper): boolean {
  return (
    a.title === b.title &&
    a.abstract === b.abstract &&
    a.authors.length === b.authors.length &&
    a.authors.every((name, i) => name === b.authors[i])
  );
}
