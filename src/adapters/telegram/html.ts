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
