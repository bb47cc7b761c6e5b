import { acceptedValues } from '../command-options.js';
import { type Block, type DocumentBody, type Line, code, notes, paragraph } from '../document.js';
import type { CommandHelp } from '../reply.js';
import { textUsage } from '../text-args.js';
import type { DocumentContext, ReplyKind } from './kind.js';

/** How a command is spelled where commands are typed, or picked from the slash-command menu. */
function usage(c: CommandHelp, style: DocumentContext['commandStyle']): string {
  if (style === 'text') return textUsage(c);
  return [`/${c.name}`, ...c.options.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`))].join(' ');
}

/** Help on one command: usage, description, each option, examples. */
function commandHelp(c: CommandHelp, context: DocumentContext): DocumentBody {
  const options: Line[] = c.options.map((o) => [
    code(o.name),
    `: ${o.description}${o.required ? '' : ' (optional)'}; ${acceptedValues(o)}${o.default !== undefined ? `, default ${String(o.default)}` : ''}`,
  ]);
  const examples: Line = ['Examples:', ...c.examples.flatMap((e) => [' ', code(`/${e}`)])];
  const blocks: Block[] = [
    paragraph(c.description),
    ...(options.length ? [{ type: 'list' as const, items: options }] : []),
    ...(c.examples.length ? [paragraph(examples)] : []),
  ];
  return { title: { text: usage(c, context.commandStyle) }, blocks };
}

/** Help: one command's when a topic is asked, else every command, how to ask, and where papers come from. */
export const helpKind: ReplyKind<'help'> = {
  document: (reply, context) => {
    const [topic] = reply.commands;
    if (reply.topic && topic) return commandHelp(topic, context);
    const rows = reply.commands.map((c) => [{ name: usage(c, context.commandStyle), value: c.description }]);
    const chatOnly = reply.chatOnly?.map((n) => `/${n}`).join(', ');
    const blocks: Block[] = [
      { type: 'fields', rows, stacked: true },
      ...(context.howToAsk ? [paragraph(context.howToAsk)] : []),
      ...(chatOnly
        ? [
            paragraph(
              `In a chat (Telegram, Discord, or the console chat of npm start) also: ${chatOnly} (digests and sources).`,
            ),
          ]
        : []),
      ...notes(reply.source ? [`Papers from: ${reply.source}`] : []),
    ];
    return { title: { text: 'Commands' }, blocks };
  },
  json: (reply) => ({ kind: reply.kind, commands: reply.commands, ...(reply.source ? { source: reply.source } : {}) }),
};
