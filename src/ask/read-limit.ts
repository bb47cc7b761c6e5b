import type { QuestionText } from './question-text.js';
import { NUMBER, numberOf } from './read-conditions.js';
import { ORDINAL, placeOf } from './rank-words.js';

// "show me 10 papers about reasoning": that many of the papers asked for.
const SOME_PAPERS = new RegExp(
  String.raw`(?<=^(?:show|list|give|find|get|name)(?: me)? )(${NUMBER})(?= (?:\S+ )?(?:papers|articles|preprints)\b)`,
  'i',
);

// "the 3 most recent papers", "five papers with the most authors", "top 3 authors": how many of the ranking are wanted.
const TOP_N = new RegExp(
  String.raw`(?<=^|\b(?:top|the|list|show(?: me)?|give(?: me)?|name|find|get|which are|what are|which|what)\s)(${NUMBER})` +
    String.raw`(?=\s(?:(?:\S+\s){0,2}(?:most|fewest|least|newest|latest|oldest|earliest|longest|shortest|largest|` +
    String.raw`smallest|biggest|highest|lowest|busiest|recent)\b|(?:(?:first|last|primary|[a-z][a-z-]*\.[A-Za-z-]+)\s)?(?:papers?|authors|people|researchers|categories|months|years|days|titles)\b))`,
  'i',
);

// "Divya Mahajan's most recent 3 papers": the count after the superlative.
const N_AFTER = new RegExp(
  String.raw`(?<=\b(?:most recent|newest|latest|last|oldest|earliest|first)\s)(${NUMBER})(?=\s(?:[a-z][a-z-]*\.[A-Za-z-]+\s)?(?:papers?|articles|preprints|submissions|ones)\b)`,
  'i',
);

/** How many are asked for, from the words the pattern found; a year ("which 2023 paper") is not a count. */
function take(text: QuestionText, m: RegExpExecArray | null): number | undefined {
  const n = m ? numberOf(m[1] as string) : 0;
  if (!m || n < 1 || n > 100) return undefined;
  text.blank(m.index, m.index + m[0].length);
  return n;
}

// "the second oldest paper", "the third most prolific author", "the 2nd busiest day", "the 10th newest".
const PLACE = new RegExp(
  String.raw`\b(${ORDINAL})[- ](?=(?:most|fewest|least|largest|biggest|highest|lowest|smallest|busiest|newest|latest|oldest|earliest|longest|shortest|recent)\b)`,
  'i',
);

/** "the 3 newest papers", "top 5 authors": a ranking's first n; "the second oldest": its second place. */
export function readTopN(text: QuestionText, frame: { want?: unknown; limit?: number; place?: number }): void {
  const place = frame.want ? PLACE.exec(text.rest) : null;
  if (place) {
    const at = placeOf(place[1] as string) ?? 1;
    if (at > 1) frame.place = at;
    text.blank(place.index, place.index + place[0].length);
    return;
  }
  const n = frame.want ? take(text, TOP_N.exec(text.rest) ?? N_AFTER.exec(text.rest)) : undefined;
  if (n && n > 1) frame.limit = n;
  else if (frame.want === 'superlative' && FEW_NEWEST.test(text.rest)) frame.limit = FEW;
}

// "show me the latest papers": a few of the newest, as /latest shows, not only the newest day's.
const FEW_NEWEST =
  /^(?:(?:show|list|give|get|find|tell)(?: me)? |what (?:are|is) |which are )?(?:the )?(?:latest|newest|last|most recent|oldest|earliest) (?:papers|preprints|articles|submissions)\b/i;
const FEW = 5;

/** "show me 10 papers about reasoning": the first n of a list. */
export function readSomePapers(text: QuestionText, frame: { limit?: number }): void {
  const n = take(text, SOME_PAPERS.exec(text.rest));
  if (n) frame.limit = n;
}
