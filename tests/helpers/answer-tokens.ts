// The token rules the question-table grader uses to find an expected value in a reply's text,
// written here from the tables' value shapes, not from the engine's wording.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december)';

/** Lower case, diacritics stripped, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `s` as a literal inside a RegExp. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `needle` occurs in `text` (both folded) with no letter or digit glued to either end. */
export function hasPhrase(text: string, needle: string): boolean {
  const n = fold(needle);
  if (!n) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** Every number written in digits, thousands commas removed ("1,323" gives "1323"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
}

/**
 * Whether a number is written as a whole number. An expected decimal ("5.1") matches a written
 * decimal that rounds to it ("5.08"); a bare "5" does not match "5.0".
 */
export function hasNumber(text: string, expected: number | string): boolean {
  const want = String(expected);
  const decimals = want.split('.')[1]?.length ?? 0;
  return numbersIn(text).some((n) => {
    if (decimals === 0) return Number(n) === Number(want);
    if (!n.includes('.')) return false;
    return Number(n).toFixed(decimals) === Number(want).toFixed(decimals);
  });
}

function monthNames(month: number): string[] {
  const full = MONTHS[month - 1] as string;
  return month === 9 ? [full, 'sept', 'sep'] : full.length > 3 ? [full, full.slice(0, 3)] : [full];
}

/** A day written "18 Sep 2024", "18 September 2024", "September 18, 2024", "Sep 18 2024" or "2024-09-18". */
export function hasDate(text: string, day: number, month: number, year: number): boolean {
  const t = fold(text);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (t.includes(iso)) return true;
  return monthNames(month).some((m) => {
    const dayFirst = new RegExp(`(?<!\\d)${day}(?:st|nd|rd|th)? ${m}\\.?,? ${year}(?!\\d)`);
    const monthFirst = new RegExp(`(?<![a-z])${m}\\.? ${day}(?:st|nd|rd|th)?,? ${year}(?!\\d)`);
    return dayFirst.test(t) || monthFirst.test(t);
  });
}

/** A month written "Sep 2024", "September 2024" or "2024-09". */
export function hasMonth(text: string, month: number, year: number): boolean {
  const t = fold(text);
  if (new RegExp(`(?<!\\d)${year}-${String(month).padStart(2, '0')}(?!-?\\d)`).test(t)) return true;
  return monthNames(month).some((m) => new RegExp(`(?<![a-z])${m}\\.?,? ${year}(?!\\d)`).test(t));
}

/** The ways a distribution label may be written: itself, and a "2024-09" month also as "Sep 2024". */
export function labelForms(label: string): string[] {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return [label];
  const names = monthNames(Number(m[2]));
  return [label, ...names.map((n) => `${n} ${m[1]}`), ...names.map((n) => `${n}. ${m[1]}`)];
}

/** One thing the reply must contain for a value to count as given. */
export interface ValueToken {
  what: string;
  found: (text: string) => boolean;
}

const CATEGORY =
  /(?<![\w.-])(?:(?:cs|math|physics|q-bio|q-fin|stat|eess|econ|astro-ph|cond-mat|nlin)\.[A-Za-z]+(?:-[A-Za-z]+)?|astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nucl-(?:ex|th)|quant-ph)(?![\w-])/g;

/** The fixed-shape tokens of a value, each found by its own rule, taken out of the rest in turn. */
const SHAPES: { re: RegExp; token: (m: RegExpMatchArray) => ValueToken }[] = [
  {
    re: /https?:\/\/[^\s)]+?(?=[.,;]?(?:\s|$))/g,
    token: (m) => {
      const bare = m[0].replace(/^https?:\/\//, '').replace(/\/$/, '');
      return { what: m[0], found: (t) => new RegExp(`${escape(bare)}(?![\\w-])`, 'i').test(t) };
    },
  },
  {
    re: /\b10\.\d{4,9}\/[^\s,;]+/g,
    token: (m) => ({ what: m[0], found: (t) => new RegExp(`${escape(m[0])}(?![\\w/-])`, 'i').test(t) }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH_WORD} (\\d{4})\\b`, 'gi'),
    token: (m) => {
      const [d, mon, y] = [Number(m[1]), MONTHS.indexOf(fold(m[2] as string)) + 1, Number(m[3])];
      return { what: m[0], found: (t) => hasDate(t, d, mon, y) };
    },
  },
  {
    re: new RegExp(`\\b${MONTH_WORD} (\\d{4})\\b`, 'gi'),
    token: (m) => {
      const [mon, y] = [MONTHS.indexOf(fold(m[1] as string)) + 1, Number(m[2])];
      return { what: m[0], found: (t) => hasMonth(t, mon, y) };
    },
  },
  {
    re: /\b\d{4}\.\d{4,5}\b/g,
    token: (m) => ({ what: m[0], found: (t) => new RegExp(`(?<![\\d.])${escape(m[0])}(?!\\d)`).test(t) }),
  },
  { re: CATEGORY, token: (m) => ({ what: m[0], found: (t) => hasPhrase(t, m[0]) }) },
  {
    re: /\b(\d+) ?\+ ?(\d+)\b/g,
    token: (m) => ({ what: m[0], found: (t) => new RegExp(`(?<!\\d)${m[1]} ?\\+ ?${m[2]}(?!\\d)`).test(t) }),
  },
  {
    // A percentage at the table's precision: "58.0%" is given by "58%", "70.7%" is not by "71%".
    re: /\b(\d+(?:\.\d+)?) ?%/g,
    token: (m) => {
      const want = m[1] as string;
      const decimals = want.split('.')[1]?.length ?? 0;
      const given = (t: string) =>
        [...t.matchAll(/(?<![\d.])(\d+(?:\.\d+)?) ?(?:%|percent)/gi)].map((g) => g[1] as string);
      return {
        what: m[0],
        found: (t) => given(t).some((n) => Number(n).toFixed(decimals) === Number(want).toFixed(decimals)),
      };
    },
  },
];

/**
 * What a reply must contain to give `value`. Fixed-shape tokens (URL, DOI, date, month, arXiv id,
 * category, "13+7", "44%") when the value has any; an arXiv id is never read as a decimal: only those count, so the connecting words of
 * "cs.LG and quant-ph (18 each)" or "tie: 27 May 2022, … (2 papers each)" are not required. Else
 * a plain number as a whole number. Else free text (journal ref, comment, title, "748 days"):
 * every word of it, folded, as a whole word.
 */
export function valueTokens(value: string | number): ValueToken[] {
  const plainNumber = /^\d+(?:\.\d+)?$/.test(String(value).trim()) && !/^\d{4}\.\d{4,5}$/.test(String(value).trim());
  if (typeof value === 'number' || plainNumber)
    return [{ what: String(value), found: (t) => hasNumber(t, String(value).trim()) }];
  let rest = value;
  const tokens: ValueToken[] = [];
  for (const shape of SHAPES) {
    for (const m of rest.matchAll(shape.re)) tokens.push(shape.token(m));
    rest = rest.replace(shape.re, ' ');
  }
  if (tokens.length > 0) return tokens;
  const words = [...new Set(fold(value).match(/[\p{L}\p{N}]+/gu) ?? [])];
  return words.map((w) => ({ what: w, found: (t) => hasPhrase(t, w) }));
}
