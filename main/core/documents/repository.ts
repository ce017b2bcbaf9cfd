import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { DocumentRecord, DocumentSummary, MetadataField } from '../../../shared/model/document';
import type { SourceFormat } from '../import/importer';
import { encodeCursor, filterClause, pageQuery, type ListQuery } from './list-query';

interface DocumentRow {
  id: number;
  uid: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  word_count: number;
  imported_at: string;
  updated_at: string;
  trashed_at: string | null;
  text: string;
  source_name: string | null;
  source_format: SourceFormat;
  content_hash: string;
  metadata_sources: string;
  hand_set: string;
  sort_value: string | number;
}

export interface NewDocument {
  uid: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  publishedPrecision: string;
  language: string | null;
  text: string;
  words: number;
  contentHash: string;
  sourceName: string;
  sourceFormat: SourceFormat;
  sourceBytes: Uint8Array;
  importedAt: string;
  provenance: Partial<Record<MetadataField, string>>;
}

const SUMMARY_COLUMNS = 'uid, title, outlet, published, language, word_count, imported_at, trashed_at';

export function insertDocument(db: Db, doc: NewDocument): number {
  const { provenance, sourceBytes: _bytes, text, ...row } = doc;
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO documents (uid, title, outlet, author, url, published, published_precision, language,
       word_count, content_hash, source_name, source_format, imported_at, updated_at, metadata_sources)
     VALUES (@uid, @title, @outlet, @author, @url, @published, @publishedPrecision, @language,
       @words, @contentHash, @sourceName, @sourceFormat, @importedAt, @importedAt, @metadataSources)`,
  ).run({ ...row, metadataSources: JSON.stringify(provenance) });
  const id = Number(lastInsertRowid);
  statement(db, 'INSERT INTO document_texts (document_id, text) VALUES (?, ?)').run(id, text);
  statement(db, 'INSERT INTO document_sources (document_id, bytes) VALUES (?, ?)').run(id, Buffer.from(doc.sourceBytes));
  return id;
}

export function findByContentHash(db: Db, hash: string): { uid: string; title: string; trashedAt: string | null } | undefined {
  return statement(db, 'SELECT uid, title, trashed_at AS trashedAt FROM documents WHERE content_hash = ?').get(hash) as
    | { uid: string; title: string; trashedAt: string | null }
    | undefined;
}

export interface DocumentPage {
  items: DocumentSummary[];
  nextCursor: string | null;
  total: number | null;
}

export function listDocuments(db: Db, query: ListQuery): DocumentPage {
  const { sql, params } = pageQuery(query, `id, ${SUMMARY_COLUMNS}`);
  const rows = statement(db, sql).all(params) as DocumentRow[];
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: more && last ? encodeCursor(query, last.sort_value, last.id) : null,
    total: query.cursor === null ? countMatching(db, query) : null,
  };
}

function countMatching(db: Db, query: ListQuery): number {
  const where = filterClause(query.trash, query.filter);
  return (db.prepare(`SELECT count(*) AS n FROM documents WHERE ${where.sql.join(' AND ')}`).get(where.params) as { n: number }).n;
}

export function documentFacets(db: Db, trash: boolean) {
  const where = trash ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL';
  const outlets = db
    .prepare(`SELECT min(outlet) AS name, count(*) AS count FROM documents WHERE ${where} AND outlet IS NOT NULL
              GROUP BY IFNULL(outlet, '') COLLATE NOCASE ORDER BY count DESC, name`)
    .all() as Array<{ name: string; count: number }>;
  const languages = db
    .prepare(`SELECT language AS code, count(*) AS count FROM documents WHERE ${where} AND language IS NOT NULL
              GROUP BY language ORDER BY count DESC, code`)
    .all() as Array<{ code: string; count: number }>;
  return { outlets, languages };
}

export function getDocument(db: Db, uid: string): DocumentRecord | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, author, url, t.text, source_name, source_format, content_hash, updated_at, metadata_sources, hand_set
       FROM documents JOIN document_texts t ON t.document_id = documents.id WHERE uid = ?`,
    )
    .get(uid) as DocumentRow | undefined;
  return row && toRecord(row);
}

export type DocumentColumnPatch = Partial<
  Record<'title' | 'outlet' | 'author' | 'url' | 'published' | 'published_precision' | 'language' | 'metadata_sources' | 'hand_set', string | null>
>;

export function getSource(db: Db, uid: string): { bytes: Buffer; name: string | null } | undefined {
  return db
    .prepare('SELECT s.bytes, d.source_name AS name FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE d.uid = ?')
    .get(uid) as { bytes: Buffer; name: string | null } | undefined;
}

export function updateDocumentColumns(db: Db, uid: string, patch: DocumentColumnPatch, updatedAt: string): boolean {
  const columns = Object.keys(patch);
  const assignments = [...columns.map((column) => `${column} = @${column}`), 'updated_at = @updatedAt'].join(', ');
  const { changes } = db.prepare(`UPDATE documents SET ${assignments} WHERE uid = @uid`).run({ ...patch, updatedAt, uid });
  return changes > 0;
}

/** Sets or clears `trashed_at` for the given documents that are not already in that state. */
export function setTrashed(db: Db, uids: readonly string[], trashedAt: string | null): number {
  const statement =
    trashedAt === null
      ? db.prepare('UPDATE documents SET trashed_at = NULL WHERE uid = ? AND trashed_at IS NOT NULL')
      : db.prepare('UPDATE documents SET trashed_at = ? WHERE uid = ? AND trashed_at IS NULL');
  let count = 0;
  for (const uid of uids) count += (trashedAt === null ? statement.run(uid) : statement.run(trashedAt, uid)).changes;
  return count;
}

export function deleteTrashed(db: Db): number {
  return db.prepare('DELETE FROM documents WHERE trashed_at IS NOT NULL').run().changes;
}

export function countDocuments(db: Db): { documents: number; trash: number } {
  // Two counts over the partial indexes rather than one pass over the table.
  const count = (where: string) => (db.prepare(`SELECT count(*) AS n FROM documents WHERE ${where}`).get() as { n: number }).n;
  return { documents: count('trashed_at IS NULL'), trash: count('trashed_at IS NOT NULL') };
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    uid: row.uid,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    language: row.language,
    words: row.word_count,
    importedAt: row.imported_at,
    trashedAt: row.trashed_at,
  };
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    ...toSummary(row),
    author: row.author,
    url: row.url,
    text: row.text,
    sourceName: row.source_name,
    sourceFormat: row.source_format,
    contentHash: row.content_hash,
    updatedAt: row.updated_at,
    provenance: JSON.parse(row.metadata_sources) as Partial<Record<MetadataField, string>>,
    handSet: JSON.parse(row.hand_set) as MetadataField[],
  };
}

/** Just what annotating needs: the row id and the stored text. */
export function getDocumentText(db: Db, uid: string): { id: number; text: string; trashedAt: string | null } | undefined {
  return statement(
    db,
    'SELECT d.id, t.text, d.trashed_at AS trashedAt FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.uid = ?',
  ).get(uid) as { id: number; text: string; trashedAt: string | null } | undefined;
}

export function setDocumentText(db: Db, id: number, text: string, words: number, updatedAt: string): void {
  statement(db, 'UPDATE document_texts SET text = ? WHERE document_id = ?').run(text, id);
  statement(db, 'UPDATE documents SET word_count = ?, updated_at = ? WHERE id = ?').run(words, updatedAt, id);
}

/** Every live document's text, one at a time, for passes over the whole notebook. */
export function* liveTexts(db: Db): Generator<{ id: number; uid: string; title: string; text: string }> {
  yield* statement(
    db,
    'SELECT d.id, d.uid, d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.trashed_at IS NULL ORDER BY d.id',
  ).iterate() as Iterable<{ id: number; uid: string; title: string; text: string }>;
}

/** A live document's fields that a reading of its text depends on, with `changed`, the 'documents' count of its last change (0006). */
export interface LiveDocumentVersion {
  id: number;
  uid: string;
  title: string;
  published: string | null;
  language: string | null;
  changed: number;
}

/** Every live document without its text, oldest import first, for caches that re-read only what changed. */
export function liveDocumentVersions(db: Db): LiveDocumentVersion[] {
  return statement(
    db,
    `SELECT d.id, d.uid, d.title, d.published, d.language, t.changed
     FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.trashed_at IS NULL ORDER BY d.imported_at, d.id`,
  ).all() as LiveDocumentVersion[];
}

/** The row id and text of a live document, for checking a span before it is recorded. */
export function liveDocumentText(db: Db, uid: string): { id: number; text: string } | undefined {
  return statement(db, 'SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.uid = ? AND d.trashed_at IS NULL').get(uid) as
    | { id: number; text: string }
    | undefined;
}

/** A document's row id, title and state by uid, whether it is in the trash or not. */
export function documentRef(db: Db, uid: string): { id: number; title: string; trashedAt: string | null } | undefined {
  return statement(db, 'SELECT id, title, trashed_at AS trashedAt FROM documents WHERE uid = ?').get(uid) as
    | { id: number; title: string; trashedAt: string | null }
    | undefined;
}

/** A document's title and state by row id. */
export function documentById(db: Db, id: number): { title: string; trashedAt: string | null } {
  return statement(db, 'SELECT title, trashed_at AS trashedAt FROM documents WHERE id = ?').get(id) as { title: string; trashedAt: string | null };
}

/**
 * A document's title and text by row id, in the trash or not: for passes that already hold the id,
 * such as the context shown around mentions, which a lookup by uid would make twice as costly.
 */
export function documentTextById(db: Db, documentId: number): { title: string; text: string } {
  return statement(db, 'SELECT d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?').get(documentId) as {
    title: string;
    text: string;
  };
}

export interface ChangedDocument {
  id: number;
  uid: string;
  /** Null when the document is in the trash. */
  text: string | null;
}

/** Documents imported, edited, retitled, trashed or restored since the 'documents' count `since` (0006). */
export function documentsChangedSince(db: Db, since: number): ChangedDocument[] {
  return statement(
    db,
    `SELECT d.id, d.uid, CASE WHEN d.trashed_at IS NULL THEN t.text END AS text
     FROM document_texts t JOIN documents d ON d.id = t.document_id WHERE t.changed > ? ORDER BY d.id`,
  ).all(since) as ChangedDocument[];
}
