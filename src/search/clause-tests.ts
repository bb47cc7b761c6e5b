import { nameKey } from '../listing/names.js';
import { inCategory } from '../listing/categories.js';
import { type Paper, isRevised } from '../listing/paper.js';
import type { Author, AuthorMap } from './author-map.js';
import type { Clause } from './paper-filter.js';
import { hasField, measureOf } from './paper-measures.js';

/** Whether a paper satisfies a condition: null when the listing cannot tell (authors behind "et al."). */
export type Truth = boolean | null;
export type Test = (p: Paper) => Truth;

/** The test of one condition other than a topic. */
export function clauseTest(authors: AuthorMap, c: Exclude<Clause, { kind: 'topic' }>, notes: string[]): Test {
  switch (c.kind) {
    case 'author':
      return authorTest(authors, c, notes);
    case 'mentions': {
      const pattern =
        c.at === 'start'
          ? new RegExp(`^\\s*${anyCase(escape(c.words.trim()))}(?![\\p{L}\\p{N}])`, 'u')
          : mentionPattern(c.words);
      return (p) => {
        const text = c.field === 'title' ? p.title : p[c.field];
        return text !== undefined && pattern.test(text);
      };
    }
    case 'date': {
      const { field, from, until } = c;
      return (p) => {
        const v = field === 'announced' ? `${p.announced}-01` : p[field];
        return (!from || v >= from) && (!until || v < until);
      };
    }
    case 'weekday': {
      const days = new Set(c.days);
      return (p) => days.has(new Date(`${p[c.field]}T00:00:00Z`).getUTCDay());
    }
    case 'category': {
      let noted = false;
      return (p) => {
        if (p.categories.length > 0) return inCategory(p, c.code, { primary: c.primary === true });
        if (!noted) notes.push('papers this listing shows without categories cannot be matched by category');
        noted = true;
        return null;
      };
    }
    case 'has':
      return (p) => hasField(p, c.field);
    case 'revised':
      return (p) => isRevised(p) === c.value;
    case 'paper': {
      const ids = new Set(c.ids);
      return (p) => ids.has(p.id);
    }
    case 'measure':
      return (p) => {
        const v = measureOf(p, c.measure);
        if (v === undefined) return null;
        return c.op === '>'
          ? v > c.value
          : c.op === '<'
            ? v < c.value
            : c.op === '>='
              ? v >= c.value
              : c.op === '<='
                ? v <= c.value
                : v === c.value;
      };
  }
}

/** A person at any position, or first or last; a paper hiding authors cannot rule them out. */
function authorTest(authors: AuthorMap, c: Extract<Clause, { kind: 'author' }>, notes: string[]): Test {
  const exact = authors.get(c.name);
  const people = exact ? [exact, ...spellings(authors, exact)] : authors.resolve(c.name);
  if (people.length === 0) notes.push(`no author matches "${c.name}"`);
  const others = people.filter((a) => a !== exact).map((a) => a.name);
  if (exact && others.length > 0) notes.push(`"${c.name}" read as also ${others.join(', ')}`);
  const keys = new Set(people.map((a) => a.key));
  const theirs = new Set(people.flatMap((a) => a.papers));
  return (p) => {
    const shown = theirs.has(p);
    if (!c.position) return shown ? true : p.hiddenAuthorCount > 0 && !c.shown ? null : false;
    if (c.position === 'first') return keys.has(nameKey(p.authors[0] as string));
    // The second name is shown whenever two are; one shown name and more hidden cannot tell.
    if (c.position === 'second')
      return p.authors.length > 1 ? keys.has(nameKey(p.authors[1] as string)) : p.hiddenAuthorCount > 0 ? null : false;
    // The last of the shown names is not the last author when more are hidden, and the last author is not shown.
    if (p.hiddenAuthorCount > 0) return null;
    return keys.has(nameKey(p.authors[p.authors.length - 1] as string));
  };
}

/**
 * Other spellings of one person: the same name with middle initials ("Louis K. Scheffer" for
 * "Louis Scheffer") or a second family name ("Jesús Arroyo Relión" for "Jesús Arroyo").
 */
function spellings(authors: AuthorMap, person: Author): Author[] {
  const [first, ...rest] = person.tokens;
  if (!first || rest.length === 0 || first.length < 2) return [];
  return authors.withFirstToken(first).filter((a) => {
    if (a === person || a.tokens.length <= person.tokens.length) return false;
    const extra = a.tokens.slice(1);
    let at = 0;
    for (const t of extra) {
      if (at < rest.length && t === rest[at]) at += 1;
      else if (t.length > 1 && at < rest.length) return false;
    }
    return at === rest.length;
  });
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One typed word as written: any case, its plural or singular; an acronym ("GPT") as written, also inside a word ("LifeGPT"). */
function wordPattern(word: string): string {
  // A mark ("?", ":") is looked for as written, wherever it stands.
  if (/^[^\p{L}\p{N}]+$/u.test(word)) return escape(word);
  if (/^[A-Z0-9&]{2,}$/.test(word) && /[A-Z]/.test(word)) return escape(word);
  const singular = /[^aeiou]ies$/i.test(word)
    ? `${word.slice(0, -3)}(?:y|ies)`
    : /ss$/i.test(word)
      ? escape(word)
      : /s$/i.test(word)
        ? `${escape(word.slice(0, -1))}s?`
        : /y$/i.test(word)
          ? `${escape(word.slice(0, -1))}(?:y|ies)`
          : `${escape(word)}(?:s|es)?`;
  return `(?<![\\p{L}\\p{N}])${anyCase(singular)}(?![\\p{L}\\p{N}])`;
}

/** A pattern matching its letters in either case (acronyms beside it keep theirs). */
function anyCase(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
}

/** The words of a field mention, in order, separated by spaces or hyphens. */
function mentionPattern(words: string): RegExp {
  const parts = words.trim().split(/\s+/).filter(Boolean).map(wordPattern);
  return new RegExp(parts.join('[\\s-]+'), 'u');
}
