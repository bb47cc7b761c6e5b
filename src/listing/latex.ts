// Turns the LaTeX that arXiv abstracts carry into readable plain text.

import { DECLARATIONS, SELF_NAME, SPACING, SYMBOLS, WRAPPERS } from './latex-commands.js';

/** For each opening brace of `text`, the index of its closing brace (-1 when unclosed), in one pass. */
function matchBraces(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') {
      const at = open.pop();
      if (at !== undefined) closes[at] = i;
    }
  }
  return closes;
}

/** Text inside the braces starting at `open`, and the index after the closing brace. */
function group(text: string, closes: Int32Array, open: number): { inner: string; end: number } | null {
  if (text[open] !== '{') return null;
  const close = closes[open] ?? -1;
  return close < 0 ? null : { inner: text.slice(open + 1, close), end: close + 1 };
}

// Groups converted one inside another: deeper ones are read as plain text, so a hostile
// abstract of nested \frac{ costs linear time and no stack.
const MAX_DEPTH = 16;

/** The short name a title gives its subject ("Pimba" in "Pimba: A Processing-in-Memory ..."). */
export function titleShortName(title: string): string | null {
  const m = /^([^:]{1,40}):\s/.exec(title);
  if (!m) return null;
  const name = (m[1] as string).trim();
  return name.split(/\s+/).length <= 3 ? name : null;
}

// Sticky: matched where the scan stands, without cutting the rest of the text out.
const COMMAND = /\\([A-Za-z]+)\*?|\\(.)/y;
const INLINE_MATH = /\$(?=\S)([^$\n]*?\S)\$/y;

function convert(text: string, selfName: string | null, urls: string[], depth = 0): string {
  let out = '';
  let i = 0;
  const closes = matchBraces(text);
  const inner = (part: string) => convert(part, selfName, urls, depth + 1);
  const nested = depth < MAX_DEPTH;
  // Single hyphens and quotes are plain text; only their doubles ("--", "``", "''") mean something.
  const special = /[\\${}]|--|``|''/g;
  while (i < text.length) {
    // Copy plain text up to the next character LaTeX may give a meaning to.
    special.lastIndex = i;
    const next = special.exec(text);
    const at = next ? next.index : text.length;
    if (at > i) {
      out += text.slice(i, at);
      i = at;
      if (i >= text.length) break;
    }
    const c = text[i] as string;
    if (c === '\\') {
      COMMAND.lastIndex = i;
      const m = COMMAND.exec(text);
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      const sym = m[2];
      if (sym !== undefined) {
        // Escaped specials: \% \& \_ \# \$ \{ \} stand for themselves; spacing commands.
        out += (Object.hasOwn(SPACING, sym) ? SPACING[sym] : undefined) ?? sym;
        continue;
      }
      const name = m[1] as string;
      if (name === 'href' && nested) {
        const target = group(text, closes, skipSpace(text, i));
        const label = target ? group(text, closes, skipSpace(text, target.end)) : null;
        if (target && label) {
          urls.push(target.inner.trim());
          out += inner(label.inner);
          i = label.end;
        }
        continue;
      }
      if (name === 'frac' && nested) {
        const a = group(text, closes, skipSpace(text, i));
        const b = a ? group(text, closes, skipSpace(text, a.end)) : null;
        if (a && b) {
          out += `${inner(a.inner)}/${inner(b.inner)}`;
          i = b.end;
        }
        continue;
      }
      if (name === 'url') {
        const g = group(text, closes, skipSpace(text, i));
        if (g) {
          urls.push(g.inner.trim());
          out += g.inner;
          i = g.end;
        }
        continue;
      }
      // A wrapper keeps its argument's text: dropping its name is enough, since the scan reads
      // on into the argument and skips its braces.
      if (WRAPPERS.has(name) || name === 'frac' || name === 'href') continue;
      if (DECLARATIONS.has(name)) {
        if (text[i] === ' ') i++;
        continue;
      }
      const symbol = Object.hasOwn(SYMBOLS, name) ? SYMBOLS[name] : undefined;
      if (symbol !== undefined) {
        out += symbol;
        continue;
      }
      // An unknown macro: a self-name such as \ourframework becomes the title's short name;
      // anything else keeps its name so no word is lost.
      out += SELF_NAME.test(name) && selfName ? selfName : name;
      continue;
    }
    if (c === '$') {
      // Inline math: $...$ with no space just inside the dollars (so "$5 and $10" stays text).
      INLINE_MATH.lastIndex = i;
      const m = INLINE_MATH.exec(text);
      if (m) {
        out += nested ? inner(mathText(m[1] as string)) : (m[1] as string);
        i += m[0].length;
        continue;
      }
    }
    if (c === '{' || c === '}') {
      i++;
      continue;
    }
    if (c === '-' && text.startsWith('---', i)) {
      out += '—';
      i += 3;
      continue;
    }
    if (c === '-' && text.startsWith('--', i)) {
      out += '–';
      i += 2;
      continue;
    }
    if (c === '`' && text.startsWith('``', i)) {
      out += '“';
      i += 2;
      continue;
    }
    if (c === "'" && text.startsWith("''", i)) {
      out += '”';
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function skipSpace(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

function mathText(math: string): string {
  return math
    .replace(/\^\{([^{}]*)\}/g, '^$1')
    .replace(/_\{([^{}]*)\}/g, '_$1')
    .replace(/\\left|\\right/g, '');
}

/** Plain text of a LaTeX-flavoured abstract, plus the URLs it links to. */
export function latexToText(raw: string, title = ''): { text: string; urls: string[] } {
  const linked: string[] = [];
  const selfName = titleShortName(title);
  const paragraphs = raw.split('\n').map((p) =>
    convert(p, selfName, linked)
      .replace(/ [ \t]+|\t[ \t]*/g, ' ')
      .replace(/ ([.,;:])/g, '$1')
      .trim(),
  );
  const text = paragraphs.filter((p) => p.length > 0).join('\n');
  return { text, urls: [...new Set([...linked, ...findUrls(raw)])] };
}

/** URLs written out in a text, trailing punctuation and LaTeX braces removed. */
export function findUrls(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s{}<>"\\]+/g)) {
    const url = m[0].replace(/[.,;:!?)\]']+$/, '');
    if (url.length > 10) out.add(url);
  }
  return [...out];
}
