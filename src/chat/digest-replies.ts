import { plural } from '../base/plural.js';
import type { Digest } from '../digest/digest-service.js';
import { formatDate } from '../listing/dates.js';
import type { Reply } from './reply.js';

const PAPERS_PER_MESSAGE = 10;

function what(digest: Digest): string {
  return digest.subscription.filter ? ` matching "${digest.subscription.filter}"` : '';
}

/** "the latest 3 papers" or "2 new papers", with the filter. */
function headline(digest: Digest): string {
  const n = digest.papers.length;
  return `${digest.first ? `the latest ${plural(n, 'paper')}` : `${n} new ${n === 1 ? 'paper' : 'papers'}`}${what(digest)}`;
}

function nothingNew(digest: Digest): string {
  return `no new papers${what(digest)} since ${formatDate(digest.since)} (listing as of ${formatDate(digest.listingAsOf)}).`;
}

/** A digest as the messages a chat receives: the papers in parts of 10, or one "no new papers" line; none when quiet. */
export function digestReplies(digest: Digest): Reply[] {
  const id = digest.subscription.id;
  const { papers } = digest;
  if (papers.length === 0)
    return digest.subscription.quiet ? [] : [{ kind: 'text', text: `Digest #${id}: ${nothingNew(digest)}` }];
  const parts = Math.ceil(papers.length / PAPERS_PER_MESSAGE);
  return Array.from({ length: parts }, (_, i) => ({
    kind: 'papers' as const,
    title: `Digest #${id}: ${headline(digest)}${parts > 1 ? ` (${i + 1}/${parts})` : ''}`,
    items: papers.slice(i * PAPERS_PER_MESSAGE, (i + 1) * PAPERS_PER_MESSAGE).map((paper) => ({ paper })),
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
