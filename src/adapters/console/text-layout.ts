import { paperDates, shortAuthors } from '../../chat/format.js';
import type { Paper } from '../../listing/paper.js';
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

/** A numbered paper in a list: title, then authors · dates · id, then the snippet if any. */
export function paperLine(n: number, paper: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `${String(n).padStart(2)}. ${paper.title}`,
    `    ${shortAuthors(paper, 3, keep)} · ${paperDates(paper)} · ${paper.id}`,
  ];
  if (snippet) lines.push(wrap(snippet, '    '));
  return lines.join('\n');
}
