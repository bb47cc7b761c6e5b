import { replyButtons } from '../buttons.js';
import type { ReplyDocument } from '../document.js';
import { askedAbout } from '../format.js';
import type { Reply } from '../reply.js';
import { answerKind } from './answer.js';
import { authorKind } from './author.js';
import { bibtexKind } from './bibtex.js';
import { candidatesKind } from './candidates.js';
import { coauthorsKind } from './coauthors.js';
import { errorKind } from './error.js';
import { helpKind } from './help.js';
import type { DocumentOptions, ReplyKind } from './kind.js';
import { paperKind } from './paper.js';
import { papersKind } from './papers.js';
import { sourcesKind } from './sources.js';
import { statsKind } from './stats.js';
import { textKind } from './text.js';

export type { DocumentOptions } from './kind.js';

/** Every kind of reply, by name: a new kind is a compile error here until it has its file. */
const KINDS: { [K in Reply['kind']]: ReplyKind<K> } = {
  text: textKind,
  papers: papersKind,
  paper: paperKind,
  author: authorKind,
  coauthors: coauthorsKind,
  candidates: candidatesKind,
  stats: statsKind,
  help: helpKind,
  sources: sourcesKind,
  answer: answerKind,
  bibtex: bibtexKind,
  error: errorKind,
};

/** The file that handles this reply's kind. */
// One lookup for the whole union: TypeScript cannot tie KINDS[reply.kind] to reply's own kind.
export const replyKind = (reply: Reply) => KINDS[reply.kind] as ReplyKind<Reply['kind']>;

/** A reply as a platform-neutral document, with its buttons. */
export function replyDocument(reply: Reply, options: DocumentOptions = {}): ReplyDocument {
  const body = replyKind(reply).document(reply, {
    listAuthors: options.listAuthors ?? 2,
    commandStyle: options.commandStyle ?? 'text',
    ...(options.howToAsk ? { howToAsk: options.howToAsk } : {}),
    keep: askedAbout(reply),
  });
  return { ...body, tone: body.tone ?? 'normal', buttons: replyButtons(reply, options.pageToken) };
}
