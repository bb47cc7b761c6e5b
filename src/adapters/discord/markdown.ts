import { escapeMarkdown } from 'discord.js';
import { type Line, type Span } from '../../chat/document.js';

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

/** A span as Markdown: escaped text, a link inside bold or italics. */
export function spanMd(span: string | Span): string {
  if (typeof span === 'string') return md(span);
  let text = span.href ? mdLink(span.text, span.href) : md(span.text);
  if (span.code) text = `\`${span.text.replace(/`/g, 'ˋ')}\``;
  if (span.italic) text = `*${text}*`;
  if (span.bold) text = `**${text}**`;
  return text;
}

/** A line as Markdown. */
export function lineMd(line: Line): string {
  return line.map(spanMd).join('');
}
