import { type Block, type Field, type PaperEntry, type ReplyDocument, plainText } from '../../chat/document.js';
import type { Embed } from './discord-message.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, lineMd, md, mdLink } from './markdown.js';

/** A piece of an embed description and what separates it from the piece before. */
interface Piece {
  text: string;
  gap: '\n' | '\n\n';
}

function entryMd(e: PaperEntry): string {
  const lines = [`**${e.n}. ${mdLink(cut(e.title, 200), e.url)}**`, `${md(e.authors)} · ${e.dates} · \`${e.id}\``];
  if (e.snippet) lines.push(`> ${md(cut(e.snippet, 300))}`);
  return lines.join('\n');
}

/** The description pieces of a block; fields and links go to the embed's fields instead. */
function pieces(block: Block): Piece[] {
  const para = (text: string): Piece => ({ text, gap: '\n\n' });
  switch (block.type) {
    case 'text':
      return [para(block.lines.map((l) => (block.tone === 'note' ? `*${lineMd(l)}*` : lineMd(l))).join('\n'))];
    case 'aside':
      return [{ text: `*${md(`${block.label}: ${block.text}`)}*`, gap: '\n' }];
    case 'list':
      return block.items.map((l, i) => ({ text: `• ${lineMd(l)}`, gap: i ? '\n' : '\n\n' }));
    case 'papers':
      return [...block.entries.map((e) => para(entryMd(e))), ...(block.more ? [para(`… and ${block.more} more`)] : [])];
    case 'code':
      return [para(`\`\`\`${block.language}\n${block.text}\n\`\`\``)];
    case 'fields':
    case 'links':
      return [];
  }
}

/** Joins pieces into a description of at most `max` characters, noting what did not fit; `whole` when all did. */
function describe(all: Piece[], max: number = DISCORD_LIMITS.embedDescription): { text: string; whole: boolean } {
  let out = '';
  for (let i = 0; i < all.length; i++) {
    const piece = all[i] as Piece;
    const next = out ? `${out}${piece.gap}${piece.text}` : piece.text;
    // Leave room for the "… and N more" line while more pieces follow.
    const reserve = i < all.length - 1 ? 30 : 0;
    if (next.length + reserve > max)
      return { text: out ? `${out}\n\n… and ${all.length - i} more` : cut(piece.text, max), whole: false };
    out = next;
  }
  return { text: out, whole: true };
}

/** The embed fields of a document's fields and links blocks, cut to Discord's limits. */
function fieldsOf(blocks: Block[], titleUrl?: string): NonNullable<Embed['fields']> {
  const field = (f: Field, inline: boolean) => ({
    name: cut(f.name, DISCORD_LIMITS.fieldName),
    value: cut(md(f.value), DISCORD_LIMITS.fieldValue) || '—',
    ...(inline ? { inline } : {}),
  });
  const out = blocks.flatMap((b) => {
    if (b.type === 'fields') return b.rows.flatMap((row) => row.map((f) => field(f, Boolean(f.inline))));
    if (b.type !== 'links') return [];
    // The title links to its page already.
    const links = b.links.filter((l) => l.url !== titleUrl);
    if (links.length === 0) return [];
    const value = links.map((l) => (l.label === l.url ? l.url : `${l.label}: ${l.url}`)).join('\n');
    return [{ name: 'Links', value: cut(value, DISCORD_LIMITS.fieldValue) }];
  });
  return out.slice(0, DISCORD_LIMITS.embedFields);
}

/**
 * A document as one embed: title and link, blocks as the description, fields, the page or footer
 * line; `whole` unless the description had to be cut.
 */
export function documentEmbed(doc: ReplyDocument): { embed: Embed; whole: boolean } {
  const embed: Embed = {};
  if (doc.title) embed.title = cut(doc.title.text, DISCORD_LIMITS.embedTitle);
  if (doc.title?.url) embed.url = doc.title.url;
  const subtitle: Piece[] = doc.title?.subtitle ? [{ text: md(doc.title.subtitle), gap: '\n\n' }] : [];
  const description = describe([...subtitle, ...doc.blocks.flatMap(pieces)]);
  if (description.text) embed.description = description.text;
  const fields = fieldsOf(doc.blocks, doc.title?.url);
  if (fields.length) embed.fields = fields;
  const p = doc.paging;
  const footer = p ? `Page ${p.page} of ${p.pageCount} · ${p.total} papers` : doc.footer && plainText(doc.footer);
  if (footer) embed.footer = { text: cut(footer, DISCORD_LIMITS.footer) };
  return { embed, whole: description.whole };
}
