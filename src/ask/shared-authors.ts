import { nameKey } from '../listing/names.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { paperNamed } from './relative-to-paper.js';

// "do the ENUBET paper and the Solitons paper have any author in common", "does X share an author with Y".
const SHARE =
  /^(?:do|does|did) (.+?) (?:and (.+?) (?:have|share) (?:an|any) authors?(?: in common)?|(?:share (?:an|any) authors? with|have (?:an|any) authors? in common with) (.+?))\s*\??$/i;

/** Whether two named papers share an author: yes with the names, no, or "cannot tell" when one hides authors. */
export function sharedAuthors(index: PaperIndex, text: string): Answer | undefined {
  const m = SHARE.exec(text);
  if (!m) return undefined;
  const a = paperNamed(index, m[1] as string, false);
  const b = paperNamed(index, (m[2] ?? m[3]) as string, false);
  if (!a || !b || a === b) return undefined;
  const theirs = new Set(b.authors.map(nameKey));
  const shared = a.authors.filter((n) => theirs.has(nameKey(n)));
  const understood = `whether "${a.title}" and "${b.title}" share an author`;
  const papers = [a, b];
  if (shared.length > 0)
    return { answer: `Yes: ${joinAnd(shared)} ${shared.length === 1 ? 'is' : 'are'} on both.`, understood, papers };
  const cut = papers.filter((p) => p.hiddenAuthorCount > 0);
  if (cut.length > 0)
    return {
      answer: `The listing cannot tell: no name is shown on both, but ${joinAnd(cut.map((p) => `"${p.title}" hides ${plural(p.hiddenAuthorCount, 'author')}`))} ("et al.").`,
      understood,
      papers,
    };
  return {
    answer: `No: none of the ${plural(a.authors.length, 'author')} of "${a.title}" is among the ${plural(b.authors.length, 'author')} of "${b.title}".`,
    understood,
    papers,
  };
}
