// How people ask an answer to be laid out ("titles only", "just the arXiv ids, comma-separated:",
// "as a numbered list", "yes or no only."): words about the reply, never about the papers. They are
// taken off before the question is read; what they ask for is what every answer shows anyway.

const FIELD = String.raw`(?:arxiv )?(?:ids?|titles?|dates?|links?|names?|years?|counts?|numbers?|dois?|journal refs?|(?:primary )?categor(?:y|ies)|authors?)`;
/** One instruction about the layout, as a whole chunk between separators. */
const CHUNK = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?:please )?(?:give (?:it |them )?(?:to )?me )?(?:as |in )?(?:an? )?(?:numbered |bulleted |bullet |short |simple |plain )?(?:list|table)(?: with (?:their |the )?(?:arxiv )?links?)?(?: please)?`,
      String.raw`with (?:just |only )?(?:their |the |its )?${FIELD}(?:(?:,| and| &| \+) (?:their |the |its )?${FIELD})*(?: only)?`,
      String.raw`(?:just |only )?(?:the )?${FIELD}(?:(?:,| and| &| \+) (?:the )?${FIELD})*(?: only)?(?: please)?`,
      String.raw`(?:the )?${FIELD} only(?: please)?`,
      String.raw`comma[- ]separated(?: please)?`,
      String.raw`one (?:per|a) line(?: please)?|one line (?:each|per (?:paper|person|name))`,
      String.raw`(?:no|without) abstracts?(?: please)?`,
      String.raw`(?:a )?(?:short|brief|quick|one[- ]word|one[- ]line) answers?(?: please)?|(?:two|2) short answers(?:, one per line)?|keep it short`,
      String.raw`sorted by (?:date|title|year|first submission)(?: of (?:the )?(?:first )?(?:submission|version))?(?:,? (?:oldest|newest|latest|earliest) first)?|(?:oldest|newest|latest|earliest) first|in (?:chronological|date) order`,
      String.raw`with (?:their |the )?(?:arxiv )?links?(?: to (?:their|the|its) arxiv (?:pages?|abstracts?))?(?: please)?`,
      String.raw`just (?:give me )?the (?:number|count)|(?:just |only )?the number(?: please)?|a number only|number only|only the number`,
      String.raw`(?:and )?nothing (?:else|more)(?: please)?|please`,
      // "rounded to a whole percent", "one decimal", "give the ratio to one decimal", "as a ratio".
      String.raw`(?:please )?(?:give (?:me )?(?:the|it as a) (?:ratio|share|percentage|number|value) )?(?:rounded |round(?:ed)? (?:it )?)?to (?:one|1|two|2|a single) decimals?(?: places?)?|(?:rounded )?to (?:a |the )?(?:whole|nearest)(?: whole)? (?:percent|per ?cent|percentage|number|integer)|(?:give it )?(?:as|in) (?:a )?(?:ratio|percentages?|percent)|(?:to )?one decimal(?: place)?|with (?:the )?counts`,
    ].join('|') +
    String.raw`)$`,
  'i',
);

/** "Yes or no only.", "Answer yes or no:": the question is a yes or no one. */
const YES_NO_LEAD =
  /^\s*(?:please )?(?:(?:answer|reply)(?: with)?(?: a)? )?(?:just |only )?(?:a )?(?:simple )?yes(?: or |\/)no(?: only| please| answer| question)?\s*[:.!,-]+\s*/i;

/** "(title only)", "(ids only, please)": a layout said in brackets anywhere. */
const BRACKETED = new RegExp(String.raw`\s*\((?:just |only )?(?:the )?${FIELD}(?: only)?(?:,? please)?\)`, 'gi');

// "summarize LeaseGuard in one sentence", "in a nutshell": how long the reply should be.
const LENGTH =
  /,?\s*\b(?:in (?:one|a single|1|two|2|three|3|a few|few) (?:short )?(?:sentences?|lines?|words?)|in a nutshell|briefly)\b/gi;

const LINKS =
  /\s+with (?:their |the )?(?:arxiv )?links? to (?:their|the|its) arxiv (?:pages?|abstracts?)(?: please)?\b/gi;

// "I'm preparing a timeline slide: …", "For a slide on big collaborations I want …": what the answer is for.
const PURPOSE = [
  /^\s*i(?:'m| am) (?:preparing|making|writing|putting together|building|drafting) (?:an? |the |my |our )?(?:[\p{L}-]+ ){0,4}?(?:slides?|deck|report|talk|table|spreadsheet|poster|summary|overview|newsletter)\b[^:;.]{0,60}?[:;.]\s*/iu,
  /^\s*for (?:an?|the|my|our) (?:[\p{L}-]+ ){0,4}?(?:slides?|deck|talk|report|poster|newsletter|summary|spreadsheet)(?: (?:on|about) [^,]{1,60}?)?,?\s+(?:i(?:'d| would)? (?:want|need|like)(?: to (?:see|have|get))?|please give me|give me|can i (?:get|have))\s+/iu,
];

// "X was the last author of P, right?": a statement to check, as "…, yes or no" asks.
const TAG =
  /,?\s*\b(?:right|correct|true|isn't (?:it|that (?:right|so))|wasn't (?:it|he|she|that)|didn't (?:he|she|they)|am i right|no)\s*\?+\s*$/i;

/** The question without the words about how its answer should be laid out. */
export function withoutLayout(text: string): string {
  let out = PURPOSE.reduce((t, p) => t.replace(p, ''), text)
    .replace(BRACKETED, '')
    .replace(LINKS, '')
    .replace(LENGTH, '');
  if (TAG.test(out) && !/^(?:is|are|was|were|did|does|do|has|have|had|can|could|who|what|which|when|how)\b/i.test(out))
    out = out.replace(TAG, ', yes or no');
  const yesNo = YES_NO_LEAD.exec(out);
  if (yesNo) {
    out = out.slice(yesNo[0].length);
    // A statement to check ("X wrote a paper in 2021") keeps its yes-or-no.
    if (!/\?\s*$/.test(out) && !/^(?:is|are|was|were|did|does|do|has|have|had|can|could|any)\b/i.test(out))
      out = `${out}, yes or no`;
  }
  return withoutTrailingChunks(withoutLeadingChunks(out));
}

/** "numbered list, titles and dates, no abstracts: every paper …": chunks before the question. */
function withoutLeadingChunks(text: string): string {
  const m = /^(.{2,120}?)\s*[:–—]\s+|^(.{2,60}?)\s+-\s+/.exec(text);
  if (!m) return leadingCommaChunk(text);
  const lead = (m[1] ?? m[2]) as string;
  const chunks = lead.split(/\s*[,;]\s*/);
  // "in a table by year: …" asks for the papers per year.
  const per = chunks.map((c) => TABLE_BY.exec(c.trim())).find(Boolean);
  if (!chunks.every((c) => CHUNK.test(c.trim()) || TABLE_BY.test(c.trim()))) return leadingCommaChunk(text);
  const rest = text.slice(m[0].length);
  if (per) return `${rest.replace(/\s*[?.!]*\s*$/, '')}, per ${per[1] as string}`;
  return ASKS.test(rest) ? rest : `${fieldsOf(chunks) ?? ''}${rest}`;
}

// Words that make the rest a question of its own; without them it names a paper whose fields were asked.
const ASKS =
  /\b(?:which|what|who|whose|when|how|list|show|give|find|papers?|any|is|are|was|were|does|do|did|has|have|every|all)\b/i;

/** "just the DOI, nothing else" before a title: "DOI of ". */
function fieldsOf(chunks: readonly string[]): string | undefined {
  const fields = chunks
    .map(
      (c) =>
        new RegExp(
          String.raw`^(?:just |only )?(?:the )?(${FIELD}(?:(?:,| and| &) (?:the )?${FIELD})*)(?: only)?(?: please)?$`,
          'i',
        ).exec(c.trim())?.[1],
    )
    .filter(Boolean);
  return fields.length > 0 ? `the ${fields.join(' and ')} of ` : undefined;
}

const TABLE_BY =
  /^(?:as |in )?(?:an? )?(?:table|list|breakdown) (?:by|per) (year|month|day|(?:primary )?category|venue)$/i;

/** "comma-separated, who are the authors of …": one chunk and a comma. */
function leadingCommaChunk(text: string): string {
  const m = /^([^,]{2,40}),\s+/.exec(text);
  return m && CHUNK.test((m[1] as string).trim()) ? text.slice(m[0].length) : text;
}

/** "… mentions GPUs, sorted by date of first submission, no abstracts, just titles and dates": chunks after it. */
function withoutTrailingChunks(text: string): string {
  const end = /\s*[?.!]*\s*$/.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - end.length);
  const parts = body.split(/\s*[,;]\s*/);
  let keep = parts.length;
  while (keep > 1 && CHUNK.test((parts[keep - 1] as string).trim())) keep -= 1;
  if (keep === parts.length) return text;
  // The chunks are cut where they start, so the question keeps its own commas.
  let at = body.length;
  for (let i = parts.length - 1; i >= keep; i--) at = body.lastIndexOf(parts[i] as string, at - 1);
  return body.slice(0, at).replace(/\s*[,;]\s*$/, '') + end;
}
