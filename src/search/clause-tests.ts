import { nameKey } from '../listing/names.js';
import { type Paper, isRevised } from '../listing/paper.js';
import { termsOf } from '../listing/text.js';
import type { AuthorMap } from './author-map.js';
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
      const wanted = termsOf(c.words);
      return (p) => {
        const text = c.field === 'title' ? p.title : p[c.field];
        return (
          text !== undefined && wanted.length > 0 && ` ${termsOf(text).join(' ')} `.includes(` ${wanted.join(' ')} `)
        );
      };
    }
    case 'date': {
      const { field, from, until } = c;
      return (p) => {
        const v = field === 'announced' ? `${p.announced}-01` : p[field];
        return (!from || v >= from) && (!until || v < until);
      };
    }
    case 'category': {
      const code = c.code.toLowerCase();
      const fits = (cat: string) => {
        const k = cat.toLowerCase();
        return k === code || (c.archive === true && k.startsWith(`${code}.`));
      };
      return (p) =>
        p.categories.length === 0 ? null : (c.primary ? p.categories.slice(0, 1) : p.categories).some(fits);
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
  const people = exact ? [exact] : authors.resolve(c.name);
  if (people.length === 0) notes.push(`no author matches "${c.name}"`);
  const keys = new Set(people.map((a) => a.key));
  const theirs = new Set(people.flatMap((a) => a.papers));
  return (p) => {
    const shown = theirs.has(p);
    if (!c.position) return shown ? true : p.hiddenAuthorCount > 0 ? null : false;
    if (c.position === 'first') return keys.has(nameKey(p.authors[0] as string));
    if (p.hiddenAuthorCount > 0) return shown ? false : null;
    return keys.has(nameKey(p.authors[p.authors.length - 1] as string));
  };
}
