import { type Line, type Span, plainText } from '../../chat/document.js';

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value for an HTML attribute (also double quotes). */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** A link with escaped text and target. */
export function link(url: string, text: string): string {
  return `<a href="${escapeAttr(url)}">${escapeHtml(text)}</a>`;
}

/** Splits plain text at spaces into pieces whose escaped form fits in `max` characters. */
export function escapedChunks(plain: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const word of plain.split(/(\s+)/)) {
    const escaped = escapeHtml(word);
    if (current.length + escaped.length > max && current.trim()) {
      chunks.push(current.trim());
      current = '';
    }
    if (escaped.length > max) {
      // A single enormous "word": cut it by characters.
      let rest = word;
      while (rest) {
        let take = Math.min(rest.length, max);
        while (take > 1 && escapeHtml(rest.slice(0, take)).length > max) take = Math.floor(take * 0.8);
        chunks.push(escapeHtml(rest.slice(0, take)));
        rest = rest.slice(take);
      }
      continue;
    }
    current += escaped;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

/** A span as HTML: escaped text in its tags, a link outermost but for bold, which wraps it. */
export function spanHtml(span: string | Span): string {
  if (typeof span === 'string') return escapeHtml(span);
  let html = span.href ? link(span.href, span.text) : escapeHtml(span.text);
  if (span.code) html = `<code>${html}</code>`;
  if (span.italic) html = `<i>${html}</i>`;
  if (span.bold) html = `<b>${html}</b>`;
  return html;
}

/**
 * A line as HTML within `max` characters: whole when it fits, else its plain text (markup dropped)
 * cut at spaces into lines that do, each in `wrap`'s tags.
 */
export function lineHtml(line: Line, max: number, wrap: (html: string) => string = (h) => h): string[] {
  const html = wrap(line.map(spanHtml).join(''));
  if (html.length <= max) return [html];
  const room = max - wrap('').length;
  return escapedChunks(plainText(line), room).map(wrap);
}
