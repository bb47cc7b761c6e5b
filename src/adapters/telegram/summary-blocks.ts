import { acceptedValues } from '../../chat/command-options.js';
import { FIELD_LIMITS, clip, hiddenAuthorsNote } from '../../chat/format.js';
import type { CommandHelp, Reply } from '../../chat/reply.js';
import { textUsage } from '../../chat/text-args.js';
import { formatDate } from '../../listing/dates.js';
import { escapeHtml } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { paperBlock } from './paper-blocks.js';

function usage(c: CommandHelp): string {
  return escapeHtml(textUsage(c));
}

/** A plain text reply: its bold title, if any, and the text. */
export function textBlocks(reply: Extract<Reply, { kind: 'text' }>): string[] {
  return [
    reply.title ? `<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>` : '',
    escapeHtml(reply.text),
  ].filter(Boolean);
}

/** An author's coauthors with their shared paper counts. */
export function coauthorsBlocks(reply: Extract<Reply, { kind: 'coauthors' }>): string[] {
  const lines = reply.coauthors.map((a) => `${escapeHtml(a.name)}: ${a.count}`);
  return [
    `<b>${escapeHtml(reply.name)}</b> has ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'} over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}:`,
    lines.join('\n'),
  ];
}

/** The people a name could mean. */
export function candidatesBlocks(reply: Extract<Reply, { kind: 'candidates' }>): string[] {
  const lines = reply.candidates.map(
    (c) => `• ${escapeHtml(c.name)} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`,
  );
  return [`<b>${escapeHtml(clip(reply.title, FIELD_LIMITS.title))}</b>`, lines.join('\n')];
}

/** The listing's statistics, one block per line. */
export function statsBlocks(reply: Extract<Reply, { kind: 'stats' }>): string[] {
  const s = reply.stats;
  const hidden = hiddenAuthorsNote(s.hiddenAuthors);
  return [
    `<b>${s.papers} papers</b> by ${s.authors} authors${s.oldest && s.newest ? `, ${escapeHtml(formatDate(s.oldest))} to ${escapeHtml(formatDate(s.newest))}` : ''}; ${s.revised} revised.`,
    `<b>Per year</b>: ${s.perYear.map((y) => `${y.year}: ${y.count}`).join(', ')}`,
    `<b>Most prolific</b>: ${escapeHtml(s.topAuthors.map((a) => `${a.name} (${a.count})`).join(', '))}`,
    `<b>Frequent words</b>: ${escapeHtml(s.topTerms.map((t) => `${t.term} (${t.count})`).join(', '))}`,
    ...(hidden ? [`<i>${escapeHtml(hidden)}</i>`] : []),
    ...(reply.source ? [`<b>Source</b>: ${escapeHtml(reply.source)}`] : []),
  ];
}

/** Help on one command: usage, description, each option, examples. */
function commandHelpBlock(c: CommandHelp): string {
  const lines = [`<b>${usage(c)}</b>`, escapeHtml(c.description)];
  for (const o of c.options)
    lines.push(
      `• <code>${escapeHtml(o.name)}</code>: ${escapeHtml(o.description)}${o.required ? '' : ' (optional)'}; ${escapeHtml(acceptedValues(o))}`,
    );
  if (c.examples.length) lines.push(`Examples: ${c.examples.map((e) => `<code>/${escapeHtml(e)}</code>`).join(' ')}`);
  return lines.join('\n');
}

/** Help: one command's when a topic is asked, else the list of commands. */
export function helpBlocks(reply: Extract<Reply, { kind: 'help' }>): string[] {
  if (reply.topic) return [commandHelpBlock(reply.commands[0] as CommandHelp)];
  const lines = reply.commands.map((c) => `${usage(c)}\n   ${escapeHtml(c.description)}`);
  return [
    '<b>Commands</b>',
    lines.join('\n'),
    'In a private chat, just write your question. In a group, mention me or reply to my message.',
    ...(reply.source ? [`<i>Papers from: ${escapeHtml(reply.source)}</i>`] : []),
  ];
}

/** An answer and what was understood, then the papers it cites. */
export function answerBlocks(reply: Extract<Reply, { kind: 'answer' }>, keep: ReadonlySet<string>): string[] {
  const head = [escapeHtml(reply.answer)];
  if (!reply.declined && reply.understood) head.push(`<i>Understood: ${escapeHtml(reply.understood)}</i>`);
  const cited = reply.papers.slice(0, TELEGRAM_LIMITS.citedPapers);
  const blocks = [head.join('\n'), ...cited.map((p, i) => paperBlock(i + 1, p, keep))];
  if (reply.papers.length > cited.length) blocks.push(`<i>… and ${reply.papers.length - cited.length} more</i>`);
  return blocks;
}

/** An error with its hint, both cut to fit one message. */
export function errorBlocks(reply: Extract<Reply, { kind: 'error' }>): string[] {
  return [
    `⚠️ ${escapeHtml(clip(reply.message, 3000))}${reply.hint ? `\n<i>${escapeHtml(clip(reply.hint, 800))}</i>` : ''}`,
  ];
}
