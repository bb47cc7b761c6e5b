import { isFrameWord } from './entities.js';

// "I'm filling in a row for Diwakar Mahajan: how many papers show his name?": "his" is the one person
// named before it. A "his" or "her" with no one named before it leans on an earlier question.

// Two or three capitalized words, initials between them: "Diwakar Mahajan", "Carey E. Priebe".
const NAME = /\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{L}'-]+){1,2}(?=[\s,:;.!?']|$)/gu;
// Capitalized words that open a sentence rather than a name.
const OPENERS =
  /^(?:which|what|who|whose|how|when|where|is|are|was|were|does|did|do|has|have|can|could|please|list|show|give|tell|find|name|i|i'm|im|my|our|for|in|on|of|the|a|an|and|so|ok|hi|hello|hey|yes|no)$/i;
const PRONOUN = /\b(his|her)\b(?=\s+[\p{L}])/iu;

/** The people a text names: capitalized words in a row, not counting a word that opens a sentence. */
function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    const words = m[0].replace(/'s$/, '').split(/\s+/);
    while (words.length > 0 && OPENERS.test(words[0] as string)) words.shift();
    if (words.length >= 2) out.add(words.join(' '));
  }
  return out;
}

// "Filip Radenovich: how many papers is he on here, …": a person named as the question's label.
const LABEL = /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{L}'-]+){1,2})\s*:\s+(\S.*)$/u;

/** "Name: how many papers is he on": the question with the person in place of "he", or after "papers". */
function labelled(text: string): string | undefined {
  const m = LABEL.exec(text);
  const name = m?.[1];
  if (!m || !name || OPENERS.test(name.split(/\s+/)[0] as string)) return undefined;
  const rest = m[2] as string;
  if (/\b(?:he|she|him|his|her)\b/i.test(rest))
    return rest.replace(/\b(?:his|her)\b(?=\s+[\p{L}])/giu, `${name}'s`).replace(/\b(?:he|she|him|her)\b/gi, name);
  return /\bpapers?\b/i.test(rest) ? rest.replace(/\bpapers?\b/i, (w) => `${w} by ${name}`) : undefined;
}

/** The question with "his"/"her" read as the one person named before it, when there is exactly one. */
export function withPronounPerson(text: string): string {
  const label = labelled(text);
  if (label) return label;
  const pronoun = PRONOUN.exec(text);
  if (!pronoun) return text;
  const before = text.slice(0, pronoun.index);
  const names = namesIn(before);
  if (names.size !== 1) return text;
  const [name] = names as Set<string> & [string];
  // "which of Divya Mahajan's papers is her newest": already said whose.
  const whose = before.includes(`${name}'s`) ? 'the' : `${name}'s`;
  return `${before}${whose}${text.slice(pronoun.index + pronoun[0].length)}`;
}

/**
 * Whether "his" or "her" stands for someone the question does not name before it: only the words
 * that frame a question come first ("which of her papers"), not a name typed in lower case.
 */
export function unnamedPerson(text: string): boolean {
  const pronoun = PRONOUN.exec(text);
  if (!pronoun) return false;
  const before = text.slice(0, pronoun.index).match(/[\p{L}'-]+/gu) ?? [];
  return before.every((w) => isFrameWord(w));
}
