import type { PaperFilter } from '../search/paper-filter.js';
import { NUMBER, numberOf } from './number-words.js';
import type { QuestionText } from './question-text.js';

const DAYS = { year: 365, month: 30, week: 7, day: 1 };

// "revised more than a year after its first version", "got new version in less than two weeks after
// the first one", "have their last version more than seven days after v1", "revised within 14 days of it".
const GAP = new RegExp(
  String.raw`\b(?:(?:was |were |been |being )?revised|(?:got|gets|get|has|have|had|with) (?:an? |its |their |there )?(?:new|newer|later|latest|last|second) version|(?:(?:has|have|with) )?(?:its |their |there |the )?(?:latest|last) version(?: (?:came|comes|is|was))?)\s+(?:in\s+)?(within|less th[ae]n|fewer th[ae]n|under|more th[ae]n|over)\s+(an?|${NUMBER})\s+(year|month|week|day)s?\s+(?:of|after|from)\s+(?:its |their |there |the )?(?:first(?: one| version)?|v1)\b`,
  'i',
);

/** Conditions on when a paper was revised: the same day as its first version, or within or after some time of it. */
export function readRevisionGap(text: QuestionText, out: PaperFilter[]): void {
  if (text.take(/\b(?:revised )?(?:on )?the same day as (?:its|their) first version\b/i)) {
    out.push({ kind: 'revised', value: true }, { kind: 'measure', measure: 'revisionGap', op: '=', value: 0 });
    text.take(/\brevised\b/i);
  }
  // "revised more than once", "revised twice", "three or more versions": a number of versions.
  const times = text.take(
    /\b(?:revised|updated) (?:more than once|twice|two or more times|at least twice|several times)\b|\b(?:more than (?:two|2)|(?:three|3) or more|at least (?:three|3)) versions\b/i,
  );
  if (times) out.push({ kind: 'revised', value: true }, { kind: 'measure', measure: 'versions', op: '>=', value: 3 });
  const gap = text.take(GAP);
  if (!gap) return;
  const amount = /^an?$/i.test(gap[2] as string) ? 1 : numberOf(gap[2] as string);
  const days = amount * DAYS[(gap[3] as string).toLowerCase() as keyof typeof DAYS];
  const bound = (gap[1] as string).toLowerCase();
  const op = bound === 'within' ? '<=' : /^(?:less|fewer|under)/.test(bound) ? '<' : '>';
  out.push({ kind: 'revised', value: true }, { kind: 'measure', measure: 'revisionGap', op, value: days });
}
