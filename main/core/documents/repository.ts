import type { Db } from '../db/open';
import type { DocumentRecord, DocumentSort, DocumentSummary } from '../../../shared/model/document';
import type { SourceFormat } from '../import/importer';

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
}

const SUMMARY_COLUMNS = 'uid, title, outlet, published, language, word_count, imported_at, trashed_at';

const SORT_COLUMNS: Record<DocumentSort, string> = {
  title: 'title COLLATE NOCASE',
  published: 'published',
  outlet: 'outlet COLLATE NOCASE',
  importedAt: 'imported_at',
  words: 'word_count',
};

export function insertDocument(db: Db, doc: NewDocument): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (uid, title, outlet, author, url, published, published_precision, language, text,
         word_count, content_hash, source_name, source_format, imported_at, updated_at)
       VALUES (@uid, @title, @outlet, @author, @url, @published, @publishedPrecision, @language, @text,
         @words, @contentHash, @sourceName, @sourceFormat, @importedAt, @importedAt)`,
    )
    .run(doc);
  const id = Number(lastInsertRowid);
  db.prepare('INSERT INTO document_sources (document_id, bytes) VALUES (?, ?)').run(id, Buffer.from(doc.sourceBytes));
  return id;
}

export function findByContentHash(db: Db, hash: string): { uid: string; title: string; trashedAt: string | null } | undefined {
  return db.prepare('SELECT uid, title, trashed_at AS trashedAt FROM documents WHERE content_hash = ?').get(hash) as
    | { uid: string; title: string; trashedAt: string | null }
    | undefined;
}

export function listDocuments(db: Db, options: { trash: boolean; sort: DocumentSort; direction: 'asc' | 'desc' }): DocumentSummary[] {
  const order = `${SORT_COLUMNS[options.sort]} ${options.direction === 'asc' ? 'ASC' : 'DESC'}, id ${options.direction === 'asc' ? 'ASC' : 'DESC'}`;
  const where = options.trash ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL';
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE ${where} ORDER BY ${order}`).all() as DocumentRow[];
  return rows.map(toSummary);
}

export function getDocument(db: Db, uid: string): DocumentRecord | undefined {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, author, url, text, source_name, source_format, content_hash, updated_at FROM documents WHERE uid = ?`)
    .get(uid) as DocumentRow | undefined;
  return row && toRecord(row);
}

export type DocumentColumnPatch = Partial<
  Record<'title' | 'outlet' | 'author' | 'url' | 'published' | 'published_precision' | 'language', string | null>
>;

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
  const row = db
    .prepare('SELECT count(*) FILTER (WHERE trashed_at IS NULL) AS documents, count(trashed_at) AS trash FROM documents')
    .get() as { documents: number; trash: number };
  return row;
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
  };
}
