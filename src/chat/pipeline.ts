import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';
import type { Log } from '../base/log.js';
import type { Metrics } from '../base/metrics.js';
import { MemoryState, type SharedState } from '../base/shared-state.js';
import type { LiveIndex } from '../search/live-index.js';
import type { ChatListings } from '../sources/chat-listings.js';
import {
  type AnyCommand,
  type CommandContext,
  GENERIC_FAILURE,
  commandsHint,
  executeCommand,
  mainOption,
} from './command.js';
import { chatRefOf } from './chat-ref.js';
import { dropDuplicates, limitRate } from './guard-steps.js';
import { inlinePapers } from './inline-papers.js';
import { PageStore } from './page-store.js';
import { pressButton } from './press-button.js';
import { type Reply, errorReply } from './reply.js';
import { withActions } from './reply-actions.js';
import { withLoadingNote } from './loading-note.js';
import { parseTextArgs, splitCommandLine } from './text-args.js';
import { type Turn, compose } from './turn.js';

/** Options of {@link ChatPipeline}. */
export interface PipelineOptions {
  commands: readonly AnyCommand[];
  live: LiveIndex;
  log: Log;
  /** The per-user limit: a limiter (shared by every instance on PostgreSQL), or commands per window in memory (default 20 a minute). */
  rateLimit?: RateLimiterAbstract | { max: number; windowMs: number };
  /** Where button state and handled update ids live: the shared store when several instances serve one bot. */
  state?: SharedState;
  metrics?: Metrics;
  /** Each chat's own sources: a chat that has some is served their papers. */
  listings?: ChatListings;
}

/**
 * The one way from a platform event to its answer, for every platform and the console: drop
 * duplicates → rate limit → route (command, typed command, line, plain text, a file, button, inline query)
 * → validate and run → offer buttons and keep page state → send. Adapters only build the turn
 * (what came in, and how to send) and carry out what is sent.
 */
export class ChatPipeline {
  /** Takes one turn through every step; never throws for a failed command (the user gets a reply). */
  readonly handle: (turn: Turn) => Promise<void>;
  readonly pages: PageStore;

  constructor(private readonly options: PipelineOptions) {
    const state = options.state ?? new MemoryState();
    this.pages = new PageStore(state);
    const limit = options.rateLimit ?? { max: 20, windowMs: 60_000 };
    const limiter =
      'consume' in limit ? limit : new RateLimiterMemory({ points: limit.max, duration: limit.windowMs / 1000 });
    this.handle = compose([dropDuplicates(state, options.log), limitRate(limiter), (turn) => this.route(turn)]);
  }

  get commands(): readonly AnyCommand[] {
    return this.options.commands;
  }

  command(name: string): AnyCommand | undefined {
    return this.options.commands.find((c) => c.name === name);
  }

  private async route(turn: Turn): Promise<void> {
    const incoming = turn.incoming;
    switch (incoming.kind) {
      case 'command':
        return this.reply(turn, await this.runNamed(incoming.name, incoming.args, turn));
      case 'typed': {
        const command = this.command(incoming.name);
        const args = command ? parseTextArgs(command, incoming.rest) : {};
        return this.reply(turn, await this.runNamed(incoming.name, args, turn));
      }
      case 'line':
        return this.reply(turn, await this.line(incoming.text, turn));
      case 'text':
        return this.reply(turn, turn.file ? await this.file(turn) : await this.text(incoming.text, turn));
      case 'button':
        return turn.send(await pressButton(this, incoming.data, turn));
      case 'inline':
        return turn.send(await this.inline(incoming.query, incoming.offset));
    }
  }

  /** Validates and runs a command, counted in the metrics: always a reply, never a throw. */
  async execute(command: AnyCommand, args: Record<string, unknown>, turn: Turn): Promise<Reply> {
    const started = performance.now();
    const ctx = await this.contextOf(turn).catch((err: unknown) => {
      this.options.log.error({ err, command: command.name }, "the chat's listing could not be read");
    });
    if (!ctx) return errorReply(GENERIC_FAILURE);
    const ran = await executeCommand(command, args, ctx, this.options.log);
    // The origin is as it was before the command ran: one that changed the sources would be told of the old ones.
    const reply = command.managesSources ? ran : withLoadingNote(ran, ctx.origin);
    const outcome = reply.kind !== 'error' ? 'ok' : reply.message === GENERIC_FAILURE ? 'failed' : 'refused';
    this.options.metrics?.command(command.name, outcome, (performance.now() - started) / 1000);
    return withActions(reply, this.options.commands);
  }

  /** The context a command runs in: the turn's, served the chat's own papers when it has sources. */
  async contextOf(turn: Turn): Promise<CommandContext> {
    const ctx = turn.file ? { ...turn.context(), file: turn.file } : turn.context();
    const listings = this.options.listings;
    if (!listings) return ctx;
    const view = await listings.view(chatRefOf(ctx));
    return { ...ctx, index: view.index, ...(view.origin ? { origin: view.origin } : {}), listings };
  }

  private async runNamed(name: string, args: Record<string, unknown>, turn: Turn): Promise<Reply> {
    const command = this.command(name);
    if (command) return this.execute(command, args, turn);
    const shown = name.length > 40 ? `${name.slice(0, 39)}…` : name;
    return errorReply(`Unknown command /${shown}.`, commandsHint(this.commands));
  }

  /** Plain text addressed to the bot: the command that takes text runs on it (a question). */
  private async text(text: string, turn: Turn): Promise<Reply> {
    const command = this.options.commands.find((c) => c.takesText);
    const main = command && mainOption(command);
    if (!command || !main) return errorReply('I take commands only here.', commandsHint(this.commands));
    if (!text.trim()) return errorReply('Yes? Ask me something about the papers.', 'For example: who wrote Pimba?');
    return this.execute(command, { [main]: text.trim() }, turn);
  }

  /** A file sent with no command (a document in a private chat): the command that takes files runs with it. */
  private async file(turn: Turn): Promise<Reply> {
    const command = this.options.commands.find((c) => c.takesFile);
    if (!command) return errorReply('I read no files here.', commandsHint(this.commands));
    return this.execute(command, {}, turn);
  }

  /** A line of a text chat: "/name args" runs that command, anything else is plain text. */
  private async line(text: string, turn: Turn): Promise<Reply> {
    const input = text.trim();
    const line = splitCommandLine(input);
    if (!line && input.startsWith('/'))
      return errorReply(`"${input.split(/\s/)[0]}" is not a command.`, commandsHint(this.commands));
    if (!line) return this.text(input, turn);
    const command = this.command(line.name);
    return this.runNamed(line.name, command ? parseTextArgs(command, line.rest) : {}, turn);
  }

  private async inline(query: string, offset: number) {
    const started = performance.now();
    const out = inlinePapers(this.options.live.current, query, offset);
    this.options.metrics?.command('inline', 'ok', (performance.now() - started) / 1000);
    return out;
  }

  /** Sends a reply; a list of several pages keeps its state under a token for its Prev/Next buttons. */
  private async reply(turn: Turn, reply: Reply): Promise<void> {
    const pageToken = await this.pageToken(reply, turn.chatId);
    await turn.send(pageToken ? { kind: 'reply', reply, pageToken } : { kind: 'reply', reply });
  }

  /** The token a paged reply's state is kept under; none for a single page or outside a chat. */
  async pageToken(reply: Reply, chatId: string | undefined): Promise<string | undefined> {
    if (reply.kind !== 'papers' || !reply.paging || reply.paging.pageCount <= 1 || chatId === undefined)
      return undefined;
    return this.pages.put({ command: reply.paging.command, args: reply.paging.args, chatId });
  }
}
