import type { Button as ChatButton, ReplyButtons } from '../../chat/buttons.js';
import type { ReplyDocument } from '../../chat/document.js';
import { replyDocument } from '../../chat/documents/index.js';
import type { Reply } from '../../chat/reply.js';
import { documentHtml } from './document-html.js';
import { escapedChunks } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';

/** An inline keyboard button. */
export interface Button {
  text: string;
  callback_data: string;
}

/** One Telegram message: HTML text and an optional inline keyboard. */
export interface TelegramMessage {
  /** The message's HTML, or a document's caption. */
  html: string;
  keyboard?: Button[][];
  /** A file to send with `html` as its caption (sendDocument). */
  document?: { name: string; content: string };
}

/** What the renderer needs to build buttons: the token of the stored page state, if any. */
export interface RenderOptions {
  pageToken?: string;
}

const HOW_TO_ASK = 'In a private chat, just write your question. In a group, mention me or reply to my message.';

/** A reply's buttons as an inline keyboard: abstracts in rows of five, Prev/Next, one row per name. */
function keyboardOf(buttons: ReplyButtons): Button[][] {
  const key = (b: ChatButton): Button => ({ text: b.label, callback_data: b.data });
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.abstracts.length; i += 5) rows.push(buttons.abstracts.slice(i, i + 5).map(key));
  for (let i = 0; i < buttons.similar.length; i += 5) rows.push(buttons.similar.slice(i, i + 5).map(key));
  if (buttons.paper.length > 0) rows.push(buttons.paper.map(key));
  const nav = buttons.nav.filter((b) => !b.disabled).map(key);
  if (nav.length > 0) rows.push(nav);
  for (const c of buttons.candidates) rows.push([key(c)]);
  return rows;
}

/** Splits an HTML block that is too long at line ends (each line is whole HTML). */
function splitLines(block: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

/** Packs blocks of HTML into as few messages as fit, splitting only between blocks or lines. */
export function pack(blocks: string[], max: number = TELEGRAM_LIMITS.messageLength): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => (b.length > max ? splitLines(b, max) : [b]))) {
    const next = current ? `${current}\n\n${block}` : block;
    if (next.length > max && current) {
      messages.push(current);
      current = block;
    } else current = next;
  }
  if (current) messages.push(current);
  return messages;
}

/** A document as messages: its HTML packed, the keyboard on the last; its file instead when the text does not fit one message. */
export function telegramMessages(doc: ReplyDocument): TelegramMessage[] {
  const keyboard = keyboardOf(doc.buttons);
  const htmls = pack(documentHtml(doc));
  if (doc.attachment && (doc.blocks.length === 0 || htmls.length > 1)) {
    const caption = escapedChunks(doc.title?.text ?? doc.attachment.name, TELEGRAM_LIMITS.caption)[0] ?? '';
    return [{ html: caption, document: { name: doc.attachment.name, content: doc.attachment.content } }];
  }
  return htmls.map((html, i) => (i === htmls.length - 1 && keyboard.length ? { html, keyboard } : { html }));
}

/**
 * Renders a reply as Telegram messages in HTML parse mode: every piece of listing or user text
 * escaped, each message within Telegram's length limit, split between papers when long.
 */
export function renderTelegram(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  return telegramMessages(replyDocument(reply, { ...options, howToAsk: HOW_TO_ASK }));
}
