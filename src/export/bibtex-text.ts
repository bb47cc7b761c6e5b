// How a paper's text is written inside a BibTeX field so that BibTeX, LaTeX and BibTeX parsers
// read it back as the same text. BibTeX counts every brace, escaped or not, so a brace without its
// partner is written as a command (\textbraceleft{}), never as `\{`.

/** Plain-text characters LaTeX would read as something else, as the commands that print them. */
const TEXT_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Plain text (names, comments, journal references) for a BibTeX field: read back as exactly these characters. */
export function bibText(text: string): string {
  return (
    text
      .replace(/[\\{}&%$#_~^<>|]/g, (c) => TEXT_SPECIALS[c] as string)
      // Ligatures: "--" would print as a dash, "''" as a closing quote, "?`" as "¿".
      .replace(/([-'`,])(?=\1)/g, '$1{}')
      .replace(/([?!])(?=`)/g, '$1{}')
  );
}

/** A verbatim field (url, doi, eprint): nothing escapes there, so the characters BibTeX cannot hold are percent-encoded as in a link. */
export function bibVerbatim(value: string): string {
  return value.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A TeX command or control symbol, a backslash that starts none, a run of spaces, or one character. */
const TOKEN = /\\(?:[A-Za-z]+|[\\&%$#_{}"'`^~.=,;:!\-/@()[\]|<>])|\\|\s+|[^\\\s]/gu;
const OPEN = new Set(['{', '\\{']);
const PARTNER: Record<string, string> = { '}': '{', '\\}': '\\{' };

/** Indexes of the braces in `tokens` that have no partner; `{…}` and `\{…\}` pair only with their own kind. */
function unmatchedBraces(tokens: readonly string[]): Set<number> {
  const open: Record<string, number[]> = { '{': [], '\\{': [] };
  const unmatched = new Set<number>();
  tokens.forEach((t, i) => {
    if (OPEN.has(t)) open[t]?.push(i);
    else if (t in PARTNER && open[PARTNER[t] as string]?.pop() === undefined) unmatched.add(i);
  });
  for (const stack of Object.values(open)) for (const i of stack) unmatched.add(i);
  return unmatched;
}

/** Math as written, with what would break it or the entry made literal: `%`, `#`, `&`, lone braces and backslashes. */
function mathTokens(tokens: readonly string[]): string {
  const unmatched = unmatchedBraces(tokens);
  const body = tokens
    .map((t, i) => {
      if (unmatched.has(i)) return OPEN.has(t) ? '\\lbrace{}' : '\\rbrace{}';
      if (t === '\\') return '\\backslash{}';
      return /^[%#&]$/.test(t) ? `\\${t}` : t;
    })
    .join('');
  // BibTeX styles lower-case titles, math included, unless it is braced.
  return /[A-Z]/.test(body) ? `{$${body}$}` : `$${body}$`;
}

/** Whether a title word has capitals after its first letter ("MoETuner", "GPUs") and needs braces to keep them. */
function needsProtection(word: string): boolean {
  return !/[{}]/.test(word) && /^\S\S*[A-Z]/.test(word.replace(/^[^A-Za-z]+/, ''));
}

/** Text outside math: LaTeX kept, characters that cannot stand in it escaped, capitalized words braced. */
function textTokens(tokens: readonly string[]): string {
  const unmatched = unmatchedBraces(tokens);
  const out: string[] = [];
  let word: { src: string; tex: string } = { src: '', tex: '' };
  const flush = () => {
    // `{\…}` is a "special character" to BibTeX, whose letters it still lower-cases: brace twice.
    const tex = word.tex.startsWith('\\') ? `{${word.tex}}` : word.tex;
    out.push(needsProtection(word.src) ? `{${tex}}` : word.tex);
    word = { src: '', tex: '' };
  };
  tokens.forEach((t, i) => {
    if (/^\s/.test(t)) {
      flush();
      out.push(' ');
      return;
    }
    const literal =
      unmatched.has(i) || t === '\\' || (t.length === 1 && t in TEXT_SPECIALS && !OPEN.has(t) && t !== '}');
    word.src += t;
    word.tex += literal ? (TEXT_SPECIALS[t.slice(-1)] as string) : t;
  });
  flush();
  return out.join('');
}

/**
 * A title as BibTeX keeps it. A title is LaTeX-bearing text: `$…$` math, commands, accents and
 * groups are kept as written; what cannot be LaTeX is taken literally (a brace without its
 * partner, an unpaired `$`, a backslash that starts no command, and `& % # _ ^ ~ < > |`, which
 * LaTeX text cannot show as themselves). Words and math with capitals are braced so styles that
 * lower-case titles leave them alone.
 */
export function bibTitle(title: string): string {
  const tokens = title.match(TOKEN) ?? [];
  const dollars = tokens.flatMap((t, i) => (t === '$' ? [i] : []));
  // An odd `$` out: the last one is a dollar sign.
  if (dollars.length % 2 === 1) dollars.pop();
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < dollars.length; k += 2) {
    const [open, close] = [dollars[k] as number, dollars[k + 1] as number];
    parts.push(textTokens(tokens.slice(from, open)), mathTokens(tokens.slice(open + 1, close)));
    from = close + 1;
  }
  parts.push(textTokens(tokens.slice(from)));
  return parts.join('');
}
