import { agreeing } from '../base/plural.js';
import { ARCHIVE_NAMES, CATEGORY_ALIASES, CATEGORY_NAMES } from './category-table.js';
import type { Paper } from './paper.js';
import { fold } from './text.js';

/** A category or archive that a text names. */
export interface NamedCategory {
  /** "cs.CV", or an archive such as "q-fin". */
  code: string;
  /** True for an archive with categories under it ("astro-ph" stands for every astro-ph.*). */
  archive: boolean;
  /** The words of the text that named it, folded. */
  phrase: string;
  /** Where those words are in the text, and how long they are. */
  at: number;
  length: number;
}

/** Known codes by their lower-case form, so "CS.cl" finds "cs.CL". */
const CANONICAL = new Map<string, string>(
  [...Object.keys(ARCHIVE_NAMES), ...Object.keys(CATEGORY_NAMES)].map((c) => [c.toLowerCase(), c]),
);

/** Archives that have categories under them. */
const SPLIT_ARCHIVES = new Set(
  Object.keys(CATEGORY_NAMES).flatMap((c) => (c.includes('.') ? [c.slice(0, c.indexOf('.'))] : [])),
);

// Official names that are everyday words, too loose to read as a category on their own.
const LOOSE_NAMES = new Set(['sound', 'performance', 'applications', 'computation', 'methodology', 'logic']);

/** Phrase (folded words joined by one space) → the codes it names. */
const PHRASES = buildPhrases();
const LONGEST = Math.max(...[...PHRASES.keys()].map((k) => k.split(' ').length));

function phraseKey(text: string): string {
  return (fold(text).match(/[a-z0-9]+/g) ?? []).join(' ');
}

function buildPhrases(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    const key = phraseKey(name);
    if (LOOSE_NAMES.has(key)) return;
    out.set(key, [...new Set([...(out.get(key) ?? []), code])]);
  };
  for (const [code, name] of Object.entries(ARCHIVE_NAMES)) {
    add(name, code);
    if (/^[a-z]+$/.test(code)) add(code, code);
  }
  for (const [code, name] of Object.entries(CATEGORY_NAMES)) add(name, code);
  // An alias replaces what official names gave: "economics" is the econ archive, not also q-fin.EC.
  for (const [alias, codes] of Object.entries(CATEGORY_ALIASES)) out.set(phraseKey(alias), [...codes]);
  return out;
}

/** The canonical spelling of a known code ("CS.cl" gives "cs.CL"), or undefined. */
export function canonicalCode(code: string): string | undefined {
  return CANONICAL.get(code.trim().toLowerCase().replace(/\.\*$/, ''));
}

/** Whether a code is an archive with categories under it ("cs", "astro-ph"; not "quant-ph"). */
export function isArchive(code: string): boolean {
  const known = canonicalCode(code);
  return known !== undefined && SPLIT_ARCHIVES.has(known);
}

/** The archive a code belongs to: "astro-ph" for "astro-ph.HE", "quant-ph" for "quant-ph". */
export function archiveOf(code: string): string {
  const c = canonicalCode(code) ?? code;
  const dot = c.indexOf('.');
  return dot < 0 ? c : c.slice(0, dot);
}

/** arXiv's name for a category or archive: "Computation and Language" for "cs.CL". */
export function categoryName(code: string): string | undefined {
  const c = canonicalCode(code);
  if (c === undefined) return undefined;
  return CATEGORY_NAMES[c] ?? ARCHIVE_NAMES[c];
}

function named(code: string, phrase: string, at: number, length: number): NamedCategory {
  return { code, archive: SPLIT_ARCHIVES.has(code), phrase, at, length };
}

// A code as written with a dot or a hyphen: "cs.CL", "cond-mat.stat-mech", "astro-ph.*", "q-fin".
// Codes that are plain words ("cs", "math", "physics") are read with the names, where a longer
// phrase wins: "high energy physics" is hep-*, not physics.
const CODE =
  /(?<![\w.-])([a-z]{1,8}(?:-[a-z]{2,4}(?:\.(?:\*|[a-z]{2,8}(?:-[a-z]{2,5})?))?|\.(?:\*|[a-z]{2,8}(?:-[a-z]{2,5})?)))(?![\w-])/g;

/**
 * The categories and archives a text names, in the order it names them: codes ("cs.CL",
 * "astro-ph.*", "cs"), official names ("Statistical Finance") and everyday words ("astro",
 * "computer vision"); the longest phrase wins, so "statistical finance" is q-fin.ST, not q-fin.
 */
export function categoriesNamed(text: string): NamedCategory[] {
  const folded = fold(text);
  const found: { at: number; cat: NamedCategory }[] = [];
  let rest = '';
  let last = 0;
  for (const m of folded.matchAll(CODE)) {
    const code = canonicalCode(m[1] as string);
    if (code === undefined) continue;
    found.push({ at: m.index, cat: named(code, m[1] as string, m.index, m[0].length) });
    // A code also ends a phrase: "cs.LG machine learning" is two mentions.
    rest += `${folded.slice(last, m.index)}|${' '.repeat(m[0].length - 1)}`;
    last = m.index + m[0].length;
  }
  rest += folded.slice(last);
  for (const piece of rest.matchAll(/[^|]+/g)) found.push(...namesIn(piece[0], piece.index));
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.cat)
    .filter((c) => !seen.has(c.code) && seen.add(c.code));
}

/** Name and alias mentions in a piece of folded text without codes, longest phrase first. */
function namesIn(piece: string, offset: number): { at: number; cat: NamedCategory }[] {
  const words = [...piece.matchAll(/[a-z0-9]+/g)];
  const out: { at: number; cat: NamedCategory }[] = [];
  for (let i = 0; i < words.length;) {
    let step = 1;
    for (let n = Math.min(LONGEST, words.length - i); n > 0; n--) {
      const phrase = words
        .slice(i, i + n)
        .map((w) => w[0])
        .join(' ');
      const codes = PHRASES.get(phrase);
      if (codes === undefined) continue;
      const at = offset + (words[i]?.index ?? 0);
      const last = words[i + n - 1] as RegExpMatchArray;
      const length = offset + (last.index ?? 0) + last[0].length - at;
      for (const code of codes) out.push({ at, cat: named(code, phrase, at, length) });
      step = n;
      break;
    }
    i += step;
  }
  return out;
}

/**
 * Whether a paper carries a category, or any category of an archive ("astro-ph", "cs", "astro-ph.*");
 * with `primary`, only its first tag counts.
 */
export function inCategory(p: Paper, codeOrArchive: string, options: { primary?: boolean } = {}): boolean {
  const code = canonicalCode(codeOrArchive) ?? codeOrArchive.replace(/\.\*$/, '');
  const prefix = code.includes('.') ? undefined : `${code}.`;
  const tags = options.primary ? p.categories.slice(0, 1) : p.categories;
  return tags.some((t) => t === code || (prefix !== undefined && t.startsWith(prefix)));
}

/**
 * A paper's categories as a line: "eess.SP (primary); cross-lists cs.AI, cs.CL", or
 * "cs.DC (primary; no cross-lists)"; with `names`, each code followed by arXiv's name for it.
 * Undefined when the listing shows no categories.
 */
export function describeCategories(p: Paper, options: { names?: boolean } = {}): string | undefined {
  const show = (code: string) => {
    const name = options.names ? categoryName(code) : undefined;
    return name === undefined ? code : `${code} (${name})`;
  };
  const [primary, ...cross] = p.categories;
  if (primary === undefined) return undefined;
  if (cross.length === 0) return `${show(primary)} (primary; no cross-lists)`;
  const label = agreeing(cross.length, 'cross-list', 'cross-lists');
  return `${show(primary)} (primary); ${label} ${cross.map(show).join(', ')}`;
}
