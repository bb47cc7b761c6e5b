// Words as the property tests compare them, by their own rules: folded, and stemmed loosely.

/** Lower case, no diacritics, no punctuation: the words of a text or a name. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The first four letters of a folded word's stem: loose, and tolerant of the index's dictionary
 * forms ("coding" is found as "code", "mapping" as "map", "studies" as "study").
 */
export function stem(word: string): string {
  // "-es" goes only where English adds it ("boxes", "classes"): "Bayes" is no plural of "bay".
  const bare = word.replace(/(?<=...)(?:ing|ed|(?<=[sxz]|[cs]h)es|s)$/, '');
  return bare.replace(/([^aeiou])\1$/, '$1').slice(0, 4);
}
