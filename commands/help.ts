import { z } from 'zod';
import { commandHelp, defineCommand } from '../src/chat/command.js';
import { UserError } from '../src/base/errors.js';
import { describeOrigin } from '../src/listing/listing-origin.js';

export default defineCommand({
  name: 'help',
  description: 'What the bot can do, or how to use one command',
  options: z.object({
    command: z.string().max(40).optional().describe('A command to explain, e.g. search'),
  }),
  examples: ['help', 'help search'],
  listsCommands: true,
  run({ command }, { commands, origin, now, chat }) {
    const topic = command?.trim().replace(/^\//, '').toLowerCase();
    if (!topic) {
      const here = chat ? commands : commands.filter((c) => !c.chatOnly);
      const elsewhere = commands.filter((c) => !here.includes(c)).map((c) => c.name);
      return {
        kind: 'help',
        commands: here.map(commandHelp),
        ...(origin ? { source: describeOrigin(origin, now()) } : {}),
        ...(elsewhere.length > 0 ? { chatOnly: elsewhere } : {}),
      };
    }
    const found = commands.find((c) => c.name === topic);
    if (!found)
      throw new UserError(`There is no command "${topic}".`, `Commands: ${commands.map((c) => c.name).join(', ')}`);
    return { kind: 'help', commands: [commandHelp(found)], topic };
  },
});
