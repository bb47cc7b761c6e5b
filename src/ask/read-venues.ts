import type { Paper } from '../listing/paper.js';
import type { PaperFilter } from '../search/paper-filter.js';
import type { Conditions } from './read-conditions.js';
import type { QuestionText } from './question-text.js';

// Words that ask where a paper went: accepted, published, submitted, a workshop named in its comments.
const INTENT =
  /\b(?:(?:were|was|been|got|get|is|are) )?(?:accepted(?: (?:at|in|to|by|for|as))?|(?:published|presented) (?:at|in|by)|submitted to|going to|appear(?:ed|s)? (?:in|at)|prepared for)\b(?!\s+(?:(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|this|the (?:last|past)))|\bmentions? (?:of )?(?:an? )?(?=workshop|conference)|\b(?:name|names) (?:an? )?(?=conference|workshop)/i;
// A venue's name: capitalized words ending in an acronym ("Deployable AI", "NeurIPS", "AAAI 2026", "A&A").
const VENUE_NAME =
  /(?<![\w&])((?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:\p{Lu}[\p{L}&]*\p{Lu}[\p{L}&]*|A&A)(?:\s+(?:19|20)\d{2})?(?:\s+(?:[Ww]orkshop|[Cc]onference|[Tt]rack|[Ss]ymposium))?)(?![\w&])/u;
// A remark quoted whole: "all authors contributed equally".
const REMARK = /\b((?:all (?:the )?authors )?contributed equally)\b/i;
const VENUE_WORD =
  /\b(workshops?|conferences?|technical reports?|work in progress|supplementary data|contributed equally|comments are welcome)\b/i;
const SAID =
  /\b(?:per (?:their|its) comments|according to (?:their|its) comments|(?:their|its|whose) comments? (?:say|says|mention)(?: that)?|comments? (?:saying|that says?|which says?)(?: that)?|say in (?:their|its) comments(?: that)?|(?:is|are) described as)\b/i;

// "with tables in the comments", "whose comments mention GitHub": words asked of the comments alone.
const IN_COMMENTS =
  /\b(?:with|ha(?:ve|s|ving)|mention(?:s|ing)?|say(?:s|ing)?|contain(?:s|ing)?|includ(?:e|es|ing))\s+(?:the (?:words?|phrase|term)\s+)?(['"‘“]?)([\p{L}\p{N}][^'"’”?!,;]{0,40}?)\1\s+in\s+(?:the|their|its)\s+comments?(?:\s+(?:field|line|section))?\b/iu;
const COMMENTS_SAY =
  /\bcomments?\s+(?:that\s+|which\s+)?(?:mention(?:s|ing)?|say(?:s|ing)?|contain(?:s|ing)?|includ(?:e|es|ing)|with|about)\s+(?:the (?:words?|phrase|term)\s+)?(['"‘“]?)([\p{L}\p{N}][^'"’”?!,;]{0,40}?)\1(?=\s*(?:[?.!,;]|\b(?:and|but|or|in (?:19|20)\d\d|from|since|before|after)\b|$))/iu;

/** Words looked for in the comments alone, when the question says so; venue names and remarks are read by {@link readVenues}. */
function readCommentWords(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  const m = IN_COMMENTS.exec(text.rest) ?? COMMENTS_SAY.exec(text.rest);
  const words = m && (m[2] as string).replace(/^(?:an?|the|any)\s+/i, '').trim();
  if (!m || !words || VENUE_NAME.test(words) || /^(?:that|whether|they|it|its|their)\b/i.test(words)) return;
  text.blank(m.index, m.index + m[0].length);
  if (!papers.some((p) => p.comments !== undefined)) out.missing.push('comments');
  else out.clauses.push({ kind: 'mentions', field: 'comments', words });
}

/** A condition on the comments (and journal reference) of papers: venues, status, remarks. */
export function readVenues(text: QuestionText, papers: readonly Paper[], out: Conditions): void {
  readCommentWords(text, papers, out);
  const intent = text.take(INTENT);
  const said = text.take(SAID);
  // "any workshop papers": papers whose comments name a workshop.
  const kind = /\b(?:workshops?|conferences?) (?:papers?|articles?|submissions?|publications?|contributions?)\b/i.test(
    text.rest,
  );
  const word = REMARK.exec(text.rest) ?? VENUE_WORD.exec(text.rest);
  const named = (intent || said ? VENUE_NAME.exec(text.rest) : null) ?? word;
  const remark = word !== null && /technical|progress|review|supplementary|equally|welcome/i.test(word[1] as string);
  if (!intent && !said && !remark && !kind) return;
  if (!papers.some((p) => p.comments !== undefined || p.journalRef !== undefined)) {
    out.missing.push('comments or journal references');
    return;
  }
  // "the Deployable AI workshop" is written "Deployable AI (DAI) Workshop": the name is what is looked for.
  const words = named
    ? (named[1] as string)
        .replace(/(workshop|conference|report)s$/i, '$1')
        .replace(/^(.*\p{Lu}.*?)\s+(?:workshop|conference|track|symposium)$/iu, '$1')
        .trim()
    : '';
  if (!words && /accepted|published|presented/i.test(intent?.[0] ?? said?.[0] ?? '')) {
    out.clauses.push({ kind: 'has', field: 'acceptance' });
    return;
  }
  if (!words && /submitted|review/i.test(`${intent?.[0] ?? ''} ${text.original}`)) {
    text.takeAll(/\b(?:submitted|under review|or)\b/gi);
    out.clauses.push({ kind: 'has', field: 'submission' });
    return;
  }
  if (named && named.index !== undefined) text.blank(named.index, named.index + named[0].length);
  text.take(/\((?:[^)]*\b(?:conference|workshop|track)\b[^)]*)\)/i);
  if (!words) return;
  const clause: PaperFilter = {
    any: [
      { kind: 'mentions', field: 'comments', words },
      { kind: 'mentions', field: 'journalRef', words },
    ],
  };
  out.clauses.push(clause);
  // "accepted to VLDB 2026": a paper whose comments only say it was submitted there is not one.
  if (/accepted|published|presented|appear/i.test(intent?.[0] ?? ''))
    out.clauses.push({ not: { kind: 'has', field: 'submission' } });
}
