/** A question for a field of the paper a superlative picks, cut into the field's words and the superlative. */
export interface ExtremeField {
  /** The words that name the field: "authors", "arxiv id and title", "first submitted". */
  fieldWords: string;
  /** The superlative, as a question of its own: "which is the oldest paper". */
  extreme: string;
}

const SUPER =
  '(?:oldest|newest|latest|earliest|most recent(?:ly (?:revised|updated|submitted))?|longest|shortest|first|last)';
const NUMBER = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)';
const ONE = '(?:paper|one|article|preprint|submission|entry)';
// "the oldest paper", "the newest cs.CL paper by Priebe", "the 3 newest papers", "the paper with the most authors".
const EXTREME = `(?:(?:(?:single|very) )?(?:\\S+ ){0,3}?${SUPER}(?: \\S+){0,3}? ${ONE}\\b.*|${NUMBER} (?:\\S+ ){0,3}?${SUPER}(?: \\S+){0,3}? (?:papers|ones|articles|preprints)\\b.*|${ONE} (?:with|that has|having) (?:the )?(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))[- ])?(?:most|fewest|least|highest|lowest|largest|smallest|longest|shortest)\\b.*|${ONE} that (?:came|was) (?:out |submitted |published |posted )?(?:first|last)|${SUPER})`;

const LEAD =
  "(?:(?:what|who|which) (?:is|are|was|were|'s) |(?:can you )?(?:name|give(?: me)?|tell me|list|show(?: me)?|get(?: me)?|find) )?";

// The field's words have no "of" but in "number of authors", so "of the" starts the superlative.
const FIELD = '(?:number of \\S+|(?:(?!of\\b)\\S+ ){0,5}?(?!of\\b)\\S+)';
const FIELD_OF = new RegExp(`^${LEAD}(?:the )?(${FIELD}) (?:of|on|for) (?:the|that) (${EXTREME})$`, 'i');
const WHO_WROTE = new RegExp(`^who (?:wrote|authored|is behind|made|are the authors of) (?:the )?(${EXTREME})$`, 'i');
const WHEN = new RegExp(
  `^when (?:was|is|did) (?:the )?(${EXTREME}) ((?:first |originally |last |most recently )?(?:submitted|published|posted|released|revised|updated|announced|come out|came out))$`,
  'i',
);
const HOW_MANY = new RegExp(
  `^(how many (?:authors|pages|figures|categories)) (?:does|did|has) (?:the )?(${EXTREME}) (?:have|has|got)$`,
  'i',
);
const WHICH_FIELD = new RegExp(
  `^(?:which|what) ((?:primary )?categor(?:y|ies)|venue|journal) (?:is|was|are|were) (?:the )?(${EXTREME}) (?:in|listed (?:in|under)|from)$`,
  'i',
);

// "when did Dhruv Mahajan last publish": the date of that person's newest (or first) paper.
const WHEN_DID =
  /^when did (.+?) (last|most recently|first) (?:publish|submit|post|put out|release|write)\w*(?: (?:a |any(?:thing)?|something|a )?(?:papers?|preprints?)?)?(?: here| in (?:this|the) (?:listing|list))?$/i;

/**
 * "name the authors of the oldest paper", "who wrote the paper with the most authors", "when was
 * the longest paper submitted": the field asked and the superlative that picks the paper; undefined
 * for any other question.
 */
export function readExtremeField(raw: string): ExtremeField | undefined {
  const of = FIELD_OF.exec(raw);
  if (of) return { fieldWords: of[1] as string, extreme: `which is the ${of[2] as string}` };
  const who = WHO_WROTE.exec(raw);
  if (who) return { fieldWords: 'authors', extreme: `which is the ${who[1] as string}` };
  const when = WHEN.exec(raw);
  if (when) return { fieldWords: `when ${when[2] as string}`, extreme: `which is the ${when[1] as string}` };
  const did = WHEN_DID.exec(raw);
  if (did) {
    const end = /first/i.test(did[2] as string) ? 'oldest' : 'newest';
    return { fieldWords: 'when first submitted', extreme: `which is the ${end} paper by ${did[1] as string}` };
  }
  const count = HOW_MANY.exec(raw) ?? WHICH_FIELD.exec(raw);
  if (count) return { fieldWords: count[1] as string, extreme: `which is the ${count[2] as string}` };
  return undefined;
}
