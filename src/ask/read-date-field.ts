import type { DateField } from '../search/paper-filter.js';
import type { TypedQuestion } from './typed-question.js';

/** The date a question groups, orders or bounds by, when its words name one. */
export function readDateField(
  t: string,
  frame: { want?: TypedQuestion['want']; measure?: TypedQuestion['measure'] },
): DateField | undefined {
  if (/\bannounce/i.test(t)) return 'announced';
  if (
    /\b(?:first|originally|initially)[- ](?:submitted|submission|version|published|came|come)|\bv1\b|\bfirst version/i.test(
      t,
    )
  )
    return 'submitted';
  if (/\blatest version|\blast (?:updated|revised)|\bupdated\b|\bsubmitted date\b|\bgoing by the submitted\b/i.test(t))
    return 'updated';
  if (/\bsubmi(?:tted|ssions?)\b/i.test(t) && frame.want === 'superlative' && /\bsubmissions\b/i.test(t))
    return 'updated';
  // "Submissions" are arXiv's "Submitted" dates, the latest versions; "submitted" alone is the first version.
  if (/\bsubmissions\b|\bsubmitted date\b/i.test(t)) return 'updated';
  if (frame.want === 'superlative' && frame.measure === 'updated') return 'updated';
  return undefined;
}
