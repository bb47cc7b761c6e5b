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

// Dashes and TeX quotes, each written as a double (or triple) of a plain character; longest first.
const PUNCTUATION: readonly (readonly [string, string])[] = [
  ['---', '—'],
  ['--', '–'],
  ['``', '“'],
  ["''", '”'],
];

function convert(text: string, selfName: string | null, urls: string[], depth = 0): string {
  return new Converter(text, selfName, urls, depth).run();
}

/** One pass over a paragraph (or a group inside one), appending its plain text to `out`. */
class Converter {
  private out = '';
  private i = 0;
  private readonly closes: Int32Array;
  private readonly nested: boolean;

  constructor(
    private readonly text: string,
    private readonly selfName: string | null,
    private readonly urls: string[],
    private readonly depth: number,
  ) {
    this.closes = matchBraces(text);
    this.nested = depth < MAX_DEPTH;
  }

  run(): string {
    const text = this.text;
    // Single hyphens and quotes are plain text; only their doubles ("--", "``", "''") mean something.
    const special = /[\\${}]|--|``|''/g;
    while (this.i < text.length) {
      // Copy plain text up to the next character LaTeX may give a meaning to.
      special.lastIndex = this.i;
      const next = special.exec(text);
      const at = next ? next.index : text.length;
      if (at > this.i) {
        this.out += text.slice(this.i, at);
        this.i = at;
        if (this.i >= text.length) break;
      }
      this.special(text[this.i] as string);
    }
    return this.out;
  }

  private inner(part: string): string {
    return convert(part, this.selfName, this.urls, this.depth + 1);
  }

  /** The character at the scan, which LaTeX may give a meaning to. */
  private special(c: string): void {
    if (c === '\\') this.command();
    else if (c === '{' || c === '}') this.i++;
    else {
      const taken = c === '$' ? this.inlineMath() : this.punctuation();
      if (!taken) {
        this.out += c;
        this.i++;
      }
    }
  }

  /** Inline math: $...$ with no space just inside the dollars (so "$5 and $10" stays text). */
  private inlineMath(): boolean {
    INLINE_MATH.lastIndex = this.i;
    const m = INLINE_MATH.exec(this.text);
    if (!m) return false;
    this.out += this.nested ? this.inner(mathText(m[1] as string)) : (m[1] as string);
    this.i += m[0].length;
    return true;
  }

  private punctuation(): boolean {
    for (const [tex, plain] of PUNCTUATION) {
      if (this.text.startsWith(tex, this.i)) {
        this.out += plain;
        this.i += tex.length;
        return true;
      }
    }
    return false;
  }

  /** A backslash: an escaped character, a named command, or (with nothing after it) nothing. */
  private command(): void {
    COMMAND.lastIndex = this.i;
    const m = COMMAND.exec(this.text);
    if (!m) {
      this.i++;
      return;
    }
    this.i += m[0].length;
    const sym = m[2];
    // Escaped specials: \% \& \_ \# \$ \{ \} stand for themselves; spacing commands.
    if (sym !== undefined) this.out += (Object.hasOwn(SPACING, sym) ? SPACING[sym] : undefined) ?? sym;
    else this.named(m[1] as string);
  }

  private named(name: string): void {
    if (name === 'href' && this.nested) {
      this.href();
      return;
    }
    if (name === 'frac' && this.nested) {
      this.frac();
      return;
    }
    if (name === 'url') {
      this.url();
      return;
    }
    // A wrapper keeps its argument's text: dropping its name is enough, since the scan reads
    // on into the argument and skips its braces.
    if (WRAPPERS.has(name) || name === 'frac' || name === 'href') return;
    if (DECLARATIONS.has(name)) {
      if (this.text[this.i] === ' ') this.i++;
      return;
    }
    const symbol = Object.hasOwn(SYMBOLS, name) ? SYMBOLS[name] : undefined;
    // An unknown macro: a self-name such as \ourframework becomes the title's short name;
    // anything else keeps its name so no word is lost.
    this.out += symbol ?? (SELF_NAME.test(name) && this.selfName ? this.selfName : name);
  }

  private href(): void {
    const groups = this.twoGroups();
    if (!groups) return;
    const [target, label] = groups;
    this.urls.push(target.trim());
    this.out += this.inner(label);
  }

  private frac(): void {
    const groups = this.twoGroups();
    if (groups) this.out += `${this.inner(groups[0])}/${this.inner(groups[1])}`;
  }

  private url(): void {
    const g = group(this.text, this.closes, skipSpace(this.text, this.i));
    if (!g) return;
    this.urls.push(g.inner.trim());
    this.out += g.inner;
    this.i = g.end;
  }

  /** The two brace groups after a command (\frac{a}{b}, \href{url}{label}), moving past them; null if not both there. */
  private twoGroups(): [string, string] | null {
    const a = group(this.text, this.closes, skipSpace(this.text, this.i));
    const b = a ? group(this.text, this.closes, skipSpace(this.text, a.end)) : null;
    if (!a || !b) return null;
    this.i = b.end;
    return [a.inner, b.inner];
  }
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
