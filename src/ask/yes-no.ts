import { formatDate } from '../listing/dates.js';
import { isRevised } from '../listing/paper.js';
import type { Answer } from './answer.js';
import { extractFilters } from './entities.js';
import { hasFilter } from './listing-answers.js';
import {
  type Handler,
  type Question,
  applyFilters,
  hiddenCaveat,
  isAnswer,
  oneAuthor,
  onePaper,
  paperRef,
} from './question.js';

/** Yes or no first, then the papers that say so: "Is there a paper about Z?", "Has X published on Z?" */
function yesNoPapers(q: Question): Answer {
  const f = extractFilters(q.index, q.text);
  const r = applyFilters(q, f, 'list-papers');
  if (isAnswer(r)) return r;
  const n = r.papers.length;
  if (n > 0)
    return {
      answer: `Yes — ${r.described}: ${n}${n > 1 ? (f.topic ? ' (best matches first)' : ' (newest first)') : ''}.`,
      understood: `whether there are ${r.described}`,
      papers: r.papers,
      interpretation: r.interpretation,
    };
  // A "no" about people rests on author lists; papers that hide part of theirs cannot say.
  let caveat = '';
  if (f.names.length > 0) {
    const open = applyFilters(q, { ...f, names: [] }, 'list-papers');
    if (!isAnswer(open)) caveat = hiddenCaveat(open.papers);
  }
  return {
    answer: `No: I found no ${r.described} in this listing${caveat}.`,
    understood: `whether there are ${r.described}`,
    papers: [],
    interpretation: r.interpretation,
  };
}

export const isThere: Handler = (_g, q) => {
  const f = extractFilters(q.index, q.text);
  // Negations alone do not make it a question about papers (hasFilter counts them).
  if (!hasFilter({ ...f, unread: [] })) return null;
  return yesNoPapers(q);
};

/** "Has Divya Mahajan published on recommendation?", "Did Dhruv Mahajan write anything in 2024?" */
export const hasPublishedOn: Handler = (g, q) => {
  const f = extractFilters(q.index, q.text);
  if (f.names.length === 0) {
    // A subject that names nobody we know: say so, with the authors the listing hides.
    const who = oneAuthor(q, (g['a'] ?? '').trim(), 'list-papers');
    return isAnswer(who) ? who : null;
  }
  return yesNoPapers(q);
};

/** "Was Pimba revised?", "Has MoETuner been updated?" */
export const wasRevised: Handler = (g, q) => {
  const paper = onePaper(q, g['p'] ?? '', 'when-revised');
  if (isAnswer(paper)) return paper;
  return {
    answer: isRevised(paper)
      ? `Yes: "${paper.title}" was last revised on ${formatDate(paper.updated)}; its first version is from ${formatDate(paper.submitted)}.`
      : `No: "${paper.title}" has one version, from ${formatDate(paper.submitted)}.`,
    understood: `whether "${paper.title}" was revised`,
    papers: [paper],
    interpretation: { intent: 'when-revised', paper: paperRef(paper) },
  };
};
