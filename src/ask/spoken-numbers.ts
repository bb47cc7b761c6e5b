// Dates said aloud or typed out in words: "twenty twenty four", "two thousand and seventeen",
// "september fourteenth and fifteenth", "the twelfth of december". Only years and days of a month
// are rewritten in digits; other number words keep their meaning ("first author", "one paper").
const UNITS = 'zero one two three four five six seven eight nine'.split(' ');
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const ORDINAL_UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const ORDINAL_TEENS =
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(' ');
const MONTHS = 'january february march april may june july august september october november december';

const one = (words: readonly string[]) => words.join('|');
/** 10 to 99 in words: "fourteen", "twenty four", "ninety-nine". */
export const TENS_AND_TEENS = `(?:(?:${one(TENS)})(?:[- ](?:${one(UNITS.slice(1))}))?|${one(TEENS)})`;
/** 1 to 99 in words. */
const TWO_DIGITS = `(?:${TENS_AND_TEENS}|${one(UNITS.slice(1))})`;
/** 1st to 31st in words: "first", "fourteenth", "twentieth", "thirty-first". */
const DAY = `(?:(?:twenty|thirty)[- ](?:${one(ORDINAL_UNITS)})|twentieth|thirtieth|${one(ORDINAL_TEENS)}|${one(ORDINAL_UNITS)})`;
const ANY_MONTH = `(?:${MONTHS.split(' ').join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
// "May" and "March" are verbs too: as months they follow a preposition ("in may the third", "the first of may").
const MONTH = `(?:${MONTHS.split(' ')
  .filter((m) => m !== 'may' && m !== 'march')
  .join(
    '|',
  )}|(?<=\\b(?:in|on|of|from|since|until|before|after|to|and|between|during) )(?:may|march)|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

/** The value of a number in words from 1 to 99. */
export function twoDigits(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[- ]/);
  const t = TENS.indexOf(tens as string);
  if (t >= 0) return (t + 2) * 10 + (unit ? UNITS.indexOf(unit) : 0);
  const teen = TEENS.indexOf(tens as string);
  return teen >= 0 ? 10 + teen : UNITS.indexOf(tens as string);
}

/** The number of an ordinal: "fifth" is 5, "40th" 40. */
export function ordinalNumber(word: string): number {
  return /^\d/.test(word) ? Number.parseInt(word, 10) : dayOf(word);
}

/** The day of "fourteenth", "twenty-first". */
function dayOf(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[- ]/);
  if (unit) return (tens === 'thirty' ? 30 : 20) + ORDINAL_UNITS.indexOf(unit) + 1;
  if (tens === 'twentieth') return 20;
  if (tens === 'thirtieth') return 30;
  const teen = ORDINAL_TEENS.indexOf(tens as string);
  return teen >= 0 ? 10 + teen : ORDINAL_UNITS.indexOf(tens as string) + 1;
}

const SPOKEN_YEAR = new RegExp(
  `\\b(?:(nineteen|twenty)[- ](${TENS_AND_TEENS})|two thousand(?: and)?[- ](${TWO_DIGITS}))\\b(?![- ](?:${one(UNITS)}|${one(TENS)}|hundred|thousand)\\b)`,
  'gi',
);
const DAYS = `(?:the )?${DAY}(?:(?:,? and|,| or| to| through| until) (?:the )?${DAY})*`;
const MONTH_THEN_DAYS = new RegExp(`\\b(${MONTH}) (${DAYS})\\b`, 'gi');
const DAYS_THEN_MONTH = new RegExp(`\\b(${DAYS})(?: of)? (${MONTH})\\b`, 'gi');
const DAY_WORD = new RegExp(`(?:the )?(${DAY})`, 'gi');

// "14 and 15 September", "September 16 and 18": each day with its month, so each is read as a day.
const DAY_DIGITS = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_PAIR_THEN_MONTH = new RegExp(
  `(?<!\\b(?:we+ke+nd of|between)(?: sat(?:urday)?)? )\\b(${DAY_DIGITS})\\s*(and|or|&)\\s*(${DAY_DIGITS})\\s+(?:of\\s+)?(${ANY_MONTH})\\b`,
  'gi',
);
const MONTH_THEN_DAY_PAIR = new RegExp(
  `(?<!\\bbetween )\\b(${MONTH})\\s+(${DAY_DIGITS})\\s*(and|or|&)\\s*(${DAY_DIGITS})\\b(?!\\s*(?:papers|authors|pages))`,
  'gi',
);

// "seventeen september", "september fifteen": a day said as a plain number next to its month.
const CARDINAL_DAY = `(?:(?:twenty)[- ](?:${one(UNITS.slice(1))})|thirty[- ]one|twenty|thirty|${one(TEENS)}|${one(UNITS.slice(1))})`;
const CARDINAL_THEN_MONTH = new RegExp(`\\b(?:the )?(${CARDINAL_DAY})(?: of)? (${MONTH})\\b`, 'gi');
const MONTH_THEN_CARDINAL = new RegExp(
  `\\b(${MONTH}) (?:the )?(${CARDINAL_DAY})\\b(?! (?:papers|authors|pages|days|weeks|months|years|people))`,
  'gi',
);
const MONTH_DAYS: Record<string, number> = {
  jan: 31,
  mar: 31,
  apr: 30,
  may: 31,
  jun: 30,
  jul: 31,
  aug: 31,
  sep: 30,
  oct: 31,
  nov: 30,
  dec: 31,
};
const LAST_DAY = new RegExp(`\\b(?:on )?the last day of (${MONTH})\\b`, 'gi');

// "between 10 and 15 december": each day with its month, so chrono reads both ends.
const BETWEEN_DAYS = new RegExp(`\\bbetween (${DAY_DIGITS}) and (${DAY_DIGITS}) (?:of )?(${ANY_MONTH})\\b`, 'gi');

/** The question with spoken years and days of a month in digits: "twenty twenty four" → "2024", "september the eighteenth" → "september 18". */
export function spokenDates(text: string): string {
  return (
    text
      // "the 2010s": the ten years; "the last decade": the last ten years.
      .replace(/\b(?:(?:from|in|during) )?(?:the )?((?:19|20)\d)0'?s\b/gi, 'from $10 to $19')
      .replace(/\bthe (last|past) decade\b/gi, 'the $1 10 years')
      .replace(LAST_DAY, (m, month: string) => {
        const days = MONTH_DAYS[month.toLowerCase().slice(0, 3)];
        return days ? `on ${days} ${month}` : m;
      })
      .replace(SPOKEN_YEAR, (_, century?: string, rest?: string, after?: string) =>
        century
          ? String((century.toLowerCase() === 'twenty' ? 2000 : 1900) + twoDigits(rest as string))
          : String(2000 + twoDigits(after as string)),
      )
      .replace(MONTH_THEN_DAYS, (_, month: string, days: string) => `${month} ${inDigits(days)}`)
      .replace(DAYS_THEN_MONTH, (_, days: string, month: string) => `${inDigits(days)} ${month}`)
      // Plain numbers once the ordinals ("thirty-first") are read.
      .replace(CARDINAL_THEN_MONTH, (_, day: string, month: string) => `${twoDigits(day)} ${month}`)
      .replace(MONTH_THEN_CARDINAL, (_, month: string, day: string) => `${month} ${twoDigits(day)}`)
      .replace(BETWEEN_DAYS, (_, a: string, b: string, month: string) => `between ${a} ${month} and ${b} ${month}`)
      .replace(
        DAY_PAIR_THEN_MONTH,
        (_, a: string, and: string, b: string, month: string) => `${a} ${month} ${and} ${b} ${month}`,
      )
      .replace(
        MONTH_THEN_DAY_PAIR,
        (_, month: string, a: string, and: string, b: string) => `${month} ${a} ${and} ${month} ${b}`,
      )
  );
}

function inDigits(days: string): string {
  return days.replace(DAY_WORD, (_, day: string) => String(dayOf(day)));
}
