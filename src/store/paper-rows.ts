import { isNewer } from '../listing/merge-listings.js';
import { type Paper, PaperSchema } from '../listing/paper.js';

/** A papers row as written: the paper as JSON, and the fields that say which of two copies is newer. */
export interface PaperRow {
  id: string;
  data: string;
  version: number | null;
  updated: string;
}

/** The papers once each by id, the newest version of each kept (a listing may repeat a paper). */
export function paperRows(papers: readonly Paper[]): PaperRow[] {
  const byId = new Map<string, Paper>();
  for (const p of papers) {
    const kept = byId.get(p.id);
    if (!kept || isNewer(p, kept)) byId.set(p.id, p);
  }
  return [...byId.values()].map((p) => ({
    id: p.id,
    data: JSON.stringify(p),
    version: p.version ?? null,
    updated: p.updated,
  }));
}

/**
 * The condition under which an upsert of papers replaces the stored copy: it differs, and the
 * stored one is not newer (the rule of isNewer, on the columns that repeat the version and date).
 */
export const REPLACE_PAPER = `papers.data <> excluded.data AND NOT (CASE
    WHEN papers.paper_version IS NOT NULL AND excluded.paper_version IS NOT NULL
      AND papers.paper_version <> excluded.paper_version THEN papers.paper_version > excluded.paper_version
    ELSE papers.paper_updated > excluded.paper_updated END)`;

/** The papers stored as JSON that still read as papers; a row that does not is skipped. */
export function readPapers(rows: readonly { data: string }[]): Paper[] {
  const papers: Paper[] = [];
  for (const row of rows) {
    let data: unknown;
    try {
      data = JSON.parse(row.data);
    } catch {
      continue;
    }
    const parsed = PaperSchema.safeParse(data);
    if (parsed.success) papers.push(parsed.data);
  }
  return papers;
}
