import type Database from 'better-sqlite3';
import { ConfigError } from '../base/errors.js';

/** The SQLite schema as versioned migrations, applied in order; PRAGMA user_version records the last one. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE papers_seen (
     paper_id TEXT PRIMARY KEY,
     seq INTEGER NOT NULL UNIQUE,
     first_seen_at TEXT NOT NULL
   );
   CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord')),
     chat_id TEXT NOT NULL,
     chat_kind TEXT NOT NULL,
     cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
     weekday TEXT,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     filter TEXT,
     quiet INTEGER NOT NULL DEFAULT 0,
     cursor INTEGER NOT NULL,
     last_digest_at TEXT,
     next_run_at TEXT NOT NULL,
     paused_reason TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT
   );
   CREATE INDEX subscriptions_chat ON subscriptions (platform, chat_id);
   CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE paused_reason IS NULL;
   CREATE TABLE deliveries (
     subscription_id INTEGER NOT NULL,
     period TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('sending', 'sent')),
     cursor_to INTEGER NOT NULL,
     paper_count INTEGER NOT NULL,
     started_at TEXT NOT NULL,
     finished_at TEXT,
     PRIMARY KEY (subscription_id, period)
   );`,
  // Deliveries are claimed by one process at a time, with a lease (see beginDelivery).
  `ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
   ALTER TABLE deliveries ADD COLUMN lease_until INTEGER;`,
  // State that the processes on one data folder share (see SharedState).
  `CREATE TABLE shared_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL);
   CREATE INDEX shared_state_expiry ON shared_state (expires_at);`,
  // A delivery keeps what it sends (JSON array of paper ids) and the parts that went out, so one
  // taken over after a crash resumes after them.
  `ALTER TABLE deliveries ADD COLUMN paper_ids TEXT;
   ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;`,
  // What the processes coordinate (see InstanceCoordination): the turn at each service (who
  // holds it, until when, and when the last answer ended, in ms), and who holds each lease (one
  // refresh of a query at a time).
  `CREATE TABLE request_gates (
     service TEXT PRIMARY KEY,
     holder TEXT,
     held_until INTEGER NOT NULL DEFAULT 0,
     free_at INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL);`,
  // Sources of papers (see SourceStore): one row per paper, shared by the sources that hold it;
  // chats hold sources. paper_version and paper_updated repeat the paper's version and latest
  // date so that an upsert keeps the newer of two copies without parsing data. The console chat
  // may subscribe too: SQLite cannot change a CHECK, so subscriptions is rebuilt (its AUTOINCREMENT
  // counter carried over, so an id is never given twice).
  `CREATE TABLE sources (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL CHECK (kind IN ('query', 'file')),
     key TEXT NOT NULL,
     label TEXT NOT NULL,
     version INTEGER NOT NULL DEFAULT 0,
     total INTEGER,
     refreshed_at TEXT,
     error_at TEXT,
     error_message TEXT,
     next_refresh_at TEXT,
     problems TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL,
     UNIQUE (kind, key)
   );
   CREATE TABLE papers (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     paper_version INTEGER,
     paper_updated TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE source_papers (
     source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
     paper_id TEXT NOT NULL REFERENCES papers (id),
     PRIMARY KEY (source_id, paper_id)
   );
   CREATE INDEX source_papers_paper ON source_papers (paper_id);
   CREATE TABLE chat_sources (
     platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord', 'console')),
     chat_id TEXT NOT NULL,
     source_id INTEGER NOT NULL REFERENCES sources (id),
     added_at TEXT NOT NULL,
     added_by TEXT,
     PRIMARY KEY (platform, chat_id, source_id)
   );
   CREATE INDEX chat_sources_source ON chat_sources (source_id);
   CREATE TABLE subscriptions_new (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord', 'console')),
     chat_id TEXT NOT NULL,
     chat_kind TEXT NOT NULL,
     cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
     weekday TEXT,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     filter TEXT,
     quiet INTEGER NOT NULL DEFAULT 0,
     cursor INTEGER NOT NULL,
     last_digest_at TEXT,
     next_run_at TEXT NOT NULL,
     paused_reason TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT
   );
   INSERT INTO subscriptions_new SELECT id, platform, chat_id, chat_kind, cadence, weekday, time, timezone, filter,
     quiet, cursor, last_digest_at, next_run_at, paused_reason, created_at, created_by FROM subscriptions;
   DELETE FROM sqlite_sequence WHERE name = 'subscriptions_new';
   INSERT INTO sqlite_sequence (name, seq) SELECT 'subscriptions_new', seq FROM sqlite_sequence WHERE name = 'subscriptions';
   DROP TABLE subscriptions;
   ALTER TABLE subscriptions_new RENAME TO subscriptions;
   CREATE INDEX subscriptions_chat ON subscriptions (platform, chat_id);
   CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE paused_reason IS NULL;`,
  // A derived form of each paper (the index terms) that its writer stores beside it, and the version of its rules.
  `ALTER TABLE papers ADD COLUMN derived TEXT;
   ALTER TABLE papers ADD COLUMN derived_version TEXT;`,
];

/** Applies the migrations the database in `file` lacks, each in a transaction; refuses one a newer arxivist wrote. */
export function migrateSqlite(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SQLITE_MIGRATIONS.length) {
    db.close();
    throw new ConfigError(
      `ARXIVIST_DATA_DIR: the database ${file} has schema version ${version}, written by a newer arxivist; this one knows up to ${SQLITE_MIGRATIONS.length}. Upgrade arxivist, or point ARXIVIST_DATA_DIR elsewhere.`,
    );
  }
  for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
