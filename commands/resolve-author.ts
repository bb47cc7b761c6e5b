import type { Author } from '../src/search/author-map.js';
import { UserError } from '../src/base/errors.js';
import type { PaperIndex } from '../src/search/paper-index.js';
import type { Reply } from '../src/chat/reply.js';

/** One person for a typed name, or the reply to send instead (candidates, did-you-mean). */
export function resolveAuthor(
  index: PaperIndex,
  name: string,
  command: string,
): { kind: 'resolved'; author: Author } | Reply {
  const query = name.trim();
  if (!query) throw new UserError('Tell me whose papers to show.', `For example: /${command} Dhruv Mahajan`);
  const match = index.authors.find(query);
  switch (match.kind) {
    case 'found':
      return { kind: 'resolved', author: match.author };
    case 'ambiguous':
      return {
        kind: 'candidates',
        title: `${match.candidates.length} authors match "${query}"; which one?`,
        query,
        candidates: match.candidates,
        didYouMean: false,
        command,
      };
    case 'suggestions':
      return {
        kind: 'candidates',
        title: `No author named "${query}". Did you mean:`,
        query,
        candidates: match.suggestions,
        didYouMean: true,
        command,
      };
    case 'none':
      throw new UserError(
        `No author named "${query}" in this listing.`,
        'Check the spelling, or /search the words of a title.',
      );
  }
}
