// Telegram's HTML parse mode, as the Bot API server applies it: the tags it supports, the
// entities it decodes, and the errors it gives for anything else.

const TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-spoiler',
  'span',
  'tg-emoji',
]);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** The visible text of an HTML message, or the error Telegram would answer with. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  let text = '';
  const stack: string[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '<') {
      const m = /^<(\/?)([a-zA-Z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/.exec(html.slice(i));
      if (!m) return { error: `Bad Request: can't parse entities: Unexpected end name token at byte offset ${i}` };
      const [whole, closing, rawName, attrs] = m as unknown as [string, string, string, string];
      const name = rawName.toLowerCase();
      if (!TAGS.has(name))
        return { error: `Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (stack.pop() !== name)
          return {
            error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${name}"`,
          };
      } else {
        if (name === 'a' && !/\shref="[^"]+"/.test(attrs))
          return { error: "Bad Request: can't parse entities: a tag without href" };
        if (name === 'a') {
          const href = /\shref="([^"]+)"/.exec(attrs)?.[1] ?? '';
          if (/[<>]/.test(href)) return { error: "Bad Request: can't parse entities: bad href" };
        }
        stack.push(name);
      }
      i += whole.length;
      continue;
    }
    if (c === '>') return { error: `Bad Request: can't parse entities: Unexpected ">" at byte offset ${i}` };
    if (c === '&') {
      const m = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-fA-F]+));/.exec(html.slice(i));
      if (!m) return { error: `Bad Request: can't parse entities: Unsupported entity at byte offset ${i}` };
      if (m[1] !== undefined) {
        const named = NAMED[m[1]];
        if (named === undefined) return { error: `Bad Request: can't parse entities: Unsupported entity "${m[1]}"` };
        text += named;
      } else {
        text += String.fromCodePoint(m[2] !== undefined ? Number(m[2]) : parseInt(m[3] as string, 16));
      }
      i += m[0].length;
      continue;
    }
    text += c;
    i++;
  }
  if (stack.length > 0)
    return {
      error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`,
    };
  return { text };
}
