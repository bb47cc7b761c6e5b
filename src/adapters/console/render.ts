import type { AnyCommand } from '../../chat/command.js';
import { askedAbout } from '../../chat/format.js';
import type { Reply } from '../../chat/reply.js';
import { authorText, paperText, papersText } from './paper-text.js';
import { answerText, candidatesText, coauthorsText, helpText, statsText } from './summary-text.js';

/** How a text reply says where a list stands: `pageWords` where "next" and "prev" page it (the console chat). */
export interface TextOptions {
  pageWords?: boolean;
}

/** Plain-text rendering of a reply, for the console chat and the CLI; `commands` lets it spell out next-page commands. */
export function renderText(reply: Reply, commands: readonly AnyCommand[] = [], options: TextOptions = {}): string {
  return withoutControls(renderReply(reply, commands, options));
}

// C0 and C1 control characters but newline and tab: an escape sequence in a listing or in what a
// user typed must not reach the terminal (ESC [2J clears it).
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text for a terminal: control characters removed. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

function renderReply(reply: Reply, commands: readonly AnyCommand[], options: TextOptions): string {
  const keep = askedAbout(reply);
  switch (reply.kind) {
    case 'text':
      return reply.title ? `${reply.title}\n${reply.text}` : reply.text;
    case 'papers':
      return papersText(reply, keep, commands, Boolean(options.pageWords));
    case 'paper':
      return paperText(reply);
    case 'author':
      return authorText(reply, keep);
    case 'coauthors':
      return coauthorsText(reply);
    case 'candidates':
      return candidatesText(reply);
    case 'stats':
      return statsText(reply);
    case 'help':
      return helpText(reply);
    case 'answer':
      return answerText(reply, keep);
    case 'bibtex':
      // Valid as a .bib file as it is: `arxivist bibtex … > refs.bib`.
      return [`% ${reply.title}`, ...reply.entries.map((e) => e.text)].join('\n\n');
    case 'error':
      return reply.hint ? `${reply.message}\n${reply.hint}` : reply.message;
  }
}
