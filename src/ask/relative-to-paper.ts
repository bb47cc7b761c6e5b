// Conditions said relative to one paper of the listing: "submitted on the same day as NVLM",
// "more authors than the Llama 3 Herd". The paper is resolved strictly (an id, a title, a short
// name or words of one title) and the condition rewritten with its value, so the readers see a
// plain date or bound; a reference that names no single paper is left as it was.
import { formatDate } from '../listing/dates.js';
import { type Paper, totalAuthors } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';

// What follows "as"/"than": up to a comma, a question mark, the end, or a joining word.
const REF = String.raw`(?:the paper |the one )?(?:(?:called|titled|named) )?["“]?(.+?)["”]?(?=\s*(?:[,;?!]|$|\b(?:and|but|or|which|that|who|write|wrote|written|publish|published|have|has|had)\b))`;
const SAME = new RegExp(String.raw`\b(?:(?:on|in|during) )?the same (day|month|year) as ${REF}`, 'i');
const MORE = new RegExp(String.raw`\b(more|fewer|less) (authors|pages|figures|tables) than ${REF}`, 'i');

/** The one paper a reference names (strictly: by id, title, short name or words of one title), if any. */
export function paperNamed(index: PaperIndex, ref: string, strict = true): Paper | undefined {
  const text = ref.replace(/^(?:the )?(?:paper )?/i, '').replace(/ (?:paper|one)$/i, '');
  const found = index.findPaper(text, { strict });
  if (found.kind === 'found') return found.paper;
  // "the Solitons paper": of several, the one whose title starts with the words.
  const leading =
    found.kind === 'candidates' ? found.papers.filter((p) => p.title.toLowerCase().startsWith(text.toLowerCase())) : [];
  return leading.length === 1 ? leading[0] : undefined;
}

const SAME_CATEGORY = new RegExp(String.raw`\b(?:in |from )?the same (?:primary )?category as ${REF}`, 'i');
// "papers by the first author of X", "did the last author of X write": the person; "who is the first author of X" is left to be answered.
const AUTHOR_OF = new RegExp(
  String.raw`(?<=\b(?:did|does|do|by|has|have|with|of) )the (first|last) author of ${REF}`,
  'i',
);
const AS_MANY = new RegExp(
  String.raw`\b(?:exactly )?(?:as many|the same number of) (authors|pages|figures|tables)(?: as)? ${REF}`,
  'i',
);
const ITSELF = new RegExp(
  String.raw`\b(?:apart from|other than|except(?: for)?|besides|not counting) ${REF.replace('(.+?)', '(.+?) itself')},?\s*`,
  'i',
);

/** The question with X's own values for conditions said relative to X, and the paper X when "X itself" is left out. */
export function relativeToPaper(index: PaperIndex, text: string): { text: string; without?: Paper } {
  let out = text;
  let without: Paper | undefined;
  const itself = ITSELF.exec(out);
  const left = itself && paperNamed(index, itself[1] as string);
  if (itself && left) {
    without = left;
    out = out.slice(0, itself.index) + out.slice(itself.index + itself[0].length);
  }
  const sameCategory = SAME_CATEGORY.exec(out);
  const inCategory = sameCategory && paperNamed(index, sameCategory[1] as string);
  const code = inCategory?.categories[0];
  if (sameCategory && code)
    out = `${out.slice(0, sameCategory.index)}primarily in ${code}${out.slice(sameCategory.index + sameCategory[0].length)}`;
  const author = AUTHOR_OF.exec(out);
  const of = author && paperNamed(index, author[2] as string);
  const name =
    of && (author[1]?.toLowerCase() === 'first' ? of.authors[0] : of.hiddenAuthorCount ? undefined : of.authors.at(-1));
  if (author && of && name) {
    out = `${out.slice(0, author.index)}${name}${out.slice(author.index + author[0].length)}`;
    // "what other papers did the first author of NVLM write": not NVLM itself.
    if (/\bother\b/i.test(out)) without ??= of;
  }
  const asMany = AS_MANY.exec(out);
  const like = asMany && paperNamed(index, asMany[2] as string);
  if (asMany && like) {
    const unit = (asMany[1] as string).toLowerCase();
    const value = unit === 'authors' ? totalAuthors(like) : measureOf(like, unit as 'pages' | 'figures' | 'tables');
    if (value !== undefined)
      out = `${out.slice(0, asMany.index)}exactly ${value} ${unit}${out.slice(asMany.index + asMany[0].length)}`;
  }
  const same = SAME.exec(out);
  const sameAs = same && paperNamed(index, same[2] as string);
  if (same && sameAs) {
    const day = sameAs.submitted;
    const unit = (same[1] as string).toLowerCase();
    const when =
      unit === 'day'
        ? `on ${formatDate(day)}`
        : unit === 'month'
          ? `in ${formatDate(day).replace(/^\d+ /, '')}`
          : `in ${day.slice(0, 4)}`;
    out = out.slice(0, same.index) + when + out.slice(same.index + same[0].length);
  }
  const more = MORE.exec(out);
  const than = more && paperNamed(index, more[3] as string);
  if (more && than) {
    const unit = (more[2] as string).toLowerCase();
    const value = unit === 'authors' ? totalAuthors(than) : measureOf(than, unit as 'pages' | 'figures' | 'tables');
    if (value !== undefined)
      out = `${out.slice(0, more.index)}${(more[1] as string).toLowerCase()} than ${value} ${unit}${out.slice(more.index + more[0].length)}`;
  }
  return without ? { text: out, without } : { text: out };
}
