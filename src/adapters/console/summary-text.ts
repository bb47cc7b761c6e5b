import { acceptedValues } from '../../chat/command-options.js';
import { hiddenAuthorsNote } from '../../chat/format.js';
import type { CommandHelp, Reply } from '../../chat/reply.js';
import { textUsage as usage } from '../../chat/text-args.js';
import { formatDate } from '../../listing/dates.js';
import { CONSOLE_LIMITS } from './limits.js';
import { paperLine, wrap } from './text-layout.js';

/** An author's coauthors with their shared paper counts, the longest lists cut. */
export function coauthorsText(reply: Extract<Reply, { kind: 'coauthors' }>): string {
  const lines = [
    `${reply.name} has ${reply.coauthors.length} coauthor${reply.coauthors.length === 1 ? '' : 's'} over ${reply.paperCount} paper${reply.paperCount === 1 ? '' : 's'}:`,
  ];
  reply.coauthors
    .slice(0, CONSOLE_LIMITS.coauthors)
    .forEach((a) => lines.push(`  ${a.name}: ${a.count} shared paper${a.count === 1 ? '' : 's'}`));
  if (reply.coauthors.length > CONSOLE_LIMITS.coauthors)
    lines.push(`  … and ${reply.coauthors.length - CONSOLE_LIMITS.coauthors} more`);
  return lines.join('\n');
}

/** The people a name could mean, and the command to try with the first. */
export function candidatesText(reply: Extract<Reply, { kind: 'candidates' }>): string {
  const lines = [reply.title];
  for (const c of reply.candidates) lines.push(`  ${c.name} (${c.paperCount} paper${c.paperCount === 1 ? '' : 's'})`);
  const first = reply.candidates[0];
  if (first) lines.push(`Try: /${reply.command} ${first.name}`);
  return lines.join('\n');
}

/** The listing's statistics. */
export function statsText(reply: Extract<Reply, { kind: 'stats' }>): string {
  const s = reply.stats;
  const lines = [
    `${s.papers} papers by ${s.authors} authors${s.oldest && s.newest ? `, ${formatDate(s.oldest)} to ${formatDate(s.newest)}` : ''}; ${s.revised} revised.`,
    `Per year: ${s.perYear.map((y) => `${y.year}: ${y.count}`).join(', ')}`,
    wrap(`Most prolific: ${s.topAuthors.map((a) => `${a.name} (${a.count})`).join(', ')}`, ''),
    wrap(`Frequent words: ${s.topTerms.map((t) => `${t.term} (${t.count})`).join(', ')}`, ''),
  ];
  const hidden = hiddenAuthorsNote(s.hiddenAuthors);
  if (hidden) lines.push(wrap(hidden, ''));
  if (reply.source) lines.push(wrap(`Source: ${reply.source}`, ''));
  return lines.join('\n');
}

/** Help on one command: usage, description, each option, examples. */
function commandHelpText(c: CommandHelp): string {
  const lines = [usage(c), `  ${c.description}`];
  for (const o of c.options) {
    lines.push(
      `  ${o.name}: ${o.description}${o.required ? '' : ' (optional)'}; ${acceptedValues(o)}${o.default !== undefined ? `, default ${String(o.default)}` : ''}`,
    );
  }
  if (c.examples.length) lines.push(`Examples: ${c.examples.map((e) => `/${e}`).join('   ')}`);
  return lines.join('\n');
}

/** Help: one command's when a topic is asked, else the list of commands. */
export function helpText(reply: Extract<Reply, { kind: 'help' }>): string {
  if (reply.topic) return commandHelpText(reply.commands[0] as CommandHelp);
  const lines = ['Commands:'];
  for (const c of reply.commands) lines.push(`  ${usage(c)}\n      ${c.description}`);
  lines.push('', 'Plain text without a slash is a question (/ask). /help <command> explains one command.');
  if (reply.chatOnly) {
    const names = reply.chatOnly.map((n) => `/${n}`).join(', ');
    lines.push(wrap(`In a Telegram or Discord chat also: ${names} (digests).`, ''));
  }
  if (reply.source) lines.push(wrap(`Papers from: ${reply.source}`, ''));
  return lines.join('\n');
}

/** An answer, what was understood, and the papers it cites. */
export function answerText(reply: Extract<Reply, { kind: 'answer' }>, keep: ReadonlySet<string>): string {
  const lines = [wrap(reply.answer, '')];
  if (!reply.declined && reply.understood) lines.push(`(understood: ${reply.understood})`);
  const shown = reply.papers.slice(0, CONSOLE_LIMITS.citedPapers);
  if (shown.length) lines.push('');
  shown.forEach((p, i) => lines.push(paperLine(i + 1, p, keep)));
  if (reply.papers.length > shown.length) lines.push(`    … and ${reply.papers.length - shown.length} more`);
  return lines.join('\n');
}
