import { type Button as ChatButton, type ReplyButtons, replyButtons } from '../../chat/buttons.js';
import { acceptedValues } from '../../chat/command-options.js';
import { formatDate } from '../../listing/dates.js';
import {
  askedAbout,
  authorCountText,
  clip,
  extraMeta,
  hiddenAuthorsNote,
  FIELD_LIMITS,
  paperDates,
  shortAuthors,
  shortenedNote,
} from '../../chat/format.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import type { CommandHelp, Reply } from '../../chat/reply.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md, mdLink } from './markdown.js';

/** An embed as Discord's API takes it. */
export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

/** A button as Discord's API takes it (style 1 primary, 2 secondary, 5 link). */
export interface ButtonJson {
  type: 2;
  style: 1 | 2 | 5;
  label: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

/** A message ready for Discord: content, embeds, button rows, and whether only the user sees it. */
export interface DiscordMessage {
  content?: string;
  embeds: Embed[];
  components: { type: 1; components: ButtonJson[] }[];
  ephemeral: boolean;
  /** Files to attach (a .bib file). */
  files?: { name: string; content: string }[];
}

const COLOR = 0xb31b1b;

/** A reply's buttons as action rows: Prev/Next (greyed at the ends), abstracts, names in rows of five. */
function rowsOf(buttons: ReplyButtons): ButtonJson[][] {
  const json = (b: ChatButton, style: 1 | 2): ButtonJson => ({
    type: 2,
    style,
    label: cut(b.label, DISCORD_LIMITS.buttonLabel),
    custom_id: b.data,
    ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
  });
  const rows = [buttons.nav.map((b) => json(b, 1))];
  for (let i = 0; i < buttons.abstracts.length; i += 5)
    rows.push(buttons.abstracts.slice(i, i + 5).map((b) => json(b, 2)));
  for (let i = 0; i < buttons.similar.length; i += 5) rows.push(buttons.similar.slice(i, i + 5).map((b) => json(b, 2)));
  rows.push(buttons.paper.map((b) => json(b, 2)));
  for (let i = 0; i < buttons.candidates.length; i += 5)
    rows.push(buttons.candidates.slice(i, i + 5).map((b) => json(b, 2)));
  return rows;
}

/** The last of these lines that fit in `max` characters, after "…" when some are left out. */
function lastLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 2;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (length + line.length + 1 > max) return ['…', ...kept.reverse()].join('\n');
    kept.push(line);
    length += line.length + 1;
  }
  return kept.reverse().join('\n');
}

function paperEntry(n: number, p: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `**${n}. ${mdLink(cut(p.title, 200), paperUrl(p))}**`,
    `${md(clip(shortAuthors(p, 2, keep), FIELD_LIMITS.authors))} · ${paperDates(p)} · \`${p.id}\``,
  ];
  if (snippet) lines.push(`> ${md(cut(snippet, 300))}`);
  return lines.join('\n');
}

/** Joins entries into a description of at most `max` characters, noting what did not fit. */
function list(entries: string[], max: number = DISCORD_LIMITS.embedDescription): string {
  let out = '';
  for (let i = 0; i < entries.length; i++) {
    const next = out ? `${out}\n\n${entries[i]}` : (entries[i] as string);
    // Leave room for the "… and N more" line while more entries follow.
    const reserve = i < entries.length - 1 ? 30 : 0;
    if (next.length + reserve > max)
      return out ? `${out}\n\n… and ${entries.length - i} more` : cut(entries[i] as string, max);
    out = next;
  }
  return out;
}

function usage(c: CommandHelp): string {
  return [`/${c.name}`, ...c.options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`))].join(' ');
}

/** Shrinks an embed's description until all embeds stay within 6000 characters. */
function fitTotal(embeds: Embed[]): Embed[] {
  const size = (e: Embed) =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  let total = embeds.reduce((n, e) => n + size(e), 0);
  for (const e of embeds) {
    if (total <= DISCORD_LIMITS.embedTotal) break;
    if (e.description && total - DISCORD_LIMITS.embedTotal < e.description.length) {
      const keep = e.description.length - (total - DISCORD_LIMITS.embedTotal) - 1;
      total -= e.description.length;
      e.description = cut(e.description, Math.max(1, keep));
      total += e.description.length;
    }
  }
  return embeds;
}

/**
 * Renders a reply for Discord: embeds with linked titles, shortened authors and dates, all
 * listing and user text Markdown-escaped and cut to Discord's limits, Prev/Next and
 * "Abstract" buttons for lists. Errors are ephemeral.
 */
export function renderDiscord(reply: Reply, options: { pageToken?: string } = {}): DiscordMessage {
  const rows = rowsOf(replyButtons(reply, options.pageToken));
  const keep = askedAbout(reply);
  const message = (embeds: Embed[]): DiscordMessage => ({
    embeds: fitTotal(embeds.map((e) => ({ color: COLOR, ...e }))),
    components: rows
      .filter((r) => r.length > 0)
      .slice(0, DISCORD_LIMITS.actionRows)
      .map((r) => ({ type: 1, components: r })),
    ephemeral: false,
  });
  switch (reply.kind) {
    case 'text':
      return message([
        {
          ...(reply.title ? { title: cut(reply.title, DISCORD_LIMITS.embedTitle) } : {}),
          description: cut(md(reply.text), DISCORD_LIMITS.embedDescription),
        },
      ]);
    case 'papers': {
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
      const m = message([embed]);
      return reply.intro ? { ...m, content: cut(md(reply.intro), DISCORD_LIMITS.content) } : m;
    }
    case 'paper': {
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
          value: cut(
            `${p.arxivId}${p.categories.length ? ` · ${p.categories.join(' ')}` : ''}`,
            DISCORD_LIMITS.fieldValue,
          ),
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
      return message([
        {
          title: cut(p.title, DISCORD_LIMITS.embedTitle),
          url: paperUrl(p),
          description: cut(
            `${md(p.abstract.replace(/\n/g, '\n\n'))}${shortened ? `\n\n*${md(shortened)}*` : ''}`,
            DISCORD_LIMITS.embedDescription,
          ),
          fields,
          footer: { text: `id ${p.id}` },
        },
      ]);
    }
    case 'author': {
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
      return message([
        {
          title: cut(`${c.name}: ${c.paperCount} paper${c.paperCount === 1 ? '' : 's'}`, DISCORD_LIMITS.embedTitle),
          description: `${formatDate(c.first)} to ${formatDate(c.last)}${hiddenLine(reply.hiddenAuthors, c.name)}\n\n${list(
            c.papers.map((p, i) => paperEntry(i + 1, p, keep)),
            DISCORD_LIMITS.embedDescription - 300,
          )}`,
          fields,
        },
      ]);
    }
    case 'coauthors':
      return message([
        {
          title: cut(
            `${reply.name}: ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'}`,
            DISCORD_LIMITS.embedTitle,
          ),
          description: list(reply.coauthors.map((a) => `${md(a.name)}: ${a.count}`)).replace(/\n\n/g, '\n'),
          footer: { text: `over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}` },
        },
      ]);
    case 'candidates': {
      return message([
        {
          title: cut(reply.title, DISCORD_LIMITS.embedTitle),
          description: list(
            reply.candidates.map((c) => `• ${md(c.name)} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`),
          ).replace(/\n\n/g, '\n'),
        },
      ]);
    }
    case 'stats': {
      const s = reply.stats;
      return message([
        {
          title: `${s.papers} papers by ${s.authors} authors`,
          description: `${s.oldest && s.newest ? `${formatDate(s.oldest)} to ${formatDate(s.newest)}; ` : ''}${s.revised} revised.${hiddenLine(s.hiddenAuthors)}`,
          fields: [
            {
              name: 'Per year',
              value:
                lastLines(
                  s.perYear.map((y) => `${y.year}: ${y.count}`),
                  DISCORD_LIMITS.fieldValue,
                ) || '—',
              inline: true,
            },
            {
              name: 'Most prolific',
              value: cut(md(s.topAuthors.map((a) => `${a.name} (${a.count})`).join('\n')), DISCORD_LIMITS.fieldValue),
              inline: true,
            },
            {
              name: 'Frequent words',
              value: cut(md(s.topTerms.map((t) => `${t.term} (${t.count})`).join(', ')), DISCORD_LIMITS.fieldValue),
            },
            ...(reply.source ? [{ name: 'Source', value: cut(md(reply.source), DISCORD_LIMITS.fieldValue) }] : []),
          ],
        },
      ]);
    }
    case 'help': {
      if (reply.topic) {
        const c = reply.commands[0] as CommandHelp;
        return message([
          {
            title: usage(c),
            description: [
              md(c.description),
              '',
              ...c.options.map(
                (o) => `• \`${o.name}\`: ${md(o.description)}${o.required ? '' : ' (optional)'}; ${acceptedValues(o)}`,
              ),
            ].join('\n'),
          },
        ]);
      }
      return message([
        {
          title: 'Commands',
          description: cut(
            `Mention me with a question, or use a slash command.${reply.source ? `\nPapers from: ${md(reply.source)}` : ''}`,
            DISCORD_LIMITS.fieldValue,
          ),
          fields: reply.commands
            .slice(0, DISCORD_LIMITS.embedFields)
            .map((c) => ({ name: usage(c), value: md(c.description) })),
        },
      ]);
    }
    case 'answer': {
      const head = [md(reply.answer)];
      if (!reply.declined && reply.understood) head.push(`*Understood: ${md(reply.understood)}*`);
      const cited = reply.papers.slice(0, DISCORD_LIMITS.citedPapers).map((p, i) => paperEntry(i + 1, p, keep));
      const extra = reply.papers.length > cited.length ? [`… and ${reply.papers.length - cited.length} more`] : [];
      return message([{ description: list([head.join('\n'), ...cited, ...extra]) }]);
    }
    case 'bibtex': {
      const [only] = reply.entries;
      const block = only ? `\`\`\`bibtex\n${only.text}\n\`\`\`` : '';
      if (reply.entries.length === 1 && block.length <= DISCORD_LIMITS.embedDescription) {
        return message([{ title: cut(reply.title, DISCORD_LIMITS.embedTitle), description: block }]);
      }
      const name = reply.entries.length === 1 && only ? `${only.key}.bib` : 'references.bib';
      const content = `${reply.entries.map((e) => e.text).join('\n\n')}\n`;
      return {
        content: cut(md(reply.title), DISCORD_LIMITS.content),
        embeds: [],
        components: [],
        ephemeral: false,
        files: [{ name, content }],
      };
    }
    case 'error':
      return {
        content: cut(`⚠️ ${md(reply.message)}${reply.hint ? `\n${md(reply.hint)}` : ''}`, DISCORD_LIMITS.content),
        embeds: [],
        components: [],
        ephemeral: true,
      };
  }
}

/** The hidden-authors note as a line of an embed description, or nothing. */
function hiddenLine(hidden: { papers: number; names: number } | undefined, who?: string): string {
  const note = hiddenAuthorsNote(hidden, who);
  return note ? `\n*${md(note)}*` : '';
}
