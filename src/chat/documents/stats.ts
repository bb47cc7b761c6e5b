import { formatDate } from '../../listing/dates.js';
import { type Field, notes } from '../document.js';
import { FIELD_LIMITS, clip, hiddenAuthorsNote } from '../format.js';
import type { ReplyKind } from './kind.js';

/** The listing's statistics: size and span, then per year, the most prolific, frequent words and the source. */
export const statsKind: ReplyKind<'stats'> = {
  document: (reply) => {
    const s = reply.stats;
    const span = s.oldest && s.newest ? `${formatDate(s.oldest)} to ${formatDate(s.newest)}; ` : '';
    const hidden = hiddenAuthorsNote(s.hiddenAuthors);
    const rows: Field[][] = [
      [{ name: 'Per year', value: s.perYear.map((y) => `${y.year}: ${y.count}`).join(', ') || '—', inline: true }],
      [{ name: 'Most prolific', value: s.topAuthors.map((a) => `${a.name} (${a.count})`).join(', '), inline: true }],
      [{ name: 'Frequent words', value: s.topTerms.map((t) => `${t.term} (${t.count})`).join(', ') }],
      ...(reply.source ? [[{ name: 'Source', value: clip(reply.source, FIELD_LIMITS.meta) }]] : []),
    ];
    return {
      title: { text: `${s.papers} papers by ${s.authors} authors`, subtitle: `${span}${s.revised} revised.` },
      blocks: [{ type: 'fields', rows }, ...notes(hidden ? [hidden] : [])],
    };
  },
  json: (reply) => ({ kind: reply.kind, stats: reply.stats, ...(reply.source ? { source: reply.source } : {}) }),
};
