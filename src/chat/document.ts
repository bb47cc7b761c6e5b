import type { ReplyButtons } from './buttons.js';
import type { Paging } from './reply.js';

/** A run of text with its inline markup; backends escape the text for their platform. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  href?: string;
}

/** One line of a document: plain strings and marked-up spans. */
export type Line = (string | Span)[];

/** A paper as a list shows it: numbered title with its link, a short authors line, dates, id, snippet. */
export interface PaperEntry {
  n: number;
  title: string;
  url: string;
  id: string;
  /** The first authors and whoever the reply is about, "+N" for the rest. */
  authors: string;
  dates: string;
  snippet?: string;
}

/** A label and its value; `inline` asks platforms that can to show it beside its neighbours. */
export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

/** The parts a document is made of, in reading order. */
export type Block =
  /** A paragraph: lines kept together; a note is said in a quieter voice (italics, where the platform has them). */
  | { type: 'text'; lines: Line[]; tone?: 'note' }
  /** A labelled remark, said quietly: "Understood: the authors of …". */
  | { type: 'aside'; label: string; text: string }
  /** Short items, one a line (names, commands). */
  | { type: 'list'; items: Line[] }
  /** Papers, and how many more were left out. */
  | { type: 'papers'; entries: PaperEntry[]; more: number }
  /**
   * Labelled values; the fields of one row share a line where the platform lays text out in lines.
   * `stacked`: each value on its own line under its name (a list of commands and what they do).
   */
  | { type: 'fields'; rows: Field[][]; stacked?: boolean }
  | { type: 'links'; links: { label: string; url: string }[] }
  | { type: 'code'; language: string; text: string };

/** A file sent along with (or instead of) the text: the .bib file. */
export interface Attachment {
  name: string;
  content: string;
  /** A comment line put before the content where the file is printed as text (a terminal). */
  header?: string;
}

/**
 * What a reply says, without any platform's markup: a title, blocks, paging and buttons.
 * Every backend (Telegram HTML, Discord embeds, plain text) renders any document, and applies its
 * platform's limits there, once.
 */
export interface ReplyDocument {
  /** `subtitle`: said with the title, after a comma on its line where text flows in lines, under it in an embed. */
  title?: { text: string; url?: string; subtitle?: string };
  /** Said before everything else (Discord: the message content above the embed). */
  intro?: string;
  blocks: Block[];
  paging?: Paging;
  /** Small print under the reply (Discord: the embed footer). */
  footer?: Line;
  buttons: ReplyButtons;
  /** Sent as a file; the title goes with it as its caption. */
  attachment?: Attachment;
  /** Errors are shown only to whoever asked, where the platform can. */
  tone: 'normal' | 'error';
}

/** The parts of a document a kind of reply fills in: everything but its buttons. */
export type DocumentBody = Omit<ReplyDocument, 'buttons' | 'tone'> & { tone?: ReplyDocument['tone'] };

export const bold = (text: string, href?: string): Span => (href ? { text, bold: true, href } : { text, bold: true });
export const italic = (text: string): Span => ({ text, italic: true });
export const code = (text: string): Span => ({ text, code: true });
export const link = (text: string, href: string): Span => ({ text, href });

/** A text block of plain lines. */
export function paragraph(...lines: (string | Line)[]): Block {
  return { type: 'text', lines: lines.map((l) => (typeof l === 'string' ? [l] : l)) };
}

/** A note block: one line per note. */
export function notes(texts: readonly string[]): Block[] {
  return texts.length ? [{ type: 'text', tone: 'note', lines: texts.map((t) => [t]) }] : [];
}

/** The plain text of a line, markup dropped. */
export function plainText(line: Line): string {
  return line.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}
