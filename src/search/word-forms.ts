import { createRequire } from 'node:module';
import pluralize from 'pluralize';

/** WordNet's Morphy: the base form of a word as each part of speech; the word itself when there is none. */
interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

// Required, not imported: an ESM import of a CommonJS file first scans its source for exports,
// and WordNet's word list is 1.9 MB of source.
const require = createRequire(import.meta.url);
const lemmatize = require('wink-lemmatizer') as Lemmatizer;
/** WordNet's base forms, each with the index of its senses. */
const wordNetWords = require('wink-lexicon/src/wn-words.js') as Readonly<Record<string, number>>;
/** The lexicographer files of each word's senses: 0–1 and 44 adjectives, 2 adverbs, 3–28 nouns, 29–43 verbs. */
const wordNetSenses = require('wink-lexicon/src/wn-word-senses.js') as readonly (readonly number[])[];

/** A part of speech WordNet can give a base form. */
type Part = 'noun' | 'verb' | 'adjective';

/** Whether WordNet has this base form as this part of speech. */
function is(word: string, part: Part): boolean {
  const index = wordNetWords[word];
  if (index === undefined) return false;
  return (wordNetSenses[index] ?? []).some((s) =>
    part === 'noun' ? s >= 3 && s <= 28 : part === 'verb' ? s >= 29 && s <= 43 : s <= 1 || s === 44,
  );
}

/** Whether `base` is `word` less a regular ending: "studied" of "study", "making" of "make"; not "left" of "leave". */
function regular(word: string, base: string): boolean {
  return word.startsWith(base.slice(0, -1));
}

/** The singular of a plural noun WordNet knows; the word itself otherwise. */
function nounForm(word: string): string {
  // "physics", "dynamics", "statistics" name fields; they are not plurals of "physic" or "dynamic".
  if (word.endsWith('ics') && is(word, 'noun')) return word;
  const base = lemmatize.noun(word);
  // WordNet lists "synapses" only as the plural of "synapsis": a "-ses" word is read as the plural
  // of its "-se" noun ("synapse", "base") when there is one.
  const se = word.slice(0, -1);
  if (base !== word && word.endsWith('ses') && is(se, 'noun')) return se;
  return base;
}

/** The base form of a regular verb form ("distributed", "computing", "uses"); the word itself otherwise. */
function verbForm(word: string): string {
  // "seed", "speed", "bed" end as a past tense does.
  if (word.endsWith('ed') && is(word, 'noun')) return word;
  const base = lemmatize.verb(word);
  // Irregular forms are often words of their own: "left" (leave), "ground" (grind), "bit" (bite).
  if (base === word || !regular(word, base)) return word;
  // Morphy tries the bare stem first and reads "coding" as "cod", "staging" as "stag": a stem that
  // ends in a vowel and one consonant, not doubled before the ending, is that of a verb in -e when
  // there is one ("code", "stage"), as "coded" would otherwise be "codded".
  if (/[aeiou][^aeiouwxy]$/.test(base) && word[base.length] !== base.at(-1) && is(`${base}e`, 'verb'))
    return `${base}e`;
  return base;
}

/** The positive of a regular comparative or superlative ("larger", "smallest"); the word itself otherwise. */
function adjectiveForm(word: string): string {
  // "layer", "number", "lower" are words of their own; "better" is not a form of "good" here.
  if (is(word, 'noun') || is(word, 'verb')) return word;
  const base = lemmatize.adjective(word);
  return regular(word, base) ? base : word;
}

/**
 * The singular of a plural that WordNet does not know ("embeddings", "qubits", "datasets", and
 * "emojis", "wikis": a consonant before "-is"). Other words in "-as", "-is", "-os", "-us" and "-ys"
 * are left alone: most are names ("Andreas", "Tomas", "Luis"), Latin singulars or adverbs, not
 * plurals; so are fields' names in "-ics" ("connectomics"). Query and index read words alike, so a
 * name read as a plural ("Dennis") still finds itself.
 */
function unknownPlural(word: string): string {
  if (!/(?:[^aiouys]|[^aeiou]i)s$/.test(word) || word.endsWith('ics') || wordNetWords[word] !== undefined) return word;
  return pluralize.isPlural(word) ? pluralize.singular(word) : word;
}

// "GPUs", "LLMs", "MoEs": the plural of an acronym, told by its capitals.
const ACRONYM_PLURAL = /^[A-Z][A-Za-z0-9]*[A-Z0-9]s$/;

/**
 * The dictionary form of a word, joining only the inflections of one word: plurals (systems,
 * synapses, qubits, GPUs), regular verb forms (distributes, distributed, distributing) and regular
 * comparatives (larger, largest). Words derived from one another stay apart: "distribution" is
 * not "distributed", "computation" is not "computing". `folded` is `word` folded (see `fold`).
 */
export function wordForm(word: string, folded: string): string {
  if (ACRONYM_PLURAL.test(word)) return folded.slice(0, -1);
  if (folded.length <= 3 || !/^[a-z]+$/.test(folded)) return folded;
  return american(inflectionBase(folded));
}

// British endings and their American spellings: "behaviour", "organisation", "analyse", "centre", "catalogue", "defence".
const BRITISH: [RegExp, string][] = [
  [/our$/, 'or'],
  [/isation$/, 'ization'],
  [/ise$/, 'ize'],
  [/yse$/, 'yze'],
  [/([bt])re$/, '$1er'],
  [/ogue$/, 'og'],
  [/ence$/, 'ense'],
];

/**
 * The American spelling of a British one, when WordNet has it: "behaviour" and "behavior" are one
 * word. Short words are left alone ("four" is not "for", "prise" not "prize").
 */
function american(word: string): string {
  if (word.length < 6) return word;
  for (const [ending, us] of BRITISH) {
    const other = word.replace(ending, us);
    if (other !== word && wordNetWords[other] !== undefined) return other;
  }
  return word;
}

function inflectionBase(folded: string): string {
  const noun = nounForm(folded);
  // "findings", "embeddings": the plural of a verb's -ing form is read as that form.
  if (noun !== folded) return noun.endsWith('ing') ? verbForm(noun) : noun;
  if (/(?:s|ed|ing)$/.test(folded)) {
    const verb = verbForm(folded);
    if (verb !== folded) return verb;
  }
  if (/(?:er|est)$/.test(folded)) {
    const adjective = adjectiveForm(folded);
    if (adjective !== folded) return adjective;
  }
  const singular = unknownPlural(folded);
  return singular.endsWith('ing') ? verbForm(singular) : singular;
}
