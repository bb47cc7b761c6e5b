import { agreeing, plural } from '../base/plural.js';
import type { Digest } from '../digest/digest-service.js';
import { describeSchedule } from '../digest/subscription.js';
import { resolveTimeZone } from '../digest/time-zones.js';
import { formatDate } from '../listing/dates.js';
import { termOf } from '../search/terms.js';
import { parseQuery } from '../search/query.js';
import type { PaperAction, Reply } from './reply.js';

const PAPERS_PER_MESSAGE = 10;

function what(digest: Digest): string {
  return digest.subscription.filter ? ` matching "${digest.subscription.filter}"` : '';
}

/** "the latest 3 papers" or "2 new papers", with the filter. */
function headline(digest: Digest): string {
  const n = digest.papers.length;
  return `${digest.first ? `the latest ${plural(n, 'paper')}` : plural(n, 'new paper')}${what(digest)}`;
}

function nothingNew(digest: Digest): string {
  return `no new papers${what(digest)} since ${formatDate(digest.since)} (listing as of ${formatDate(digest.listingAsOf)}).`;
}

/**
 * A digest as the messages a chat receives: the papers in parts of 10, or one "no new papers" line;
 * none when quiet. `actions`: the commands offered on each paper (see paperActions).
 */
export function digestReplies(digest: Digest, actions: readonly PaperAction[] = []): Reply[] {
  const id = digest.subscription.id;
  const { papers } = digest;
  if (papers.length === 0)
    return digest.subscription.quiet ? [] : [{ kind: 'text', text: `Digest #${id}: ${nothingNew(digest)}` }];
  const parts = Math.ceil(papers.length / PAPERS_PER_MESSAGE);
  return Array.from({ length: parts }, (_, i) => ({
    kind: 'papers' as const,
    title: `Digest #${id}: ${headline(digest)}${parts > 1 ? ` (${i + 1}/${parts})` : ''}`,
    items: papers.slice(i * PAPERS_PER_MESSAGE, (i + 1) * PAPERS_PER_MESSAGE).map((paper) => ({ paper })),
    actions: [...actions],
  }));
}

/**
 * A digest shown ahead of time, in one reply under `intro`: its papers titled "Preview: …" (or
 * "Digest #N: …" with `label: 'digest'`), else its "no new papers" line, else `whenQuiet`.
 */
export function digestPreview(
  digest: Digest,
  intro: string,
  options: { label: 'preview' | 'digest'; whenQuiet: string },
): Reply {
  const head = options.label === 'preview' ? 'Preview' : `Digest #${digest.subscription.id}`;
  if (digest.papers.length > 0)
    return {
      kind: 'papers',
      intro,
      title: `${head}: ${headline(digest)}`,
      items: digest.papers.map((paper) => ({ paper })),
    };
  const body = digest.subscription.quiet
    ? options.whenQuiet
    : `Digest #${digest.subscription.id}: ${nothingNew(digest)}`;
  return { kind: 'text', text: `${intro}\n${body}` };
}

const and = new Intl.ListFormat('en', { type: 'conjunction' });
const or = new Intl.ListFormat('en', { type: 'disjunction' });
const quoted = (items: readonly string[]) => items.map((i) => `"${i}"`);

/**
 * A subscription filter in words, as the digest reads it: 'papers by Divya Mahajan, with the
 * word "causal", without "diffusion"'. Words the search skips ("of", "the") are left out.
 */
export function filterInWords(filter: string): string {
  const q = parseQuery(filter);
  const words = q.words.filter((w) => termOf(w) !== null);
  const parts: string[] = [];
  if (q.authors.length > 0) parts.push(`by ${and.format(q.authors)}`);
  if (words.length > 0) parts.push(`with the ${agreeing(words.length, 'word', 'words')} ${and.format(quoted(words))}`);
  if (q.phrases.length > 0)
    parts.push(`with the ${agreeing(q.phrases.length, 'phrase', 'phrases')} ${and.format(quoted(q.phrases))}`);
  if (q.year !== undefined) parts.push(`first submitted in ${q.year}`);
  if (q.after) parts.push(`first submitted on or after ${formatDate(q.after)}`);
  if (q.before) parts.push(`first submitted before ${formatDate(q.before)}`);
  if (q.excluded.length > 0) parts.push(`without ${or.format(quoted(q.excluded))}`);
  return parts.length > 0 ? `papers ${parts.join(', ')}` : 'every paper (the filter names nothing to search for)';
}

/** Words of a filter that are also time zone names ("cet", "Japan"), the likely reason it matches nothing. */
function zoneWords(filter: string): string[] {
  return filter.split(/\s+/).filter((w) => resolveTimeZone(w) !== undefined);
}

/**
 * What /subscribe says above its preview: the schedule, the filter in words, and a warning when
 * the filter matches no paper today.
 */
export function subscribedIntro(preview: Digest, nextRun: string): string {
  const sub = preview.subscription;
  const lines = [
    `Subscribed #${sub.id}: ${describeSchedule(sub)}${sub.filter ? `, papers matching "${sub.filter}"` : ''}.`,
  ];
  if (sub.filter) {
    lines.push(`Filter: ${filterInWords(sub.filter)}.`);
    // A first digest carries the latest matching papers: none means none of the listing matches.
    if (preview.first && preview.papers.length === 0) {
      const zones = zoneWords(sub.filter).map((w) => `"${w}" is also a time zone: for it, write --timezone ${w}.`);
      lines.push(
        [
          "⚠️ No paper of today's listing matches this filter, so its digests stay empty until a new one does.",
          ...zones,
        ].join(' '),
      );
    }
  }
  lines.push(`Next digest: ${nextRun}. Here is what it would send now:`);
  return lines.join('\n');
}
