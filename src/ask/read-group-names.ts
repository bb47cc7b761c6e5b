import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { QuestionText } from './question-text.js';

/** A family name that stands for everyone who has it ("which Mahajan", "apart from the Mahajans"). */
export interface GroupNames {
  /** Rank or count only the people with this name. */
  named?: string;
  /** Leave the people with this name out of a ranking. */
  except?: string;
  /** The papers of those people, or the papers without them. */
  clause: PaperFilter | null;
}

const GROUP =
  /\b([Ww]hich|[Tt]he|[Aa]ny|a|named|no|[Aa]part from the|[Ee]xcept the|[Oo]ther than the|[Bb]esides the)\s+(\p{Lu}[\p{Ll}'-]+?)(s|es)?\b(?!\s+\p{Lu})/u;

const SURNAME =
  /\b(?:(?:somebody|someone|anyone|people|authors?) (?:with|named|called) )?(?:the )?(?:sur|family |last )name (\p{L}[\p{L}'-]+)\b/iu;

/** "somebody with the surname mahajan as first author": everyone with that family name, at a position. */
function readSurname(text: QuestionText, index: PaperIndex): GroupNames | null {
  const m = SURNAME.exec(text.rest);
  if (!m) return null;
  const typed = m[1] as string;
  const name = typed.charAt(0).toUpperCase() + typed.slice(1);
  if (!index.authors.resolve(name).some((a) => a.tokens.includes(name.toLowerCase()))) return null;
  text.blank(m.index, m.index + m[0].length);
  const at = text.take(/\bas (?:the )?(first|last)[- ]authors?\b/i);
  const position = at ? ((at[1] as string).toLowerCase() as 'first' | 'last') : undefined;
  return { named: name, clause: { kind: 'author', name, ...(position ? { position } : {}) } };
}

/** Reads a family name used for a group of people, not for one person. */
export function readGroupNames(text: QuestionText, index: PaperIndex): GroupNames {
  const surname = readSurname(text, index);
  if (surname) return surname;
  const m = GROUP.exec(text.rest);
  if (!m) return { clause: null };
  const name = m[2] as string;
  const people = index.authors.resolve(name).filter((a) => a.tokens.includes(name.toLowerCase()));
  const lead = (m[1] as string).toLowerCase();
  const plural = m[3] !== undefined;
  if (people.length === 0 || (people.length === 1 && lead !== 'a' && lead !== 'any' && lead !== 'no'))
    return { clause: null };
  if (people.length > 1 && !plural && lead === 'the') return { clause: null };
  text.blank(m.index, m.index + m[0].length);
  if (/^(?:apart|except|other|besides)/.test(lead)) return { except: name, clause: null };
  // An author clause with a family name alone takes everyone who has it.
  const shownOnly = /\b(?:listed|shown|visible) authors\b|\bamong the (?:listed|shown|names)\b/i.test(text.original);
  // "a Mahajan as first author": the family at that place of the author list.
  const at = text.take(/\bas (?:the )?(first|last)[- ]authors?\b/i);
  const position = at ? ((at[1] as string).toLowerCase() as 'first' | 'last') : undefined;
  const anyOf: PaperFilter = {
    kind: 'author',
    name,
    ...(position ? { position } : {}),
    ...(shownOnly ? { shown: true } : {}),
  };
  const negated =
    lead === 'no' || /\b(?:don't|do not|doesn't|without|never)\b[^.]*$/i.test(text.original.slice(0, m.index));
  return negated ? { clause: { not: anyOf } } : { named: name, clause: anyOf };
}
