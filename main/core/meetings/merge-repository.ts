import type { MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface MeetingMergeRecord {
  id: number;
  keptId: number;
  mergedId: number;
  mergedAt: string;
}

const RECORD_COLUMNS = 'id, kept_id AS keptId, merged_id AS mergedId, merged_at AS mergedAt';

export function insertMeetingMerge(db: Db, keptId: number, mergedId: number, mergedAt: string): number {
  return Number(statement(db, 'INSERT INTO meeting_merges (kept_id, merged_id, merged_at) VALUES (?, ?, ?)').run(keptId, mergedId, mergedAt).lastInsertRowid);
}

/** The merge that took this meeting out of the list, if one did. */
export function mergedMeetingOf(db: Db, mergedId: number): MeetingMergeRecord | undefined {
  return statement(db, `SELECT ${RECORD_COLUMNS} FROM meeting_merges WHERE merged_id = ?`).get(mergedId) as MeetingMergeRecord | undefined;
}

/** The merges into a meeting from the given one on, oldest first. */
export function meetingMergesIntoSince(db: Db, keptId: number, fromId: number): MeetingMergeRecord[] {
  return statement(db, `SELECT ${RECORD_COLUMNS} FROM meeting_merges WHERE kept_id = ? AND id >= ? ORDER BY id`).all(keptId, fromId) as MeetingMergeRecord[];
}

export function deleteMeetingMerge(db: Db, id: number): void {
  statement(db, 'DELETE FROM meeting_merges WHERE id = ?').run(id);
}

export type AddedRow = 'participant_id' | 'source_id' | 'evidence_id' | 'link_id' | 'label_id';

export function recordAddition(db: Db, mergeId: number, column: AddedRow, rowId: number): void {
  statement(db, `INSERT INTO meeting_merge_additions (merge_id, ${column}) VALUES (?, ?)`).run(mergeId, rowId);
}

/** The ids of the rows of one kind a merge added (still there: a removed row takes its record). */
export function additionsOf(db: Db, mergeId: number, column: AddedRow): number[] {
  return statement(db, `SELECT ${column} FROM meeting_merge_additions WHERE merge_id = ? AND ${column} IS NOT NULL ORDER BY id`).pluck().all(mergeId) as number[];
}

export function recordFill(db: Db, mergeId: number, participantId: number, previous: { side: MeetingSide | null; role: MeetingRole | null }): void {
  statement(db, 'INSERT INTO meeting_merge_fills (merge_id, participant_id, side, role) VALUES (?, ?, ?, ?)').run(mergeId, participantId, previous.side, previous.role);
}

export function fillsOf(db: Db, mergeId: number): Array<{ participantId: number; side: MeetingSide | null; role: MeetingRole | null }> {
  return statement(db, 'SELECT participant_id AS participantId, side, role FROM meeting_merge_fills WHERE merge_id = ?').all(mergeId) as Array<{
    participantId: number;
    side: MeetingSide | null;
    role: MeetingRole | null;
  }>;
}
