import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { UserError } from '../../base/errors.js';
import type { DigestService } from '../../digest/digest-service.js';
import type { IncomingFile } from '../../chat/incoming-file.js';
import type { ChatListings } from '../../sources/chat-listings.js';
import type { Log } from '../../base/log.js';
import type { AnyCommand, ChatContext, CommandContext } from '../../chat/command.js';
import type { LiveIndex } from '../../search/live-index.js';
import { type Reply, errorReply } from '../../chat/reply.js';
import { ChatPipeline } from '../../chat/pipeline.js';
import type { Incoming, Outgoing, Turn } from '../../chat/turn.js';
import { TypedPaging, pageWord } from '../../chat/typed-paging.js';
import { CONSOLE_LIMITS } from './limits.js';
import { renderText } from './render.js';

/** What the console chat needs. */
export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  live: LiveIndex;
  commands: readonly AnyCommand[];
  log: Log;
  /** Shown once on a terminal, before the first prompt. */
  banner?: string;
  /** Digest subscriptions of the console chat, when a store is open. */
  digests?: DigestService;
  /** The console chat's own sources, when a store is open. */
  listings?: ChatListings;
  /** Whether to show a prompt and banner; defaults to whether input is a terminal. */
  interactive?: boolean;
  now?: () => Date;
}

/** The console as a chat: one private chat whose one user administers it. */
export const CONSOLE_CHAT: ChatContext = {
  platform: 'console',
  chatId: 'console',
  kind: 'private',
  userId: 'console',
  isAdmin: async () => true,
};

/** A file named on a console line, read when the command asks for it. */
function localFile(path: string): IncomingFile {
  return {
    name: basename(path),
    get size() {
      return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    },
    read: async () => {
      try {
        return await readFile(path);
      } catch (err) {
        throw new UserError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
      }
    },
  };
}

/** A line of the console as a turn of the pipeline: one chat, one user, no rate limit. */
function consoleTurn(incoming: Incoming, options: ConsoleOptions, send: (out: Outgoing) => Promise<void>): Turn {
  const context = (): CommandContext => ({
    ...options.live.snapshot(),
    platform: 'console',
    commands: options.commands,
    now: options.now ?? (() => new Date()),
    openFile: localFile,
    ...(options.digests ? { chat: CONSOLE_CHAT, digests: options.digests } : {}),
  });
  return { platform: 'console', incoming, chatId: 'console', context, send };
}

/**
 * The console chat: each line is a command ("/search ...") or plain text, answered in order.
 * On a terminal it shows a prompt; otherwise it answers line by line. Resolves when input ends
 * (Ctrl-D) or on Ctrl-C.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const interactive = options.interactive ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
    crlfDelay: Infinity,
  });
  const write = (text: string) => options.output.write(`${text}\n`);
  if (interactive) {
    rl.setPrompt('arxivist> ');
    rl.on('SIGINT', () => rl.close());
    if (options.banner) write(options.banner);
    rl.prompt();
  }
  const pipeline = new ChatPipeline({
    commands: options.commands,
    live: options.live,
    log: options.log,
    ...(options.listings ? { listings: options.listings } : {}),
  });
  const paging = new TypedPaging();
  const show = (reply: Reply) => write(`${renderText(reply, options.commands, { pageWords: true })}\n`);
  const send = async (out: Outgoing): Promise<void> => {
    paging.shown(out);
    show(out.kind === 'notice' ? errorReply(out.text) : out.kind === 'inline' ? errorReply('Unexpected.') : out.reply);
  };
  for await (const line of rl) {
    if (line.length > CONSOLE_LIMITS.maxLineLength) {
      show(errorReply(`That line is ${line.length} characters long; I read at most ${CONSOLE_LIMITS.maxLineLength}.`));
    } else if (line.trim()) {
      const word = pageWord(line);
      const next = word ? paging.turn(word) : { incoming: { kind: 'line' as const, text: line } };
      if ('incoming' in next) await pipeline.handle(consoleTurn(next.incoming, options, send));
      else show(next.refused);
    }
    if (interactive) rl.prompt();
  }
  if (interactive) write('');
}
