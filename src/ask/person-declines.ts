import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, agreeing, decline, joinAnd, plural } from './answer.js';
import type { People } from './read-people.js';

/** A name several people of the listing have: declined with the candidates. */
export function whichPerson(m: NonNullable<People['ambiguous']>, text: string, index: PaperIndex): Answer {
  const list = m.candidates.slice(0, 10).map((c) => `${c.name} (${plural(c.paperCount, 'paper')})`);
  const name = m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "which Lin? list every Lin", "is there more than one Vogelstein": the people with the name are the answer.
  const asked = new RegExp(
    `\\b(?:which|every|each|all(?: the)?|more than one|how many|who(?:'s| is| are) the) ${name}s?\\b|\\bmore than one\\b`,
    'i',
  );
  if (asked.test(text) && m.candidates.length <= 20) {
    const all = m.candidates.map((c) => `${c.name} (${plural(c.paperCount, 'paper')})`);
    return {
      answer: `${plural(m.candidates.length, 'author')} of this listing are named "${m.text}": ${joinAnd(all)}${index.papers.some((p) => p.hiddenAuthorCount > 0) ? ' (going by the names shown; some papers hide part of their authors)' : ''}.`,
      understood: `the authors named "${m.text}"`,
      papers: [],
      candidates: m.candidates,
    };
  }
  return {
    ...decline(
      `a question about "${m.text}", who is not one person in this listing`,
      `"${m.text}" could be ${plural(m.candidates.length, 'author')}: ${joinAnd(list)}${m.candidates.length > 10 ? ', …' : ''}. Which one do you mean?`,
    ),
    candidates: m.candidates,
  };
}

/** A name nobody in the listing has: no, unless papers that hide authors could hold them. */
export function unknownPerson(index: PaperIndex, name: string, yesNo: boolean): Answer {
  const cut = index.papers.filter((p) => p.hiddenAuthorCount > 0);
  const hidden = cut.reduce((n, p) => n + p.hiddenAuthorCount, 0);
  const partial = `${plural(cut.length, 'paper shows only part of its', 'papers show only part of their')} author list (${hidden.toLocaleString('en-US')} ${agreeing(hidden, 'name', 'names')} not shown)`;
  const text =
    cut.length > 0
      ? yesNo
        ? `The listing cannot tell: no author named "${name}" is shown, but ${partial}.`
        : `I don't know an author named "${name}" among the listed authors; but ${partial}, so the listing cannot tell whether they wrote any.`
      : `${yesNo ? 'No: ' : ''}I don't know an author named "${name}" in this listing.`;
  return { answer: text, understood: `whether "${name}" is an author in the listing`, papers: cut };
}
