// Words by which a later part of a compound question leans on an earlier one.

// "…, and what percentage of all 50 papers is that": the count before as a share of the listing.
export const THAT_SHARE =
  /^(?:and )?(?:what|which) (?:percentage|percent|share|fraction|proportion)\b.*\b(?:is|are|was|were) (?:that|this|it|those|these|they)\b/i;

export const BOTH =
  /\b(?:(?:are|is|were|was) )?(?:in |by |about |on )?both(?: of them| categories| tags| sides| of the two)?(?! \S+ and\b)(?=\W*$)/i;

// "how many were first submitted in 2022 and which of those has the most authors": the papers the part before chose.
export const THOSE =
  /\b(?:of|among|from) (?:those|them|these)\b|\b(?:those|they|them|their)\b|\b(?:was|were|is|are) each\b|^which ones?\b|\bthe (?:most recent|newest|newer|oldest|older|latest|earliest|first|last) one\b|^(?:and )?which (?:is|was) (?:the )?(?:oldest|older|newest|newer|earliest|latest|first|last|longest|shortest)\b|\beach (?:one|of them)\b|^(?:and )?which (?:has|have|had) the (?:most|fewest|least|longest|shortest|biggest|largest|highest|lowest)\b|^(?:and )?what (?:are|were) (?:the|their) (?:dois|ids|titles|dates|journal refs?|comments|categories)\b/i;

// "how many got a new version": a question about papers, which the one paper named before does not answer.
export const ABOUT_PAPERS =
  /^(?:and )?(?:how many\b|which (?:paper|one) (?:has|is|carries) the (?:\S+ )?(?:most|fewest|\w+est)\b)(?!.*\b(?:it|its)\b)/i;
