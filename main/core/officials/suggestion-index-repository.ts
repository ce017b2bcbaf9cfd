import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { DecidedRow } from './suggestion-assembly';

export interface ChangeCounters {
  registry: number;
  documents: number;
  decisions: number;
}

/** Counters kept by triggers (0006_registry_version): each moves with every change of its kind. */
export function changeCounters(db: Db): ChangeCounters {
  const rows = statement(db, 'SELECT name, value FROM change_counters').raw().all() as Array<[keyof ChangeCounters, number]>;
  return Object.fromEntries(rows) as unknown as ChangeCounters;
}

export interface ChangedDocument {
  id: number;
  uid: string;
  /** Null when the document is in the trash: it only leaves the index. */
  text: string | null;
}

/** Documents imported, edited, retitled, trashed or restored since the 'documents' count `since`. */
export function documentsChangedSince(db: Db, since: number): ChangedDocument[] {
  return statement(
    db,
    `SELECT d.id, d.uid, CASE WHEN d.trashed_at IS NULL THEN t.text END AS text
     FROM document_texts t JOIN documents d ON d.id = t.document_id WHERE t.changed > ? ORDER BY d.id`,
  ).all(since) as ChangedDocument[];
}

/** Decided mentions (confirmed or rejected) in documents from `firstDocumentId` on. */
export function decidedMentionsFrom(db: Db, firstDocumentId: number): DecidedRow[] {
  return statement(
    db,
    "SELECT official_id, document_id, start_offset, end_offset FROM mentions WHERE document_id >= ? AND state <> 'suggested'",
  ).raw().all(firstDocumentId) as DecidedRow[];
}

/** A document's title and text by row id: what a suggestion shows of it. */
export function documentForContext(db: Db, documentId: number): { title: string; text: string } {
  return statement(db, 'SELECT d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?').get(documentId) as {
    title: string;
    text: string;
  };
}

/** A document's row id by uid, whether it is in the trash or not. */
export function documentIdOf(db: Db, uid: string): number | undefined {
  return statement(db, 'SELECT id FROM documents WHERE uid = ?').pluck().get(uid) as number | undefined;
}
