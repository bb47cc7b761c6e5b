import type { QuestionText } from './question-text.js';

// "is there no paper about X", "none of the papers mention Y, right?": whether no paper fits.
const NONE =
  /^(?:(?:(?:is|are) there (?:really |truly )?no|there(?: is|'s| are) (?:really )?no|no) (?=(?:papers?|articles?|preprints?|entries|ones|titles?|abstracts?)\b)|none of(?: the| these| its| this listing's)? (?=(?:[\w.*'’-]+ ){0,3}?(?:papers?|articles?|preprints?|entries|ones|titles?|abstracts?)\b))/i;

// "which months of 2024 had no papers", "were there any years with zero submissions": the empty periods.
const EMPTY_PERIODS_NAMED =
  /(?:^|,\s*)(?:(?:which|what|list|name|show(?: me)?|give me|how many|(?:are|were) there(?: any)?|any) )?(?:(?:the|calendar) )?(months?|years?|days?)\b/i;
const EMPTY_PERIODS_HAD =
  /\b(?:had|have|has|with|saw|got|without) (?:no|zero|0|any)? ?(?:new )?(?:papers?|submissions?|preprints?|articles?)\b/i;
const EMPTY_PERIODS = new RegExp(
  `${EMPTY_PERIODS_NAMED.source}.*?\\b(?:(?:had|have|has|with|saw|got) (?:no|zero|0)|without(?: any)?) (?:new )?(?:papers?|submissions?|preprints?|articles?)\\b`,
  'i',
);

/** "Is there no paper about X", "none of the papers mention Y, right?": yes only when no paper fits. */
export function readNone(text: QuestionText): boolean {
  if (!text.take(NONE)) return false;
  text.take(/,?\s*\byes or no\s*\??$/i);
  return true;
}

/** "Which months of 2024 had no papers": the periods without any, by day, month or year. */
export function readEmptyPeriods(text: QuestionText): 'year' | 'month' | 'day' | undefined {
  const empty = EMPTY_PERIODS.exec(text.rest);
  if (!empty || !text.take(EMPTY_PERIODS_NAMED) || !text.take(EMPTY_PERIODS_HAD)) return undefined;
  // "counting calendar months from April 2022 …": the period stays to be read.
  text.take(/\b(?:counting )?calendar(?: (?:months|years|days))?\b|\bcounting (?:months|years|days)\b/i);
  const by = (empty[1] ?? '').toLowerCase();
  return by.startsWith('year') ? 'year' : by.startsWith('day') ? 'day' : 'month';
}

// "which categories appear only as cross-lists", "how many categories are never primary".
const CROSS_LISTS_ONLY =
  /\b(?:(?:appear|appears|show up|shows up|occur|occurs|are|is|used)\s+)?(?:only|just|solely) (?:as )?(?:an? )?cross[- ]?list(?:s|ed|ings?)?(?:,? (?:and )?never (?:as )?(?:an? |the )?primary(?: category)?)?|\b(?:are |is )?never (?:used )?(?:as )?(?:an? |the )?primary(?: category)?\b/i;

/** "Which categories appear only as cross-lists": the categories no paper has as its primary one. */
export function readCrossListsOnly(text: QuestionText): boolean {
  if (!/^(?:which|what|list|name|show|give|how many)\b.*\bcategor(?:y|ies)\b/i.test(text.rest)) return false;
  return text.take(CROSS_LISTS_ONLY) !== null;
}
