import type { Answer } from './answer.js';
import type { TypedQuestion } from './typed-question.js';

type Never = NonNullable<TypedQuestion['never']>;

/** Answers one part of a question, with the people it never counts. */
export type AnswerWithNever = (question: string, never?: Never) => Answer;

const AUX = String.raw`(?:(?:has|have|had|was|were|is|are)\s+)?`;
// "who was never a first author", "authors who have never first-authored a paper", "who has no first-author paper".
const NEVER_AT = new RegExp(
  String.raw`\b${AUX}never\s+(?:been\s+|served\s+as\s+|appeared\s+as\s+|listed\s+as\s+)?(?:(?:an?|the)\s+)?(first|last)[- ]author(?:ed|s)?(?:\s+(?:of\s+|on\s+)?(?:a|any|one)\s+(?:paper|one|preprint)s?)?|\b(?:has|have|had|with|having)\s+no\s+(first|last)[- ]author(?:ed)?\s+(?:papers?|preprints?)|\b${AUX}never\s+(?:appears?|shows?\s+up|(?:is|are)\s+listed|comes?)\s+(first|last)\b(?:\s+(?:on|in)\s+(?:a|any)\s+(?:paper|author\s+list)s?)?|,?\s*\b(?:but|and)\s+(?:the\s+)?(first|last)[- ]author\s+(?:of|on)\s+neither(?:\s+of\s+them)?`,
  'i',
);
// "authors with no paper in 2025", "who never published in cs.CL", "people who never wrote about graphs".
const NEVER_IN = new RegExp(
  String.raw`\b(?:(?:has|have|had|with|having)\s+no\s+(?:papers?|publications?|preprints?)|${AUX}never\s+(?:wrote|written|published|authored|had\s+(?:a\s+)?papers?|appeared|been))\s+((?:in|from|during|about|on|before|after|since|tagged)\s+.+?)\s*(?=[?!,;]|\.(?!\w)|$)`,
  'i',
);
// Questions about people: "who …", "which authors …", "how many people …", "of the Mahajans listed, which ones …".
const PEOPLE_ASKED =
  /^(?:of the [^,]{2,60}, )?(?:which ones|which \p{Lu}[\p{L}'-]+s?(?= never\b)|who|which (?:authors?|people|persons?|researchers?)|what (?:authors?|people)|(?:list|name|show|give)(?: me)? (?:the |all )?(?:authors?|people)|authors?|people|researchers|how many (?:authors?|people|researchers|persons))\b/iu;
// "who never wrote a paper alone", "authors who were never the sole author of a paper".
const NEVER_ALONE = new RegExp(
  String.raw`\b${AUX}never\s+(?:(?:wrote|written|published|authored|put\s+out|had|has|have)\s+(?:a|any|one)?\s*(?:single-author\s+)?(?:paper|one|preprint|anything)?s?\s*(?:alone|solo|single-author|by\s+(?:themselves|himself|herself)|on\s+(?:their|his|her)\s+own)|(?:been\s+)?(?:the\s+|a\s+)?(?:sole|single|solo|only)\s+author(?:\s+of\s+(?:a|any)\s+paper)?|(?:wrote|written|published|authored)\s+(?:a|any)\s+single-author\s+papers?)`,
  'i',
);
// "authors who never wrote with Divya Mahajan", "who has never co-authored a paper with X".
const NEVER_WITH = new RegExp(
  String.raw`\b${AUX}never\s+(?:(?:wrote|written|worked|published|collaborated|co-?authored|co-?written|co-?wrote|shared\s+a\s+paper|been\s+on\s+a\s+paper|appeared\s+on\s+a\s+paper)\s+(?:(?:a|any)\s+papers?\s+|anything\s+)?(?:together\s+)?with)\s+(.+?)\s*(?=[?!,;]|\.(?!\w)|$)`,
  'i',
);

// "Which HybridVFL authors are not on the skin tone bias paper": one paper's people less another's.
const NOT_ON =
  /^(?:which|what) (?:of )?(?:the )?(.+?)(?:'s)? authors (?:are|were) not (?:on|among the authors of|listed on|authors of) (.+?)\W*$/i;

/**
 * "Who was never a first author", "which authors never wrote a paper alone", "people who never
 * wrote with X": the people of the papers asked about, less those the "never" names. Undefined
 * when the question has no such "never".
 */
export function neverPeople(text: string, answer: AnswerWithNever): Answer | undefined {
  const notOn = NOT_ON.exec(text);
  if (notOn) {
    const other = answer(`who wrote ${notOn[2] as string}`);
    if (other.declined || !other.query?.papers) return other;
    return answer(`who are the authors of ${notOn[1] as string}`, { papers: other.query.papers });
  }
  if (!PEOPLE_ASKED.test(text)) return undefined;
  const at = NEVER_AT.exec(text);
  const alone = at ? null : NEVER_ALONE.exec(text);
  const withWhom = at || alone ? null : NEVER_WITH.exec(text);
  const inWhat = at || alone || withWhom ? null : NEVER_IN.exec(text);
  const m = at ?? alone ?? withWhom ?? inWhat;
  if (!m) return undefined;
  const rest = peopleAsked(text.slice(0, m.index) + text.slice(m.index + m[0].length));
  const position = at
    ?.slice(1)
    .find((g) => g !== undefined)
    ?.toLowerCase() as 'first' | 'last' | undefined;
  if (position) return answer(rest, { papers: null, position });
  if (alone) return answer(rest, { papers: { kind: 'measure', measure: 'authors', op: '=', value: 1 } });
  const theirs = answer(withWhom ? `papers by ${withWhom[1] as string}` : `papers ${inWhat?.[1] as string}`);
  if (theirs.declined || !theirs.query?.papers) return theirs;
  return answer(rest, { papers: theirs.query.papers });
}

/** The question without its "never": "who" and "authors who" become a question for the people. */
function peopleAsked(rest: string): string {
  const t = rest
    .replace(/\s+/g, ' ')
    .replace(/\b(?:who|that)\s*(?=[?.!]?\s*$)/i, '')
    .trim();
  if (/^(?:who|which ones?)\W*$/i.test(t) || t === '') return 'who are the authors';
  // "of the Mahajans listed as authors, which ones", "which Mahajans": the people of that family name.
  const family =
    /^(?:[Oo]f the (\p{Lu}[\p{L}'-]+?)s?(?: listed)?(?: as authors)?,\s*which(?: ones)?|which (\p{Lu}[\p{L}'-]+?)s?)\W*$/u.exec(
      t,
    );
  if (family) return `which authors named ${family[1] ?? family[2]}`;
  // "who in cs.DC", "who among the q-bio.NC authors": the people of those papers.
  return t.replace(/^who\b(?!\s+(?:are|is|were|was|wrote|have|has)\b)/i, 'who are the authors');
}
