import { acceptedValues } from '../../chat/command-options.js';
import type { CommandHelp, Reply } from '../../chat/reply.js';
import { formatDate } from '../../listing/dates.js';
import type { Embed } from './discord-message.js';
import { hiddenLine, lastLines, list, paperEntry } from './embed-text.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md } from './markdown.js';

function usage(c: CommandHelp): string {
  return [`/${c.name}`, ...c.options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`))].join(' ');
}

export function coauthorsEmbed(reply: Extract<Reply, { kind: 'coauthors' }>): Embed {
  return {
    title: cut(
      `${reply.name}: ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'}`,
      DISCORD_LIMITS.embedTitle,
    ),
    description: list(reply.coauthors.map((a) => `${md(a.name)}: ${a.count}`)).replace(/\n\n/g, '\n'),
    footer: { text: `over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}` },
  };
}

export function candidatesEmbed(reply: Extract<Reply, { kind: 'candidates' }>): Embed {
  return {
    title: cut(reply.title, DISCORD_LIMITS.embedTitle),
    description: list(
      reply.candidates.map((c) => `• ${md(c.name)} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`),
    ).replace(/\n\n/g, '\n'),
  };
}

export function statsEmbed(reply: Extract<Reply, { kind: 'stats' }>): Embed {
  const s = reply.stats;
  return {
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
  };
}

/** One command's usage and options when a topic was asked, else the list of commands. */
export function helpEmbed(reply: Extract<Reply, { kind: 'help' }>): Embed {
  if (reply.topic) {
    const c = reply.commands[0] as CommandHelp;
    return {
      title: usage(c),
      description: [
        md(c.description),
        '',
        ...c.options.map(
          (o) => `• \`${o.name}\`: ${md(o.description)}${o.required ? '' : ' (optional)'}; ${acceptedValues(o)}`,
        ),
      ].join('\n'),
    };
  }
  return {
    title: 'Commands',
    description: cut(
      `Mention me with a question, or use a slash command.${reply.source ? `\nPapers from: ${md(reply.source)}` : ''}`,
      DISCORD_LIMITS.fieldValue,
    ),
    fields: reply.commands
      .slice(0, DISCORD_LIMITS.embedFields)
      .map((c) => ({ name: usage(c), value: md(c.description) })),
  };
}

export function answerEmbed(reply: Extract<Reply, { kind: 'answer' }>, keep: ReadonlySet<string>): Embed {
  const head = [md(reply.answer)];
  if (!reply.declined && reply.understood) head.push(`*Understood: ${md(reply.understood)}*`);
  const cited = reply.papers.slice(0, DISCORD_LIMITS.citedPapers).map((p, i) => paperEntry(i + 1, p, keep));
  const extra = reply.papers.length > cited.length ? [`… and ${reply.papers.length - cited.length} more`] : [];
  return { description: list([head.join('\n'), ...cited, ...extra]) };
}
