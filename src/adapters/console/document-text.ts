import type { Block, Field, PaperEntry, ReplyDocument } from '../../chat/document.js';
import { CONSOLE_LIMITS } from './limits.js';
import { lineText, wrap } from './text-layout.js';

/** A numbered paper in a list: title, then authors · dates · id, then the snippet if any. */
function entryText(e: PaperEntry): string {
  const lines = [`${String(e.n).padStart(2)}. ${e.title}`, `    ${e.authors} · ${e.dates} · ${e.id}`];
  if (e.snippet) lines.push(wrap(e.snippet, '    '));
  return lines.join('\n');
}

const rowText = (row: Field[]) => lineText([row.map((f) => `${f.name}: ${f.value}`).join('   ')]);

/** A list's items, indented, the longest lists cut. */
function listText(items: Block & { type: 'list' }): string {
  const shown = items.items.slice(0, CONSOLE_LIMITS.listItems).map((l) => lineText(l, '  '));
  const more = items.items.length - shown.length;
  return [...shown, ...(more > 0 ? [`  … and ${more} more`] : [])].join('\n');
}

/** A block as text (a terminal has no italics: notes read as plain lines); papers apart by blank lines. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'text':
      return block.lines.map((l) => lineText(l)).join('\n');
    case 'aside':
      // An aside in parentheses reads on from the sentence before: "(understood: …)".
      return lineText([`(${block.label.toLowerCase()}: ${block.text})`]);
    case 'list':
      return listText(block);
    case 'papers':
      return [...block.entries.map(entryText), ...(block.more ? [`    … and ${block.more} more`] : [])].join('\n\n');
    case 'fields':
      if (block.stacked)
        return block.rows
          .flat()
          .map((f) => `${lineText([f.name], '  ')}\n${lineText([f.value], '      ')}`)
          .join('\n');
      return block.rows.map(rowText).join('\n');
    case 'links':
      return block.links.map((l) => (l.label === l.url ? `Link: ${l.url}` : `${l.label}: ${l.url}`)).join('\n');
    case 'code':
      return block.text;
  }
}

/**
 * A document as text: intro, title (right above the first block unless that lists papers),
 * blocks apart by blank lines, the page line, the footer. A file is printed as it is.
 */
export function documentText(doc: ReplyDocument, pageLine?: string): string {
  if (doc.attachment) {
    const { header, content } = doc.attachment;
    return `${header ? `${header}\n\n` : ''}${content.trimEnd()}`;
  }
  const parts: string[] = [];
  for (const block of doc.blocks) {
    // An aside stays on the line under what it remarks on.
    if (block.type === 'aside' && parts.length) parts.push(`${parts.pop() as string}\n${blockText(block)}`);
    else parts.push(blockText(block));
  }
  const [first] = doc.blocks;
  if (doc.title) {
    const title = doc.title.subtitle ? `${doc.title.text}, ${doc.title.subtitle}` : doc.title.text;
    if (first && first.type !== 'papers' && parts[0] !== undefined) parts[0] = `${title}\n${parts[0]}`;
    else parts.unshift(title);
  }
  if (doc.intro) parts.unshift(wrap(doc.intro, ''));
  if (pageLine) parts.push(pageLine);
  if (doc.footer) parts.push(lineText(doc.footer));
  return parts.join('\n\n');
}
