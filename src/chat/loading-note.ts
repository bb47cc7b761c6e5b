import type { ListingOrigin } from '../listing/listing-origin.js';
import type { Reply } from './reply.js';

/**
 * A reply given while the listing's first fetch from arXiv is under way, saying so: its answer is
 * over the papers served so far (none of the query's yet), not over what is being fetched.
 */
export function withLoadingNote(reply: Reply, origin: ListingOrigin | undefined): Reply {
  const q = origin?.arxiv;
  if (!q?.fetching) return reply;
  const note = `Still fetching ${q.query} from arXiv (${q.fetching.fetched.toLocaleString('en')} of ${q.fetching.target.toLocaleString('en')} papers so far); its papers are served once fetched.`;
  switch (reply.kind) {
    case 'papers':
      return { ...reply, notes: [...(reply.notes ?? []), note] };
    case 'answer':
      return { ...reply, answer: `${reply.answer}\n${note}` };
    case 'text':
      return { ...reply, text: `${reply.text}\n${note}` };
    case 'error':
      return { ...reply, hint: reply.hint ? `${reply.hint} ${note}` : note };
    default:
      // Stats and help name the listing's source, which says how far the fetch is.
      return reply;
  }
}
