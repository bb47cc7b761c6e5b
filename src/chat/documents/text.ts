import { paragraph } from '../document.js';
import { FIELD_LIMITS, clip } from '../format.js';
import type { ReplyKind } from './kind.js';

/** A plain text reply: its title, if any, and the text line by line. */
export const textKind: ReplyKind<'text'> = {
  document: (reply) => ({
    ...(reply.title ? { title: { text: clip(reply.title, FIELD_LIMITS.title) } } : {}),
    blocks: [paragraph(...reply.text.split('\n'))],
  }),
  json: (reply) => ({ kind: reply.kind, title: reply.title, text: reply.text }),
};
