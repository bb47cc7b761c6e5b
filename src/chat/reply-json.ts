import { replyKind } from './documents/index.js';
import type { Reply } from './reply.js';

/**
 * The structured form of a reply, as `arxivist ... --json` prints it: the reply's own data (ids,
 * dates, scores, the typed query of /ask), not its document, so scripts keep their fields.
 */
export function replyToJson(reply: Reply): Record<string, unknown> {
  return replyKind(reply).json(reply);
}
