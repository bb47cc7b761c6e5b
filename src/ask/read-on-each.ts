/** "who has papers in both 2022 and 2025": the question asked once of each of the two. */
export interface OnEach {
  /** The question with the first of the two in place of "both … and …": "who has papers in 2022". */
  first: string;
  second: string;
}

const BOTH =
  /^(.*?\b(?:who|authors|people|researchers|names)\b.*?\s)(?:both|each of) (?:in |on )?((?:\S+ ){0,2}?\S+) and (?:in |on )?((?:\S+ ){0,4}?\S+)$/i;

// "who has both a paper with 'Drosophila' in its title and a paper in stat.ME": two kinds of paper, each needed.
const BOTH_PAPERS =
  /^(?:who|which (?:authors|people)) (?:has|have|wrote|authored) (?:both )?(?:a |at least one )?(?:paper|preprint)s? (.+?),? and (?:also )?(?:a |at least one )?(?:paper|preprint)s? (.+)$/i;

/**
 * "who has papers first submitted in both 2022 and 2025", "authors with papers on both 16 and 18
 * September": the two questions whose people must be the same; undefined for any other question.
 * A bare day or month takes the rest of the other date ("16" of "18 September").
 */
export function readOnEach(raw: string): OnEach | undefined {
  const papers = BOTH_PAPERS.exec(raw.replace(/[?.!\s]+$/, ''));
  if (papers)
    return { first: `who wrote papers ${papers[1] as string}`, second: `who wrote papers ${papers[2] as string}` };
  const m = BOTH.exec(raw.replace(/[?.!\s]+$/, ''));
  if (!m) return undefined;
  const [, lead, a, b] = m as unknown as [string, string, string, string];
  const rest = /^\d{1,2}(?:st|nd|rd|th)?\s+(.+)$/.exec(b)?.[1] ?? /^\p{L}+\s+(\d{4})$/u.exec(b)?.[1];
  const first =
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(a) || /^\p{L}+$/u.test(a) ? `${a} ${rest ?? ''}`.trim() : withTail(a, b);
  return { first: `${lead}${first}`, second: `${lead}${b}` };
}

/** "the first half" of "both the first half and the second half of September": with "of September". */
function withTail(a: string, b: string): string {
  const tail = / of (.+)$/.exec(b)?.[1];
  return tail && !/ of /.test(a) && /^(?:the )?(?:first|second|last|early|late|mid)\b/i.test(a) ? `${a} of ${tail}` : a;
}
