// Turns the LaTeX that arXiv abstracts carry into readable plain text.

const SYMBOLS: Record<string, string> = {
  times: '×',
  cdot: '·',
  pm: '±',
  mp: '∓',
  sim: '~',
  approx: '≈',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  ll: '≪',
  gg: '≫',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  propto: '∝',
  in: '∈',
  cdots: '⋯',
  ldots: '…',
  dots: '…',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  textasciitilde: '~',
  textbackslash: '\\',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};

// Escaped characters that are spacing, not text: "\\" (line break), "\," "\;" "\!" (thin spaces).
const SPACING: Record<string, string> = { '\\': ' ', ',': ' ', ';': ' ', '!': '' };

// Commands whose one argument is the text to keep.
const WRAPPERS = new Set([
  'emph',
  'textbf',
  'textit',
  'texttt',
  'textsc',
  'textrm',
  'textsf',
  'textup',
  'textnormal',
  'underline',
  'small',
  'footnotesize',
  'large',
  'Large',
  'tiny',
  'mathrm',
  'mathbf',
  'mathit',
  'mathcal',
  'mathbb',
  'mathsf',
  'mathtt',
  'boldsymbol',
  'text',
  'mbox',
  'hbox',
  'operatorname',
  'bm',
  'textsuperscript',
  'textsubscript',
  'url',
  'uline',
  'sout',
  'hl',
]);

// Declarations such as {\em x} that style the rest of their group.
const DECLARATIONS = new Set([
  'em',
  'bf',
  'it',
  'tt',
  'sc',
  'rm',
  'sf',
  'small',
  'footnotesize',
  'large',
  'Large',
  'normalsize',
  'bfseries',
  'itshape',
  'ttfamily',
]);

// Zero-argument macros that papers define for their own system's name.
const SELF_NAME =
  /^(?:our|the|my)?(?:framework|method|system|model|approach|tool|name|technique|algo|algorithm|design|arch|architecture|dataset|benchmark|proj|project)s?$/i;

/** Text inside the braces starting at `open`, and the index after the closing brace. */
function group(text: string, open: number): { inner: string; end: number } | null {
  if (text[open] !== '{') return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
    }
  }
  return null;
}

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

function convert(text: string, selfName: string | null, urls: string[]): string {
  let out = '';
  let i = 0;
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
        out += SPACING[sym] ?? sym;
        continue;
      }
      const name = m[1] as string;
      if (name === 'href') {
        const target = group(text, skipSpace(text, i));
        const label = target ? group(text, skipSpace(text, target.end)) : null;
        if (target && label) {
          urls.push(target.inner.trim());
          out += convert(label.inner, selfName, urls);
          i = label.end;
        }
        continue;
      }
      if (name === 'frac') {
        const a = group(text, skipSpace(text, i));
        const b = a ? group(text, skipSpace(text, a.end)) : null;
        if (a && b) {
          out += `${convert(a.inner, selfName, urls)}/${convert(b.inner, selfName, urls)}`;
          i = b.end;
        }
        continue;
      }
      if (WRAPPERS.has(name)) {
        const g = group(text, skipSpace(text, i));
        if (g) {
          if (name === 'url') urls.push(g.inner.trim());
          out += convert(g.inner, selfName, urls);
          i = g.end;
        }
        continue;
      }
      if (DECLARATIONS.has(name)) {
        if (text[i] === ' ') i++;
        continue;
      }
      const symbol = SYMBOLS[name];
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
        out += convert(mathText(m[1] as string), selfName, urls);
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
  const urls: string[] = [];
  for (const url of [...linked, ...findUrls(raw)]) {
    if (!urls.includes(url)) urls.push(url);
  }
  return { text, urls };
}

/** URLs written out in a text, trailing punctuation and LaTeX braces removed. */
export function findUrls(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s{}<>"\\]+/g)) {
    const url = m[0].replace(/[.,;:!?)\]']+$/, '');
    if (url.length > 10 && !out.includes(url)) out.push(url);
  }
  return out;
}
