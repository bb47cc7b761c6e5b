import { clip, FIELD_LIMITS, hiddenAuthorsNote, paperDates, shortAuthors } from '../../chat/format.js';
import { type Paper, paperUrl } from '../../listing/paper.js';
import { DISCORD_LIMITS } from './limits.js';
import { cut, md, mdLink } from './markdown.js';

/** The last of these lines that fit in `max` characters, after "…" when some are left out. */
export function lastLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 2;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (length + line.length + 1 > max) return ['…', ...kept.reverse()].join('\n');
    kept.push(line);
    length += line.length + 1;
  }
  return kept.reverse().join('\n');
}

export function paperEntry(n: number, p: Paper, keep: ReadonlySet<string>, snippet?: string): string {
  const lines = [
    `**${n}. ${mdLink(cut(p.title, 200), paperUrl(p))}**`,
    `${md(clip(shortAuthors(p, 2, keep), FIELD_LIMITS.authors))} · ${paperDates(p)} · \`${p.id}\``,
  ];
  if (snippet) lines.push(`> ${md(cut(snippet, 300))}`);
  return lines.join('\n');
}

/** Joins entries into a description of at most `max` characters, noting what did not fit. */
export function list(entries: string[], max: number = DISCORD_LIMITS.embedDescription): string {
  let out = '';
  for (let i = 0; i < entries.length; i++) {
    const next = out ? `${out}\n\n${entries[i]}` : (entries[i] as string);
    // Leave room for the "… and N more" line while more entries follow.
    const reserve = i < entries.length - 1 ? 30 : 0;
    if (next.length + reserve > max)
      return out ? `${out}\n\n… and ${entries.length - i} more` : cut(entries[i] as string, max);
    out = next;
  }
  return out;
}

/** The hidden-authors note as a line of an embed description, or nothing. */
export function hiddenLine(hidden: { papers: number; names: number } | undefined, who?: string): string {
  const note = hiddenAuthorsNote(hidden, who);
  return note ? `\n*${md(note)}*` : '';
}
