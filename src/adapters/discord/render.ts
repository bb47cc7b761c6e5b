import { type ReplyDocument, plainText } from '../../chat/document.js';
import { replyDocument } from '../../chat/documents/index.js';
import type { Reply } from '../../chat/reply.js';
import { rowsOf } from './button-rows.js';
import type { DiscordMessage, Embed } from './discord-message.js';
import { documentEmbed } from './document-embed.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md } from './markdown.js';

export type { ButtonJson, DiscordMessage, Embed } from './discord-message.js';

const COLOR = 0xb31b1b;
const HOW_TO_ASK = 'Mention me with a question, or use a slash command.';

/** Shrinks embed descriptions, then drops trailing fields, until all embeds stay within 6000 characters. */
function fitTotal(embeds: Embed[]): Embed[] {
  const size = (e: Embed) =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  let total = embeds.reduce((n, e) => n + size(e), 0);
  for (const e of embeds) {
    if (total <= DISCORD_LIMITS.embedTotal) break;
    if (e.description && total - DISCORD_LIMITS.embedTotal < e.description.length) {
      const keep = e.description.length - (total - DISCORD_LIMITS.embedTotal) - 1;
      total -= e.description.length;
      e.description = cut(e.description, Math.max(1, keep));
      total += e.description.length;
    }
  }
  for (const e of embeds) {
    while (total > DISCORD_LIMITS.embedTotal && e.fields?.length) {
      const dropped = e.fields.pop() as { name: string; value: string };
      total -= dropped.name.length + dropped.value.length;
    }
  }
  return embeds;
}

/** An error as a message only its user sees: its lines as plain content. */
function errorMessage(doc: ReplyDocument): DiscordMessage {
  const lines = doc.blocks.flatMap((b) => (b.type === 'text' ? b.lines.map((l) => md(plainText(l))) : []));
  return {
    content: cut(`⚠️ ${lines.join('\n')}`, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    ephemeral: true,
  };
}

/** A document as a Discord message: one embed and button rows; its file instead when the embed cannot hold it. */
export function discordMessage(doc: ReplyDocument): DiscordMessage {
  if (doc.tone === 'error') return errorMessage(doc);
  const { embed, whole } = documentEmbed(doc);
  if (doc.attachment && (!whole || doc.blocks.length === 0)) {
    const { name, content } = doc.attachment;
    const caption = cut(md(doc.title?.text ?? name), DISCORD_LIMITS.content);
    return { content: caption, embeds: [], components: [], ephemeral: false, files: [{ name, content }] };
  }
  const components = rowsOf(doc.buttons)
    .filter((r) => r.length > 0)
    .slice(0, DISCORD_LIMITS.actionRows)
    .map((r) => ({ type: 1 as const, components: r }));
  const message: DiscordMessage = { embeds: fitTotal([{ color: COLOR, ...embed }]), components, ephemeral: false };
  return doc.intro ? { ...message, content: cut(md(doc.intro), DISCORD_LIMITS.content) } : message;
}

/**
 * Renders a reply for Discord: embeds with linked titles, shortened authors and dates, all
 * listing and user text Markdown-escaped and cut to Discord's limits, Prev/Next and
 * "Abstract" buttons for lists. Errors are ephemeral.
 */
export function renderDiscord(reply: Reply, options: { pageToken?: string } = {}): DiscordMessage {
  return discordMessage(replyDocument(reply, { ...options, commandStyle: 'slash', howToAsk: HOW_TO_ASK }));
}
