import { counted, plural } from '../base/plural.js';
import type { FileRead, Followed, SourceView } from '../sources/source-views.js';
import type { Platform } from './command.js';
import type { Reply } from './reply.js';

/** Problems of a file named in the reply; the rest are counted. */
const PROBLEMS_SHOWN = 5;

/** Said when a chat's first source replaces the bot's listing. */
const OWN_NOW =
  "This chat is now served only its own sources (see /listing); /listing reset returns to the bot's listing.";

/** How a listing file reaches the bot on this platform. */
export function howToSendFile(platform: Platform): string {
  switch (platform) {
    case 'telegram':
      return 'send the .txt or .html file as a document with the caption /listing';
    case 'discord':
      return 'use /listing add with the file in its file option';
    default:
      return 'type /listing add PATH';
  }
}

/** How a chat gets sources of its own, in a sentence. */
export function howToAdd(platform: Platform): string {
  return `Follow an arXiv query with /follow cat:cs.DC, or add a listing file copied or saved from arxiv.org: ${howToSendFile(platform)}.`;
}

/** "2,000". */
const n = (count: number) => count.toLocaleString('en');

/** What /follow did: arXiv's total, what the chat will be served, and what the first fetch costs. */
export function followedReply(followed: Followed, firstSource: boolean): Reply {
  const { query, total, following, requests } = followed;
  const served = following < total ? `the newest ${n(following)}` : `all ${n(following)}`;
  if (followed.already)
    return {
      kind: 'text',
      text: `This chat follows ${query} already: ${counted(total, 'paper')} on arXiv; it is served ${served}.`,
    };
  const lines = [
    `Following ${query}: ${counted(total, 'paper')} on arXiv; this chat will be served ${served} once fetched (about ${plural(requests, 'request')}, 3 s apart).`,
    ...(firstSource ? [OWN_NOW] : []),
  ];
  return { kind: 'text', text: lines.join('\n') };
}

/** "1. au:Mahajan, 2. gpt.txt". */
const numbered = (sources: readonly SourceView[]) => sources.map((s) => `${s.n}. ${s.label}`).join(', ');

/** What /unfollow removed, and what the chat is served now (numbers move up after a removal). */
export function unfollowedReply(removed: readonly SourceView[], remaining: readonly SourceView[]): Reply {
  const [one] = removed;
  const what =
    removed.length === 1 && one
      ? one.kind === 'query'
        ? `No longer following ${one.label}.`
        : `Removed the listing file ${one.label}.`
      : `Removed ${plural(removed.length, 'source')}: ${removed.map((s) => s.label).join(', ')}.`;
  const now = remaining.length
    ? `This chat is served ${numbered(remaining)} now.`
    : "This chat is served the bot's listing again.";
  return { kind: 'text', text: `${what}\n${now}` };
}

/** What a listing file gave: papers read, the one it replaced, its first problems one a line. */
export function fileReadReply(read: FileRead, firstSource: boolean): Reply {
  const replaced = read.replaced ? `, replacing the earlier ${read.name}` : '';
  const problems = read.problems.length ? `; ${plural(read.problems.length, 'problem')}:` : '.';
  const more = read.problems.length - PROBLEMS_SHOWN;
  const lines = [
    `Loaded ${counted(read.papers, 'paper')} from ${read.name}${replaced}${problems}`,
    ...read.problems.slice(0, PROBLEMS_SHOWN),
    ...(more > 0 ? [`and ${more} more`] : []),
    ...(firstSource ? [OWN_NOW] : []),
  ];
  return { kind: 'text', text: lines.join('\n') };
}

/** What /listing reset did. */
export function resetReply(removed: number): Reply {
  return {
    kind: 'text',
    text: removed
      ? `This chat is served the bot's listing again (removed ${plural(removed, 'source')}).`
      : "This chat has no sources of its own: it is served the bot's listing already.",
  };
}
