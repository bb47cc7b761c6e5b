import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Log } from '../base/log.js';
import type { Metrics } from '../base/metrics.js';
import type { SharedState } from '../base/shared-state.js';
import type { LiveIndex } from '../search/live-index.js';
import { type ButtonAction, decodeButton } from './buttons.js';
import { type AnyCommand, type CommandContext, GENERIC_FAILURE, executeCommand } from './command.js';
import { describeOptions } from './command-options.js';
import { PageStore } from './page-store.js';
import { type Reply, errorReply } from './reply.js';
import { parseTextArgs, splitCommandLine } from './text-args.js';

/** What a button press comes to; adapters only carry it out. */
export type PressOutcome =
  /** A short notice to the one who pressed (a toast, or an ephemeral message). */
  | { kind: 'notice'; text: string }
  /** Another page of the same list: replaces the message pressed, with buttons under `pageToken`. */
  | { kind: 'page'; reply: Reply; pageToken: string }
  /** A paper's abstract: shown to the one who pressed where the platform can, so a group is not flooded. */
  | { kind: 'abstract'; reply: Reply }
  /** A new reply in the chat. */
  | { kind: 'reply'; reply: Reply };

/** Options of {@link ChatInteractions}. */
export interface InteractionOptions {
  commands: readonly AnyCommand[];
  live: LiveIndex;
  log: Log;
  /** Commands a user may send per window (default 20 per minute). */
  rateLimit?: { max: number; windowMs: number };
  /** Where button state lives: the shared store when several instances serve one bot; else memory. */
  state?: SharedState;
  metrics?: Metrics;
}

/**
 * Everything the chat platforms share beyond commands: the per-user rate limit and its notice,
 * plain text and mentions routed to /ask, the state behind Prev/Next, and what each button does.
 * Adapters turn platform updates into these calls and the results into platform messages.
 */
export class ChatInteractions {
  private readonly pages: PageStore;
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly options: InteractionOptions) {
    const { max, windowMs } = options.rateLimit ?? { max: 20, windowMs: 60_000 };
    this.limiter = new RateLimiterMemory({ points: max, duration: windowMs / 1000 });
    this.pages = new PageStore(options.state);
  }

  /**
   * Whether a user may run a command now; when not, the notice to give: when they may go on, and
   * that nothing sent before then is answered. `repeated` is set after the first refusal of a
   * window, whose notice already said so: a chat then stays quiet, a notice only they see may be given again.
   */
  async admit(
    userId: string | undefined,
  ): Promise<{ allowed: true } | { allowed: false; notice: string; repeated: boolean }> {
    if (userId === undefined) return { allowed: true };
    try {
      await this.limiter.consume(userId);
      return { allowed: true };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      return {
        allowed: false,
        notice: `You're sending commands faster than I can keep up with. Try again in ${seconds} s; I don't answer what you send before then.`,
        // Refusals count as points too: the first one of a window is the one past the limit.
        repeated: refused.consumedPoints > this.limiter.points + 1,
      };
    }
  }

  command(name: string): AnyCommand | undefined {
    return this.options.commands.find((c) => c.name === name);
  }

  /** Validates and executes a command: always a reply, never a throw. Counted in the metrics. */
  async execute(command: AnyCommand, args: Record<string, unknown>, ctx: CommandContext): Promise<Reply> {
    const started = performance.now();
    const reply = await executeCommand(command, args, ctx, this.options.log);
    const outcome = reply.kind !== 'error' ? 'ok' : reply.message === GENERIC_FAILURE ? 'failed' : 'refused';
    this.options.metrics?.command(command.name, outcome, (performance.now() - started) / 1000);
    return reply;
  }

  /** Text addressed to the bot without a command (a private message, a mention, a reply): a question. */
  async question(text: string, ctx: CommandContext): Promise<Reply> {
    const ask = this.command('ask');
    const main = ask ? describeOptions(ask.options)[0] : undefined;
    if (!ask || !main) return errorReply('Type /help to see the commands.');
    if (!text.trim()) return errorReply('Yes? Ask me something about the papers.', 'For example: who wrote Pimba?');
    return this.execute(ask, { [main.name]: text.trim() }, ctx);
  }

  /**
   * A line typed in a text chat (the console): "/name args" runs that command, anything else is
   * a question. Null for a blank line.
   */
  async typed(text: string, ctx: CommandContext): Promise<Reply | null> {
    const input = text.trim();
    if (!input) return null;
    const line = splitCommandLine(input);
    if (!line && input.startsWith('/')) {
      return errorReply(`"${input.split(/\s/)[0]}" is not a command.`, 'Type /help to see the commands.');
    }
    if (!line) return this.question(input, ctx);
    const command = this.command(line.name);
    if (!command) return errorReply(`Unknown command /${line.name}.`, 'Type /help to see the commands.');
    return this.execute(command, parseTextArgs(command, line.rest), ctx);
  }

  /** The token to keep a paged reply's state under, for its Prev/Next buttons; none for a single page. */
  async pageToken(reply: Reply, chatId: string | undefined): Promise<string | undefined> {
    if (reply.kind !== 'papers' || !reply.paging || reply.paging.pageCount <= 1 || chatId === undefined)
      return undefined;
    return this.pages.put({ command: reply.paging.command, args: reply.paging.args, chatId });
  }

  /** What a press of a button with `data`, in chat `chatId`, does. */
  async press(data: string, ctx: CommandContext, chatId: string | undefined): Promise<PressOutcome> {
    const action: ButtonAction | undefined = decodeButton(data);
    const notice = (text: string): PressOutcome => ({ kind: 'notice', text });
    switch (action?.kind) {
      case 'page': {
        const state = await this.pages.get(action.token);
        if (!state) return notice('This button has expired. Please run the command again.');
        if (state.chatId !== chatId) return notice('This button belongs to another chat.');
        const command = this.command(state.command);
        if (!command) return notice('That command no longer exists.');
        const reply = await this.execute(command, { ...state.args, page: action.page }, ctx);
        return { kind: 'page', reply, pageToken: action.token };
      }
      case 'abstract': {
        const paper = this.options.live.current.get(action.paperId);
        if (!paper) return notice('That paper is no longer in the listing.');
        return { kind: 'abstract', reply: { kind: 'paper', paper } };
      }
      case 'paper': {
        const command = this.command(action.command);
        const main = command ? describeOptions(command.options)[0] : undefined;
        if (!command || !main) return notice('Unknown button.');
        if (!this.options.live.current.get(action.paperId)) return notice('That paper is no longer in the listing.');
        return { kind: 'reply', reply: await this.execute(command, { [main.name]: action.paperId }, ctx) };
      }
      case 'name': {
        const command = this.command(action.command);
        const main = command ? describeOptions(command.options)[0] : undefined;
        if (!command || !main) return notice('Unknown button.');
        return { kind: 'reply', reply: await this.execute(command, { [main.name]: action.name }, ctx) };
      }
      default:
        return notice('This button is not mine, or it is too old.');
    }
  }
}
