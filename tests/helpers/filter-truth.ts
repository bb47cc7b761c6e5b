// Whether a paper can satisfy a PaperFilter, by the tests' own rules read from the paper's fields,
// independent of src/search/filter-engine.ts. Where the tests' rules are looser than the engine's
// (author initials and prefixes, stemmed topic words, page counts in comments) a clause gives every
// outcome it might have, so the check never blames the engine for the tests' own vagueness.
import type { Paper } from '../../src/listing/paper.js';
import { STOP_WORDS } from '../../src/search/terms.js';
import type { Clause, PaperFilter } from '../../src/search/paper-filter.js';
import { foldWords, stem } from './folded-words.js';
import { type Acronyms, hasAll } from './listing-acronyms.js';

/** Three-valued truth: null when the listing cannot tell (authors behind "et al.", a missing field). */
export type Truth = boolean | null;

/** The outcomes a paper may have under a filter: a set of truths. */
export type Outcomes = ReadonlySet<Truth>;

const T: Outcomes = new Set([true]);
const F: Outcomes = new Set([false]);
const U: Outcomes = new Set([null]);
const TF: Outcomes = new Set([true, false]);
const ANY: Outcomes = new Set([true, false, null]);
const of = (...values: Truth[]): Outcomes => new Set(values);

/** What the tests know besides the paper: the listing's acronyms, and words the answer says it read otherwise. */
export interface Context {
  acronyms: Acronyms;
  /** Typed words the answer says it read as other words ('read "difusion" as …'), or no paper has. */
  reread: ReadonlySet<string>;
}

export function outcomes(p: Paper, f: PaperFilter | null, ctx: Context): Outcomes {
  if (f === null) return T;
  if ('all' in f) return f.all.reduce((acc, g) => lift(acc, outcomes(p, g, ctx), and), T);
  if ('any' in f) return f.any.reduce((acc, g) => lift(acc, outcomes(p, g, ctx), or), F);
  if ('not' in f) return new Set([...outcomes(p, f.not, ctx)].map((v) => (v === null ? null : !v)));
  return clause(p, f, ctx);
}

function and(a: Truth, b: Truth): Truth {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}

function or(a: Truth, b: Truth): Truth {
  return a === true || b === true ? true : a === null || b === null ? null : false;
}

function lift(a: Outcomes, b: Outcomes, op: (x: Truth, y: Truth) => Truth): Outcomes {
  const out = new Set<Truth>();
  for (const x of a) for (const y of b) out.add(op(x, y));
  return out;
}

function clause(p: Paper, c: Clause, ctx: Context): Outcomes {
  switch (c.kind) {
    case 'topic':
      return topic(p, c.words, ctx);
    case 'mentions': {
      const text = c.field === 'title' ? p.title : p[c.field];
      if (c.at === 'start') return text?.toLowerCase().split(/\s+/)[0] === c.words.toLowerCase() ? T : F;
      return text === undefined ? F : wordsIn(c.words, text, ctx) ? TF : F;
    }
    case 'author':
      return author(p, c.name, c.position);
    case 'date': {
      const v = c.field === 'announced' ? `${p.announced}-01` : p[c.field];
      return (!c.from || v >= c.from) && (!c.until || v < c.until) ? T : F;
    }
    case 'weekday': {
      const [y, m, d] = p[c.field].split('-').map(Number);
      // Zeller-free: a UTC date from its parts, read back as a weekday.
      return c.days.includes(new Date(Date.UTC(y as number, (m as number) - 1, d)).getUTCDay()) ? T : F;
    }
    case 'category':
      return category(p, c);
    case 'has':
      return has(p, c.field);
    case 'revised':
      return revised(p) === c.value ? T : F;
    case 'paper':
      return c.ids.includes(p.id) ? T : F;
    case 'measure':
      return measure(p, c);
  }
}

/** The asked words that must be in a paper: not stop words, not words the answer read otherwise. */
function askedWords(words: string, ctx: Context): string[] {
  return foldWords(words).filter((w) => !STOP_WORDS.has(w) && !ctx.reread.has(w));
}

/** Words of one field, each found by the first letters of its stem. */
function wordsIn(words: string, text: string, ctx: Context): boolean {
  const haystack = foldWords(text).join(' ');
  return askedWords(words, ctx).every((w) => haystack.includes(stem(w)));
}

/** Topics are searched in the title, the abstract and the author names; an acronym also as its long form. */
function topic(p: Paper, words: string, ctx: Context): Outcomes {
  const folded = foldWords(`${p.title} ${p.abstract} ${p.authors.join(' ')}`);
  const haystack = folded.join(' ');
  const spelledOut = (w: string) =>
    [w, w.replace(/s$/, '')].some((k) => (ctx.acronyms.get(k) ?? []).some((long) => hasAll(folded, long, stem)));
  return askedWords(words, ctx).every((w) => haystack.includes(stem(w)) || spelledOut(w)) ? TF : F;
}

/** Same words, any order. */
function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/** Every asked word matches a distinct word of the name: equal, a prefix, or an initial either way. */
function mayBeName(asked: string[], name: string[]): boolean {
  const used = new Set<number>();
  return asked.every((q) => {
    const at = name.findIndex((t, i) => !used.has(i) && (t.startsWith(q) || (t.length === 1 && q.startsWith(t))));
    if (at >= 0) used.add(at);
    return at >= 0;
  });
}

function author(p: Paper, name: string, position: 'first' | 'second' | 'last' | undefined): Outcomes {
  const asked = foldWords(name);
  const names = p.authors.map(foldWords);
  const exact = (n: string[]) => sameName(asked, n);
  const loose = (n: string[]) => mayBeName(asked, n);
  const hidden = p.hiddenAuthorCount > 0;
  if (position === 'first') {
    const first = names[0] ?? [];
    return exact(first) ? T : loose(first) ? TF : F;
  }
  if (position === 'second') {
    if (names.length < 2) return hidden ? U : F;
    const second = names[1] ?? [];
    return exact(second) ? T : loose(second) ? TF : F;
  }
  if (position === 'last') {
    // Behind "et al." the last author is not shown: someone shown is not last, anyone else may be.
    if (hidden) return names.some(exact) ? F : names.some(loose) ? of(false, null) : U;
    const last = names[names.length - 1] ?? [];
    return exact(last) ? T : loose(last) ? TF : F;
  }
  if (names.some(exact)) return T;
  if (names.some(loose)) return of(true, hidden ? null : false);
  return hidden ? U : F;
}

function category(p: Paper, c: Extract<Clause, { kind: 'category' }>): Outcomes {
  if (p.categories.length === 0) return U;
  const code = c.code.toLowerCase();
  const cats = (c.primary ? p.categories.slice(0, 1) : p.categories).map((x) => x.toLowerCase());
  return cats.some((k) => k === code || (c.archive === true && k.startsWith(`${code}.`))) ? T : F;
}

/** More than one version: the listing's "v1 submitted", a later latest date, or a version above 1. */
export function revised(p: Paper): boolean {
  return p.revised ?? (p.updated !== p.submitted || (p.version ?? 1) > 1);
}

const CODE_HOSTS = /github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|sourceforge\.net/i;

function has(p: Paper, field: Extract<Clause, { kind: 'has' }>['field']): Outcomes {
  const yes = (b: boolean) => (b ? T : F);
  switch (field) {
    case 'hiddenAuthors':
      return yes(p.hiddenAuthorCount > 0);
    case 'code':
      return CODE_HOSTS.test(`${p.comments ?? ''} ${p.urls.join(' ')}`) ? TF : F;
    case 'projectPage':
      return /https?:\/\//.test(`${p.comments ?? ''} ${p.urls.join(' ')}`) ? TF : F;
    case 'pages':
      return /pages?\b|pp\b/i.test(p.comments ?? '') ? TF : F;
    case 'figures':
      return /fig(?:ure)?s?\b/i.test(p.comments ?? '') ? TF : F;
    case 'acceptance':
      return p.journalRef ? T : p.comments ? TF : F;
    case 'submission':
      return p.journalRef ? F : p.comments ? TF : F;
    default:
      return yes(p[field] !== undefined);
  }
}

const DAY = 86_400_000;

function measure(p: Paper, c: Extract<Clause, { kind: 'measure' }>): Outcomes {
  const compare = (v: number | undefined): Outcomes => {
    if (v === undefined) return U;
    const ops = { '>': v > c.value, '<': v < c.value, '>=': v >= c.value, '<=': v <= c.value, '=': v === c.value };
    return ops[c.op] ? T : F;
  };
  switch (c.measure) {
    case 'submitted':
    case 'updated':
      return compare(Date.parse(`${p[c.measure]}T00:00:00Z`));
    case 'authors':
      return compare(p.authors.length + p.hiddenAuthorCount);
    case 'shownAuthors':
      return compare(p.authors.length);
    case 'titleLength':
      return compare(p.title.length);
    case 'titleWords':
      return compare(p.title.trim().split(/ +/).length);
    case 'categories':
      return compare(p.categories.length || undefined);
    case 'revisionGap':
      return compare(revised(p) ? Math.round((Date.parse(p.updated) - Date.parse(p.submitted)) / DAY) : undefined);
    case 'versions':
      return compare(revised(p) ? ((p.version ?? 0) > 1 ? p.version : undefined) : 1);
    case 'pages':
      return /pages?\b|pp\b/i.test(p.comments ?? '') ? ANY : U;
    case 'figures':
      return /fig/i.test(p.comments ?? '') ? ANY : U;
    case 'tables':
      return /tables?\b/i.test(p.comments ?? '') ? ANY : U;
    case 'arxivId':
      return compare(p.arxivId && /^\d{4}\.\d{4,5}$/.test(p.arxivId) ? Number(p.arxivId) : undefined);
  }
}
