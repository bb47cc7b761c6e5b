import { type Line, italic } from '../document.js';
import type { ReplyKind } from './kind.js';

/** An error, with a hint on what to do instead. */
export const errorKind: ReplyKind<'error'> = {
  document: (reply) => {
    const lines: Line[] = [[reply.message], ...(reply.hint ? [[italic(reply.hint)]] : [])];
    return { tone: 'error', blocks: [{ type: 'text', lines }] };
  },
  json: (reply) => ({
    kind: reply.kind,
    error: { message: reply.message, ...(reply.hint ? { hint: reply.hint } : {}) },
  }),
};
