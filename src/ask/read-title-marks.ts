import type { PaperFilter } from '../search/paper-filter.js';
import type { Conditions } from './read-conditions.js';
import type { QuestionText } from './question-text.js';

const MARKS: Record<string, string> = { 'question mark': '?', colon: ':', 'exclamation mark': '!', semicolon: ';' };

// "titles that start with a question word": any of these.
const QUESTION_WORDS = 'how what why when where which who whose can could do does did is are should will would'.split(
  ' ',
);

/** "titles with a question mark", "how many titles have a colon in them": a mark in the title, or the word a title starts with. */
export function readTitleMarks(text: QuestionText, out: Conditions): void {
  if (!/\btitles?\b/i.test(text.original)) return;
  const m = text.take(
    /\b(?:(?:with|contain(?:s|ing)?|ha(?:ve|s|ving)|include[s]?|without|lacking)(?: an?)? |an? |(?:(?:have|has|with) )?no )(question mark|colon|exclamation mark|semicolon)s?(?: in (?:them|it|(?:the|their|its) titles?))?/i,
  );
  const mark: PaperFilter | null = m
    ? { kind: 'mentions', field: 'title', words: MARKS[(m[1] as string).toLowerCase()] as string }
    : null;
  if (mark) out.clauses.push(/\b(?:no|without|lacking)\s/i.test(m?.[0] ?? '') ? { not: mark } : mark);
  // "titles that start with a question word": any of them.
  if (text.take(/\b(?:that |which )?(?:start(?:s|ing)?|begin(?:s|ning)?) with an? (?:question|wh-) ?words?\b/i)) {
    const any = QUESTION_WORDS.map((w) => ({
      kind: 'mentions' as const,
      field: 'title' as const,
      words: w,
      at: 'start' as const,
    }));
    out.clauses.push({ any });
    return;
  }
  const start = text.take(
    /\b(?:that |which )?(?:start(?:s|ing)?|begin(?:s|ning)?) with (?!(?:a|an|the)\s(?!word\b))(?:the word )?['"‘“]?([\p{L}\p{N}][\p{L}\p{N}-]*)['"’”]?/iu,
  );
  if (start) out.clauses.push({ kind: 'mentions', field: 'title', words: start[1] as string, at: 'start' });
}
