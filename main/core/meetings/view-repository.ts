import type { EvidenceSupport, MeetingFormat, MeetingLinkKind, MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

// What meeting pages and list items are read from, a query per kind of row for a whole page of
// meetings at once. Rows hidden with a deleted official, annotation or meeting are left out here,
// so that they come back untouched when it is restored.

const IDS = 'SELECT value FROM json_each(?)';

export interface MeetingRow {
  id: number;
  uid: string;
  title: string;
  start: string | null;
  end: string | null;
  city: string | null;
  venue: string | null;
  format: MeetingFormat | null;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

export function meetingRows(db: Db, ids: readonly number[]): MeetingRow[] {
  return statement(
    db,
    `SELECT id, uid, title, start_date AS start, end_date AS end, city, venue, format, summary, created_at AS createdAt, updated_at AS updatedAt
     FROM meetings WHERE id IN (${IDS})`,
  ).all(JSON.stringify(ids)) as MeetingRow[];
}

export function topicRows(db: Db, ids: readonly number[]): Array<{ meetingId: number; uid: string }> {
  return statement(
    db,
    `SELECT t.meeting_id AS meetingId, l.uid FROM meeting_topics t JOIN labels l ON l.id = t.label_id
     LEFT JOIN labels parent ON parent.id = l.parent_id
     WHERE t.meeting_id IN (${IDS}) ORDER BY IFNULL(parent.position, l.position), l.parent_id IS NOT NULL, l.position, l.id`,
  ).all(JSON.stringify(ids)) as Array<{ meetingId: number; uid: string }>;
}

export interface ParticipantRow {
  meetingId: number;
  participantId: number;
  officialUid: string;
  name: string;
  side: MeetingSide | null;
  role: MeetingRole | null;
}

export function participantRows(db: Db, ids: readonly number[]): ParticipantRow[] {
  return statement(
    db,
    `SELECT p.meeting_id AS meetingId, p.id AS participantId, o.uid AS officialUid, o.name, p.side, p.role
     FROM meeting_participants p JOIN officials o ON o.id = p.official_id
     WHERE p.meeting_id IN (${IDS}) AND o.deleted_at IS NULL ORDER BY p.id`,
  ).all(JSON.stringify(ids)) as ParticipantRow[];
}

export interface SourceRow {
  meetingId: number;
  sourceId: number;
  documentUid: string;
  title: string;
  published: string | null;
  trashed: number;
}

/** Sources in the order their documents were published (undated last), then as added. */
export function sourceRows(db: Db, ids: readonly number[]): SourceRow[] {
  return statement(
    db,
    `SELECT s.meeting_id AS meetingId, s.id AS sourceId, d.uid AS documentUid, d.title, d.published, d.trashed_at IS NOT NULL AS trashed
     FROM meeting_sources s JOIN documents d ON d.id = s.document_id
     WHERE s.meeting_id IN (${IDS}) ORDER BY d.published IS NULL, d.published, s.id`,
  ).all(JSON.stringify(ids)) as SourceRow[];
}

export interface EvidenceRow {
  sourceId: number;
  participantId: number | null;
  annotationUid: string;
  supports: EvidenceSupport;
  officialUid: string | null;
  quote: string | null;
}

/** Live evidence of the meetings' sources, in the order of the passages in their documents. */
export function evidenceRows(db: Db, ids: readonly number[]): EvidenceRow[] {
  return statement(
    db,
    `SELECT e.source_id AS sourceId, e.participant_id AS participantId, a.uid AS annotationUid, e.supports, o.uid AS officialUid, a.exact AS quote
     FROM meeting_sources s JOIN meeting_evidence e ON e.source_id = s.id
     JOIN annotations a ON a.id = e.annotation_id
     LEFT JOIN meeting_participants p ON p.id = e.participant_id
     LEFT JOIN officials o ON o.id = p.official_id
     WHERE s.meeting_id IN (${IDS}) AND a.deleted_at IS NULL AND (e.participant_id IS NULL OR o.deleted_at IS NULL)
     ORDER BY s.id, a.start_offset IS NOT NULL, a.start_offset, a.id, e.id`,
  ).all(JSON.stringify(ids)) as EvidenceRow[];
}

export interface LinkRow {
  /** The meeting the link is seen from. */
  meetingId: number;
  uid: string;
  kind: MeetingLinkKind;
  outgoing: number;
  otherUid: string;
  otherTitle: string;
  otherStart: string | null;
  evidenceUid: string | null;
}

/** Links between live meetings, from both ends, in the other meeting's date order. */
export function linkRows(db: Db, ids: readonly number[]): LinkRow[] {
  return statement(
    db,
    `WITH ends AS (
       SELECT l.from_id AS meetingId, l.to_id AS otherId, 1 AS outgoing, l.* FROM meeting_links l WHERE l.from_id IN (${IDS})
       UNION ALL
       SELECT l.to_id AS meetingId, l.from_id AS otherId, 0 AS outgoing, l.* FROM meeting_links l WHERE l.to_id IN (${IDS})
     )
     SELECT ends.meetingId, ends.uid, ends.kind, ends.outgoing, other.uid AS otherUid, other.title AS otherTitle, other.start_date AS otherStart,
       (SELECT a.uid FROM annotations a WHERE a.id = ends.evidence_annotation_id AND a.deleted_at IS NULL) AS evidenceUid
     FROM ends JOIN meetings other ON other.id = ends.otherId
     WHERE other.deleted_at IS NULL
     ORDER BY other.date_rank, IFNULL(other.start_date, ''), other.id, ends.id`,
  ).all(JSON.stringify(ids), JSON.stringify(ids)) as LinkRow[];
}
