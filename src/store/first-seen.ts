import type Database from 'better-sqlite3';
import type pg from 'pg';

// The advisory lock that orders first-seen registrations on PostgreSQL.
const REGISTER_LOCK = 'arxivist:register';

/**
 * Numbers the ids not seen before, in the order given, inside the caller's SQLite transaction;
 * returns how many were new.
 */
export function registerInSqlite(db: Database.Database, ids: readonly string[], at: string): number {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO papers_seen (paper_id, seq, first_seen_at) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM papers_seen), ?)',
  );
  return ids.reduce((n, id) => n + insert.run(id, at).changes, 0);
}

/**
 * Numbers the ids not seen before, in the order given, inside the caller's PostgreSQL
 * transaction; returns how many were new. One registration at a time: numbers then become
 * visible in the order they were given, so a digest's cursor never passes a number a slower
 * transaction has yet to commit.
 */
export async function registerInPostgres(c: pg.PoolClient, ids: readonly string[], at: string): Promise<number> {
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [REGISTER_LOCK]);
  const r = await c.query(
    `INSERT INTO papers_seen (paper_id, seq, first_seen_at)
     SELECT id, nextval('papers_seen_seq'), $2 FROM (
       SELECT id, MIN(n) AS n FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n)
       WHERE NOT EXISTS (SELECT 1 FROM papers_seen p WHERE p.paper_id = t.id)
       GROUP BY id ORDER BY MIN(n)
     ) fresh
     ON CONFLICT (paper_id) DO NOTHING`,
    [ids, at],
  );
  return r.rowCount ?? 0;
}
