import type { AnchorState, Annotation, AnnotationFilter, AnnotationListItem } from '../../../shared/model/annotation';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface AnnotationRow {
  id: number;
  uid: string;
  document_uid: string;
  start_offset: number | null;
  end_offset: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  anchor_state: AnchorState | null;
  note: string;
  label_uids: string | null;
  created_at: string;
  updated_at: string;
}

const BASE_COLUMNS = `a.id, a.uid, d.uid AS document_uid, a.start_offset, a.end_offset, a.exact, a.prefix, a.suffix,
  a.anchor_state, a.note, a.created_at, a.updated_at`;
const COLUMNS = `${BASE_COLUMNS},
  (SELECT json_group_array(l.uid) FROM annotation_labels al JOIN labels l ON l.id = al.label_id WHERE al.annotation_id = a.id) AS label_uids`;

export interface Passage {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  state: AnchorState;
}

export interface NewAnnotationRow {
  uid: string;
  documentId: number;
  passage: Passage | null;
  note: string;
  now: string;
}

export function insertAnnotation(db: Db, row: NewAnnotationRow): number {
  const { passage } = row;
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO annotations (uid, document_id, start_offset, end_offset, exact, prefix, suffix, anchor_state, note, created_at, updated_at)
     VALUES (@uid, @documentId, @start, @end, @exact, @prefix, @suffix, @state, @note, @now, @now)`,
  ).run({
    uid: row.uid,
    documentId: row.documentId,
    note: row.note,
    now: row.now,
    start: passage?.start ?? null,
    end: passage?.end ?? null,
    exact: passage?.exact ?? null,
    prefix: passage?.prefix ?? null,
    suffix: passage?.suffix ?? null,
    state: passage?.state ?? null,
  });
  return Number(lastInsertRowid);
}

export function findAnnotation(db: Db, uid: string, includeDeleted = false): (AnnotationRow & { document_id: number; deleted_at: string | null }) | undefined {
  return statement(
    db,
    `SELECT ${COLUMNS}, a.document_id, a.deleted_at FROM annotations a JOIN documents d ON d.id = a.document_id
     WHERE a.uid = ? ${includeDeleted ? '' : 'AND a.deleted_at IS NULL'}`,
  ).get(uid) as (AnnotationRow & { document_id: number; deleted_at: string | null }) | undefined;
}

/**
 * A document's live annotations: whole-document ones first, then passages in reading order. The
 * labels come in one query rather than one per annotation, which matters at thousands.
 */
export function annotationsOfDocument(db: Db, documentId: number): Annotation[] {
  const rows = statement(
    db,
    `SELECT ${BASE_COLUMNS} FROM annotations a JOIN documents d ON d.id = a.document_id
     WHERE a.document_id = ? AND a.deleted_at IS NULL ORDER BY a.start_offset IS NOT NULL, a.start_offset, a.end_offset DESC, a.id`,
  ).all(documentId) as AnnotationRow[];
  const labelled = statement(
    db,
    `SELECT al.annotation_id AS id, l.uid FROM annotation_labels al JOIN labels l ON l.id = al.label_id
     JOIN annotations a ON a.id = al.annotation_id WHERE a.document_id = ? AND a.deleted_at IS NULL`,
  ).all(documentId) as Array<{ id: number; uid: string }>;
  const labels = new Map<number, string[]>();
  for (const { id, uid } of labelled) labels.set(id, [...(labels.get(id) ?? []), uid]);
  return rows.map((row) => ({ ...toAnnotation(row), labelUids: labels.get(row.id) ?? [] }));
}

export function setAnnotationLabels(db: Db, annotationId: number, labelIds: readonly number[]): void {
  statement(db, 'DELETE FROM annotation_labels WHERE annotation_id = ?').run(annotationId);
  const insert = statement(db, 'INSERT OR IGNORE INTO annotation_labels (annotation_id, label_id) VALUES (?, ?)');
  for (const labelId of labelIds) insert.run(annotationId, labelId);
}

export function setNote(db: Db, annotationId: number, note: string, now: string): void {
  statement(db, 'UPDATE annotations SET note = ?, updated_at = ? WHERE id = ?').run(note, now, annotationId);
}

export function touch(db: Db, annotationId: number, now: string): void {
  statement(db, 'UPDATE annotations SET updated_at = ? WHERE id = ?').run(now, annotationId);
}

export function setPassage(db: Db, annotationId: number, passage: Passage, now: string): void {
  statement(
    db,
    `UPDATE annotations SET start_offset = @start, end_offset = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
       anchor_state = @state, updated_at = @now WHERE id = @id`,
  ).run({ ...passage, now, id: annotationId });
}

/** Follows an edit elsewhere in the text: the annotation itself did not change, so it keeps its date. */
export function shiftPassage(db: Db, annotationId: number, passage: Omit<Passage, 'exact' | 'state'>): void {
  statement(db, 'UPDATE annotations SET start_offset = @start, end_offset = @end, prefix = @prefix, suffix = @suffix WHERE id = @id').run({
    ...passage,
    id: annotationId,
  });
}

/** Marks live annotations deleted (or, with null, brings deleted ones back); returns how many changed. */
export function setDeleted(db: Db, uids: readonly string[], deletedAt: string | null): number {
  const update =
    deletedAt === null
      ? statement(db, 'UPDATE annotations SET deleted_at = NULL WHERE uid = ? AND deleted_at IS NOT NULL')
      : statement(db, 'UPDATE annotations SET deleted_at = ? WHERE uid = ? AND deleted_at IS NULL');
  let count = 0;
  for (const uid of uids) count += (deletedAt === null ? update.run(uid) : update.run(deletedAt, uid)).changes;
  return count;
}

/** Deletes for good what earlier sessions deleted: undo lasts one session. */
export function purgeDeletedAnnotations(db: Db): number {
  return db.prepare('DELETE FROM annotations WHERE deleted_at IS NOT NULL').run().changes;
}

/** Passage annotations of a document, for re-anchoring after its text changes. */
export function passagesOfDocument(db: Db, documentId: number): Array<{ id: number } & Passage> {
  return statement(
    db,
    `SELECT id, start_offset AS start, end_offset AS end, exact, prefix, suffix, anchor_state AS state
     FROM annotations WHERE document_id = ? AND exact IS NOT NULL`,
  ).all(documentId) as Array<{ id: number } & Passage>;
}

const ITEM_COLUMNS = `${COLUMNS}, d.title AS document_title, d.outlet, d.published`;

type ItemRow = AnnotationRow & { document_title: string; outlet: string | null; published: string | null };

export interface AnnotationPageQuery {
  filter: AnnotationFilter;
  /** FTS5 query built from `filter.query`, or null for none. */
  match: string | null;
  limit: number;
  cursor: { createdAt: string; id: number } | null;
}

/** Newest first, by keyset on (created_at, id). */
export function pageAnnotations(db: Db, query: AnnotationPageQuery): { rows: Array<AnnotationListItem & { id: number }>; total: number | null } {
  const { sql, params } = annotationWhere(query);
  const page = [...sql];
  if (query.cursor) {
    page.push('(a.created_at < :cursorAt OR (a.created_at = :cursorAt AND a.id < :cursorId))');
    params.cursorAt = query.cursor.createdAt;
    params.cursorId = query.cursor.id;
  }
  const rows = statement(
    db,
    `SELECT ${ITEM_COLUMNS} FROM annotations a JOIN documents d ON d.id = a.document_id
     WHERE ${page.join(' AND ')} ORDER BY a.created_at DESC, a.id DESC LIMIT :limit`,
  ).all({ ...params, limit: query.limit }) as ItemRow[];
  const total =
    query.cursor === null
      ? (statement(db, `SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id WHERE ${sql.join(' AND ')}`).get(params) as { n: number }).n
      : null;
  return {
    rows: rows.map((row) => ({
      id: row.id,
      ...toAnnotation(row),
      documentTitle: row.document_title,
      outlet: row.outlet,
      published: row.published,
    })),
    total,
  };
}

function annotationWhere(query: AnnotationPageQuery): { sql: string[]; params: Record<string, unknown> } {
  const { filter } = query;
  const sql = ['a.deleted_at IS NULL', 'd.trashed_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.labelUid !== undefined) {
    sql.push(`a.id IN (SELECT al.annotation_id FROM annotation_labels al JOIN labels l ON l.id = al.label_id
      WHERE l.uid = :labelUid OR l.parent_id = (SELECT id FROM labels WHERE uid = :labelUid))`);
    params.labelUid = filter.labelUid;
  }
  if (filter.documentUid !== undefined) {
    sql.push('d.uid = :documentUid');
    params.documentUid = filter.documentUid;
  }
  if (filter.outlet !== undefined) {
    sql.push('d.outlet = :outlet');
    params.outlet = filter.outlet;
  }
  if (filter.publishedFrom !== undefined || filter.publishedTo !== undefined) sql.push("d.published GLOB '[0-9]*'");
  if (filter.publishedFrom !== undefined) {
    sql.push('d.published >= :publishedFrom');
    params.publishedFrom = filter.publishedFrom;
  }
  if (filter.publishedTo !== undefined) {
    // '~' sorts after every digit and '-', so `2021-12~` bounds every day of December 2021.
    sql.push('d.published <= :publishedTo');
    params.publishedTo = `${filter.publishedTo}~`;
  }
  if (filter.state !== undefined) {
    sql.push('a.anchor_state = :state');
    params.state = filter.state;
  }
  if (query.match !== null) {
    sql.push('a.id IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH :match)');
    params.match = query.match;
  }
  return { sql, params };
}

/** Live annotations whose quote or note matches, by document, for the main search. */
export function documentsWithMatchingAnnotations(db: Db, match: string, limit: number): number[] {
  return (
    statement(
      db,
      `SELECT DISTINCT a.document_id AS id FROM annotations_fts f JOIN annotations a ON a.id = f.rowid
       WHERE annotations_fts MATCH ? AND a.deleted_at IS NULL LIMIT ?`,
    ).all(match, limit) as Array<{ id: number }>
  ).map((row) => row.id);
}

export function toAnnotation(row: AnnotationRow): Annotation {
  return {
    uid: row.uid,
    documentUid: row.document_uid,
    passage:
      row.exact === null || row.start_offset === null || row.end_offset === null || row.anchor_state === null
        ? null
        : {
            start: row.start_offset,
            end: row.end_offset,
            exact: row.exact,
            prefix: row.prefix ?? '',
            suffix: row.suffix ?? '',
            state: row.anchor_state,
          },
    note: row.note,
    labelUids: row.label_uids ? (JSON.parse(row.label_uids) as string[]) : [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function countAnnotations(db: Db): number {
  return (
    statement(
      db,
      'SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.deleted_at IS NULL AND d.trashed_at IS NULL',
    ).get() as { n: number }
  ).n;
}
