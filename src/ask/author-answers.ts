import { formatDate } from '../listing/dates.js';
import { nameKey } from '../listing/names.js';
import { type Paper, compareNewest } from '../listing/paper.js';
import type { Author } from '../search/author-map.js';
import { type Answer, type Intent, type Interpretation, joinAnd, plural } from './answer.js';
import { extractFilters, spotNames, topicWords } from './entities.js';
import {
  type Groups,
  type Handler,
  type Question,
  ambiguous,
  applyFilters,
  hiddenCaveat,
  isAnswer,
  oneAuthor,
  onePaper,
  paperRef,
  topicNote,
  topicPapers,
} from './question.js';

// Answers about people: their collaborators, coauthors, output, and pairs of them.

function authorHandler(intent: Intent, build: (a: Author, q: Question) => Answer): Handler {
  return (g, q) => {
    const a = oneAuthor(q, g['a'] ?? '', intent);
    return isAnswer(a) ? a : build(a, q);
  };
}

export const topCollaborator = authorHandler('top-collaborator', (a, q) => {
  const card = q.index.authors.card(a);
  const top = card.coauthors[0];
  const interpretation: Interpretation = { intent: 'top-collaborator', authors: [a.name] };
  if (!top)
    return {
      answer: `${a.name} has no coauthor in this listing.`,
      understood: `${a.name}'s most frequent coauthor`,
      papers: a.papers,
      interpretation,
    };
  const tied = card.coauthors.filter((c) => c.count === top.count);
  const names = tied.map((c) => c.name);
  const keys = new Set(names.map(nameKey));
  const shared = a.papers.filter((p) => p.authors.some((n) => keys.has(nameKey(n))));
  const answer =
    tied.length === 1
      ? `${a.name} writes most often with ${top.name}: ${plural(top.count, 'shared paper')}.`
      : `${a.name} writes most often with ${joinAnd(names)}: ${plural(top.count, 'shared paper')} each.`;
  return { answer, understood: `${a.name}'s most frequent coauthor`, papers: shared, interpretation };
});

export const coauthors = authorHandler('coauthors', (a, q) => {
  const card = q.index.authors.card(a);
  const top = card.coauthors.slice(0, 10).map((c) => `${c.name} (${c.count})`);
  return {
    answer:
      card.coauthors.length === 0
        ? `${a.name} has no coauthor in this listing.`
        : `${a.name} has ${plural(card.coauthors.length, 'coauthor')} over ${plural(card.paperCount, 'paper')}; most frequent: ${joinAnd(top)}${card.coauthors.length > 10 ? ', …' : ''}.`,
    understood: `${a.name}'s coauthors`,
    papers: a.papers,
    interpretation: { intent: 'coauthors', authors: [a.name] },
  };
});

export const authorInfo: Handler = (g, q) => {
  const text = g['a'] ?? '';
  const { mentions } = spotNames(q.index, text);
  const m = mentions[0];
  // A capitalized name we do not know, and no paper's: say so, with the authors the listing hides.
  if (!m && /^(?:\p{Lu}[\p{L}.'-]*\s*){2,4}$/u.test(text.trim()) && q.index.findPaper(text).kind === 'none') {
    const unknown = oneAuthor(q, text.trim(), 'author-info');
    return isAnswer(unknown) ? unknown : null;
  }
  // Only when the whole phrase is a person; "tell me about Pimba" is about a paper.
  if (!m || topicWords(text.replace(m.text, ' ')).length > 0) return null;
  if (m.kind === 'ambiguous') return ambiguous(m, 'author-info');
  const card = q.index.authors.card(m.author);
  const top = card.coauthors.slice(0, 3).map((c) => `${c.name} (${c.count})`);
  return {
    answer: `${card.name} has ${plural(card.paperCount, 'paper')} in this listing, first submitted between ${formatDate(card.first)} and ${formatDate(card.last)}${top.length ? `; most frequent coauthors: ${joinAnd(top)}` : ''}. The newest is "${(card.papers[0] as Paper).title}".`,
    understood: `who ${card.name} is, from the listing`,
    papers: card.papers,
    interpretation: { intent: 'author-info', authors: [card.name] },
  };
};

export const mostProlific: Handler = (_g, q) => {
  // A year, a period or a topic in the question narrows the papers counted.
  const f = extractFilters(
    q.index,
    q.text.replace(/\b(?:prolific|the most|most|top|leading|active|productive|\d{1,2})\b/gi, ' '),
  );
  const narrowed = f.year !== undefined || f.from !== undefined || f.until !== undefined || Boolean(f.topic);
  if (!narrowed) {
    const top = q.index.authors.all().slice(0, 5);
    return {
      answer: `The most prolific authors: ${joinAnd(top.map((a) => `${a.name} (${plural(a.papers.length, 'paper')})`))}.`,
      understood: 'the authors with the most papers in the listing',
      papers: [],
      interpretation: { intent: 'most-prolific', authors: top.map((a) => a.name) },
    };
  }
  const r = applyFilters(q, { ...f, names: [] }, 'most-prolific');
  if (isAnswer(r)) return r;
  const counts = new Map<string, number>();
  for (const p of r.papers) for (const a of p.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const understood = `the authors with the most ${r.described}`;
  if (top.length === 0)
    return {
      answer: `I found no ${r.described} in this listing.`,
      understood,
      papers: [],
      interpretation: r.interpretation,
    };
  return {
    answer: `The most prolific authors of the ${r.papers.length} ${r.described}: ${joinAnd(top.map(([n, c]) => `${n} (${plural(c, 'paper')})`))}.`,
    understood,
    papers: r.papers.slice(0, 5),
    interpretation: { ...r.interpretation, intent: 'most-prolific', authors: top.map(([n]) => n) },
  };
};

function twoAuthors(q: Question, g: Groups, intent: Intent): [Author, Author] | Answer | null {
  const a = oneAuthor(q, g['a'] ?? '', intent);
  if (isAnswer(a)) return a;
  const b = oneAuthor(q, g['b'] ?? '', intent);
  if (isAnswer(b)) return b;
  return [a, b];
}

export const together: Handler = (g, q) => {
  const pair = twoAuthors(q, g, 'together');
  if (!pair || isAnswer(pair)) return pair;
  const [a, b] = pair;
  const shared = a.papers.filter((p) => b.papers.includes(p));
  const interpretation: Interpretation = { intent: 'together', authors: [a.name, b.name] };
  const understood = `papers by both ${a.name} and ${b.name}`;
  if (a === b) return { answer: `Those are both ${a.name}.`, understood, papers: a.papers, interpretation };
  return shared.length > 0
    ? {
        answer: `Yes: ${a.name} and ${b.name} wrote ${plural(shared.length, 'paper')} together.`,
        understood,
        papers: shared,
        interpretation,
      }
    : {
        answer: `No: ${a.name} and ${b.name} have no paper together in this listing${hiddenCaveat([...a.papers, ...b.papers])}.`,
        understood,
        papers: [],
        interpretation,
      };
};

/** "papers by X and Y": joint papers when both are people, else not this kind of question. */
export const papersByBoth: Handler = (g, q) => {
  const a = spotNames(q.index, g['a'] ?? '').mentions;
  const b = spotNames(q.index, g['b'] ?? '').mentions;
  if (a.length !== 1 || b.length !== 1) return null;
  return together(g, q);
};

export const compare: Handler = (g, q) => {
  const pair = twoAuthors(q, g, 'compare');
  if (!pair) return null;
  if (isAnswer(pair)) return pair.declined ? null : pair;
  const [a, b] = pair;
  const line = (x: Author) =>
    `${x.name}: ${plural(x.papers.length, 'paper')} (${formatDate((x.papers[x.papers.length - 1] as Paper).submitted)} to ${formatDate((x.papers[0] as Paper).submitted)})`;
  const shared = a.papers.filter((p) => b.papers.includes(p)).length;
  const diff = a.papers.length - b.papers.length;
  const lead =
    diff === 0
      ? 'They have the same number of papers'
      : `${diff > 0 ? a.name : b.name} has ${plural(Math.abs(diff), 'more paper')}`;
  return {
    answer: `${line(a)}; ${line(b)}. ${lead}; ${plural(shared, 'paper')} together.`,
    understood: `${a.name} and ${b.name} side by side`,
    papers: [...new Set([...a.papers, ...b.papers])].sort(compareNewest),
    interpretation: { intent: 'compare', authors: [a.name, b.name] },
  };
};

/** "Is Abhimanyu Dubey an author of the Llama 4 paper?": yes or no first, then the evidence. */
export const isAuthorOf: Handler = (g, q) => {
  const paper = onePaper(q, g['p'] ?? '', 'is-author-of');
  if (isAnswer(paper)) return paper;
  const named = (g['a'] ?? '').trim();
  const found = oneAuthor(q, named, 'is-author-of');
  if (isAnswer(found) && found.candidates && !found.declined) return found;
  const name = isAnswer(found) ? named : found.name;
  const listed = !isAnswer(found) && found.papers.includes(paper);
  const interpretation: Interpretation = { intent: 'is-author-of', authors: [name], paper: paperRef(paper) };
  const hidden = paper.hiddenAuthorCount;
  const answer = listed
    ? `Yes: ${name} is among the authors of "${paper.title}".`
    : hidden > 0
      ? `Not among the listed authors: "${paper.title}" lists ${plural(paper.authors.length, 'author')} and hides ${hidden} more ("et al."), so the listing cannot tell whether ${name} is one of them.`
      : `No: ${name} is not among the ${plural(paper.authors.length, 'author')} of "${paper.title}".`;
  return { answer, understood: `whether ${name} is an author of "${paper.title}"`, papers: [paper], interpretation };
};

/**
 * "Which Mahajan has the most papers?", "Which Mahajan works on genome assembly?": a name that
 * fits several people, with what tells them apart, picks the ones it fits.
 */
export const whichOfName: Handler = (g, q) => {
  const surname = (g['s'] ?? '').trim();
  const people = q.index.authors.resolve(surname);
  if (people.length < 2) return null;
  const rest = (g['r'] ?? '').trim();
  const interpretation: Interpretation = { intent: 'is-author-of', authors: people.map((a) => a.name) };
  if (/\b(?:most|more) (?:papers|publications|prolific)\b|\bthe most\b/i.test(rest)) {
    const ranked = [...people].sort((a, b) => b.papers.length - a.papers.length);
    const [top, second] = ranked as [Author, Author];
    const others = ranked.slice(1).map((a) => `${a.name} (${a.papers.length})`);
    const tie = second.papers.length === top.papers.length;
    return {
      answer: `${tie ? 'Tied: ' : ''}${top.name}, with ${plural(top.papers.length, 'paper')}, of the ${people.length} authors named ${surname}; the others: ${others.join(', ')}.`,
      understood: `which author named ${surname} has the most papers`,
      papers: top.papers.slice(0, 5),
      interpretation: { ...interpretation, authors: [top.name] },
    };
  }
  const about =
    /^(?:works?|worked|writes?|wrote|published|publishes|researches|studies|studied) (?:on|about|in) (?<t>.+)$/i.exec(
      rest,
    );
  if (!about?.groups?.['t']) return null;
  const topic = about.groups['t'].replace(/\?$/, '').trim();
  const found = topicPapers(q.index, topic);
  const matches = people
    .map((a) => ({ author: a, papers: a.papers.filter((p) => found.papers.includes(p)) }))
    .filter((m) => m.papers.length > 0);
  const understood = `which author named ${surname} has papers about "${topic}"${topicNote(found)}`;
  if (matches.length === 0)
    return {
      answer: `None of the ${people.length} authors named ${surname} has a paper about "${topic}" in this listing${topicNote(found)}.`,
      understood,
      papers: [],
      interpretation,
    };
  const listed = matches.map((m) => `${m.author.name} (${plural(m.papers.length, 'paper')})`);
  return {
    answer:
      matches.length === 1
        ? `${(matches[0] as { author: Author }).author.name}: ${listed[0]?.replace(/^.*\(/, '').replace(/\)$/, '')} about "${topic}".`
        : `${matches.length} of the authors named ${surname}: ${joinAnd(listed)}.`,
    understood,
    papers: matches.flatMap((m) => m.papers).slice(0, 10),
    interpretation: { ...interpretation, authors: matches.map((m) => m.author.name), topic },
  };
};
