import type { EvidenceSupport, MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

// Sources, participants and evidence rows of meetings.

export interface SourceRecord {
  id: number;
  documentId: number;
}

export function sourcesOf(db: Db, meetingId: number): SourceRecord[] {
  return statement(db, 'SELECT id, document_id AS documentId FROM meeting_sources WHERE meeting_id = ? ORDER BY id').all(meetingId) as SourceRecord[];
}

export function sourceFor(db: Db, meetingId: number, documentId: number): number | undefined {
  return statement(db, 'SELECT id FROM meeting_sources WHERE meeting_id = ? AND document_id = ?').pluck().get(meetingId, documentId) as number | undefined;
}

export function insertSource(db: Db, meetingId: number, documentId: number): number {
  return Number(statement(db, 'INSERT INTO meeting_sources (meeting_id, document_id) VALUES (?, ?)').run(meetingId, documentId).lastInsertRowid);
}

export function deleteSource(db: Db, id: number): void {
  statement(db, 'DELETE FROM meeting_sources WHERE id = ?').run(id);
}

export interface ParticipantRecord {
  id: number;
  officialId: number;
  side: MeetingSide | null;
  role: MeetingRole | null;
}

const PARTICIPANT_COLUMNS = 'id, official_id AS officialId, side, role';

export function participantsOf(db: Db, meetingId: number): ParticipantRecord[] {
  return statement(db, `SELECT ${PARTICIPANT_COLUMNS} FROM meeting_participants WHERE meeting_id = ? ORDER BY id`).all(meetingId) as ParticipantRecord[];
}

export function participantFor(db: Db, meetingId: number, officialId: number): ParticipantRecord | undefined {
  return statement(db, `SELECT ${PARTICIPANT_COLUMNS} FROM meeting_participants WHERE meeting_id = ? AND official_id = ?`).get(meetingId, officialId) as
    | ParticipantRecord
    | undefined;
}

export function insertParticipant(db: Db, meetingId: number, officialId: number, side: MeetingSide | null, role: MeetingRole | null): number {
  return Number(
    statement(db, 'INSERT INTO meeting_participants (meeting_id, official_id, side, role) VALUES (?, ?, ?, ?)').run(meetingId, officialId, side, role)
      .lastInsertRowid,
  );
}

export function setParticipantDetails(db: Db, id: number, side: MeetingSide | null, role: MeetingRole | null): void {
  statement(db, 'UPDATE meeting_participants SET side = ?, role = ? WHERE id = ?').run(side, role, id);
}

export function deleteParticipant(db: Db, id: number): void {
  statement(db, 'DELETE FROM meeting_participants WHERE id = ?').run(id);
}

/** A live official's country, a new participant's side until the researcher says otherwise. */
export function countryOf(db: Db, officialId: number): MeetingSide | null {
  return (statement(db, 'SELECT country FROM officials WHERE id = ?').pluck().get(officialId) as MeetingSide | null | undefined) ?? null;
}

export interface EvidenceRecord {
  id: number;
  sourceId: number;
  annotationId: number;
  supports: EvidenceSupport;
  participantId: number | null;
}

const EVIDENCE_COLUMNS = 'e.id, e.source_id AS sourceId, e.annotation_id AS annotationId, e.supports, e.participant_id AS participantId';

/** Every evidence row of a meeting, live passage or not. */
export function evidenceOf(db: Db, meetingId: number): EvidenceRecord[] {
  return statement(
    db,
    `SELECT ${EVIDENCE_COLUMNS} FROM meeting_evidence e JOIN meeting_sources s ON s.id = e.source_id WHERE s.meeting_id = ? ORDER BY e.id`,
  ).all(meetingId) as EvidenceRecord[];
}

export function findEvidence(db: Db, evidence: Omit<EvidenceRecord, 'id'>): number | undefined {
  return statement(
    db,
    `SELECT id FROM meeting_evidence
     WHERE source_id = @sourceId AND annotation_id = @annotationId AND supports = @supports AND participant_id IS @participantId`,
  )
    .pluck()
    .get(evidence) as number | undefined;
}

export function insertEvidence(db: Db, evidence: Omit<EvidenceRecord, 'id'>): number {
  return Number(
    statement(
      db,
      'INSERT INTO meeting_evidence (source_id, annotation_id, supports, participant_id) VALUES (@sourceId, @annotationId, @supports, @participantId)',
    ).run(evidence).lastInsertRowid,
  );
}

export function deleteEvidence(db: Db, id: number): void {
  statement(db, 'DELETE FROM meeting_evidence WHERE id = ?').run(id);
}
