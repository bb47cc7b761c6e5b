import { formatDate } from '../../listing/dates.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import { type Block, type Field, code, notes, paragraph } from '../document.js';
import { FIELD_LIMITS, authorCountText, clip, extraMeta, shortenedNote } from '../format.js';
import type { ReplyKind } from './kind.js';

const meta = (name: string, value: string, inline = false): Field[] => [
  { name, value: clip(value, FIELD_LIMITS.meta), ...(inline ? { inline } : {}) },
];

/** A paper's metadata as rows of fields: authors, dates, arXiv id and classes, comments, references. */
function paperFields(p: Paper): Field[][] {
  const names = p.authors.map((a) => clip(a, FIELD_LIMITS.author)).join(', ');
  const hidden = p.hiddenAuthorCount ? `, and ${p.hiddenAuthorCount} more not shown` : '';
  const categories = clip(p.categories.join(' '), FIELD_LIMITS.categories);
  const rows: Field[][] = [
    [{ name: `Authors (${authorCountText(p)})`, value: clip(`${names}${hidden}`, FIELD_LIMITS.authors) }],
    [
      { name: 'First version', value: formatDate(p.submitted), inline: true },
      { name: 'Latest version', value: formatDate(p.updated), inline: true },
      { name: 'Announced', value: formatDate(p.announced), inline: true },
    ],
  ];
  if (p.arxivId) rows.push(meta('arXiv', `${p.arxivId}${categories ? ` · ${categories}` : ''}`, true));
  else if (categories) rows.push(meta('Categories', categories, true));
  if (p.comments) rows.push(meta('Comments', p.comments));
  if (p.journalRef) rows.push(meta('Journal ref', p.journalRef));
  if (p.doi) rows.push(meta('DOI', p.doi, true));
  for (const [label, value] of extraMeta(p)) rows.push(meta(label, value, true));
  return rows;
}

/** One paper in full: metadata, the abstract by paragraph, the shortened note, its links, its id. */
export const paperKind: ReplyKind<'paper'> = {
  document: ({ paper: p }) => {
    const shortened = shortenedNote(p);
    const abstract = p.abstract.split('\n').filter((para) => para.trim());
    const links = [
      { label: 'Link', url: paperUrl(p) },
      ...(p.links.pdf ? [{ label: 'PDF', url: p.links.pdf }] : []),
      ...p.urls.map((url) => ({ label: url, url })),
    ];
    const blocks: Block[] = [
      { type: 'fields', rows: paperFields(p) },
      ...abstract.map((para) => paragraph(para)),
      ...notes(shortened ? [shortened] : []),
      { type: 'links', links },
    ];
    return {
      title: { text: clip(p.title, FIELD_LIMITS.title), url: paperUrl(p) },
      blocks,
      footer: ['id ', code(p.id)],
    };
  },
  json: (reply) => ({ kind: reply.kind, paper: reply.paper }),
};
