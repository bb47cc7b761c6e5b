import { z } from 'zod';
import { type CommandContext, defineCommand, requireAdmin } from '../src/chat/command.js';
import { chatRefOf } from '../src/chat/chat-ref.js';
import type { IncomingFile } from '../src/chat/incoming-file.js';
import type { Reply } from '../src/chat/reply.js';
import { fileReadReply, howToAdd, howToSendFile, resetReply } from '../src/chat/source-replies.js';
import { UserError } from '../src/base/errors.js';
import { describeOrigin } from '../src/listing/listing-origin.js';
import { checkListingFile } from '../src/sources/chat-listings.js';
import { listingChat } from './listing-chat.js';

/** The chat's sources; with none, the bot's listing it is served (the context's origin then is the bot's). */
async function show(ctx: CommandContext): Promise<Reply> {
  const chat = chatRefOf(ctx);
  const sources = chat && ctx.listings ? await ctx.listings.sources(chat) : [];
  const at = ctx.now();
  const served = sources.length === 0 && ctx.origin ? { served: describeOrigin(ctx.origin, at) } : {};
  const how =
    chat && ctx.listings ? howToAdd(ctx.platform) : 'A Telegram or Discord chat can follow queries of its own.';
  return { kind: 'sources', sources, at, ...served, howToAdd: how };
}

/** The file sent with the command, or (the console) the one its path names. */
function fileOf(ctx: CommandContext, path: string | undefined): IncomingFile {
  if (ctx.file) return ctx.file;
  const how = `To add a listing file, ${howToSendFile(ctx.platform)}.`;
  if (path === undefined) throw new UserError('Which listing file?', how);
  if (!ctx.openFile) throw new UserError('Only the console reads a file named by its path.', how);
  return ctx.openFile(path);
}

/** Reads the listing file into the chat's sources. */
async function add(ctx: CommandContext, path: string | undefined): Promise<Reply> {
  await requireAdmin(ctx.chat, '/listing add');
  const { chat, listings } = listingChat(ctx);
  const file = fileOf(ctx, path);
  checkListingFile(file.name, file.size);
  const read = await listings.addFile(chat, { name: file.name, bytes: await file.read() }, ctx.chat?.userId);
  return fileReadReply(read, (await listings.sources(chat)).length === 1);
}

export default defineCommand({
  name: 'listing',
  description: "This chat's sources of papers; add a listing file, or reset to the bot's listing",
  takesFile: true,
  managesSources: true,
  options: z.object({
    action: z
      .enum(['show', 'add', 'reset'])
      .default('show')
      .describe("show the sources, add a listing file (sent with it), or reset to the bot's listing"),
    path: z.string().max(1000).optional().describe('In the console: the listing file to add, a path on this computer'),
  }),
  examples: ['listing', 'listing add', 'listing reset'],
  async run({ action, path }, ctx) {
    // A file sent with a bare /listing (a Telegram document's caption) is one to add.
    const wanted = action === 'show' && (ctx.file || path !== undefined) ? 'add' : action;
    if (wanted === 'show') return show(ctx);
    if (wanted === 'add') return add(ctx, path);
    await requireAdmin(ctx.chat, '/listing reset');
    const { chat, listings } = listingChat(ctx);
    return resetReply(await listings.reset(chat));
  },
});
