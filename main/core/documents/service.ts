import { AppError } from '../../../shared/contract/errors';
import type { DocumentPatch, DocumentRecord } from '../../../shared/model/document';
import { precisionOf } from '../../../shared/text/partial-date';
import type { Db } from '../db/open';
import {
  deleteTrashed,
  getDocument,
  setTrashed,
  updateDocumentColumns,
  type DocumentColumnPatch,
} from './repository';

export function requireDocument(db: Db, uid: string): DocumentRecord {
  const document = getDocument(db, uid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid });
  return document;
}

export function updateDocument(db: Db, uid: string, patch: DocumentPatch, now: string): DocumentRecord {
  const { published, ...rest } = patch;
  const columns: DocumentColumnPatch = { ...rest };
  if (published !== undefined) {
    columns.published = published;
    columns.published_precision = precisionOf(published);
  }
  return db.transaction(() => {
    if (!updateDocumentColumns(db, uid, columns, now)) requireDocument(db, uid);
    return requireDocument(db, uid);
  })();
}

export function trashDocuments(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => setTrashed(db, uids, now))();
}

export function restoreDocuments(db: Db, uids: readonly string[]): number {
  return db.transaction(() => setTrashed(db, uids, null))();
}

export function emptyTrash(db: Db): number {
  return db.transaction(() => deleteTrashed(db))();
}
