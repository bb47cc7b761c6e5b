import { formatDate } from '../listing/dates.js';
import { nameKey } from '../listing/names.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { plural } from './answer.js';
import { type Said, unsureNote } from './answer-sets.js';
import type { TypedQuestion } from './typed-question.js';

function span(papers: readonly Paper[]): string {
  const first = papers[papers.length - 1] as Paper;
  const last = papers[0] as Paper;
  return `${formatDate(first.submitted)} to ${formatDate(last.submitted)}`;
}

/** A person's papers, or those where they are first or last author (a paper that hides authors has no known last). */
function papersAt(x: { name: string; papers: Paper[] }, at: TypedQuestion['authorPosition']): Paper[] {
  if (!at) return x.papers;
  const key = nameKey(x.name);
  return x.papers.filter((p) =>
    at === 'first'
      ? nameKey(p.authors[0] ?? '') === key
      : p.hiddenAuthorCount === 0 && nameKey(p.authors.at(-1) ?? '') === key,
  );
}

/** "does A have more first-author papers than B": two people's papers, at a position, yes or no. */
export function compareQuestion(raw: string, people: string[]): TypedQuestion {
  const at = /\b(first|last)[- ](?:authors?(?:ed)?|author papers)\b/i.exec(raw)?.[1]?.toLowerCase();
  return {
    want: 'compare',
    papers: null,
    people,
    ...(at ? { authorPosition: at as 'first' | 'last' } : {}),
    ...(/^(?:does|do|did|has|have|is|was|are)\b.*\bmore\b.*\bthan\b/i.test(raw) ? { moreThan: true } : {}),
  };
}

/** Two people side by side; with a position, their first- or last-author papers. */
export function compareAnswer(index: PaperIndex, q: TypedQuestion): Said {
  const [a, b] = (q.people ?? []).map((name) => index.authors.get(name));
  if (!a || !b) return { text: 'I need two people of the listing to compare.', papers: [], declined: true };
  const [pa, pb] = [papersAt(a, q.authorPosition), papersAt(b, q.authorPosition)];
  const kind = q.authorPosition ? `${q.authorPosition}-author paper` : 'paper';
  const line = (x: typeof a, ps: Paper[]) =>
    `${x.name}: ${plural(ps.length, kind)}${ps.length ? ` (${span(ps)})` : ''}`;
  const shared = a.papers.filter((p) => b.papers.includes(p)).length;
  const diff = pa.length - pb.length;
  const lead =
    diff === 0
      ? `They have the same number of ${kind}s`
      : `${diff > 0 ? a.name : b.name} has ${plural(Math.abs(diff), `more ${kind}`)}`;
  // A paper that hides authors may be either's, unless only first authors count (the first is always shown).
  const unsure =
    q.authorPosition === 'first'
      ? []
      : index.papers.filter((p) => p.hiddenAuthorCount > 0 && !pa.includes(p) && !pb.includes(p));
  // Yes only if A stays ahead with every unsure paper given to B; no only if B stays level with all given to A.
  const verdict = !q.moreThan
    ? ''
    : diff - unsure.length > 0
      ? 'Yes. '
      : diff + unsure.length <= 0
        ? 'No. '
        : 'The listing cannot tell. ';
  return {
    text: `${verdict}${line(a, pa)}; ${line(b, pb)}. ${lead}; ${plural(shared, 'paper')} together${unsureNote({ papers: [], unsure, notes: [] })}.`,
    papers: [...new Set([...pa, ...pb])],
  };
}
