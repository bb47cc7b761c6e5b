// Conditions said relative to one paper of the listing: "submitted on the same day as NVLM",
// "more authors than the Llama 3 Herd". The paper is resolved strictly (an id, a title, a short
// name or words of one title) and the condition rewritten with its value, so the readers see a
// plain date or bound; a reference that names no single paper is left as it was.
import { formatDate } from '../listing/dates.js';
import { type Paper, totalAuthors } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { measureOf } from '../search/paper-measures.js';

// What follows "as"/"than": up to a comma, a question mark, the end, or a joining word.
const REF = String.raw`(?:the paper |the one )?(?:(?:called|titled|named) )?["“]?(.+?)["”]?(?=\s*(?:[,;?!]|$|\b(?:and|but|or|which|that|who)\b))`;
const SAME = new RegExp(String.raw`\b(?:(?:on|in|during) )?the same (day|month|year) as ${REF}`, 'i');
const MORE = new RegExp(String.raw`\b(more|fewer|less) (authors|pages|figures|tables) than ${REF}`, 'i');

function paperNamed(index: PaperIndex, ref: string): Paper | undefined {
  const found = index.findPaper(ref.replace(/^(?:the )?(?:paper )?/i, ''), { strict: true });
  return found.kind === 'found' ? found.paper : undefined;
}

/** The question with "the same day as X" and "more authors than X" written with X's values. */
export function relativeToPaper(index: PaperIndex, text: string): string {
  let out = text;
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
  return out;
}
