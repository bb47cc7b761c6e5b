import type { AnyCommand } from '../../chat/command.js';
import { replyDocument } from '../../chat/documents/index.js';
import type { Paging, Reply } from '../../chat/reply.js';
import { formatCommandLine } from '../../chat/text-args.js';
import { documentText } from './document-text.js';

/** How a text reply says where a list stands: `pageWords` where "next" and "prev" page it (the console chat). */
export interface TextOptions {
  pageWords?: boolean;
}

const HOW_TO_ASK = 'Plain text without a slash is a question (/ask). /help <command> explains one command.';

/** Plain-text rendering of a reply, for the console chat and the CLI; `commands` lets it spell out next-page commands. */
export function renderText(reply: Reply, commands: readonly AnyCommand[] = [], options: TextOptions = {}): string {
  const doc = replyDocument(reply, { listAuthors: 3, howToAsk: HOW_TO_ASK });
  const paging = doc.paging;
  const pageLine = paging && (options.pageWords ? pageWordsLine(paging) : pageCommandLine(paging, commands));
  return withoutControls(documentText(doc, pageLine));
}

/** "Page 2 of 3. Type next for page 3, prev for page 1." */
function pageWordsLine(paging: Paging): string {
  const next = paging.page < paging.pageCount ? [`next for page ${paging.page + 1}`] : [];
  const prev = paging.page > 1 ? [`prev for page ${paging.page - 1}`] : [];
  return `Page ${paging.page} of ${paging.pageCount}. Type ${[...next, ...prev].join(', ')}.`;
}

/** "Page 1 of 3. Next: /search … --page 2", the command spelled out when it is known. */
function pageCommandLine(paging: Paging, commands: readonly AnyCommand[]): string {
  const command = commands.find((c) => c.name === paging.command);
  const next = paging.page < paging.pageCount ? paging.page + 1 : 1;
  const how = command ? formatCommandLine(command, { ...paging.args, page: next }) : `--page ${next}`;
  return `Page ${paging.page} of ${paging.pageCount}. ${next === 1 ? 'First page' : 'Next'}: ${how}`;
}

// C0 and C1 control characters but newline and tab: an escape sequence in a listing or in what a
// user typed must not reach the terminal (ESC [2J clears it).
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text for a terminal: control characters removed. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}
