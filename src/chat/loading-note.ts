import type { ListingOrigin } from '../listing/listing-origin.js';
import type { Reply } from './reply.js';

/** What is still being fetched, in a sentence; none when nothing is. */
export function loadingNote(origin: ListingOrigin): string | undefined {
  // A chat's query not fetched yet is on its way (the bot's own, unfetched, means arXiv failed: /stats says so).
  const notes: string[] = [];
  for (const q of [origin.arxiv, ...(origin.queries ?? [])]) {
    if (q?.fetching)
      notes.push(
        `Still fetching ${q.query} from arXiv (${q.fetching.fetched.toLocaleString('en')} of ${q.fetching.target.toLocaleString('en')} papers so far); its papers are served once fetched.`,
      );
    else if (q && q !== origin.arxiv && !q.refreshedAt && !q.lastError)
      notes.push(`${q.query} is not fetched from arXiv yet; its papers are served once fetched.`);
  }
  return notes.length ? notes.join(' ') : undefined;
}

/**
 * A reply given while the listing's first fetch from arXiv is under way, saying so: its answer is
 * over the papers served so far (none of the query's yet), not over what is being fetched.
 */
export function withLoadingNote(reply: Reply, origin: ListingOrigin | undefined): Reply {
  const note = origin && loadingNote(origin);
  if (!note) return reply;
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
