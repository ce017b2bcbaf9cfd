import type { Db } from '../db/open';
import { statement } from '../db/statements';

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
  title: string;
  /** Null when the document is in the trash: it only leaves the index. */
  text: string | null;
}

/** Documents imported, edited, retitled, trashed or restored since the 'documents' count `since`. */
export function documentsChangedSince(db: Db, since: number): ChangedDocument[] {
  return statement(
    db,
    `SELECT d.id, d.uid, d.title, CASE WHEN d.trashed_at IS NULL THEN t.text END AS text
     FROM document_texts t JOIN documents d ON d.id = t.document_id WHERE t.changed > ? ORDER BY d.id`,
  ).all(since) as ChangedDocument[];
}

/** Decided mentions (confirmed or rejected) in documents from `firstDocumentId` on, as `official:document:start:end`. */
export function decidedMentionKeysFrom(db: Db, firstDocumentId: number): Set<string> {
  const rows = statement(
    db,
    "SELECT official_id, document_id, start_offset, end_offset FROM mentions WHERE document_id >= ? AND state <> 'suggested'",
  ).raw().all(firstDocumentId) as number[][];
  return new Set(rows.map((row) => row.join(':')));
}
