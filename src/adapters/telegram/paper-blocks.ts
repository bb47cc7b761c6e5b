import {
  FIELD_LIMITS,
  authorCountText,
  clip,
  extraMeta,
  hiddenAuthorsNote,
  paperDates,
  shortAuthors,
  shortenedNote,
} from '../../chat/format.js';
import type { Reply } from '../../chat/reply.js';
import { formatDate } from '../../listing/dates.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import { escapeHtml, escapedChunks, link } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';

/** A paper in a list as HTML: linked title, authors · dates, snippet, id; numbered unless `n` is null. */
export function paperBlock(n: number | null, p: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `${n !== null ? `${n}. ` : ''}<b>${link(paperUrl(p), clip(p.title, FIELD_LIMITS.title))}</b>`,
    `${escapeHtml(clip(shortAuthors(p, 2, keep), FIELD_LIMITS.authors))} · ${escapeHtml(paperDates(p))}`,
  ];
  if (snippet) lines.push(`<i>${escapeHtml(clip(snippet, FIELD_LIMITS.snippet))}</i>`);
  lines.push(`<code>${escapeHtml(p.id)}</code>`);
  return lines.join('\n');
}

/** A page of papers: a head (intro, title, notes), one block per paper, and the page line. */
export function papersBlocks(reply: Extract<Reply, { kind: 'papers' }>, keep: ReadonlySet<string>): string[] {
  const paging = reply.paging;
  const first = paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
  const head = [
    ...(reply.intro ? [escapeHtml(reply.intro), ''] : []),
    `<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>`,
    ...(reply.notes ?? []).map((n) => `<i>${escapeHtml(n)}</i>`),
  ].join('\n');
  const blocks = [head, ...reply.items.map((item, i) => paperBlock(first + i, item.paper, keep, item.snippet))];
  if (paging && paging.pageCount > 1) blocks.push(`<i>Page ${paging.page} of ${paging.pageCount}</i>`);
  return blocks;
}

/** A paper's metadata lines: linked title, authors, dates, arXiv id, comments, references, extra fields. */
function paperMeta(p: Paper): string[] {
  const shown = p.authors.slice(0, TELEGRAM_LIMITS.detailAuthors);
  const more = p.authors.length - shown.length + p.hiddenAuthorCount;
  const names = clip(shown.map((a) => clip(a, FIELD_LIMITS.author)).join(', '), FIELD_LIMITS.authors);
  const meta = [
    `<b>${link(paperUrl(p), clip(p.title, FIELD_LIMITS.title))}</b>`,
    `${escapeHtml(names)}${more > 0 ? ` and ${more} more` : ''} <i>(${escapeHtml(authorCountText(p))})</i>`,
    `First version ${escapeHtml(formatDate(p.submitted))} · latest ${escapeHtml(formatDate(p.updated))} · announced ${escapeHtml(formatDate(p.announced))}`,
  ];
  if (p.arxivId)
    meta.push(
      `arXiv ${link(p.links.abs ?? paperUrl(p), p.arxivId)}${p.categories.length ? ` · ${escapeHtml(clip(p.categories.join(' '), FIELD_LIMITS.categories))}` : ''}`,
    );
  if (p.comments) meta.push(`Comments: ${escapeHtml(clip(p.comments, FIELD_LIMITS.meta))}`);
  if (p.journalRef) meta.push(`Journal ref: ${escapeHtml(clip(p.journalRef, FIELD_LIMITS.meta))}`);
  if (p.doi) meta.push(`DOI: ${escapeHtml(clip(p.doi, FIELD_LIMITS.meta))}`);
  for (const [label, value] of extraMeta(p)) meta.push(`${label}: ${escapeHtml(clip(value, FIELD_LIMITS.meta))}`);
  return meta;
}

/** One paper in full: metadata, the abstract in chunks, the shortened note, links and id. */
export function paperDetailBlocks(reply: Extract<Reply, { kind: 'paper' }>): string[] {
  const p = reply.paper;
  const meta = paperMeta(p);
  const shortened = shortenedNote(p);
  const tail = [...(p.links.pdf ? [link(p.links.pdf, 'PDF')] : []), ...p.urls.map((u) => link(u, u))];
  // Abstract paragraphs are cut from plain text, so a cut never falls inside an entity.
  const blocks = [
    meta.join('\n'),
    ...p.abstract.split('\n').flatMap((para) => escapedChunks(para, TELEGRAM_LIMITS.messageLength - 100)),
  ];
  if (shortened) blocks.push(`<i>${escapeHtml(shortened)}</i> ${link(paperUrl(p), 'Open')}`);
  if (tail.length) blocks.push(tail.join(' · '));
  blocks.push(`<code>${escapeHtml(p.id)}</code>`);
  return blocks;
}

/** An author's card: a head (count, span, top coauthors, hidden-authors note), then the papers. */
export function authorBlocks(reply: Extract<Reply, { kind: 'author' }>, keep: ReadonlySet<string>): string[] {
  const c = reply.card;
  const head = [
    `<b>${escapeHtml(c.name)}</b>: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}, ${escapeHtml(formatDate(c.first))} to ${escapeHtml(formatDate(c.last))}`,
  ];
  if (c.coauthors.length)
    head.push(
      `Top coauthors: ${escapeHtml(
        c.coauthors
          .slice(0, 8)
          .map((a) => `${a.name} (${a.count})`)
          .join(', '),
      )}`,
    );
  const hidden = hiddenAuthorsNote(reply.hiddenAuthors, c.name);
  if (hidden) head.push(`<i>${escapeHtml(hidden)}</i>`);
  return [head.join('\n'), ...c.papers.map((p, i) => paperBlock(i + 1, p, keep))];
}
