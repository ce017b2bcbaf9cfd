import type { MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/** The columns of a meeting row a researcher edits (place_folded follows city and venue). */
export interface MeetingColumns {
  title: string;
  start_date: string | null;
  end_date: string | null;
  city: string | null;
  venue: string | null;
  place_folded: string;
  format: string | null;
  summary: string;
}

export function insertMeeting(db: Db, uid: string, columns: MeetingColumns, now: string): number {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO meetings (uid, title, start_date, end_date, city, venue, place_folded, format, summary, created_at, updated_at)
     VALUES (@uid, @title, @start_date, @end_date, @city, @venue, @place_folded, @format, @summary, @now, @now)`,
  ).run({ uid, ...columns, now });
  return Number(lastInsertRowid);
}

export function updateMeetingColumns(db: Db, id: number, columns: Partial<MeetingColumns>, now: string): void {
  const assignments = [...Object.keys(columns).map((column) => `${column} = @${column}`), 'updated_at = @now'].join(', ');
  db.prepare(`UPDATE meetings SET ${assignments} WHERE id = @id`).run({ ...columns, now, id });
}

export function touchMeetings(db: Db, ids: readonly number[], now: string): void {
  const touch = statement(db, 'UPDATE meetings SET updated_at = ? WHERE id = ?');
  for (const id of new Set(ids)) touch.run(now, id);
}

export interface AttendedMeeting {
  uid: string;
  title: string;
  start: string | null;
  role: MeetingRole | null;
  side: MeetingSide | null;
}

export interface MeetingRef {
  id: number;
  uid: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  deletedAt: string | null;
}

const REF_COLUMNS = 'id, uid, title, start_date AS startDate, end_date AS endDate, deleted_at AS deletedAt';

export function findMeeting(db: Db, uid: string): MeetingRef | undefined {
  return statement(db, `SELECT ${REF_COLUMNS} FROM meetings WHERE uid = ?`).get(uid) as MeetingRef | undefined;
}

export function setMeetingDeletedAt(db: Db, id: number, deletedAt: string | null): void {
  statement(db, 'UPDATE meetings SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Deletes for good, with their links, sources and participation, the meetings earlier sessions deleted. */
export function purgeDeletedMeetings(db: Db): number {
  return db.prepare('DELETE FROM meetings WHERE deleted_at IS NOT NULL').run().changes;
}

export function topicIdsOf(db: Db, meetingId: number): number[] {
  return statement(db, 'SELECT label_id FROM meeting_topics WHERE meeting_id = ? ORDER BY label_id').pluck().all(meetingId) as number[];
}

export function setTopics(db: Db, meetingId: number, labelIds: readonly number[]): void {
  statement(db, 'DELETE FROM meeting_topics WHERE meeting_id = ?').run(meetingId);
  const insert = statement(db, 'INSERT OR IGNORE INTO meeting_topics (meeting_id, label_id) VALUES (?, ?)');
  for (const labelId of labelIds) insert.run(meetingId, labelId);
}

export function addTopic(db: Db, meetingId: number, labelId: number): boolean {
  return statement(db, 'INSERT OR IGNORE INTO meeting_topics (meeting_id, label_id) VALUES (?, ?)').run(meetingId, labelId).changes > 0;
}

export function removeTopic(db: Db, meetingId: number, labelId: number): void {
  statement(db, 'DELETE FROM meeting_topics WHERE meeting_id = ? AND label_id = ?').run(meetingId, labelId);
}

/** The live meetings a document reports, in list order. */
export function meetingIdsForDocument(db: Db, documentId: number): number[] {
  return statement(
    db,
    `SELECT m.id FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id
     WHERE s.document_id = ? AND m.deleted_at IS NULL ORDER BY m.date_rank, IFNULL(m.start_date, ''), m.id`,
  ).pluck().all(documentId) as number[];
}

/** The live meetings an official takes part in, newest first, undated last, with their side and role. */
export function meetingsAttendedBy(db: Db, officialId: number): AttendedMeeting[] {
  return statement(
    db,
    `SELECT m.uid, m.title, m.start_date AS start, p.role, p.side
     FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
     WHERE p.official_id = ? AND m.deleted_at IS NULL
     ORDER BY m.date_rank, IFNULL(m.start_date, '') DESC, m.id DESC`,
  ).all(officialId) as AttendedMeeting[];
}
