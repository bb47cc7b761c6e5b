import { encodeButton } from './buttons.js';
import type { CommandContext } from './command.js';
import type { ChatInteractions } from './interactions.js';
import { type Paging, type Reply, errorReply } from './reply.js';

/** A line asking for another page: "next" or "prev" ("previous"), with or without a slash, any case. */
export function pageWord(line: string): 'next' | 'prev' | null {
  const word = /^\/?(next|prev|previous)$/i.exec(line.trim())?.[1]?.toLowerCase();
  return word === undefined ? null : word === 'next' ? 'next' : 'prev';
}

/**
 * Prev and Next for a text chat (the console), which has no buttons: "next" and "prev" press the
 * buttons the last list shown would carry on Telegram or Discord, through the same page state.
 */
export class TypedPaging {
  /** The last list shown, with the token of its page state; null when it had a single page. */
  private last: { paging: Paging; token: string } | null | undefined;

  constructor(
    private readonly chat: ChatInteractions,
    private readonly chatId: string,
  ) {}

  /** Remembers a reply just shown: a list replaces the last one; other replies leave it. */
  async shown(reply: Reply): Promise<void> {
    if (reply.kind !== 'papers') return;
    const token = await this.chat.pageToken(reply, this.chatId);
    this.last = token && reply.paging ? { paging: reply.paging, token } : null;
  }

  /** The next or previous page of the last list, or why there is none. */
  async turn(word: 'next' | 'prev', ctx: CommandContext): Promise<Reply> {
    if (this.last === undefined)
      return errorReply('There is no list to page.', 'Type next after a list with more pages, such as /latest.');
    if (this.last === null) return errorReply('That list has only one page.');
    const { paging, token } = this.last;
    const page = paging.page + (word === 'next' ? 1 : -1);
    if (page > paging.pageCount) return errorReply(`That was the last page (${paging.page} of ${paging.pageCount}).`);
    if (page < 1) return errorReply(`That was the first page (1 of ${paging.pageCount}).`);
    const outcome = await this.chat.press(encodeButton({ kind: 'page', token, page }), ctx, this.chatId);
    if (outcome.kind === 'notice') return errorReply(outcome.text);
    if (outcome.reply.kind === 'papers' && outcome.reply.paging) this.last = { paging: outcome.reply.paging, token };
    return outcome.reply;
  }
}
