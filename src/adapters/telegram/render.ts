import { type Button as ChatButton, type ReplyButtons, replyButtons } from '../../chat/buttons.js';
import { askedAbout } from '../../chat/format.js';
import type { Reply } from '../../chat/reply.js';
import { escapeHtml } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { authorBlocks, paperDetailBlocks, papersBlocks } from './paper-blocks.js';
import {
  answerBlocks,
  candidatesBlocks,
  coauthorsBlocks,
  errorBlocks,
  helpBlocks,
  statsBlocks,
  textBlocks,
} from './summary-blocks.js';

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

/** The reply's blocks packed into messages, the keyboard on the last. */
function withKeyboard(blocks: string[], keyboard: Button[][]): TelegramMessage[] {
  const htmls = pack(blocks);
  return htmls.map((html, i) =>
    i === htmls.length - 1 && keyboard && keyboard.length ? { html, keyboard } : { html },
  );
}

/** One entry as a code block when it fits a message; else every entry as a .bib file. */
function bibtexMessages(reply: Extract<Reply, { kind: 'bibtex' }>, keyboard: Button[][]): TelegramMessage[] {
  const [only] = reply.entries;
  const block = only
    ? `<b>${escapeHtml(reply.title)}</b>\n<pre><code class="language-bibtex">${escapeHtml(only.text)}</code></pre>`
    : '';
  if (reply.entries.length === 1 && block.length <= TELEGRAM_LIMITS.messageLength)
    return withKeyboard([block], keyboard);
  const name = reply.entries.length === 1 && only ? `${only.key}.bib` : 'references.bib';
  const content = `${reply.entries.map((e) => e.text).join('\n\n')}\n`;
  return [{ html: escapeHtml(reply.title).slice(0, TELEGRAM_LIMITS.caption), document: { name, content } }];
}

/** The HTML blocks of every reply but a bibtex one. */
function blocksOf(reply: Exclude<Reply, { kind: 'bibtex' }>, keep: ReadonlySet<string>): string[] {
  switch (reply.kind) {
    case 'text':
      return textBlocks(reply);
    case 'papers':
      return papersBlocks(reply, keep);
    case 'paper':
      return paperDetailBlocks(reply);
    case 'author':
      return authorBlocks(reply, keep);
    case 'coauthors':
      return coauthorsBlocks(reply);
    case 'candidates':
      return candidatesBlocks(reply);
    case 'stats':
      return statsBlocks(reply);
    case 'help':
      return helpBlocks(reply);
    case 'answer':
      return answerBlocks(reply, keep);
    case 'error':
      return errorBlocks(reply);
  }
}

/**
 * Renders a reply as Telegram messages in HTML parse mode: every piece of listing or user text
 * escaped, each message within Telegram's length limit, split between papers when long.
 */
export function renderTelegram(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const keyboard = keyboardOf(replyButtons(reply, options.pageToken));
  if (reply.kind === 'bibtex') return bibtexMessages(reply, keyboard);
  return withKeyboard(blocksOf(reply, askedAbout(reply)), keyboard);
}
