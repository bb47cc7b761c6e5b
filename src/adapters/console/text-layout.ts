import { type Line, plainText } from '../../chat/document.js';
import { CONSOLE_LIMITS } from './limits.js';

/** Wraps each paragraph of `text` at word boundaries within `width`, every line prefixed by `indent`. */
export function wrap(text: string, indent: string, width = CONSOLE_LIMITS.width): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

/** A line as text: links as "text (url)" unless the text is the url; wrapped only when too wide, so short lines keep their spacing. */
export function lineText(line: Line, indent = ''): string {
  const text = line
    .map((s) => (typeof s === 'string' || !s.href || s.href === s.text ? plainText([s]) : `${s.text} (${s.href})`))
    .join('');
  return indent.length + text.length > CONSOLE_LIMITS.width ? wrap(text, indent) : `${indent}${text}`;
}
