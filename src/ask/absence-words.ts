// How people say that a paper lacks something, or that nothing in the listing has it, rewritten to
// the phrasing the readers know ("comment-less" is "without comments", "not one paper" is "no paper").

const FIELD = String.raw`(?:comments?(?: lines?)?|dois?|doi badges?|journal ref(?:erence)?s?|abstracts?|code links?)`;
const MARK = String.raw`(?:question mark|colon|exclamation mark|semicolon)`;

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  // "am i right that none of the papers mention X", "is it true that no title mentions Y": whether none does.
  [
    /^(?:so )?(?:am i (?:right|correct)|is it (?:right|correct|true|the case)|correct me if i'?m wrong,? but)(?: in (?:thinking|saying))? that (?=(?:none|no|not one|not a single|nothing)\b)/i,
    '',
  ],
  [/\bnot (?:a single|one) (paper|title|abstract|entry)\b/gi, 'no $1'],
  // "nothing here was ever revised": no paper was.
  [/^nothing(?: here| in (?:the|this) (?:list|listing))? (?=(?:was|is|has|got|had|came)\b)/i, 'no papers '],
  // "the word 'quantum' appears in no title or abstract": no paper mentions it.
  [
    /^(?:is it true that )?(?:the (?:word|term|phrase) )?(['"]?)(.+?)\1 (?:appears?|occurs?|is mentioned|shows up|is used) in no (title|abstract|paper)s?(?: or (?:abstract|title)s?)?(?: here| in (?:this|the) (?:list|listing))?$/i,
    (_, q: string, word: string, where: string) =>
      `no ${where.toLowerCase() === 'title' ? 'title mentions' : 'papers mention'} ${q}${word}${q}`,
  ],
  // "got into NeurIPS", "made it into ICML": accepted there.
  [/\b(?:got|made it) into (?=\p{Lu})/gu, 'was accepted at '],
  // "papers where no author is named Mahajan", "whose first author is not a Mahajan": no one of that family.
  [
    /\b(?:where|in which|with) no (?:author|one|co-?author) (?:is )?(?:named|called) (\p{Lu}[\p{L}'-]+)/gu,
    'with no $1',
  ],
  [/\bwhose (first|last) author is not an? (\p{Lu}[\p{L}'-]+)/gu, 'with no $2 as $1 author'],
  // "comment-less", "missing a Comments line", "lacking a DOI": without it.
  [/\bcomment-?less\b/gi, 'without comments'],
  [
    new RegExp(
      String.raw`\b(?:that (?:are|is) |which (?:are|is) )?(?:missing|lacking|lacks?) (?:an? |the |any )?(${FIELD})`,
      'gi',
    ),
    'without $1',
  ],
  // "titles without a colon", "titles that lack a colon": a mark the title lacks.
  [
    new RegExp(String.raw`\b(?:without|lacking|lacks?|that lacks?|which lacks?) (?:an? )?(${MARK})s?\b`, 'gi'),
    'with no $1',
  ],
  // "on which is Abhimanyu Dubey missing from the author list": not by that person.
  [
    /\b(?:is|are) ([\p{L}.' -]+?) (?:missing|absent|left off|not listed) (?:from|on) (?:the |their |its )?(?:author lists?|list of authors|authors)\b/giu,
    'not by $1',
  ],
  // "Auditing Dhruv Mahajan's papers: on which of them…": the papers the lead names.
  [
    /^(?:auditing|checking|reviewing|going through|looking (?:at|through)) ([^:?]{3,80}):\s+(.*?)\bof (?:them|those|these)\b/i,
    '$2of $1',
  ],
  [/^([^:?]{0,60}\bpapers\b[^:?]{0,40}):\s+(.*?)\bof (?:them|those|these)\b/i, '$2of the $1'],
  // "who wrote a paper alone and left it without a Comments line": the single author of a paper without one.
  [/\bwrote (?:a|any) (paper|preprint)s? alone\b/gi, 'wrote a single-author $1'],
  [/\band left (?:it|them) without\b/gi, 'without'],
  // "only ever had one version", "never got a second version", "never-revised": never revised.
  [
    /\b(?:only (?:ever )?(?:had|has|have|got) (?:one|a single) version|(?:had|has|have) only (?:ever )?(?:one|a single) version|never (?:got|had|received) a second version)\b/gi,
    'never revised',
  ],
  [/\bnever-(revised|updated)\b/gi, 'never $1'],
  // "revised more than 10 days after they first came out": a gap between first and latest version.
  [
    /\b(?:revised|updated|(?:whose|with (?:a|their)) latest version came) (more|less|fewer|at least|at most) than (\S+) days? after (?:they|it|the first(?: version)?)(?: (?:first )?(?:came out|appeared|were (?:first )?submitted|was (?:first )?submitted|were posted))?/gi,
    'revised $1 than $2 days after the first version',
  ],
  // "zero years included": the periods with none shown as 0, which a count per period does anyway.
  [/,?\s*\b(?:with )?zero (?:years|months|days|periods)(?: included| too| shown)?\b/gi, ''],
];

/** The question with its words about absence spelled the way the readers know. */
export function absenceWords(text: string): string {
  let out = text;
  for (const [pattern, to] of REWRITES) out = out.replace(pattern, to as string);
  return out;
}
