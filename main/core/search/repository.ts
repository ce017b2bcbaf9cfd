import type { DocumentFilter } from '../../../shared/model/document';
import type { Db } from '../db/open';
import { filterClause } from '../documents/list-query';
import { MATCH_END, MATCH_START } from './snippet';

export interface RankedRow {
  id: number;
  uid: string;
  title: string;
  outlet: string | null;
  published: string | null;
  language: string | null;
  rank: number;
}

/** The best matches by the table's configured rank (bm25, title weighted), live documents only. */
export function rankedMatches(db: Db, match: string, filter: DocumentFilter, limit: number): RankedRow[] {
  const where = filterClause(false, filter, 'd.');
  return db
    .prepare(
      `SELECT d.id, d.uid, d.title, d.outlet, d.published, d.language, documents_fts.rank AS rank
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH :match AND ${where.sql.join(' AND ')}
       ORDER BY documents_fts.rank LIMIT :limit`,
    )
    .all({ ...where.params, match, limit }) as RankedRow[];
}

/** Counts matches up to `cap`, so a query matching everything stays as quick as a rare one. */
export function countMatches(db: Db, match: string, filter: DocumentFilter, cap: number): number {
  const where = filterClause(false, filter, 'd.');
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM (
         SELECT 1 FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH :match AND ${where.sql.join(' AND ')} LIMIT :cap)`,
    )
    .get({ ...where.params, match, cap }) as { n: number };
  return row.n;
}

/** Marked snippets of the body for the given documents (computed only for the page shown). */
export function snippetsFor(db: Db, match: string, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT rowid AS id, snippet(documents_fts, 1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet
       FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(',')})`,
    )
    .all(match, ...ids) as Array<{ id: number; snippet: string }>;
  return new Map(rows.map((row) => [row.id, row.snippet]));
}
