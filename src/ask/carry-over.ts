// What the later questions of a compound take from the earlier ones: "how many papers were submitted
// before 15 September 2024, and how many on or before that day", "how many papers have at most 3
// authors, and how many have fewer than 3".

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? (?:19|20)\\d{2}\\b|\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}\\b|\\b${MONTH} (?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}\\b`,
  'i',
);
const THAT_DATE = /\bthat (?:day|date|month|year)\b/i;
const BARE_BOUND = /\b(?:(?:fewer|less|more) than|at (?:least|most)|exactly|over|under) \d{1,4}(?=\s*\??\s*$)/i;
const UNIT = /\b(authors|pages|figures|tables|categories)\b/i;

// "In the last 7 days of the listing, how many …, and how many …": a period said once for every part.
const PERIOD_LEAD =
  /^((?:in|during|over|within) (?:the )?(?:(?:last|past|first) (?:\d+|\w+) (?:days|weeks|months)(?: of (?:the|this) listing)?|(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2})),?\s+(?=how|which|what|who)/i;

/** The questions of a compound, each later one with the date or unit it leaves to an earlier one. */
export function carryOver(pieces: readonly string[]): string[] {
  const period = PERIOD_LEAD.exec(pieces[0] ?? '')?.[1];
  return pieces.map((piece, i) => {
    if (i === 0) return piece;
    const before = pieces.slice(0, i).join(' ');
    let out = piece;
    if (period && !DATE.test(out) && !/\b(?:last|past|since|before|after|during)\b/i.test(out))
      out = `${out.replace(/[?.!\s]+$/, '')} ${period}`;
    const date = DATE.exec(before)?.[0];
    if (date && THAT_DATE.test(out)) out = out.replace(THAT_DATE, date);
    const unit = UNIT.exec(before)?.[1];
    const bound = BARE_BOUND.exec(out);
    if (unit && bound && !UNIT.test(out))
      out = `${out.slice(0, bound.index + bound[0].length)} ${unit}${out.slice(bound.index + bound[0].length)}`;
    return out;
  });
}
