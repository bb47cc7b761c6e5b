import type { AnyCommand } from '../src/chat/command.js';
import ask from './ask.js';
import bibtex from './bibtex.js';
import author from './author.js';
import coauthors from './coauthors.js';
import digest from './digest.js';
import follow from './follow.js';
import help from './help.js';
import latest from './latest.js';
import listing from './listing.js';
import paper from './paper.js';
import search from './search.js';
import similar from './similar.js';
import stats from './stats.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unfollow from './unfollow.js';
import unsubscribe from './unsubscribe.js';

/** Every chat command, in the order help and command menus show them. */
export const commands: readonly AnyCommand[] = [
  ask,
  search,
  author,
  coauthors,
  latest,
  paper,
  similar,
  bibtex,
  stats,
  listing,
  follow,
  unfollow,
  subscribe,
  unsubscribe,
  subscriptions,
  digest,
  help,
];

/** The command with this name, if any. */
export function findCommand(name: string): AnyCommand | undefined {
  return commands.find((c) => c.name === name);
}
