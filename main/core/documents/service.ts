import { AppError } from '../../../shared/contract/errors';
import type { DocumentPatch, DocumentRecord, MetadataField } from '../../../shared/model/document';
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

/** A researcher's correction: the fields it sets are marked hand-set, so re-extraction keeps them. */
export function updateDocument(db: Db, uid: string, patch: DocumentPatch, now: string): DocumentRecord {
  return db.transaction(() => {
    const current = requireDocument(db, uid);
    const handSet = new Set<MetadataField>([...current.handSet, ...(Object.keys(patch) as MetadataField[])]);
    updateDocumentColumns(db, uid, { ...metadataColumns(patch), hand_set: JSON.stringify([...handSet].sort()) }, now);
    return requireDocument(db, uid);
  })();
}

/** Values found again by extraction replace the old ones, except where the researcher set them. */
export function applyExtracted(
  db: Db,
  uid: string,
  extracted: Partial<Record<MetadataField, { value: string | null; source: string }>>,
  now: string,
): DocumentRecord {
  return db.transaction(() => {
    const current = requireDocument(db, uid);
    const patch: Record<string, string | null> = {};
    const provenance = { ...current.provenance };
    for (const [field, found] of Object.entries(extracted) as Array<[MetadataField, { value: string | null; source: string }]>) {
      if (current.handSet.includes(field) || (field === 'title' && !found.value)) continue;
      patch[field] = found.value;
      provenance[field] = found.source;
    }
    updateDocumentColumns(db, uid, { ...metadataColumns(patch as DocumentPatch), metadata_sources: JSON.stringify(provenance) }, now);
    return requireDocument(db, uid);
  })();
}

function metadataColumns(patch: DocumentPatch): DocumentColumnPatch {
  const { published, ...rest } = patch;
  const columns: DocumentColumnPatch = { ...rest };
  if (published !== undefined) {
    columns.published = published;
    columns.published_precision = precisionOf(published);
  }
  return columns;
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
