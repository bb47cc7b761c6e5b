import { fold } from '../listing/text.js';
import type { PaperIndex } from '../search/paper-index.js';

// "Mahajans", "the zhangs": a word that is a family name of the listing with a plural ending.
const PLURAL = /\b(\p{L}[\p{L}'-]+?)(es|s)\b/gu;

/** The family name a plural word stands for, capitalized as a name, if several people of the listing have it. */
function familyOf(index: PaperIndex, word: string, ending: string): string | undefined {
  const plural = fold(word + ending);
  const singular = fold(word);
  if (singular.length < 3 || index.authors.hasNameWord(plural)) return undefined;
  const people = index.authors.withNameWord(singular).filter((a) => a.tokens[a.tokens.length - 1] === singular);
  return people.length > 1 ? word.charAt(0).toUpperCase() + word.slice(1) : undefined;
}

/**
 * "how many Mahajans are there" counts the people of that family name; "papers by the Mahajans"
 * are the papers of any of them; "which mahajans" is "which Mahajans". A plural that is some
 * person's name itself ("Williams") is left as written.
 */
export function familyPlurals(index: PaperIndex, text: string): string {
  if (!/s\b/.test(text)) return text;
  return text.replace(PLURAL, (whole, stem: string, suffix: string, at: number) => {
    // "Priebes" is Priebe's, "Sanchezes" Sanchez's.
    const [word, ending] = suffix === 'es' && familyOf(index, `${stem}e`, 's') ? [`${stem}e`, 's'] : [stem, suffix];
    const name = familyOf(index, word, ending);
    if (!name) return whole;
    const before = text.slice(Math.max(0, at - 30), at);
    if (/\bhow many (?:different |distinct )?$/i.test(before)) return `authors named ${name}`;
    // "papers by Mahajans": any of them, as "by the Mahajans" reads.
    if (/\b(?:by|from) $/i.test(before)) return `the ${name}${ending}`;
    return `${name}${ending}`;
  });
}
