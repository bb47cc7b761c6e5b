import type Database from 'better-sqlite3';
import type {
  ChatRef,
  ChatSourceRow,
  SourceKind,
  SourceRefresh,
  SourceRow,
  SourceStore,
} from '../listing/source-store.js';
import type { Paper } from '../listing/paper.js';
import {
  type DerivedRow,
  PAPER_UPDATE,
  REPLACE_PAPER,
  paperRows,
  readPapers,
  readPapersDerived,
} from './paper-rows.js';
import { registerInSqlite } from './first-seen.js';
import {
  CHAT_SOURCE_COLUMNS,
  HELD_QUERY,
  type ChatSourceDbRow,
  SOURCE_COLUMNS,
  type SourceDbRow,
  toChatSourceRow,
  toSourceRow,
} from './source-row.js';

/**
 * {@link SourceStore} in the SQLite file: tables sources, papers, source_papers and chat_sources.
 * SqliteStore extends it; lists of ids travel as one JSON array, read with json_each.
 */
export abstract class SqliteSources implements SourceStore {
  protected abstract readonly db: Database.Database;

  async ensureSource(kind: SourceKind, key: string, label: string, now: Date): Promise<SourceRow> {
    this.db
      .prepare(
        'INSERT INTO sources (kind, key, label, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key) DO NOTHING',
      )
      .run(kind, key, label, now.toISOString());
    return this.sourceWhere('s.kind = ? AND s.key = ?', kind, key) as SourceRow;
  }

  async source(id: number): Promise<SourceRow | undefined> {
    return this.sourceWhere('s.id = ?', id);
  }

  async chatSources(chat: ChatRef): Promise<ChatSourceRow[]> {
    const rows = this.db
      .prepare(
        `SELECT ${CHAT_SOURCE_COLUMNS} FROM chat_sources cs JOIN sources s ON s.id = cs.source_id
         WHERE cs.platform = ? AND cs.chat_id = ? ORDER BY cs.added_at, cs.rowid`,
      )
      .all(chat.platform, chat.chatId) as ChatSourceDbRow[];
    return rows.map(toChatSourceRow);
  }

  async linkSource(chat: ChatRef, sourceId: number, now: Date, by?: string): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        `INSERT INTO chat_sources (platform, chat_id, source_id, added_at, added_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(chat.platform, chat.chatId, sourceId, now.toISOString(), by ?? null);
    return changes > 0;
  }

  async unlinkSource(chat: ChatRef, sourceId: number): Promise<void> {
    this.db
      .transaction(() => {
        this.db
          .prepare('DELETE FROM chat_sources WHERE platform = ? AND chat_id = ? AND source_id = ?')
          .run(chat.platform, chat.chatId, sourceId);
        this.dropIfUnheld(sourceId);
      })
      .immediate();
  }

  async unlinkAll(chat: ChatRef): Promise<number> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare('DELETE FROM chat_sources WHERE platform = ? AND chat_id = ? RETURNING source_id')
          .all(chat.platform, chat.chatId) as { source_id: number }[];
        for (const r of rows) this.dropIfUnheld(r.source_id);
        return rows.length;
      })
      .immediate();
  }

  async countFollowedQueries(): Promise<number> {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM sources s WHERE ${HELD_QUERY}`).get() as { n: number }).n;
  }

  async setSourcePapers(sourceId: number, papers: readonly Paper[], refresh: SourceRefresh): Promise<void> {
    const rows = paperRows(papers, refresh.derived);
    const ids = rows.map((r) => r.id);
    const at = refresh.at.toISOString();
    this.db
      .transaction(() => {
        const { changes } = this.db
          .prepare(
            `UPDATE sources SET version = version + 1, refreshed_at = ?, total = ?, problems = ?, next_refresh_at = ?,
               error_at = NULL, error_message = NULL WHERE id = ?`,
          )
          .run(at, refresh.total ?? null, JSON.stringify(refresh.problems), iso(refresh.nextRefreshAt), sourceId);
        // A source unlinked while it was fetched keeps nothing.
        if (changes === 0) return;
        const upsert = this.db.prepare(
          `INSERT INTO papers (id, data, paper_version, paper_updated, updated_at, derived, derived_version)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET ${PAPER_UPDATE} WHERE ${REPLACE_PAPER}`,
        );
        const link = this.db.prepare('INSERT OR IGNORE INTO source_papers (source_id, paper_id) VALUES (?, ?)');
        for (const r of rows) {
          upsert.run(r.id, r.data, r.version, r.updated, at, r.derived, r.derivedVersion);
          link.run(sourceId, r.id);
        }
        const gone = this.db
          .prepare(
            `DELETE FROM source_papers WHERE source_id = ? AND paper_id NOT IN (SELECT value FROM json_each(?))
             RETURNING paper_id`,
          )
          .all(sourceId, JSON.stringify(ids)) as { paper_id: string }[];
        this.dropOrphans(gone.map((g) => g.paper_id));
        registerInSqlite(this.db, ids, at);
      })
      .immediate();
  }

  async sourcePapers(sourceIds: readonly number[]): Promise<Paper[]> {
    return readPapers(this.papersOf<{ data: string }>(sourceIds, 'data'));
  }

  async sourcePapersDerived(sourceIds: readonly number[], version: string) {
    return readPapersDerived(this.papersOf<DerivedRow>(sourceIds, 'data, derived, derived_version'), version);
  }

  private papersOf<T>(sourceIds: readonly number[], columns: string): T[] {
    return this.db
      .prepare(
        `SELECT ${columns} FROM papers WHERE id IN
           (SELECT paper_id FROM source_papers WHERE source_id IN (SELECT value FROM json_each(?)))`,
      )
      .all(JSON.stringify(sourceIds)) as T[];
  }

  async recordSourceFailure(sourceId: number, at: Date, message: string, nextRefreshAt: Date): Promise<void> {
    this.db
      .prepare('UPDATE sources SET error_at = ?, error_message = ?, next_refresh_at = ? WHERE id = ?')
      .run(at.toISOString(), message, nextRefreshAt.toISOString(), sourceId);
  }

  async dueQueries(now: Date, limit: number): Promise<SourceRow[]> {
    const rows = this.db
      .prepare(
        `SELECT ${SOURCE_COLUMNS} FROM sources s
         WHERE ${HELD_QUERY} AND (s.next_refresh_at IS NULL OR s.next_refresh_at <= ?)
         ORDER BY s.next_refresh_at NULLS FIRST, s.created_at, s.id LIMIT ?`,
      )
      .all(now.toISOString(), limit) as SourceDbRow[];
    return rows.map(toSourceRow);
  }

  async nextQueryDueAt(): Promise<Date | undefined> {
    const row = this.db
      .prepare(`SELECT MIN(COALESCE(s.next_refresh_at, s.created_at)) AS t FROM sources s WHERE ${HELD_QUERY}`)
      .get() as { t: string | null };
    return row.t ? new Date(row.t) : undefined;
  }

  private sourceWhere(where: string, ...params: unknown[]): SourceRow | undefined {
    const row = this.db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE ${where}`).get(...params) as
      SourceDbRow | undefined;
    return row ? toSourceRow(row) : undefined;
  }

  /** Deletes the source, and the papers only it held, when no chat holds it. */
  private dropIfUnheld(sourceId: number): void {
    if (this.db.prepare('SELECT 1 FROM chat_sources WHERE source_id = ?').get(sourceId)) return;
    const gone = this.db.prepare('DELETE FROM source_papers WHERE source_id = ? RETURNING paper_id').all(sourceId) as {
      paper_id: string;
    }[];
    this.dropOrphans(gone.map((g) => g.paper_id));
    this.db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
  }

  /** Deletes those of these papers that no source holds any more. */
  private dropOrphans(paperIds: readonly string[]): void {
    if (paperIds.length === 0) return;
    this.db
      .prepare(
        `DELETE FROM papers WHERE id IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (SELECT 1 FROM source_papers sp WHERE sp.paper_id = papers.id)`,
      )
      .run(JSON.stringify(paperIds));
  }
}

const iso = (t: Date | undefined): string | null => t?.toISOString() ?? null;
