import { replyButtons } from '../../chat/buttons.js';
import { askedAbout } from '../../chat/format.js';
import type { Reply } from '../../chat/reply.js';
import { rowsOf } from './button-rows.js';
import type { DiscordMessage, Embed } from './discord-message.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md } from './markdown.js';
import { authorEmbed, paperEmbed, papersEmbed } from './paper-embeds.js';
import { answerEmbed, candidatesEmbed, coauthorsEmbed, helpEmbed, statsEmbed } from './summary-embeds.js';

export type { ButtonJson, DiscordMessage, Embed } from './discord-message.js';

const COLOR = 0xb31b1b;

/** Shrinks an embed's description until all embeds stay within 6000 characters. */
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
  return embeds;
}

/**
 * Renders a reply for Discord: embeds with linked titles, shortened authors and dates, all
 * listing and user text Markdown-escaped and cut to Discord's limits, Prev/Next and
 * "Abstract" buttons for lists. Errors are ephemeral.
 */
export function renderDiscord(reply: Reply, options: { pageToken?: string } = {}): DiscordMessage {
  const rows = rowsOf(replyButtons(reply, options.pageToken));
  const keep = askedAbout(reply);
  const message = (embeds: Embed[]): DiscordMessage => ({
    embeds: fitTotal(embeds.map((e) => ({ color: COLOR, ...e }))),
    components: rows
      .filter((r) => r.length > 0)
      .slice(0, DISCORD_LIMITS.actionRows)
      .map((r) => ({ type: 1, components: r })),
    ephemeral: false,
  });
  switch (reply.kind) {
    case 'text':
      return message([
        {
          ...(reply.title ? { title: cut(reply.title, DISCORD_LIMITS.embedTitle) } : {}),
          description: cut(md(reply.text), DISCORD_LIMITS.embedDescription),
        },
      ]);
    case 'papers': {
      const m = message([papersEmbed(reply, keep)]);
      return reply.intro ? { ...m, content: cut(md(reply.intro), DISCORD_LIMITS.content) } : m;
    }
    case 'paper':
      return message([paperEmbed(reply)]);
    case 'author':
      return message([authorEmbed(reply, keep)]);
    case 'coauthors':
      return message([coauthorsEmbed(reply)]);
    case 'candidates':
      return message([candidatesEmbed(reply)]);
    case 'stats':
      return message([statsEmbed(reply)]);
    case 'help':
      return message([helpEmbed(reply)]);
    case 'answer':
      return message([answerEmbed(reply, keep)]);
    case 'bibtex': {
      const [only] = reply.entries;
      const block = only ? `\`\`\`bibtex\n${only.text}\n\`\`\`` : '';
      if (reply.entries.length === 1 && block.length <= DISCORD_LIMITS.embedDescription) {
        return message([{ title: cut(reply.title, DISCORD_LIMITS.embedTitle), description: block }]);
      }
      const name = reply.entries.length === 1 && only ? `${only.key}.bib` : 'references.bib';
      const content = `${reply.entries.map((e) => e.text).join('\n\n')}\n`;
      return {
        content: cut(md(reply.title), DISCORD_LIMITS.content),
        embeds: [],
        components: [],
        ephemeral: false,
        files: [{ name, content }],
      };
    }
    case 'error':
      return errorMessage(reply);
  }
}

/** An error as a message only its user sees. */
function errorMessage(reply: Extract<Reply, { kind: 'error' }>): DiscordMessage {
  return {
    content: cut(`⚠️ ${md(reply.message)}${reply.hint ? `\n${md(reply.hint)}` : ''}`, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    ephemeral: true,
  };
}
