/** An embed as Discord's API takes it. */
export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

/** A button as Discord's API takes it (style 1 primary, 2 secondary, 5 link). */
export interface ButtonJson {
  type: 2;
  style: 1 | 2 | 5;
  label: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

/** A message ready for Discord: content, embeds, button rows, and whether only the user sees it. */
export interface DiscordMessage {
  content?: string;
  embeds: Embed[];
  components: { type: 1; components: ButtonJson[] }[];
  ephemeral: boolean;
  /** Files to attach (a .bib file). */
  files?: { name: string; content: string }[];
}
