import { encodeButton } from './buttons.js';
import { type Paging, type Reply, errorReply } from './reply.js';
import type { Incoming, Outgoing } from './turn.js';

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

  /** Remembers what was just shown: a list replaces the last one; other replies leave it. */
  shown(out: Outgoing): void {
    if ((out.kind !== 'reply' && out.kind !== 'page') || out.reply.kind !== 'papers') return;
    const paging = out.reply.paging;
    this.last = out.pageToken && paging ? { paging, token: out.pageToken } : null;
  }

  /** The button press a page word stands for, or why there is no such page. */
  turn(word: 'next' | 'prev'): { incoming: Incoming } | { refused: Reply } {
    const refused = (reply: Reply) => ({ refused: reply });
    if (this.last === undefined)
      return refused(errorReply('There is no list to page.', 'Type next after a list that has more pages.'));
    if (this.last === null) return refused(errorReply('That list has only one page.'));
    const { paging, token } = this.last;
    const page = paging.page + (word === 'next' ? 1 : -1);
    if (page > paging.pageCount)
      return refused(errorReply(`That was the last page (${paging.page} of ${paging.pageCount}).`));
    if (page < 1) return refused(errorReply(`That was the first page (1 of ${paging.pageCount}).`));
    return { incoming: { kind: 'button', data: encodeButton({ kind: 'page', token, page }) } };
  }
}
