import type pg from 'pg';
import { ConfigError } from '../base/errors.js';

/**
 * The PostgreSQL schema as versioned migrations, applied in order under an advisory lock;
 * table arxivist_migrations records each one applied.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE SEQUENCE papers_seen_seq;
   CREATE TABLE papers_seen (
     paper_id TEXT PRIMARY KEY,
     seq BIGINT NOT NULL UNIQUE,
     first_seen_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE subscriptions (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord')),
     chat_id TEXT NOT NULL,
     chat_kind TEXT NOT NULL,
     cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
     weekday TEXT,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     filter TEXT,
     quiet BOOLEAN NOT NULL DEFAULT false,
     cursor BIGINT NOT NULL,
     last_digest_at TIMESTAMPTZ,
     next_run_at TIMESTAMPTZ NOT NULL,
     paused_reason TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     created_by TEXT
   );
   CREATE INDEX subscriptions_chat ON subscriptions (platform, chat_id);
   CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE paused_reason IS NULL;
   CREATE TABLE deliveries (
     subscription_id BIGINT NOT NULL,
     period TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('sending', 'sent')),
     cursor_to BIGINT NOT NULL,
     paper_count INTEGER NOT NULL,
     started_at TIMESTAMPTZ NOT NULL,
     finished_at TIMESTAMPTZ,
     claimed_by TEXT,
     lease_until BIGINT,
     PRIMARY KEY (subscription_id, period)
   );
   CREATE TABLE shared_state (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     expires_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX shared_state_expiry ON shared_state (expires_at);`,
  // A delivery keeps what it sends and the parts that went out, so one taken over after a crash
  // resumes after them.
  `ALTER TABLE deliveries ADD COLUMN paper_ids TEXT[];
   ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;`,
  // What the instances coordinate (see InstanceCoordination): the turn at each service (who
  // holds it, until when, and when the last answer ended, in ms on the database's clock), and
  // who holds each lease (one refresh of a query at a time).
  `CREATE TABLE request_gates (
     service TEXT PRIMARY KEY,
     holder TEXT,
     held_until BIGINT NOT NULL DEFAULT 0,
     free_at BIGINT NOT NULL DEFAULT 0
   );
   CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, until BIGINT NOT NULL);`,
  // Per-user command counts (rate-limiter-flexible's layout). Created here, under the lock, because
  // its own CREATE TABLE IF NOT EXISTS fails when two instances start at once; IF NOT EXISTS keeps
  // databases where the limiter made it.
  `CREATE TABLE IF NOT EXISTS arxivist_rate_limits (
     key VARCHAR(255) PRIMARY KEY,
     points INTEGER NOT NULL DEFAULT 0,
     expire BIGINT
   );`,
  // Sources of papers (see SourceStore): one row per paper, shared by the sources that hold it;
  // chats hold sources. paper_version and paper_updated repeat the paper's version and latest
  // date so that an upsert keeps the newer of two copies without parsing data. The console chat
  // may subscribe too: the platform check, named by PostgreSQL, is found and replaced.
  `CREATE TABLE sources (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('query', 'file')),
     key TEXT NOT NULL,
     label TEXT NOT NULL,
     version INTEGER NOT NULL DEFAULT 0,
     total INTEGER,
     refreshed_at TIMESTAMPTZ,
     error_at TIMESTAMPTZ,
     error_message TEXT,
     next_refresh_at TIMESTAMPTZ,
     problems TEXT[] NOT NULL DEFAULT '{}',
     created_at TIMESTAMPTZ NOT NULL,
     UNIQUE (kind, key)
   );
   CREATE TABLE papers (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     paper_version INTEGER,
     paper_updated TEXT NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE source_papers (
     source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
     paper_id TEXT NOT NULL REFERENCES papers (id),
     PRIMARY KEY (source_id, paper_id)
   );
   CREATE INDEX source_papers_paper ON source_papers (paper_id);
   CREATE TABLE chat_sources (
     platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord', 'console')),
     chat_id TEXT NOT NULL,
     source_id BIGINT NOT NULL REFERENCES sources (id),
     added_at TIMESTAMPTZ NOT NULL,
     added_by TEXT,
     PRIMARY KEY (platform, chat_id, source_id)
   );
   CREATE INDEX chat_sources_source ON chat_sources (source_id);
   DO $$
   DECLARE c TEXT;
   BEGIN
     FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'subscriptions'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%platform%' LOOP
       EXECUTE format('ALTER TABLE subscriptions DROP CONSTRAINT %I', c);
     END LOOP;
   END $$;
   ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_platform_check
     CHECK (platform IN ('telegram', 'discord', 'console'));`,
  // A derived form of each paper (the index terms) that its writer stores beside it, and the version of its rules.
  `ALTER TABLE papers ADD COLUMN IF NOT EXISTS derived TEXT;
   ALTER TABLE papers ADD COLUMN IF NOT EXISTS derived_version TEXT;`,
];

const MIGRATE_LOCK = 'arxivist:migrate';

/**
 * Applies the migrations a database lacks, under an advisory lock so that instances starting
 * together migrate once; refuses a database a newer arxivist wrote. Returns how many it applied.
 */
export async function migrate(pool: pg.Pool, schema?: string): Promise<number> {
  const client = await pool.connect();
  let applied = 0;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATE_LOCK]);
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS arxivist_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ v: number }>(
        'SELECT COALESCE(MAX(version), 0) AS v FROM arxivist_migrations',
      );
      const version = rows[0]?.v ?? 0;
      if (version > POSTGRES_MIGRATIONS.length)
        throw new ConfigError(
          `ARXIVIST_DATABASE_URL: the database has schema version ${version}, written by a newer arxivist; this one knows up to ${POSTGRES_MIGRATIONS.length}. Upgrade every instance.`,
        );
      for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) {
        await client.query('BEGIN');
        await client.query(POSTGRES_MIGRATIONS[v] as string);
        await client.query('INSERT INTO arxivist_migrations (version) VALUES ($1)', [v + 1]);
        await client.query('COMMIT');
        applied++;
      }
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATE_LOCK]);
    }
  } finally {
    client.release();
  }
  return applied;
}

/** A schema name as a quoted identifier; only plain names are accepted. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new ConfigError(`schema name "${name}": use lower-case letters, digits and _`);
  return `"${name}"`;
}
