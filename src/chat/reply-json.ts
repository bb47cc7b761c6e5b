import type { Paper } from '../listing/paper.js';
import type { Reply } from './reply.js';

/** A paper as the JSON output lists it. */
export function paperSummary(paper: Paper, extra: { score?: number; snippet?: string } = {}) {
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors,
    hiddenAuthorCount: paper.hiddenAuthorCount,
    submitted: paper.submitted,
    updated: paper.updated,
    announced: paper.announced,
    url: paper.links.abs ?? paper.links.search,
    ...(extra.score !== undefined ? { score: Math.round(extra.score * 1000) / 1000 } : {}),
    ...(extra.snippet !== undefined ? { snippet: extra.snippet } : {}),
  };
}

type ReplyOf<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

function papersJson(reply: ReplyOf<'papers'>): Record<string, unknown> {
  return {
    kind: reply.kind,
    title: reply.title,
    ...(reply.intro ? { intro: reply.intro } : {}),
    papers: reply.items.map((i) => paperSummary(i.paper, i)),
    ...(reply.paging ? { page: reply.paging.page, pageCount: reply.paging.pageCount, total: reply.paging.total } : {}),
    ...(reply.notes?.length ? { notes: reply.notes } : {}),
  };
}

function authorJson(reply: ReplyOf<'author'>): Record<string, unknown> {
  return {
    kind: reply.kind,
    author: {
      name: reply.card.name,
      paperCount: reply.card.paperCount,
      first: reply.card.first,
      last: reply.card.last,
      papers: reply.card.papers.map((p) => paperSummary(p)),
      coauthors: reply.card.coauthors,
    },
    ...(reply.hiddenAuthors ? { hiddenAuthors: reply.hiddenAuthors } : {}),
  };
}

function answerJson(reply: ReplyOf<'answer'>): Record<string, unknown> {
  return {
    kind: reply.kind,
    question: reply.question,
    answer: reply.answer,
    understood: reply.understood,
    ...(reply.query ? { query: reply.query } : {}),
    papers: reply.papers.map((p) => paperSummary(p)),
    ...(reply.parts
      ? {
          parts: reply.parts.map((a) => ({
            answer: a.answer,
            understood: a.understood,
            ...(a.query ? { query: a.query } : {}),
            ...(a.declined ? { declined: true } : {}),
          })),
        }
      : {}),
    ...(reply.candidates ? { candidates: reply.candidates } : {}),
    ...(reply.declined ? { declined: true } : {}),
  };
}

/** The structured form of a reply, as `arxivist ... --json` prints it. */
export function replyToJson(reply: Reply): Record<string, unknown> {
  switch (reply.kind) {
    case 'text':
      return { kind: reply.kind, title: reply.title, text: reply.text };
    case 'papers':
      return papersJson(reply);
    case 'paper':
      return { kind: reply.kind, paper: reply.paper };
    case 'author':
      return authorJson(reply);
    case 'coauthors':
      return {
        kind: reply.kind,
        author: { name: reply.name, paperCount: reply.paperCount, coauthors: reply.coauthors },
      };
    case 'candidates':
      return { kind: reply.kind, query: reply.query, didYouMean: reply.didYouMean, candidates: reply.candidates };
    case 'stats':
      return { kind: reply.kind, stats: reply.stats, ...(reply.source ? { source: reply.source } : {}) };
    case 'help':
      return { kind: reply.kind, commands: reply.commands, ...(reply.source ? { source: reply.source } : {}) };
    case 'answer':
      return answerJson(reply);
    case 'bibtex':
      return { kind: reply.kind, title: reply.title, entries: reply.entries };
    case 'error':
      return { kind: reply.kind, error: { message: reply.message, ...(reply.hint ? { hint: reply.hint } : {}) } };
  }
}
