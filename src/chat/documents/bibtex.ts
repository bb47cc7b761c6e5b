import { FIELD_LIMITS, clip } from '../format.js';
import type { ReplyKind } from './kind.js';

/** BibTeX entries: one shown as code where it fits a message, the whole as a .bib file otherwise. */
export const bibtexKind: ReplyKind<'bibtex'> = {
  document: (reply) => {
    const [only] = reply.entries;
    const name = reply.entries.length === 1 && only ? `${only.key}.bib` : 'references.bib';
    return {
      title: { text: clip(reply.title, FIELD_LIMITS.title) },
      blocks: reply.entries.length === 1 && only ? [{ type: 'code', language: 'bibtex', text: only.text }] : [],
      attachment: {
        name,
        content: `${reply.entries.map((e) => e.text).join('\n\n')}\n`,
        header: `% ${reply.title}`,
      },
    };
  },
  json: (reply) => ({ kind: reply.kind, title: reply.title, entries: reply.entries }),
};
