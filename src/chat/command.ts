import type { z } from 'zod';
import { type OptionSpec, type OptionsSchema, describeIssue, describeOptions } from './command-options.js';
import { UserError } from '../base/errors.js';
import type { Log } from '../base/log.js';
import type { DigestService } from '../digest/digest-service.js';
import type { Subscription } from '../digest/subscription.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { ListingOrigin } from '../listing/listing-origin.js';
import type { ChatListings } from '../sources/chat-listings.js';
import type { ChatRef } from '../listing/source-store.js';
import type { IncomingFile } from './incoming-file.js';
import { type CommandHelp, type Reply, errorReply } from './reply.js';

/** Where a command runs. */
export type Platform = 'console' | 'cli' | 'telegram' | 'discord';

/** The chat a command came from, on a chat platform. */
export interface ChatContext {
  platform: ChatRef['platform'];
  chatId: string;
  kind: Subscription['chatKind'];
  userId?: string;
  /** Whether the user may manage the chat's digests (always true in a private chat). */
  isAdmin(): Promise<boolean>;
}

/** What a command may use besides its arguments. */
export interface CommandContext {
  /** Set on chat platforms; absent in the console and the CLI. */
  chat?: ChatContext;
  /** Digest subscriptions, when a store is configured. */
  digests?: DigestService;
  /** The chats' own sources (follows and listing files), when a store is configured. */
  listings?: ChatListings;
  /** The index as it was when the command started; a reload swaps in a new one for later commands. */
  index: PaperIndex;
  /** Where the index's papers come from, when known. */
  origin?: ListingOrigin;
  platform: Platform;
  /** A file sent with the command (a Telegram document, a Discord attachment). */
  file?: IncomingFile;
  /** The console only: a file on this computer named on the command line. */
  openFile?(path: string): IncomingFile;
  /** Every command, for help. */
  commands: readonly AnyCommand[];
  now: () => Date;
}

/** A chat command declared once and rendered by every adapter. */
export interface Command<S extends OptionsSchema = OptionsSchema> {
  /** Lower-case, [a-z0-9_], at most 32: valid on both Discord and Telegram. */
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  /** The options, main argument first; each field's `.describe()` is its description. */
  options: S;
  /** Sample invocations for help, without the leading slash. */
  examples?: string[];
  /** Only chat administrators may run it in groups (Discord: declared as Manage Channels). */
  adminOnly?: boolean;
  /** It acts on the chat it is typed in (digests): in a chat only (Telegram, Discord, the console chat), hidden in the CLI. */
  chatOnly?: boolean;
  /** Options whose values adapters may suggest as the user types (Discord autocomplete). */
  suggest?: Partial<Record<string, 'authors' | 'titles'>>;
  /** The option that plain text, a button or a typed argument fills first; the first option when absent. */
  main?: string;
  /** Plain text addressed to the bot (a private message, a mention, a reply to it) runs this command. */
  takesText?: boolean;
  /** A button that runs this command on its main option: a paper's id or an author's name. */
  button?: CommandButton;
  /** It takes a file sent in the chat: Telegram routes documents to it, Discord declares a `file` attachment option. */
  takesFile?: boolean;
  /** It shows or changes the chat's own sources: its replies say how they stand, so they get no note of a fetch under way. */
  managesSources?: boolean;
  /** It lists the commands: hints point there ("Type /help to see the commands"). */
  listsCommands?: boolean;
  run(args: z.output<S>, ctx: CommandContext): Reply | Promise<Reply>;
}

/** How a command offers itself as a button; `code` prefixes the button's data, so it stays short and stable. */
export interface CommandButton {
  /** Two lower-case letters, unique among commands. */
  code: string;
  /** What the button carries: a paper (under a paper's details and each listed paper), or a name (candidates). */
  on: 'paper' | 'name';
  /** The label under a paper's details. */
  label?: string;
  /** The label under each paper of a list, numbered ("Similar 3"); none: not offered on lists. */
  listLabel?: string;
}

/** A command of any option shape (`run` is a method, so its argument type may narrow). */
export type AnyCommand = Command<OptionsSchema>;

/** Declares a command; the identity function that gives `run` its argument types. */
export function defineCommand<S extends OptionsSchema>(command: Command<S>): Command<S> {
  return command;
}

const NAME = /^[a-z0-9_]{1,32}$/;
const OPTION_NAME = /^[a-z0-9_]{1,32}$/;

/**
 * Checks names and descriptions against both Discord's and Telegram's rules, and that required
 * options come first. Returns the problems, each naming the command; empty when all is well.
 */
export function checkCommands(commands: readonly AnyCommand[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const codes = new Set<string>();
  for (const c of commands) {
    const where = `command "${c.name}"`;
    if (!NAME.test(c.name)) problems.push(`${where}: name must match ${NAME} (Telegram and Discord)`);
    if (names.has(c.name)) problems.push(`${where}: declared twice`);
    names.add(c.name);
    if (c.button && codes.has(c.button.code)) problems.push(`${where}: button code "${c.button.code}" used twice`);
    if (c.button) codes.add(c.button.code);
    if (c.description.length < 1 || c.description.length > 100)
      problems.push(`${where}: description must be 1-100 characters, is ${c.description.length}`);
    let specs: OptionSpec[] = [];
    try {
      specs = describeOptions(c.options);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
    }
    // Discord adds an attachment option named `file` to the command that takes files.
    if (specs.length > (c.takesFile ? 24 : 25))
      problems.push(`${where}: at most ${c.takesFile ? '24 options besides the file' : '25 options'} (Discord)`);
    if (c.takesFile && specs.some((o) => o.name === 'file'))
      problems.push(`${where}: takes files, so no option of its own may be named "file" (Discord)`);
    if (c.takesFile && commands.some((other) => other !== c && other.takesFile))
      problems.push(`${where}: another command takes files too; files sent alone go to one command`);
    if (c.main !== undefined && !specs.some((o) => o.name === c.main))
      problems.push(`${where}: main option "${c.main}" is not one of its options`);
    if (c.button && !/^[a-z]{2}$/.test(c.button.code))
      problems.push(`${where}: button code "${c.button.code}" must be two lower-case letters`);
    if (c.button && ['pg', 'ab'].includes(c.button.code))
      problems.push(`${where}: button code "${c.button.code}" is reserved for pages and abstracts`);
    let optionalSeen = false;
    for (const o of specs) {
      if (!OPTION_NAME.test(o.name)) problems.push(`${where}: option "${o.name}" must match ${OPTION_NAME}`);
      if (o.description.length < 1 || o.description.length > 100)
        problems.push(`${where}: option "${o.name}" description must be 1-100 characters`);
      if (o.choices && o.choices.length > 25)
        problems.push(`${where}: option "${o.name}" has more than 25 choices (Discord)`);
      if (!o.required) optionalSeen = true;
      else if (optionalSeen)
        problems.push(`${where}: required option "${o.name}" comes after an optional one (Discord)`);
    }
  }
  return problems;
}

/** Where to see the commands, as a hint: the command that lists them, or none. */
export function commandsHint(commands: readonly AnyCommand[], topic?: string): string | undefined {
  const help = commands.find((c) => c.listsCommands);
  if (!help) return undefined;
  return topic ? `See /${help.name} ${topic}` : `Type /${help.name} to see the commands.`;
}

/** The option a command's plain text, buttons and first free word fill. */
export function mainOption(command: AnyCommand): string | undefined {
  return command.main ?? describeOptions(command.options)[0]?.name;
}

/** The help entry of a command. */
export function commandHelp(c: AnyCommand): CommandHelp {
  return { name: c.name, description: c.description, options: describeOptions(c.options), examples: c.examples ?? [] };
}

/** Refuses `what` (a command, or one of its actions) to a member of a group or channel who is no administrator. */
export async function requireAdmin(chat: ChatContext | undefined, what: string): Promise<void> {
  if (!chat || chat.kind === 'private' || (await chat.isAdmin())) return;
  throw new UserError(
    `Only administrators can use ${what} in this ${chat.kind}.`,
    chat.platform === 'discord' ? 'It needs the Manage Channels permission.' : 'Ask a group administrator.',
  );
}

/** The reply users see when something unexpected went wrong; the details go to the log only. */
export const GENERIC_FAILURE = 'Sorry, something went wrong on my side. Please try again in a moment.';

/**
 * Validates raw arguments against a command's schema and runs it. Always returns a reply:
 * invalid arguments and UserErrors become error replies; anything else is logged and the
 * user sees a short generic message.
 */
export async function executeCommand(
  command: AnyCommand,
  args: Record<string, unknown>,
  ctx: CommandContext,
  log: Log,
): Promise<Reply> {
  const parsed = command.options.safeParse(args);
  if (!parsed.success) {
    return errorReply(
      describeIssue(parsed.error.issues, describeOptions(command.options), args),
      commandsHint(ctx.commands, command.name),
    );
  }
  try {
    if (command.chatOnly && !ctx.chat) {
      return errorReply(
        `/${command.name} works in a chat: Telegram, Discord, or the console chat (npm start).`,
        'Run it in the chat it is for: its digests and sources belong to that chat.',
      );
    }
    if (command.adminOnly) await requireAdmin(ctx.chat, `/${command.name}`);
    return await command.run(parsed.data, ctx);
  } catch (err) {
    if (err instanceof UserError) return errorReply(err.message, err.hint);
    log.error({ err, command: command.name }, 'command failed');
    return errorReply(GENERIC_FAILURE);
  }
}
