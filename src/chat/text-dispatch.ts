import type { Log } from '../base/log.js';
import { type AnyCommand, type CommandContext, executeCommand } from './command.js';
import { describeOptions } from './command-options.js';
import { type Reply, errorReply } from './reply.js';
import { parseTextArgs, splitCommandLine } from './text-args.js';

/** How typed text is routed: its commands, and the one that takes text without a slash. */
export interface TextRouting {
  commands: readonly AnyCommand[];
  /** Plain text (no leading slash) becomes this command's main argument. */
  plainTextCommand: string;
  log: Log;
}

/** The outcome of one typed line: the command it ran (if any), its arguments, and the reply. */
export interface TextOutcome {
  command?: AnyCommand;
  args: Record<string, unknown>;
  reply: Reply;
}

/**
 * Runs one line typed in a text chat: "/name args" runs that command, anything else goes to the
 * plain-text command. Returns null for blank input.
 */
export async function dispatchText(
  text: string,
  routing: TextRouting,
  ctx: CommandContext,
): Promise<TextOutcome | null> {
  const input = text.trim();
  if (!input) return null;
  const line = splitCommandLine(input);
  if (!line && input.startsWith('/')) {
    return {
      args: {},
      reply: errorReply(`"${input.split(/\s/)[0]}" is not a command.`, 'Type /help to see the commands.'),
    };
  }
  if (line) {
    const command = routing.commands.find((c) => c.name === line.name);
    if (!command)
      return { args: {}, reply: errorReply(`Unknown command /${line.name}.`, 'Type /help to see the commands.') };
    const args = parseTextArgs(command, line.rest);
    return { command, args, reply: await executeCommand(command, args, ctx, routing.log) };
  }
  const command = routing.commands.find((c) => c.name === routing.plainTextCommand);
  const main = command ? describeOptions(command.options)[0] : undefined;
  if (!command || !main) return { args: {}, reply: errorReply('Type /help to see the commands.') };
  const args = { [main.name]: input };
  return { command, args, reply: await executeCommand(command, args, ctx, routing.log) };
}
