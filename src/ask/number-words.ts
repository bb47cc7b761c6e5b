// Small numbers as questions write them, in digits or in words.
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** A count as digits or as a word up to twelve. */
export const NUMBER = `\\d{1,5}|${NUMBER_WORDS.join('|')}`;

/** The value of a count as {@link NUMBER} matches it. */
export function numberOf(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word : Number(text);
}
