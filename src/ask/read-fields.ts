import type { QuestionText } from './question-text.js';
import type { FieldName } from './typed-question.js';

/** "the fifth author", "the 40th author": a position past the second. */
export const NTH_AUTHOR =
  /\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,4}(?:st|nd|rd|th))[- ]authors?\b/i;

// Field words, in the project's terms; the first that matches a span of the question wins it.
const FIELD_WORDS: [RegExp, FieldName][] = [
  [
    /\bwhere (?:was|is|did|has) (?:it|\S+(?: \S+){0,24}?) (?:submitted|published|accepted|presented|appear(?:ed)?|get accepted)\b/i,
    'venue',
  ],
  [/\b(?:arxiv )?(?:ids?|identifiers?|(?<!report )number)\b(?! of (?:papers|authors|pages))/i, 'id'],
  [/\bfirst[- ]authors?\b|\blead authors?\b|\bfirst(?= and (?:the )?last[- ]authors?\b)/i, 'firstAuthor'],
  [/\blast[- ]authors?\b|\bsenior authors?\b/i, 'lastAuthor'],
  [/\bsecond authors?\b/i, 'secondAuthor'],
  [NTH_AUTHOR, 'nthAuthor'],
  [/\bhow many (?:authors|people|names)\b|\bnumber of authors\b|\bauthor count\b/i, 'authorCount'],
  [
    /\bwho (?:wrote|authored|writes|made|created|are the authors)\b|\bauthors?\b|\bwho(?:'s| is| are)? (?:on|behind)\b/i,
    'authors',
  ],
  [
    /\b(?:first|originally|initially) (?:submitted|published|posted|released|appeared)\b|\bfirst versions?\b|\bv1\b|\b(?:first )?(?:come|came) out\b|\b(?:submission|publication) dates?\b/i,
    'submitted',
  ],
  [
    /\b(?:last|latest|most recently) (?:revised|updated|modified|changed)\b|\blatest versions?\b|\b(?:last )?revision date\b|\bwhen (?:was|is|did) .{1,80}? (?:revised|updated|modified)\b/i,
    'updated',
  ],
  [/\bannounced\b|\bannouncement (?:date|month)\b/i, 'announced'],
  [/\bhow many versions\b|\b(?:what|which) version\b|\bnumber of versions\b|\bversion count\b/i, 'versions'],
  [/\b(?:revised|updated)\b|\bmore than one version\b/i, 'revised'],
  [/\bprimary category\b|\bprimarily\b/i, 'primaryCategory'],
  [/\bcross[- ]?list(?:ed|s)?\b/i, 'crossLists'],
  [/\bcategor(?:y|ies)\b|\blisted under\b|\bcategory tags\b/i, 'categories'],
  [/\bcomments?\b/i, 'comments'],
  [/(?<!\bproject )\bpages?\b|\bhow long is\b|\bpage count\b/i, 'pages'],
  [/\bfigures?\b/i, 'figures'],
  [/\btables?\b/i, 'tables'],
  [/\bdois?\b/i, 'doi'],
  [/\breport (?:number|no\.?)\b/i, 'reportNumber'],
  [/\bacm class(?:es|ification)?\b/i, 'acmClass'],
  [/\bmsc class(?:es|ification)?\b/i, 'mscClass'],
  [/\bjournal ref(?:erence)?\b|\bjournal\b/i, 'journalRef'],
  [/\baccepted\b|\b(?:published|presented|appear(?:ed)?) (?:in|at|by)\b|\bsubmitted to\b|\bvenue\b/i, 'venue'],
  [
    /(?<!\b(?:in|of|source) )\bcode\b(?! (?:generation|completion|review|search|smells?|repair|translation|llms?|models?)\b)|\brepo(?:sitory)?\b|\bgithub\b|\bharness\b|\bimplementation\b/i,
    'code',
  ],
  [/\bproject (?:page|site)\b|\bwebsite\b|\bhomepage\b/i, 'projectPage'],
  [/\b(?:full )?abstract\b/i, 'abstract'],
  [/\btitle of\b|\bwhat is the title\b/i, 'title'],
  // "link to the MMSearch paper", "the url of NVLM": its arXiv page, given with its id ("Weakest Link" is a title).
  [
    /(?<!\b(?:code|github|project|page|repo|repository|website|web) )\b(?:links?|urls?|pdfs?)(?= (?:to|of|for)\b)(?!\s+(?:to|of|for)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}\d.-]+\s+){0,3}(?:code|github|repo|repository)\b)|\b(?:the|a|its|arxiv|abs) (?:link|url|pdf)\b(?! (?:to|of|for) (?:the )?(?:code|github|project|repo))/iu,
    'id',
  ],
];
// A date asked with no word for which one: the first version, unless the question names another.
const WHEN = /\b(?:submitted|published|released|posted|came out|come out|written)\b|\bwhen\b/i;
const DATE_FIELDS = new Set<FieldName>(['submitted', 'updated', 'announced', 'revised']);

/** The fields a question names, in the order it names them; each span of words names one field at most. */
export function readFields(text: QuestionText): FieldName[] {
  const found: { start: number; end: number; field: FieldName }[] = [];
  for (const [pattern, field] of FIELD_WORDS) {
    if (found.some((f) => f.field === field)) continue;
    const all = new RegExp(pattern.source, `gi${pattern.flags.includes('u') ? 'u' : ''}`);
    for (const m of text.rest.matchAll(all)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      // "a paper without comments": a field the papers lack, not one to show.
      if (/\b(?:without|no|lacking|lacks?)\s+(?:an?\s+|any\s+|the\s+)?$/i.test(text.rest.slice(0, start))) continue;
      found.push({ start, end, field });
      break;
    }
  }
  const when = WHEN.exec(text.rest);
  if (
    when &&
    !found.some((f) => DATE_FIELDS.has(f.field)) &&
    !found.some((f) => when.index < f.end && f.start < when.index + when[0].length)
  )
    found.push({ start: when.index, end: when.index + when[0].length, field: 'submitted' });
  return found.sort((a, b) => a.start - b.start).map((f) => f.field);
}

// "when was X's paper submitted", "what are the submission dates of …": a date of each paper.
const DATES_ASKED = /^when\b|^(?:what (?:are|were|is)|list|give me|show me|tell me) the (?:\S+ )?dates?\b/i;

/** The date fields a question asks of each paper its words find, if it asks for dates. */
export function datesAsked(raw: string, fields: readonly FieldName[]): FieldName[] | undefined {
  const dates = fields.filter((f) => f === 'submitted' || f === 'updated' || f === 'announced');
  return dates.length > 0 && DATES_ASKED.test(raw) ? dates : undefined;
}
