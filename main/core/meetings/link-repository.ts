import { SYMMETRIC_LINK_KINDS, type MeetingLinkKind } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface LinkRecord {
  id: number;
  uid: string;
  kind: MeetingLinkKind;
  fromId: number;
  toId: number;
  evidenceAnnotationId: number | null;
  createdAt: string;
}

const COLUMNS = 'id, uid, kind, from_id AS fromId, to_id AS toId, evidence_annotation_id AS evidenceAnnotationId, created_at AS createdAt';

/** A symmetric link has one stored form, the lower id first, as the schema requires. */
export function storedEnds(kind: MeetingLinkKind, fromId: number, toId: number): { fromId: number; toId: number } {
  return SYMMETRIC_LINK_KINDS.has(kind) && fromId > toId ? { fromId: toId, toId: fromId } : { fromId, toId };
}

/** The link of a kind between two meetings, whichever way it points. */
export function linkBetween(db: Db, kind: MeetingLinkKind, a: number, b: number): LinkRecord | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM meeting_links WHERE kind = ? AND min(from_id, to_id) = min(?, ?) AND max(from_id, to_id) = max(?, ?)`).get(
    kind,
    a,
    b,
    a,
    b,
  ) as LinkRecord | undefined;
}

export function insertLink(db: Db, link: Omit<LinkRecord, 'id'>): number {
  const ends = storedEnds(link.kind, link.fromId, link.toId);
  return Number(
    statement(
      db,
      `INSERT INTO meeting_links (uid, kind, from_id, to_id, evidence_annotation_id, created_at)
       VALUES (@uid, @kind, @fromId, @toId, @evidenceAnnotationId, @createdAt)`,
    ).run({ ...link, ...ends }).lastInsertRowid,
  );
}

export function findLink(db: Db, uid: string): LinkRecord | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM meeting_links WHERE uid = ?`).get(uid) as LinkRecord | undefined;
}

export function deleteLink(db: Db, id: number): void {
  statement(db, 'DELETE FROM meeting_links WHERE id = ?').run(id);
}

/** Every link of a meeting, from either end, whatever the other end's state. */
export function linksOf(db: Db, meetingId: number): LinkRecord[] {
  return statement(db, `SELECT ${COLUMNS} FROM meeting_links WHERE from_id = ? OR to_id = ? ORDER BY id`).all(meetingId, meetingId) as LinkRecord[];
}

/** Links between live meetings touching any of these: those a researcher sees, and loses with them when they are deleted. */
export function countVisibleLinks(db: Db, meetingIds: readonly number[]): number {
  return statement(
    db,
    `SELECT count(*) FROM meeting_links l JOIN meetings a ON a.id = l.from_id JOIN meetings b ON b.id = l.to_id
     WHERE (l.from_id IN (SELECT value FROM json_each(@ids)) OR l.to_id IN (SELECT value FROM json_each(@ids)))
       AND a.deleted_at IS NULL AND b.deleted_at IS NULL`,
  )
    .pluck()
    .get({ ids: JSON.stringify(meetingIds) }) as number;
}
