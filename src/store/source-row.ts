import type { ChatSourceRow, SourceKind, SourceRow } from '../listing/source-store.js';

/** A sources row as either database returns it, with its paper count: SQLite gives text, PostgreSQL Dates and arrays. */
export interface SourceDbRow {
  id: number;
  kind: SourceKind;
  key: string;
  label: string;
  version: number;
  total: number | null;
  refreshed_at: Date | string | null;
  error_at: Date | string | null;
  error_message: string | null;
  next_refresh_at: Date | string | null;
  /** A JSON array (SQLite) or an array (PostgreSQL). */
  problems: string | string[];
  created_at: Date | string;
  papers: number;
}

/** A sources row with when and by whom a chat added it. */
export interface ChatSourceDbRow extends SourceDbRow {
  added_at: Date | string;
  added_by: string | null;
}

/** The columns of {@link SourceDbRow} for a query on `sources s`. */
export const SOURCE_COLUMNS = `s.id, s.kind, s.key, s.label, s.version, s.total, s.refreshed_at, s.error_at, s.error_message,
  s.next_refresh_at, s.problems, s.created_at,
  (SELECT COUNT(*) FROM source_papers sp WHERE sp.source_id = s.id) AS papers`;

/** {@link SOURCE_COLUMNS} plus when and by whom the chat added the source, for a query joining `chat_sources cs`. */
export const CHAT_SOURCE_COLUMNS = `${SOURCE_COLUMNS}, cs.added_at, cs.added_by`;

const date = (t: Date | string): Date => (typeof t === 'string' ? new Date(t) : t);

export function toSourceRow(r: SourceDbRow): SourceRow {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    label: r.label,
    papers: r.papers,
    version: r.version,
    ...(r.total !== null ? { total: r.total } : {}),
    ...(r.refreshed_at ? { refreshedAt: date(r.refreshed_at) } : {}),
    ...(r.error_at ? { error: { at: date(r.error_at), message: r.error_message ?? '' } } : {}),
    ...(r.next_refresh_at ? { nextRefreshAt: date(r.next_refresh_at) } : {}),
    problems: typeof r.problems === 'string' ? (JSON.parse(r.problems) as string[]) : r.problems,
    createdAt: date(r.created_at),
  };
}

export function toChatSourceRow(r: ChatSourceDbRow): ChatSourceRow {
  return {
    ...toSourceRow(r),
    addedAt: date(r.added_at),
    ...(r.added_by ? { addedBy: r.added_by } : {}),
  };
}

/** A query source some chat holds, as a condition on `sources s`. */
export const HELD_QUERY = "s.kind = 'query' AND EXISTS (SELECT 1 FROM chat_sources cs WHERE cs.source_id = s.id)";
