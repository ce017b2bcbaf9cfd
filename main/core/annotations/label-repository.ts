import type { Label } from '../../../shared/model/annotation';
import type { LabelColor } from '../../../shared/model/label-colors';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface LabelRow {
  id: number;
  uid: string;
  name: string;
  color: LabelColor;
  parent_id: number | null;
  parent_uid: string | null;
  description: string;
  position: number;
}

const LABEL_COLUMNS = `l.id, l.uid, l.name, l.color, l.parent_id, p.uid AS parent_uid, l.description, l.position`;

/** Parents first by position, each followed by its children by position. */
export function listLabels(db: Db): Label[] {
  const rows = statement(
    db,
    `SELECT ${LABEL_COLUMNS},
       (SELECT count(*) FROM annotation_labels al JOIN annotations a ON a.id = al.annotation_id
          JOIN documents d ON d.id = a.document_id
        WHERE al.label_id = l.id AND a.deleted_at IS NULL AND d.trashed_at IS NULL) AS count
     FROM labels l LEFT JOIN labels p ON p.id = l.parent_id
     ORDER BY IFNULL(p.position, l.position), l.parent_id IS NOT NULL, l.position, l.id`,
  ).all() as Array<LabelRow & { count: number }>;
  return rows.map((row) => ({ ...toLabel(row), count: row.count }));
}

export function findLabel(db: Db, uid: string): LabelRow | undefined {
  return statement(db, `SELECT ${LABEL_COLUMNS} FROM labels l LEFT JOIN labels p ON p.id = l.parent_id WHERE l.uid = ?`).get(uid) as
    | LabelRow
    | undefined;
}

export function findLabelByName(db: Db, name: string, parentId: number | null): LabelRow | undefined {
  return statement(
    db,
    `SELECT ${LABEL_COLUMNS} FROM labels l LEFT JOIN labels p ON p.id = l.parent_id
     WHERE IFNULL(l.parent_id, 0) = IFNULL(?, 0) AND l.name = ? COLLATE NOCASE`,
  ).get(parentId, name) as LabelRow | undefined;
}

export function childrenOf(db: Db, id: number): LabelRow[] {
  return statement(db, `SELECT ${LABEL_COLUMNS} FROM labels l LEFT JOIN labels p ON p.id = l.parent_id WHERE l.parent_id = ? ORDER BY l.position`).all(
    id,
  ) as LabelRow[];
}

export function nextPosition(db: Db, parentId: number | null): number {
  const row = statement(db, 'SELECT max(position) AS p FROM labels WHERE IFNULL(parent_id, 0) = IFNULL(?, 0)').get(parentId) as { p: number | null };
  return (row.p ?? -1) + 1;
}

export interface NewLabelRow {
  uid: string;
  name: string;
  color: LabelColor;
  parentId: number | null;
  description: string;
  position: number;
  now: string;
}

export function insertLabel(db: Db, label: NewLabelRow): void {
  statement(
    db,
    `INSERT INTO labels (uid, name, color, parent_id, description, position, created_at, updated_at)
     VALUES (@uid, @name, @color, @parentId, @description, @position, @now, @now)`,
  ).run(label);
}

export type LabelColumnPatch = Partial<{ name: string; color: LabelColor; parent_id: number | null; description: string; position: number }>;

export function updateLabelColumns(db: Db, id: number, patch: LabelColumnPatch, now: string): void {
  const assignments = [...Object.keys(patch).map((column) => `${column} = @${column}`), 'updated_at = @now'].join(', ');
  db.prepare(`UPDATE labels SET ${assignments} WHERE id = @id`).run({ ...patch, now, id });
}

/** Annotations using the label, deleted ones included, since an undo may bring them back. */
export function annotationsUsing(db: Db, id: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM annotation_labels WHERE label_id = ?').get(id) as { n: number }).n;
}

/** Moves every use of `fromId` onto `toId`; an annotation that had both keeps one. */
/** Moves a label's uses (annotations, and meetings' topics) to another; returns the annotations moved. */
export function moveLabelUses(db: Db, fromId: number, toId: number): number {
  const moved = statement(
    db,
    'INSERT OR IGNORE INTO annotation_labels (annotation_id, label_id) SELECT annotation_id, ? FROM annotation_labels WHERE label_id = ?',
  ).run(toId, fromId).changes;
  statement(db, 'DELETE FROM annotation_labels WHERE label_id = ?').run(fromId);
  statement(db, 'INSERT OR IGNORE INTO meeting_topics (meeting_id, label_id) SELECT meeting_id, ? FROM meeting_topics WHERE label_id = ?').run(toId, fromId);
  statement(db, 'DELETE FROM meeting_topics WHERE label_id = ?').run(fromId);
  return moved;
}

export function deleteLabelRow(db: Db, id: number): void {
  statement(db, 'DELETE FROM labels WHERE id = ?').run(id);
}

export function toLabel(row: LabelRow): Omit<Label, 'count'> {
  return {
    uid: row.uid,
    name: row.name,
    color: row.color,
    parentUid: row.parent_uid,
    description: row.description,
    position: row.position,
  };
}
