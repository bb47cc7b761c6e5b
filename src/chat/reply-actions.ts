import type { AnyCommand } from './command.js';
import type { PaperAction, Reply } from './reply.js';

/** The commands offered as buttons on papers, from their declarations. */
export function paperActions(commands: readonly AnyCommand[]): PaperAction[] {
  return commands.flatMap((c) =>
    c.button?.on === 'paper'
      ? [
          {
            code: c.button.code,
            label: c.button.label ?? c.name,
            ...(c.button.listLabel ? { listLabel: c.button.listLabel } : {}),
          },
        ]
      : [],
  );
}

/** The button code of the command a reply's candidate names run, if that command offers one. */
function nameCode(commands: readonly AnyCommand[], name: string | undefined): string | undefined {
  const command = commands.find((c) => c.name === name);
  return command?.button?.on === 'name' ? command.button.code : undefined;
}

/** A reply with the commands it offers as buttons filled in, as the commands declare them. */
export function withActions(reply: Reply, commands: readonly AnyCommand[]): Reply {
  switch (reply.kind) {
    case 'papers':
    case 'paper':
      return { ...reply, actions: paperActions(commands) };
    case 'candidates': {
      const code = nameCode(commands, reply.command);
      return code ? { ...reply, nameAction: code } : reply;
    }
    case 'answer': {
      const code = nameCode(commands, reply.nameCommand);
      return code ? { ...reply, nameAction: code } : reply;
    }
    default:
      return reply;
  }
}
