import { notes } from '../document.js';
import { FIELD_LIMITS, clip } from '../format.js';
import { firstOnPage, papersBlock } from './entries.js';
import type { ReplyKind } from './kind.js';
import { paperSummary } from './paper-json.js';

/** A page of papers: intro, title, notes, the papers numbered on from earlier pages, and where the list stands. */
export const papersKind: ReplyKind<'papers'> = {
  document: (reply, context) => ({
    ...(reply.intro ? { intro: reply.intro } : {}),
    title: { text: clip(reply.title, FIELD_LIMITS.title) },
    blocks: [...notes(reply.notes ?? []), papersBlock(reply.items, context, { first: firstOnPage(reply.paging) })],
    ...(reply.paging && reply.paging.pageCount > 1 ? { paging: reply.paging } : {}),
  }),
  json: (reply) => ({
    kind: reply.kind,
    title: reply.title,
    ...(reply.intro ? { intro: reply.intro } : {}),
    papers: reply.items.map((i) => paperSummary(i.paper, i)),
    ...(reply.paging ? { page: reply.paging.page, pageCount: reply.paging.pageCount, total: reply.paging.total } : {}),
    ...(reply.notes?.length ? { notes: reply.notes } : {}),
  }),
};
