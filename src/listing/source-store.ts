import type { Paper } from './paper.js';

/** A chat on its platform: what owns a set of sources. */
export interface ChatRef {
  platform: 'telegram' | 'discord' | 'console';
  chatId: string;
}

/** An arXiv query followed, or a listing file sent in a chat. */
export type SourceKind = 'query' | 'file';

/** A source of papers as the store keeps it; one row per source, shared by every chat that holds it. */
export interface SourceRow {
  id: number;
  kind: SourceKind;
  /** Unique per kind: the normalized query, or for a file "<platform>:<chatId>:<file name>". */
  key: string;
  /** What users see: the query as first typed, or the file's name. */
  label: string;
  /** Papers it holds now. */
  papers: number;
  /** Moves whenever its papers change: an index built at an older version is stale. */
  version: number;
  /** arXiv's total for the query at its last successful check (queries). */
  total?: number;
  /** Its last successful fetch (queries) or read (files). */
  refreshedAt?: Date;
  /** The last failure since the last success. */
  error?: { at: Date; message: string };
  /** When a query is refreshed next; none: as soon as possible (a new follow). */
  nextRefreshAt?: Date;
  /** Entries skipped and similar, from its last fetch or read, each located. */
  problems: string[];
  createdAt: Date;
}

/** A source as one chat holds it. */
export interface ChatSourceRow extends SourceRow {
  addedAt: Date;
  addedBy?: string;
}

/** What a successful fetch or read of a source recorded. */
export interface SourceRefresh {
  at: Date;
  /** arXiv's total (queries). */
  total?: number;
  problems: string[];
  /** When a query is due again. */
  nextRefreshAt?: Date;
  /** A form of each paper made by a layer above (the index terms), stored beside it. */
  derived?: DerivedForms;
}

/** Each paper's derived form by id, and the version of the rules that made them: another version's is stale. */
export interface DerivedForms {
  version: string;
  byId: ReadonlyMap<string, string>;
}

/**
 * Sources and their papers in the database: one row per paper (by arXiv id, or the title id of a
 * paper with none), shared by the sources that hold it; chats hold sources. Every instance on one
 * database sees the same sources and papers.
 */
export interface SourceStore {
  /** The source of this kind and key, created (with `label`) when missing. */
  ensureSource(kind: SourceKind, key: string, label: string, now: Date): Promise<SourceRow>;
  source(id: number): Promise<SourceRow | undefined>;
  /** The chat's sources in the order it added them. */
  chatSources(chat: ChatRef): Promise<ChatSourceRow[]>;
  /** Adds the source to the chat; false when the chat held it already. */
  linkSource(chat: ChatRef, sourceId: number, now: Date, by?: string): Promise<boolean>;
  /** Removes the source from the chat; a source no chat holds is deleted with the papers only it held. */
  unlinkSource(chat: ChatRef, sourceId: number): Promise<void>;
  /** Removes every source of the chat, as `unlinkSource` does; returns how many it held. */
  unlinkAll(chat: ChatRef): Promise<number>;
  /** Distinct query sources some chat holds. */
  countFollowedQueries(): Promise<number>;
  /**
   * Replaces the source's papers in one transaction, records the success and moves its version.
   * Papers the store never had get their first-seen numbers in the same transaction, so digests
   * never read a source's paper that has none.
   */
  setSourcePapers(sourceId: number, papers: readonly Paper[], refresh: SourceRefresh): Promise<void>;
  /** The papers of these sources, each once (merged by id; the newest version wins). */
  sourcePapers(sourceIds: readonly number[]): Promise<Paper[]>;
  /** The papers of these sources, as {@link sourcePapers} gives them, with their derived forms of this version where stored. */
  sourcePapersDerived(
    sourceIds: readonly number[],
    version: string,
  ): Promise<{ papers: Paper[]; derived: DerivedForms }>;
  /** Records a failed fetch: the papers stay; when it is due again. */
  recordSourceFailure(sourceId: number, at: Date, message: string, nextRefreshAt: Date): Promise<void>;
  /** Query sources some chat holds that are due at `now`: never fetched first, then the longest overdue. */
  dueQueries(now: Date, limit: number): Promise<SourceRow[]>;
  /** When the next held query is due; undefined when none is held. */
  nextQueryDueAt(): Promise<Date | undefined>;
}
