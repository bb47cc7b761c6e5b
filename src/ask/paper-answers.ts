import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised, totalAuthors } from '../listing/paper.js';
import { type Intent, contributionSentences, joinAnd, plural } from './answer.js';
import { type Handler, isAnswer, onePaper, paperRef } from './question.js';

/** Answers about one paper the question names: its authors, dates, and what it is about. */
function paperHandler(intent: Intent, render: (p: Paper) => string, understood: (p: Paper) => string): Handler {
  return (g, q) => {
    const paper = onePaper(q, g['p'] ?? '', intent);
    if (isAnswer(paper)) return paper;
    return {
      answer: render(paper),
      understood: understood(paper),
      papers: [paper],
      interpretation: { intent, paper: paperRef(paper) },
    };
  };
}

export const countPaperAuthors = paperHandler(
  'count-paper-authors',
  (p) =>
    p.hiddenAuthorCount > 0
      ? `"${p.title}" has ${totalAuthors(p)} authors: ${p.authors.length} are listed and ${p.hiddenAuthorCount} more are not shown ("et al.").`
      : `"${p.title}" has ${plural(p.authors.length, 'author')}.`,
  (p) => `the number of authors of "${p.title}"`,
);

export const whoWrote = paperHandler(
  'who-wrote',
  (p) => {
    const shown =
      p.authors.length > 12
        ? `${p.authors.slice(0, 12).join(', ')} and ${p.authors.length - 12} others listed`
        : joinAnd(p.authors);
    const hidden =
      p.hiddenAuthorCount > 0 ? `, plus ${p.hiddenAuthorCount} more not shown (${totalAuthors(p)} in all)` : '';
    return `"${p.title}" was written by ${shown}${hidden}.`;
  },
  (p) => `the authors of "${p.title}"`,
);

export const whenSubmitted = paperHandler(
  'when-submitted',
  (p) =>
    `"${p.title}" was first submitted on ${formatDate(p.submitted)}${isRevised(p) ? ` (latest version ${formatDate(p.updated)})` : ''} and announced in ${formatDate(p.announced)}.`,
  (p) => `when "${p.title}" was first submitted`,
);

export const whenRevised = paperHandler(
  'when-revised',
  (p) =>
    isRevised(p)
      ? `"${p.title}" was last revised on ${formatDate(p.updated)}; its first version is from ${formatDate(p.submitted)}.`
      : `"${p.title}" has not been revised: its only version is from ${formatDate(p.submitted)}.`,
  (p) => `when "${p.title}" was last revised`,
);

export const whenAnnounced = paperHandler(
  'when-announced',
  (p) => `"${p.title}" was announced in ${formatDate(p.announced)} (first submitted ${formatDate(p.submitted)}).`,
  (p) => `when "${p.title}" was announced`,
);

export const whatAbout = paperHandler(
  'what-about',
  (p) => {
    // A title "Short: description" says in its own words what the paper is.
    const titled = /^([^:]{1,40}):\s+(.+)$/.exec(p.title);
    const head = titled
      ? `${titled[1]} (${formatDate(p.submitted)}) is "${titled[2]}"`
      : `"${p.title}" (${formatDate(p.submitted)})`;
    return `${head}: ${contributionSentences(p.abstract)}`;
  },
  (p) => `what "${p.title}" is about`,
);
