import type { MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

// What a merge of officials changed in meeting participation, recorded under the officials' merge id.

export interface ParticipationRow {
  id: number;
  meetingId: number;
  side: MeetingSide | null;
  role: MeetingRole | null;
}

/** Every participation of an official, in meetings deleted or not. */
export function participationOf(db: Db, officialId: number): ParticipationRow[] {
  return statement(db, 'SELECT id, meeting_id AS meetingId, side, role FROM meeting_participants WHERE official_id = ? ORDER BY id').all(
    officialId,
  ) as ParticipationRow[];
}

export function participationIn(db: Db, officialId: number, meetingId: number): ParticipationRow | undefined {
  return statement(db, 'SELECT id, meeting_id AS meetingId, side, role FROM meeting_participants WHERE official_id = ? AND meeting_id = ?').get(
    officialId,
    meetingId,
  ) as ParticipationRow | undefined;
}

export function setParticipationOfficial(db: Db, participantId: number, officialId: number): void {
  statement(db, 'UPDATE meeting_participants SET official_id = ? WHERE id = ?').run(officialId, participantId);
}

export function recordParticipationMove(db: Db, mergeId: number, participantId: number): void {
  statement(db, 'INSERT INTO official_merge_participants (merge_id, participant_id) VALUES (?, ?)').run(mergeId, participantId);
}

export function movedParticipationIds(db: Db, mergeId: number): number[] {
  return statement(db, 'SELECT participant_id FROM official_merge_participants WHERE merge_id = ?').pluck().all(mergeId) as number[];
}

export function recordParticipationFill(db: Db, mergeId: number, kept: ParticipationRow): void {
  statement(db, 'INSERT INTO official_merge_participant_fills (merge_id, participant_id, side, role) VALUES (?, ?, ?, ?)').run(
    mergeId,
    kept.id,
    kept.side,
    kept.role,
  );
}

export function participationFills(db: Db, mergeId: number): Array<Pick<ParticipationRow, 'id' | 'side' | 'role'>> {
  return statement(db, 'SELECT participant_id AS id, side, role FROM official_merge_participant_fills WHERE merge_id = ?').all(mergeId) as Array<
    Pick<ParticipationRow, 'id' | 'side' | 'role'>
  >;
}

/**
 * Moves to the kept official's participant row the evidence cited for the merged official's row in
 * the same meeting, but for passages already cited for the kept one, and records each move.
 */
export function moveParticipantEvidence(db: Db, mergeId: number, fromParticipantId: number, toParticipantId: number): void {
  statement(
    db,
    `INSERT INTO official_merge_participant_evidence (merge_id, evidence_id, participant_id)
     SELECT @mergeId, e.id, @from FROM meeting_evidence e
     WHERE e.participant_id = @from AND NOT EXISTS (
       SELECT 1 FROM meeting_evidence k WHERE k.participant_id = @to AND k.source_id = e.source_id AND k.annotation_id = e.annotation_id)`,
  ).run({ mergeId, from: fromParticipantId, to: toParticipantId });
  statement(
    db,
    `UPDATE meeting_evidence SET participant_id = @to
     WHERE id IN (SELECT evidence_id FROM official_merge_participant_evidence WHERE merge_id = @mergeId AND participant_id = @from)`,
  ).run({ mergeId, from: fromParticipantId, to: toParticipantId });
}

/** Puts the evidence a merge moved back on the merged official's participant rows. */
export function returnParticipantEvidence(db: Db, mergeId: number): void {
  statement(
    db,
    `UPDATE meeting_evidence SET participant_id = (
       SELECT m.participant_id FROM official_merge_participant_evidence m WHERE m.merge_id = @mergeId AND m.evidence_id = meeting_evidence.id)
     WHERE id IN (SELECT evidence_id FROM official_merge_participant_evidence WHERE merge_id = @mergeId)`,
  ).run({ mergeId });
}
