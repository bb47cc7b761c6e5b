import type { Block, Field, PaperEntry, ReplyDocument } from '../../chat/document.js';
import { escapeHtml, lineHtml, link } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';

// Room left in a message for the markup around a line that had to be cut.
const LINE_MAX = TELEGRAM_LIMITS.messageLength - 100;
const italic = (html: string) => `<i>${html}</i>`;

/** A paper in a list: numbered, linked title, authors · dates, snippet, id. */
function entryHtml(e: PaperEntry): string {
  const lines = [`${e.n}. <b>${link(e.url, e.title)}</b>`, `${escapeHtml(e.authors)} · ${escapeHtml(e.dates)}`];
  if (e.snippet) lines.push(italic(escapeHtml(e.snippet)));
  lines.push(`<code>${escapeHtml(e.id)}</code>`);
  return lines.join('\n');
}

/** A row of fields on one line: "<b>Name</b>: value · <b>Name</b>: value". */
function rowHtml(row: Field[]): string[] {
  return lineHtml(
    row.flatMap((f, i) => [...(i ? [' · '] : []), { text: f.name, bold: true }, `: ${f.value}`]),
    LINE_MAX,
  );
}

/** A block as HTML; papers give one piece per paper, so long lists split between papers. */
function blockHtml(block: Block, titleUrl?: string): string[] {
  switch (block.type) {
    case 'text':
      return [block.lines.flatMap((l) => lineHtml(l, LINE_MAX, block.tone === 'note' ? italic : undefined)).join('\n')];
    case 'aside':
      return [lineHtml([`${block.label}: ${block.text}`], LINE_MAX, italic).join('\n')];
    case 'list':
      return [block.items.flatMap((l) => lineHtml(['• ', ...l], LINE_MAX)).join('\n')];
    case 'papers':
      return [...block.entries.map(entryHtml), ...(block.more > 0 ? [italic(`… and ${block.more} more`)] : [])];
    case 'fields':
      if (block.stacked)
        return [
          block.rows
            .flat()
            .flatMap((f) => lineHtml([f.name], LINE_MAX).concat(lineHtml([`   ${f.value}`], LINE_MAX)))
            .join('\n'),
        ];
      return [block.rows.flatMap(rowHtml).join('\n')];
    case 'links':
      // The title links to its page already.
      return [
        block.links
          .filter((l) => l.url !== titleUrl)
          .map((l) => link(l.url, l.label))
          .join(' · '),
      ].filter(Boolean);
    case 'code':
      return [`<pre><code class="language-${escapeHtml(block.language)}">${escapeHtml(block.text)}</code></pre>`];
  }
}

/**
 * A document as pieces of HTML, each a message's worth at most: intro, title (on the first
 * block's first line unless that block lists papers), blocks, page line, footer.
 */
export function documentHtml(doc: ReplyDocument): string[] {
  const pieces: string[] = [];
  for (const block of doc.blocks) {
    const html = blockHtml(block, doc.title?.url);
    // An aside stays on the line under what it remarks on.
    if (block.type === 'aside' && pieces.length) pieces.push(`${pieces.pop() as string}\n${html.join('\n')}`);
    else pieces.push(...html);
  }
  const [first] = doc.blocks;
  if (doc.title) {
    const { text, url, subtitle } = doc.title;
    const title = `<b>${url ? link(url, text) : escapeHtml(text)}</b>${subtitle ? `, ${escapeHtml(subtitle)}` : ''}`;
    if (first && first.type !== 'papers' && pieces[0] !== undefined) pieces[0] = `${title}\n${pieces[0]}`;
    else pieces.unshift(title);
  }
  if (doc.tone === 'error' && pieces[0] !== undefined) pieces[0] = `⚠️ ${pieces[0]}`;
  if (doc.intro)
    pieces.unshift(
      doc.intro
        .split('\n')
        .flatMap((l) => lineHtml([l], LINE_MAX))
        .join('\n'),
    );
  if (doc.paging) pieces.push(italic(`Page ${doc.paging.page} of ${doc.paging.pageCount}`));
  if (doc.footer) pieces.push(...lineHtml(doc.footer, LINE_MAX));
  return pieces;
}
