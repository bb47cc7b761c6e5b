import type { ArxivOrigin, ListingOrigin } from '../listing/listing-origin.js';
import type { SourceView } from './source-views.js';

/** What a chat's own sources are, as /stats, /help and the loading note describe a listing. */
export function chatOrigin(sources: readonly SourceView[], now: Date): ListingOrigin {
  const files = sources.filter((s) => s.kind === 'file');
  const queries: ArxivOrigin[] = sources
    .filter((s) => s.kind === 'query')
    .map((s) => ({
      query: s.key,
      papers: s.papers,
      ...(s.refreshedAt ? { refreshedAt: s.refreshedAt.toISOString() } : {}),
      ...(s.error ? { lastError: { at: s.error.at.toISOString(), message: s.error.message } } : {}),
      ...(s.fetching ? { fetching: s.fetching } : {}),
    }));
  const times = sources.flatMap((s) => (s.refreshedAt ? [s.refreshedAt.getTime()] : []));
  return {
    files: files.map((f) => f.label),
    filePapers: files.reduce((sum, f) => sum + f.papers, 0),
    queries,
    asOf: times.length ? new Date(Math.max(...times)) : now,
  };
}
