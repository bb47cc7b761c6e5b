import { formatDate } from '../listing/dates.js';
import { type Paper, compareNewest } from '../listing/paper.js';
import { termOf, termsOf, words } from '../listing/text.js';
import { type Interpretation, joinAnd, plural } from './answer.js';
import { type Filters, extractFilters, topicWords } from './entities.js';
import {
  type Handler,
  applyFilters,
  capitalize,
  isAnswer,
  paperRef,
  GENERIC_TOPIC_WORDS,
  topicNote,
  topicPapers,
} from './question.js';

export const countPapers: Handler = (_g, q) => {
  const r = applyFilters(q, extractFilters(q.index, q.text), 'count-papers');
  if (isAnswer(r)) return r;
  return {
    answer: `${capitalize(r.described)}: ${r.papers.length}.`,
    understood: r.described,
    papers: r.papers,
    interpretation: r.interpretation,
  };
};

export const listPapers: Handler = (_g, q) => {
  const f = extractFilters(q.index, q.text);
  if (!hasFilter(f)) return null;
  const r = applyFilters(q, f, 'list-papers');
  if (isAnswer(r)) return r;
  const order = f.topic ? 'best matches first' : 'newest first';
  const answer =
    r.papers.length === 0
      ? `I found no ${r.described} in this listing.`
      : `${capitalize(r.described)}: ${r.papers.length}${r.papers.length > 1 ? ` (${order})` : ''}.`;
  return { answer, understood: r.described, papers: r.papers, interpretation: r.interpretation };
};

/** Whether free text named anything to select papers by. */
export function hasFilter(f: Filters): boolean {
  return (
    f.names.length > 0 ||
    f.year !== undefined ||
    f.topic !== '' ||
    f.from !== undefined ||
    f.until !== undefined ||
    f.revised !== undefined ||
    f.unread.length > 0
  );
}

/**
 * For a superlative, the papers whose title names the topic (its words but generic ones like
 * "systems"), when there are any: a title says what a paper is about; an abstract may only mention it.
 */
function titleMatchesFirst(papers: readonly Paper[], topic: string | undefined): readonly Paper[] {
  if (!topic) return papers;
  const key = words(topic)
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null && !GENERIC_TOPIC_WORDS.has(t));
  if (key.length === 0) return papers;
  const inTitle = papers.filter((p) => {
    const title = new Set(termsOf(p.title));
    return key.every((t) => title.has(t));
  });
  return inTitle.length > 0 ? inTitle : papers;
}

export function extreme(which: 'newest' | 'oldest'): Handler {
  return (_g, q) => {
    const text = q.text.replace(
      /\b(?:most recent|latest|newest|freshest|youngest|oldest|earliest|first|last)\b/gi,
      ' ',
    );
    const r = applyFilters(q, extractFilters(q.index, text), which);
    if (isAnswer(r)) return r;
    const sorted = [...titleMatchesFirst(r.papers, r.interpretation.topic)].sort(compareNewest);
    if (which === 'oldest') sorted.reverse();
    const top = sorted[0];
    const adjective = which === 'newest' ? 'most recent' : 'oldest';
    const understood = `the ${adjective} of the ${r.described}`;
    if (!top)
      return {
        answer: `I found no ${r.described} in this listing.`,
        understood,
        papers: [],
        interpretation: r.interpretation,
      };
    r.interpretation.paper = paperRef(top);
    return {
      answer: `The ${adjective} of the ${r.described} is "${top.title}" (${top.id}), first submitted ${formatDate(top.submitted)}.`,
      understood,
      papers: sorted.slice(0, 5),
      interpretation: r.interpretation,
    };
  };
}

export const perYear: Handler = (_g, q) => {
  const r = applyFilters(
    q,
    extractFilters(q.index, q.text.replace(/\b(?:per|each|every|by) year\b|\byear[- ]by[- ]year\b/gi, ' ')),
    'per-year',
  );
  if (isAnswer(r)) return r;
  const counts = new Map<string, number>();
  for (const p of r.papers) counts.set(p.submitted.slice(0, 4), (counts.get(p.submitted.slice(0, 4)) ?? 0) + 1);
  const years = [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const list = years.map(([y, n]) => `${y}: ${n}`).join(', ');
  return {
    answer: years.length
      ? `${capitalize(r.described)} per year of first version: ${list} (${r.papers.length} in all).`
      : `I found no ${r.described}.`,
    understood: `${r.described}, counted per year`,
    papers: r.papers,
    interpretation: r.interpretation,
  };
};

/** "Who wrote about federated learning?": the papers on the topic and who wrote them. */
export const whoWroteAbout: Handler = (g, q) => {
  const topic = topicWords(g['t'] ?? '');
  if (!topic) return null;
  const found = topicPapers(q.index, topic);
  const hits = found.papers;
  const interpretation: Interpretation = { intent: 'list-papers', topic };
  if (hits.length === 0)
    return {
      answer: `I found no paper about "${topic}" in this listing${topicNote(found)}.`,
      understood: `authors of papers about "${topic}"`,
      papers: [],
      interpretation,
    };
  const counts = new Map<string, number>();
  for (const p of hits) for (const a of p.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = top.slice(0, 8).map(([n, c]) => (c > 1 ? `${n} (${c})` : n));
  return {
    answer: `${plural(hits.length, 'paper')} about "${topic}", by ${plural(top.length, 'author')}: ${joinAnd(shown)}${top.length > 8 ? ', …' : ''}.`,
    understood: `authors of papers about "${topic}"${topicNote(found)}`,
    papers: hits,
    interpretation,
  };
};

export const countAuthors: Handler = (_g, q) => {
  const slots = q.index.papers.reduce((n, p) => n + p.authors.length, 0);
  const hidden = q.index.papers.reduce((n, p) => n + p.hiddenAuthorCount, 0);
  return {
    answer: `The listing names ${q.index.authors.size} distinct authors (${slots} author entries on ${plural(q.index.size, 'paper')}${hidden ? `; ${hidden} more authors are not shown by "et al."` : ''}).`,
    understood: 'distinct authors in the listing',
    papers: [],
    interpretation: { intent: 'count-authors' },
  };
};
