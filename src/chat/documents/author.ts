import { plural } from '../../base/plural.js';
import { formatDate } from '../../listing/dates.js';
import { type Block, notes } from '../document.js';
import { FIELD_LIMITS, clip, hiddenAuthorsNote } from '../format.js';
import { papersBlock } from './entries.js';
import type { ReplyKind } from './kind.js';
import { paperSummary } from './paper-json.js';

const TOP_COAUTHORS = 8;

/** An author's card: paper count and span of dates, top coauthors, the hidden-authors note, the papers. */
export const authorKind: ReplyKind<'author'> = {
  document: (reply, context) => {
    const c = reply.card;
    const top = c.coauthors
      .slice(0, TOP_COAUTHORS)
      .map((a) => `${a.name} (${a.count})`)
      .join(', ');
    const hidden = hiddenAuthorsNote(reply.hiddenAuthors, c.name);
    const blocks: Block[] = [
      ...(top
        ? [{ type: 'fields' as const, rows: [[{ name: 'Top coauthors', value: clip(top, FIELD_LIMITS.meta) }]] }]
        : []),
      ...notes(hidden ? [hidden] : []),
      papersBlock(
        c.papers.map((paper) => ({ paper })),
        context,
      ),
    ];
    const title = clip(`${c.name}: ${plural(c.paperCount, 'paper')}`, FIELD_LIMITS.title);
    return { title: { text: title, subtitle: `${formatDate(c.first)} to ${formatDate(c.last)}` }, blocks };
  },
  json: (reply) => ({
    kind: reply.kind,
    author: {
      name: reply.card.name,
      paperCount: reply.card.paperCount,
      first: reply.card.first,
      last: reply.card.last,
      papers: reply.card.papers.map((p) => paperSummary(p)),
      coauthors: reply.card.coauthors,
    },
    ...(reply.hiddenAuthors ? { hiddenAuthors: reply.hiddenAuthors } : {}),
  }),
};
