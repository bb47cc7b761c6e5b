// A command made up for the file tests: it reads the file sent with it and says its size.
import { z } from 'zod';
import { defineCommand } from '../../src/chat/command.js';

/** Test only: says how many bytes the file sent with it has. */
export const readfile = defineCommand({
  name: 'readfile',
  description: 'Test only: says how many bytes a file has',
  options: z.object({ note: z.string().optional().describe('A note') }),
  takesFile: true,
  run: async ({ note }, ctx) => {
    if (!ctx.file) return { kind: 'error', message: 'no file' };
    const bytes = await ctx.file.read();
    return { kind: 'text', text: `${ctx.file.name}: ${bytes.length} bytes${note ? ` (${note})` : ''}` };
  },
});
