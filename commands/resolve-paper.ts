import type { PaperIndex } from '../src/search/paper-index.js';
import type { Paper } from '../src/listing/paper.js';
import type { Reply } from '../src/chat/reply.js';
import { UserError } from '../src/base/errors.js';

/** The one paper `ref` names (id, arXiv id or link, title words), or the list to choose from; throws when none. */
export function resolvePaper(index: PaperIndex, ref: string, command: string): Paper | Reply {
  if (!ref.trim())
    throw new UserError('Tell me which paper.', `Give its id or words of its title, e.g. /${command} MoETuner`);
  const match = index.findPaper(ref);
  if (match.kind === 'found') return match.paper;
  if (match.kind === 'candidates') {
    return {
      kind: 'papers',
      title: `Several papers match "${ref.trim()}"; which one?`,
      items: match.papers.map((paper) => ({ paper })),
    };
  }
  throw new UserError(`No paper matches "${ref.trim()}".`, 'Try /search with other words.');
}

/** Whether resolvePaper found one paper. */
export function isPaper(x: Paper | Reply): x is Paper {
  return !('kind' in x);
}
