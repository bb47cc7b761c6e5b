import { plural } from '../../base/plural.js';
import { type Block, paragraph } from '../document.js';
import { FIELD_LIMITS, clip } from '../format.js';
import type { ReplyKind } from './kind.js';

/** The people a name could mean; where commands are typed, the one to try with the first. */
export const candidatesKind: ReplyKind<'candidates'> = {
  document: (reply, context) => {
    const first = reply.candidates[0];
    const blocks: Block[] = [
      { type: 'list', items: reply.candidates.map((c) => [`${c.name} (${plural(c.paperCount, 'paper')})`]) },
      ...(first && context.commandStyle === 'text' ? [paragraph(`Try: /${reply.command} ${first.name}`)] : []),
    ];
    return { title: { text: clip(reply.title, FIELD_LIMITS.title) }, blocks };
  },
  json: (reply) => ({
    kind: reply.kind,
    query: reply.query,
    didYouMean: reply.didYouMean,
    candidates: reply.candidates,
  }),
};
