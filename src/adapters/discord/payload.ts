import type { DiscordMessage } from './discord-message.js';

// Nothing the bot sends may ping anyone: listing and user text can contain @everyone.
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/** A rendered message as discord.js sends it, files attached and mentions off. */
export function payload(m: DiscordMessage) {
  return {
    ...(m.content ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: NO_MENTIONS,
    ...(m.files ? { files: m.files.map((f) => ({ attachment: Buffer.from(f.content, 'utf8'), name: f.name })) } : {}),
  };
}
