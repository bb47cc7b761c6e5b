import type { AnyCommand } from '../../chat/command.js';
import { authorCountText, extraMeta, hiddenAuthorsNote, shortenedNote } from '../../chat/format.js';
import type { Paging, Reply } from '../../chat/reply.js';
import { formatCommandLine } from '../../chat/text-args.js';
import { formatDate } from '../../listing/dates.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import { paperLine, wrap } from './text-layout.js';

/** "Page 2 of 3. Type next for page 3, prev for page 1." */
function pageWordsLine(paging: Paging): string {
  const next = paging.page < paging.pageCount ? [`next for page ${paging.page + 1}`] : [];
  const prev = paging.page > 1 ? [`prev for page ${paging.page - 1}`] : [];
  return `Page ${paging.page} of ${paging.pageCount}. Type ${[...next, ...prev].join(', ')}.`;
}

/** "Page 1 of 3. Next: /search … --page 2", the command spelled out when it is known. */
function pageCommandLine(paging: Paging, commands: readonly AnyCommand[]): string {
  const command = commands.find((c) => c.name === paging.command);
  const next = paging.page < paging.pageCount ? paging.page + 1 : 1;
  const how = command ? formatCommandLine(command, { ...paging.args, page: next }) : `--page ${next}`;
  return `Page ${paging.page} of ${paging.pageCount}. ${next === 1 ? 'First page' : 'Next'}: ${how}`;
}

/** A page of papers: intro, title, notes, numbered papers, and where the list stands. */
export function papersText(
  reply: Extract<Reply, { kind: 'papers' }>,
  keep: ReadonlySet<string>,
  commands: readonly AnyCommand[],
  pageWords: boolean,
): string {
  const first = reply.paging ? (reply.paging.page - 1) * reply.paging.pageSize : 0;
  const lines = [
    ...(reply.intro ? [wrap(reply.intro, ''), ''] : []),
    reply.title,
    ...(reply.notes ?? []).map((n) => `(${n})`),
    '',
  ];
  reply.items.forEach((item, i) => lines.push(paperLine(first + i + 1, item.paper, keep, item.snippet), ''));
  const paging = reply.paging;
  if (paging && paging.pageCount > 1 && pageWords) lines.push(pageWordsLine(paging));
  else if (paging && paging.pageCount > 1) lines.push(pageCommandLine(paging, commands));
  return lines.join('\n').trimEnd();
}

/** A paper's metadata lines, from authors to DOI and the listing's extra fields. */
function paperMeta(p: Paper): string[] {
  const lines = [
    wrap(
      `Authors: ${p.authors.join(', ')}${p.hiddenAuthorCount ? `, and ${p.hiddenAuthorCount} more not shown` : ''} (${authorCountText(p)})`,
      '',
    ),
    `First version: ${formatDate(p.submitted)}   Latest version: ${formatDate(p.updated)}   Announced: ${formatDate(p.announced)}`,
  ];
  if (p.arxivId) lines.push(`arXiv: ${p.arxivId}${p.categories.length ? `  [${p.categories.join(' ')}]` : ''}`);
  else if (p.categories.length) lines.push(`Categories: ${p.categories.join(' ')}`);
  if (p.comments) lines.push(`Comments: ${p.comments}`);
  if (p.journalRef) lines.push(`Journal ref: ${p.journalRef}`);
  if (p.doi) lines.push(`DOI: ${p.doi}`);
  for (const [label, value] of extraMeta(p)) lines.push(`${label}: ${value}`);
  return lines;
}

/** One paper in full: title, metadata, abstract, links and id. */
export function paperText(reply: Extract<Reply, { kind: 'paper' }>): string {
  const p = reply.paper;
  const lines = [p.title, '', ...paperMeta(p)];
  lines.push('', wrap(p.abstract, ''), '');
  const shortened = shortenedNote(p);
  if (shortened) lines.push(wrap(shortened, ''), '');
  lines.push(`Link: ${paperUrl(p)}`);
  if (p.links.pdf) lines.push(`PDF: ${p.links.pdf}`);
  for (const url of p.urls) lines.push(`Code/link: ${url}`);
  lines.push(`Id: ${p.id}`);
  return lines.join('\n');
}

/** An author's card: paper count and span, top coauthors, then the papers. */
export function authorText(reply: Extract<Reply, { kind: 'author' }>, keep: ReadonlySet<string>): string {
  const c = reply.card;
  const lines = [
    `${c.name}: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}, ${formatDate(c.first)} to ${formatDate(c.last)}`,
  ];
  if (c.coauthors.length) {
    lines.push(
      wrap(
        `Top coauthors: ${c.coauthors
          .slice(0, 8)
          .map((a) => `${a.name} (${a.count})`)
          .join(', ')}`,
        '',
      ),
    );
  }
  const hidden = hiddenAuthorsNote(reply.hiddenAuthors, c.name);
  if (hidden) lines.push(wrap(hidden, ''));
  lines.push('');
  c.papers.forEach((p, i) => lines.push(paperLine(i + 1, p, keep)));
  return lines.join('\n');
}
