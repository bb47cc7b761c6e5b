import type { Paper } from '../listing/paper.js';
import type { Selection } from '../search/filter-engine.js';
import { agreeing, capitalize, plural } from './answer.js';

/** A reply's sentence and the papers it cites. */
export interface Said {
  text: string;
  papers: Paper[];
  declined?: boolean;
}

/**
 * " (2 more papers hide part of their authors, so the listing cannot tell whether they fit)": said
 * wherever a count, a list or a "no" rests on author lists or fields some papers do not show.
 */
export function unsureNote(s: Selection): string {
  const n = s.unsure.length;
  if (n === 0) return '';
  return ` (${unsureWhy(s, 'more paper')}, so the listing cannot tell whether ${agreeing(n, 'it fits', 'they fit')})`;
}

/** "2 papers hide part of their authors", "6 papers do not show what is asked". */
function unsureWhy(s: Selection, noun = 'paper'): string {
  const n = s.unsure.length;
  const hidden = s.unsure.filter((p) => p.hiddenAuthorCount > 0);
  const why =
    hidden.length === n
      ? `${agreeing(n, 'hides part of its', 'hide part of their')} authors ("et al.")`
      : `${agreeing(n, 'does', 'do')} not show what is asked`;
  return `${plural(n, noun)} ${why}`;
}

function notesOf(s: Selection): string {
  return s.notes.length ? ` (${s.notes.join('; ')})` : '';
}

/** "Is there no paper about X": yes when none fits, no with the ones that do. */
export function noneAnswer(s: Selection, described: string): Said {
  return anyFits(s, described, ['No', 'Yes']);
}

/** Whether any paper fits, opening with `found` when one does and `none` when none does. */
function anyFits(s: Selection, described: string, [found, none]: readonly [string, string]): Said {
  const n = s.papers.length;
  if (n > 0) return { text: `${found}: ${plural(n, 'paper')} — ${described}${notesOf(s)}.`, papers: s.papers };
  if (s.unsure.length > 0)
    return {
      text: `The listing cannot tell: no paper it shows in full is one of the ${described}, but ${unsureWhy(s)}.`,
      papers: s.unsure,
    };
  return { text: `${none}: there are no ${described} in this listing${notesOf(s)}.`, papers: [] };
}

/** The papers themselves. */
export function listAnswer(s: Selection, described: string, ranked: boolean, limit?: number): Said {
  const n = s.papers.length;
  if (n === 0) return { text: `No ${described} in this listing${notesOf(s)}${unsureNote(s)}.`, papers: [] };
  const order = n > 1 ? ` (${ranked ? 'best matches first' : 'newest first'})` : '';
  // "show me 10 papers about reasoning": the first ten, and how many there are.
  const first = limit && limit < n ? `; the first ${limit}` : '';
  const papers = first ? s.papers.slice(0, limit) : s.papers;
  return { text: `${capitalize(described)}: ${n}${first}${order}${notesOf(s)}${unsureNote(s)}.`, papers };
}

/** How many papers. */
export function countAnswer(s: Selection, described: string): Said {
  return { text: `${capitalize(described)}: ${s.papers.length}${notesOf(s)}${unsureNote(s)}.`, papers: s.papers };
}

/** Yes when a paper fits (or every paper, for "do all…"), "cannot tell" when only unsure ones could, else no. */
export function yesNoAnswer(s: Selection, described: string, every: { all: readonly Paper[] } | null): Said {
  if (every) {
    // A paper the listing cannot decide (it hides authors) is neither a yes nor a no.
    const unsure = every.all.filter((p) => s.unsure.includes(p));
    const missing = every.all.filter((p) => !s.papers.includes(p) && !s.unsure.includes(p));
    if (missing.length === 0 && unsure.length === 0)
      return { text: `Yes: all ${every.all.length} are ${described}.`, papers: [...every.all] };
    if (missing.length === 0)
      return {
        text: `The listing cannot tell: ${every.all.length - unsure.length} of the ${every.all.length} ${agreeing(every.all.length - unsure.length, 'is', 'are')} ${described}, but ${unsureWhy(s)}.`,
        papers: unsure,
      };
    return {
      text: `No: ${plural(missing.length, 'paper')} of ${every.all.length} ${agreeing(missing.length, 'is', 'are')} not ${described}${notesOf(s)}.`,
      papers: missing,
    };
  }
  return anyFits(s, described, ['Yes', 'No']);
}
