import { authorCountText, extraMeta, shortenedNote } from '../../chat/format.js';
import type { Reply } from '../../chat/reply.js';
import { formatDate } from '../../listing/dates.js';
import { paperUrl } from '../../listing/paper.js';
import type { Embed } from './discord-message.js';
import { hiddenLine, list, paperEntry } from './embed-text.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md } from './markdown.js';

/** A page of papers as one embed, numbered from the page's first paper. */
export function papersEmbed(reply: Extract<Reply, { kind: 'papers' }>, keep: ReadonlySet<string>): Embed {
  const paging = reply.paging;
  const first = paging ? (paging.page - 1) * paging.pageSize + 1 : 1;
  const notes = (reply.notes ?? []).map((n) => `*${md(n)}*`);
  const description = list([
    ...notes,
    ...reply.items.map((item, i) => paperEntry(first + i, item.paper, keep, item.snippet)),
  ]);
  const embed: Embed = { title: cut(reply.title, DISCORD_LIMITS.embedTitle), description };
  if (paging && paging.pageCount > 1) {
    embed.footer = { text: `Page ${paging.page} of ${paging.pageCount} · ${paging.total} papers` };
  }
  return embed;
}

/** One paper in full: abstract, then its metadata as fields. */
export function paperEmbed(reply: Extract<Reply, { kind: 'paper' }>): Embed {
  const p = reply.paper;
  const authors = `${p.authors.join(', ')}${p.hiddenAuthorCount ? `, and ${p.hiddenAuthorCount} more not shown` : ''}`;
  const fields = [
    { name: `Authors (${authorCountText(p)})`, value: cut(md(authors), DISCORD_LIMITS.fieldValue) },
    { name: 'First version', value: formatDate(p.submitted), inline: true },
    { name: 'Latest version', value: formatDate(p.updated), inline: true },
    { name: 'Announced', value: formatDate(p.announced), inline: true },
  ];
  if (p.arxivId)
    fields.push({
      name: 'arXiv',
      value: cut(`${p.arxivId}${p.categories.length ? ` · ${p.categories.join(' ')}` : ''}`, DISCORD_LIMITS.fieldValue),
      inline: true,
    });
  if (p.comments)
    fields.push({ name: 'Comments', value: cut(md(p.comments), DISCORD_LIMITS.fieldValue), inline: false });
  if (p.journalRef)
    fields.push({ name: 'Journal ref', value: cut(md(p.journalRef), DISCORD_LIMITS.fieldValue), inline: false });
  if (p.doi) fields.push({ name: 'DOI', value: cut(md(p.doi), DISCORD_LIMITS.fieldValue), inline: true });
  for (const [label, value] of extraMeta(p))
    fields.push({ name: label, value: cut(md(value), DISCORD_LIMITS.fieldValue), inline: true });
  const links = [...(p.links.pdf ? [`PDF: ${p.links.pdf}`] : []), ...p.urls];
  if (links.length)
    fields.push({ name: 'Links', value: cut(links.join('\n'), DISCORD_LIMITS.fieldValue), inline: false });
  const shortened = shortenedNote(p);
  return {
    title: cut(p.title, DISCORD_LIMITS.embedTitle),
    url: paperUrl(p),
    description: cut(
      `${md(p.abstract.replace(/\n/g, '\n\n'))}${shortened ? `\n\n*${md(shortened)}*` : ''}`,
      DISCORD_LIMITS.embedDescription,
    ),
    fields,
    footer: { text: `id ${p.id}` },
  };
}

/** An author's card: span of dates, their papers, and top coauthors. */
export function authorEmbed(reply: Extract<Reply, { kind: 'author' }>, keep: ReadonlySet<string>): Embed {
  const c = reply.card;
  const fields = c.coauthors.length
    ? [
        {
          name: 'Top coauthors',
          value: cut(
            md(
              c.coauthors
                .slice(0, 10)
                .map((a) => `${a.name} (${a.count})`)
                .join(', '),
            ),
            DISCORD_LIMITS.fieldValue,
          ),
        },
      ]
    : [];
  return {
    title: cut(`${c.name}: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}`, DISCORD_LIMITS.embedTitle),
    description: `${formatDate(c.first)} to ${formatDate(c.last)}${hiddenLine(reply.hiddenAuthors, c.name)}\n\n${list(
      c.papers.map((p, i) => paperEntry(i + 1, p, keep)),
      DISCORD_LIMITS.embedDescription - 300,
    )}`,
    fields,
  };
}
