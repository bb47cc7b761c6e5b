import { plural } from '../../base/plural.js';
import { FIELD_LIMITS, clip } from '../format.js';
import type { ReplyKind } from './kind.js';

/** An author's coauthors with their shared paper counts. */
export const coauthorsKind: ReplyKind<'coauthors'> = {
  document: (reply) => ({
    title: {
      text: clip(
        `${reply.name}: ${plural(reply.coauthors.length, 'coauthor')} over ${plural(reply.paperCount, 'paper')}`,
        FIELD_LIMITS.title,
      ),
    },
    blocks: [{ type: 'list', items: reply.coauthors.map((a) => [`${a.name}: ${plural(a.count, 'shared paper')}`]) }],
  }),
  json: (reply) => ({
    kind: reply.kind,
    author: { name: reply.name, paperCount: reply.paperCount, coauthors: reply.coauthors },
  }),
};
