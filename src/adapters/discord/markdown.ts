import { escapeMarkdown } from 'discord.js';

/** Escapes listing or user text for Discord Markdown, brackets included (they would make links). */
export function md(text: string): string {
  return escapeMarkdown(text).replace(/\[/g, '\\[').replace(/\]/g, '\\]');
}

/** A Markdown link whose text is escaped; the URL is kept as it is, minus closing parentheses. */
export function mdLink(text: string, url: string): string {
  return `[${md(text)}](${url.replace(/\)/g, '%29')})`;
}

/** Cuts text to `max` characters with an ellipsis, never leaving a dangling backslash. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = text.slice(0, max - 1);
  if (out.endsWith('\\')) out = out.slice(0, -1);
  return `${out}…`;
}
