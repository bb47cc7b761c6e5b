import { askedAuthors } from '../search/asked-authors.js';
import type { PaperIndex } from '../search/paper-index.js';
import { parseQuery } from '../search/query.js';
import type { Outgoing } from './turn.js';

/** Papers offered per inline answer: Telegram shows at most 50. */
export const INLINE_BATCH = 50;
/** An inline query is searched on its first 300 characters, as /search reads at most that. */
const MAX_QUERY = 300;

/** Papers for an inline query from `offset` (the newest when nothing is typed), with the people asked about. */
export function inlinePapers(index: PaperIndex, query: string, offset: number): Extract<Outgoing, { kind: 'inline' }> {
  const typed = query.trim().slice(0, MAX_QUERY);
  const from = Number.isInteger(offset) && offset > 0 ? offset : 0;
  const papers = typed
    ? index.search(typed, { typing: true }).hits.map((h) => ({ paper: h.paper, snippet: h.snippet }))
    : index.newest.map((paper) => ({ paper }));
  const items = papers.slice(from, from + INLINE_BATCH);
  const filters = typed ? parseQuery(typed).authors : [];
  const asked = askedAuthors(
    index.authors,
    filters,
    items.map((p) => p.paper),
  );
  const next = from + items.length < papers.length ? String(from + items.length) : '';
  return { kind: 'inline', items, asked, next };
}
