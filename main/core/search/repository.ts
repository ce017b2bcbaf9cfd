import type { DocumentFilter } from '../../../shared/model/document';
import type { Db } from '../db/open';
import { filterClause } from '../documents/list-query';
import { statement } from '../db/statements';

export interface RankedRow {
  id: number;
  uid: string;
  title: string;
  outlet: string | null;
  published: string | null;
  language: string | null;
  rank: number;
}

/**
 * The best matches by the table's configured rank (bm25, title weighted), live documents only,
 * ranked among the newest `window` matches: ranking costs a few microseconds a document, so a word
 * found in 90,000 documents would take a tenth of a second to rank in full. Below `window`
 * matches, this is the exact ranking of every match. With a `rankMatch` (see toRankQuery), the
 * matches of `match` are ranked by that query's bm25 instead; it must match every one of them.
 */
export function rankedMatches(
  db: Db,
  match: string,
  rankMatch: string | null,
  filter: DocumentFilter,
  limit: number,
  window: number,
): RankedRow[] {
  const where = filterClause(false, filter, 'd.');
  // The newest matches are found with the cheap query, then only they are ranked by the other; the
  // rowid bound keeps FTS from reading older rows, the unary + keeps the list out of its plan.
  const documentMatches =
    rankMatch === null
      ? `SELECT * FROM (
           SELECT d.id, d.uid, d.title, d.outlet, d.published, d.language, documents_fts.rank AS rank
           FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
           WHERE documents_fts MATCH :match AND ${where.sql.join(' AND ')}
           ORDER BY documents_fts.rowid DESC LIMIT :window)`
      : `SELECT d.id, d.uid, d.title, d.outlet, d.published, d.language, documents_fts.rank AS rank
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH :rankMatch
           AND documents_fts.rowid >= (SELECT min(id) FROM newest) AND +documents_fts.rowid IN (SELECT id FROM newest)`;
  const newest =
    rankMatch === null
      ? ''
      : `WITH newest AS MATERIALIZED (
           SELECT d.id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
           WHERE documents_fts MATCH :match AND ${where.sql.join(' AND ')}
           ORDER BY documents_fts.rowid DESC LIMIT :window)`;
  // A document also matches through the quotes and notes of its annotations; its best rank counts.
  return statement(
    db,
    `${newest}
     SELECT id, uid, title, outlet, published, language, min(rank) AS rank FROM (
       ${documentMatches}
       UNION ALL
       SELECT * FROM (
         SELECT d.id, d.uid, d.title, d.outlet, d.published, d.language, annotations_fts.rank AS rank
         FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid JOIN documents d ON d.id = a.document_id
         WHERE annotations_fts MATCH :match AND a.deleted_at IS NULL AND ${where.sql.join(' AND ')}
         ORDER BY annotations_fts.rowid DESC LIMIT :window))
     GROUP BY id ORDER BY rank LIMIT :limit`,
  ).all({ ...where.params, match, limit, window, ...(rankMatch !== null && { rankMatch }) }) as RankedRow[];
}

/** The quotes and notes of a document's annotations that match, for a snippet when its text does not. */
export function matchingNotes(db: Db, match: string, ids: readonly number[]): Map<number, string> {
  const rows = statement(
    db,
    `SELECT a.document_id AS id, trim(IFNULL(a.exact, '') || ' ' || a.note) AS text
     FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid
     WHERE annotations_fts MATCH ? AND a.deleted_at IS NULL AND a.document_id IN (SELECT value FROM json_each(?))`,
  ).all(match, JSON.stringify(ids)) as Array<{ id: number; text: string }>;
  const notes = new Map<number, string>();
  for (const row of rows) if (!notes.has(row.id)) notes.set(row.id, row.text);
  return notes;
}

/** Counts matches up to `cap`, so a query matching everything stays as quick as a rare one. */
export function countMatches(db: Db, match: string, filter: DocumentFilter, cap: number): number {
  const where = filterClause(false, filter, 'd.');
  const row = statement(
    db,
    `SELECT count(*) AS n FROM (
       SELECT id FROM (
         SELECT d.id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH :match AND ${where.sql.join(' AND ')} LIMIT :cap)
       UNION
       SELECT id FROM (
         SELECT d.id FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid JOIN documents d ON d.id = a.document_id
         WHERE annotations_fts MATCH :match AND a.deleted_at IS NULL AND ${where.sql.join(' AND ')} LIMIT :cap))`,
  ).get({ ...where.params, match, cap }) as { n: number };
  return Math.min(row.n, cap);
}

/** The texts of the documents shown, for their snippets. */
export function textsOf(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = statement(db, 'SELECT document_id AS id, text FROM document_texts WHERE document_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as Array<{ id: number; text: string }>;
  return new Map(rows.map((row) => [row.id, row.text]));
}
