import type pg from 'pg';
import type {
  ChatRef,
  ChatSourceRow,
  SourceKind,
  SourceRefresh,
  SourceRow,
  SourceStore,
} from '../listing/source-store.js';
import type { Paper } from '../listing/paper.js';
import { inTransaction } from './postgres-pool.js';
import {
  type DerivedRow,
  PAPER_UPDATE,
  type PaperRow,
  REPLACE_PAPER,
  paperRows,
  readPapers,
  readPapersDerived,
} from './paper-rows.js';
import { registerInPostgres } from './first-seen.js';
import {
  CHAT_SOURCE_COLUMNS,
  HELD_QUERY,
  type ChatSourceDbRow,
  SOURCE_COLUMNS,
  type SourceDbRow,
  toChatSourceRow,
  toSourceRow,
} from './source-row.js';

// Changes to which sources hold which papers, one at a time: a paper one source lets go of is
// then never deleted while another source takes it.
const PAPERS_LOCK = 'arxivist:papers';

/** Papers per INSERT: each statement's parameters stay a few megabytes. */
const BATCH = 1_000;

/**
 * {@link SourceStore} on PostgreSQL: tables sources, papers, source_papers and chat_sources.
 * PostgresStore extends it; papers are written in batches through unnest.
 */
export abstract class PostgresSources implements SourceStore {
  protected abstract readonly pool: pg.Pool;

  async ensureSource(kind: SourceKind, key: string, label: string, now: Date): Promise<SourceRow> {
    await this.pool.query(
      'INSERT INTO sources (kind, key, label, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (kind, key) DO NOTHING',
      [kind, key, label, now.toISOString()],
    );
    return (await this.sourceWhere('s.kind = $1 AND s.key = $2', [kind, key])) as SourceRow;
  }

  source(id: number): Promise<SourceRow | undefined> {
    return this.sourceWhere('s.id = $1', [id]);
  }

  async chatSources(chat: ChatRef): Promise<ChatSourceRow[]> {
    const { rows } = await this.pool.query<ChatSourceDbRow>(
      `SELECT ${CHAT_SOURCE_COLUMNS} FROM chat_sources cs JOIN sources s ON s.id = cs.source_id
       WHERE cs.platform = $1 AND cs.chat_id = $2 ORDER BY cs.added_at, s.id`,
      [chat.platform, chat.chatId],
    );
    return rows.map(toChatSourceRow);
  }

  async linkSource(chat: ChatRef, sourceId: number, now: Date, by?: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO chat_sources (platform, chat_id, source_id, added_at, added_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [chat.platform, chat.chatId, sourceId, now.toISOString(), by ?? null],
    );
    return (rowCount ?? 0) > 0;
  }

  async unlinkSource(chat: ChatRef, sourceId: number): Promise<void> {
    await this.papersTx(async (c) => {
      await c.query('DELETE FROM chat_sources WHERE platform = $1 AND chat_id = $2 AND source_id = $3', [
        chat.platform,
        chat.chatId,
        sourceId,
      ]);
      await dropIfUnheld(c, sourceId);
    });
  }

  unlinkAll(chat: ChatRef): Promise<number> {
    return this.papersTx(async (c) => {
      const { rows } = await c.query<{ source_id: number }>(
        'DELETE FROM chat_sources WHERE platform = $1 AND chat_id = $2 RETURNING source_id',
        [chat.platform, chat.chatId],
      );
      for (const r of rows) await dropIfUnheld(c, r.source_id);
      return rows.length;
    });
  }

  async countFollowedQueries(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM sources s WHERE ${HELD_QUERY}`);
    return rows[0]?.n ?? 0;
  }

  async setSourcePapers(sourceId: number, papers: readonly Paper[], refresh: SourceRefresh): Promise<void> {
    const rows = paperRows(papers, refresh.derived);
    const at = refresh.at.toISOString();
    await this.papersTx(async (c) => {
      const { rowCount } = await c.query(
        `UPDATE sources SET version = version + 1, refreshed_at = $2, total = $3, problems = $4, next_refresh_at = $5,
           error_at = NULL, error_message = NULL WHERE id = $1`,
        [sourceId, at, refresh.total ?? null, refresh.problems, refresh.nextRefreshAt?.toISOString() ?? null],
      );
      // A source unlinked while it was fetched keeps nothing.
      if (!rowCount) return;
      for (let i = 0; i < rows.length; i += BATCH) await upsertPapers(c, rows.slice(i, i + BATCH), at);
      const ids = rows.map((r) => r.id);
      await c.query(
        'INSERT INTO source_papers (source_id, paper_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
        [sourceId, ids],
      );
      // The statement sees the source's links as they were before its own DELETE: hence source_id <> $1.
      await c.query(
        `WITH gone AS (
           DELETE FROM source_papers sp WHERE sp.source_id = $1
             AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) AS k(id) WHERE k.id = sp.paper_id)
           RETURNING paper_id)
         DELETE FROM papers p USING gone WHERE p.id = gone.paper_id
           AND NOT EXISTS (SELECT 1 FROM source_papers o WHERE o.paper_id = p.id AND o.source_id <> $1)`,
        [sourceId, ids],
      );
      await registerInPostgres(c, ids, at);
    });
  }

  async sourcePapers(sourceIds: readonly number[]): Promise<Paper[]> {
    return readPapers(await this.papersOf<{ data: string }>(sourceIds, 'data'));
  }

  async sourcePapersDerived(sourceIds: readonly number[], version: string) {
    return readPapersDerived(await this.papersOf<DerivedRow>(sourceIds, 'data, derived, derived_version'), version);
  }

  private async papersOf<T extends pg.QueryResultRow>(sourceIds: readonly number[], columns: string): Promise<T[]> {
    const { rows } = await this.pool.query<T>(
      `SELECT ${columns} FROM papers WHERE id IN (SELECT paper_id FROM source_papers WHERE source_id = ANY($1::bigint[]))`,
      [sourceIds],
    );
    return rows;
  }

  async recordSourceFailure(sourceId: number, at: Date, message: string, nextRefreshAt: Date): Promise<void> {
    await this.pool.query('UPDATE sources SET error_at = $2, error_message = $3, next_refresh_at = $4 WHERE id = $1', [
      sourceId,
      at.toISOString(),
      message,
      nextRefreshAt.toISOString(),
    ]);
  }

  async dueQueries(now: Date, limit: number): Promise<SourceRow[]> {
    const { rows } = await this.pool.query<SourceDbRow>(
      `SELECT ${SOURCE_COLUMNS} FROM sources s
       WHERE ${HELD_QUERY} AND (s.next_refresh_at IS NULL OR s.next_refresh_at <= $1)
       ORDER BY s.next_refresh_at NULLS FIRST, s.created_at, s.id LIMIT $2`,
      [now.toISOString(), limit],
    );
    return rows.map(toSourceRow);
  }

  async nextQueryDueAt(): Promise<Date | undefined> {
    const { rows } = await this.pool.query<{ t: Date | null }>(
      `SELECT MIN(COALESCE(s.next_refresh_at, s.created_at)) AS t FROM sources s WHERE ${HELD_QUERY}`,
    );
    return rows[0]?.t ?? undefined;
  }

  private async sourceWhere(where: string, params: unknown[]): Promise<SourceRow | undefined> {
    const { rows } = await this.pool.query<SourceDbRow>(
      `SELECT ${SOURCE_COLUMNS} FROM sources s WHERE ${where}`,
      params,
    );
    return rows[0] ? toSourceRow(rows[0]) : undefined;
  }

  /** A transaction that changes which sources hold which papers, under {@link PAPERS_LOCK}. */
  private papersTx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [PAPERS_LOCK]);
      return work(c);
    });
  }
}

/** Writes these papers, keeping a stored copy that is newer. */
async function upsertPapers(c: pg.PoolClient, rows: readonly PaperRow[], at: string): Promise<void> {
  await c.query(
    `INSERT INTO papers (id, data, paper_version, paper_updated, updated_at, derived, derived_version)
     SELECT t.id, t.data, t.version, t.updated, $5, t.derived, t.derived_version
     FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $6::text[], $7::text[])
       AS t(id, data, version, updated, derived, derived_version)
     ON CONFLICT (id) DO UPDATE SET ${PAPER_UPDATE} WHERE ${REPLACE_PAPER}`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.data),
      rows.map((r) => r.version),
      rows.map((r) => r.updated),
      at,
      rows.map((r) => r.derived),
      rows.map((r) => r.derivedVersion),
    ],
  );
}

/** Deletes the source, and the papers only it held, when no chat holds it (the caller holds the lock). */
async function dropIfUnheld(c: pg.PoolClient, sourceId: number): Promise<void> {
  // Locked first: a chat linking it meanwhile waits, then fails on the missing source rather than hold it.
  await c.query('SELECT 1 FROM sources WHERE id = $1 FOR UPDATE', [sourceId]);
  const held = await c.query('SELECT 1 FROM chat_sources WHERE source_id = $1 LIMIT 1', [sourceId]);
  if (held.rowCount) return;
  await c.query(
    `WITH gone AS (DELETE FROM source_papers WHERE source_id = $1 RETURNING paper_id)
     DELETE FROM papers p USING gone WHERE p.id = gone.paper_id
       AND NOT EXISTS (SELECT 1 FROM source_papers o WHERE o.paper_id = p.id AND o.source_id <> $1)`,
    [sourceId],
  );
  await c.query('DELETE FROM sources WHERE id = $1', [sourceId]);
}
