import type { CommandContext, Platform } from './command.js';
import type { IncomingFile } from './incoming-file.js';
import type { PaperItem, Reply } from './reply.js';

/** What came in, translated from a platform's event by its adapter. */
export type Incoming =
  /** A command with its options as the platform parsed them (Discord's slash commands). */
  | { kind: 'command'; name: string; args: Record<string, unknown> }
  /** A command typed as text: its name and the rest of the line, read by the command's options. */
  | { kind: 'typed'; name: string; rest: string }
  /** A line of a text chat: a command ("/search …"), "next"/"prev", or a question. */
  | { kind: 'line'; text: string }
  /** Plain text addressed to the bot: a private message, a mention, a reply to it. */
  | { kind: 'text'; text: string }
  /** A button pressed under one of the bot's messages. */
  | { kind: 'button'; data: string }
  /** An inline query (Telegram): papers to offer as the user types, from `offset`. */
  | { kind: 'inline'; query: string; offset: number };

/** What goes out, for the adapter to carry out in its platform's way. */
export type Outgoing =
  /** A reply in the chat; a paged one comes with the token its Prev/Next state is kept under. */
  | { kind: 'reply'; reply: Reply; pageToken?: string }
  /** A short notice to the one who acted (a toast, an ephemeral message, or a reply). */
  | { kind: 'notice'; text: string }
  /** Another page of a list: replaces the message whose button was pressed. */
  | { kind: 'page'; reply: Reply; pageToken: string }
  /** A paper's abstract: to the one who pressed where the platform can, so a group is not flooded. */
  | { kind: 'abstract'; reply: Reply }
  /** Papers for an inline query, the people asked about, and the offset of the next batch ('' at the end). */
  | { kind: 'inline'; items: PaperItem[]; asked: string[]; next: string };

/** One event on its way through the pipeline. */
export interface Turn {
  platform: Platform;
  incoming: Incoming;
  /** The platform's id of the update: a turn seen before is dropped. */
  updateId?: string | number;
  userId?: string;
  chatId?: string;
  /** A file that came with the message, for the command that takes files. */
  file?: IncomingFile;
  /** Notices reach only the user who acted (Discord's ephemeral replies), so they may be given each time. */
  privateNotices?: boolean;
  /** The context a command runs in, built when it runs (a reload may swap the index meanwhile). */
  context(): CommandContext;
  /** Carries out what the pipeline sends; a turn may send several times (a notice, then the reply). */
  send(out: Outgoing): Promise<void>;
}

/** A step of the pipeline: does its part, and calls `next` to go on (or not, to stop the turn). */
export type Step = (turn: Turn, next: () => Promise<void>) => Promise<void>;

/** Chains steps into one handler, as grammY composes middleware. */
export function compose(steps: readonly Step[]): (turn: Turn) => Promise<void> {
  const run = async (i: number, turn: Turn): Promise<void> => {
    const step = steps[i];
    if (step) await step(turn, () => run(i + 1, turn));
  };
  return (turn) => run(0, turn);
}
