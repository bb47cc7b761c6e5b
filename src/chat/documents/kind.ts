import type { DocumentBody } from '../document.js';
import type { Reply } from '../reply.js';

export type ReplyOf<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** How the platform a document is for shows lists and takes commands. */
export interface DocumentOptions {
  /** The token page state is kept under, for Prev/Next buttons. */
  pageToken?: string;
  /** Authors named in a list entry before "+N" (a terminal line has room for three). */
  listAuthors?: number;
  /** How help spells a command: `/search <query> [--limit N]` or `/search query: [limit:]`. */
  commandStyle?: 'text' | 'slash';
  /** What help says about asking without a command, in the platform's words. */
  howToAsk?: string;
}

/** What a kind's document builder is given: the options, with defaults, and the people the reply is about. */
export interface DocumentContext {
  listAuthors: number;
  commandStyle: 'text' | 'slash';
  howToAsk?: string;
  /** Name keys of the people asked about: list entries keep them visible. */
  keep: ReadonlySet<string>;
}

/** One kind of reply: its document, and its structured form for `--json`. */
export interface ReplyKind<K extends Reply['kind']> {
  document(reply: ReplyOf<K>, context: DocumentContext): DocumentBody;
  json(reply: ReplyOf<K>): Record<string, unknown>;
}
