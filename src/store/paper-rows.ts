import { isNewer } from '../listing/merge-listings.js';
import { type Paper, PaperSchema } from '../listing/paper.js';
import type { DerivedForms } from '../listing/source-store.js';

/** A papers row as written: the paper as JSON, and the fields that say which of two copies is newer. */
export interface PaperRow {
  id: string;
  data: string;
  version: number | null;
  updated: string;
  /** The paper's derived form and the version of its rules, when the writer gave one. */
  derived: string | null;
  derivedVersion: string | null;
}

/** The papers once each by id, the newest version of each kept (a listing may repeat a paper). */
export function paperRows(papers: readonly Paper[], derived?: DerivedForms): PaperRow[] {
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
    derived: derived?.byId.get(p.id) ?? null,
    derivedVersion: derived?.byId.has(p.id) ? derived.version : null,
  }));
}

/**
 * The condition under which an upsert of papers replaces the stored copy: it differs, and the
 * stored one is not newer (the rule of isNewer, on the columns that repeat the version and date);
 * or it is the same and brings a derived form of other rules than the stored one's.
 */
export const REPLACE_PAPER = `(papers.data <> excluded.data AND NOT (CASE
    WHEN papers.paper_version IS NOT NULL AND excluded.paper_version IS NOT NULL
      AND papers.paper_version <> excluded.paper_version THEN papers.paper_version > excluded.paper_version
    ELSE papers.paper_updated > excluded.paper_updated END))
  OR (papers.data = excluded.data AND excluded.derived IS NOT NULL
    AND (papers.derived_version IS NULL OR papers.derived_version <> excluded.derived_version))`;

/** What an upsert sets: the paper, and the derived form the writer gave (none drops a stale one). */
export const PAPER_UPDATE = `data = excluded.data, paper_version = excluded.paper_version,
  paper_updated = excluded.paper_updated, updated_at = excluded.updated_at,
  derived = excluded.derived, derived_version = excluded.derived_version`;

/** A papers row as read with its derived form. */
export interface DerivedRow {
  data: string;
  derived: string | null;
  derived_version: string | null;
}

/** Stored papers with their derived forms of `version` (the rows of `readPapers` with two more columns). */
export function readPapersDerived(
  rows: readonly DerivedRow[],
  version: string,
): { papers: Paper[]; derived: DerivedForms } {
  const byId = new Map<string, string>();
  const papers = readPapers(rows, (p, i) => {
    const row = rows[i];
    if (row?.derived != null && row.derived_version === version) byId.set(p.id, row.derived);
  });
  return { papers, derived: { version, byId } };
}

/** The papers stored as JSON that still read as papers; a row that does not is skipped. */
export function readPapers(rows: readonly { data: string }[], onPaper?: (paper: Paper, row: number) => void): Paper[] {
  const papers: Paper[] = [];
  for (const [i, row] of rows.entries()) {
    let data: unknown;
    try {
      data = JSON.parse(row.data);
    } catch {
      continue;
    }
    const parsed = PaperSchema.safeParse(data);
    if (!parsed.success) continue;
    papers.push(parsed.data);
    onPaper?.(parsed.data, i);
  }
  return papers;
}
