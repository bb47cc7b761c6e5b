import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised } from '../listing/paper.js';
import { measureOf } from '../search/paper-measures.js';
import { plural } from './answer.js';

/** "How many versions does X have": the count where the listing says it, else what it does say. */
export function versionsAnswer(p: Paper): { text: string } {
  const t = `"${p.title}"`;
  const n = measureOf(p, 'versions');
  if (!isRevised(p)) return { text: `${t} has one version, from ${formatDate(p.submitted)}.` };
  const ends = `the first from ${formatDate(p.submitted)}, the latest from ${formatDate(p.updated)}`;
  return n !== undefined
    ? { text: `${t} has ${plural(n, 'version')}: ${ends}.` }
    : { text: `${t} has at least 2 versions: ${ends}; the listing does not say how many came between.` };
}
