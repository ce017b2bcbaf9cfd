import { AppError } from '../../../shared/contract/errors';
import type { Meeting, MeetingEvidenceRef, MeetingRole, MeetingSide } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { citableAnnotation, existingDocumentId, liveAnnotation, liveMeeting, liveOfficialId, sourceDocument } from './lookups';
import {
  countryOf,
  deleteEvidence,
  deleteParticipant,
  deleteSource,
  findEvidence,
  insertEvidence,
  insertParticipant,
  insertSource,
  participantFor,
  setParticipantDetails,
  sourceFor,
} from './parts-repository';
import { touchMeetings } from './repository';
import { meetingById } from './service';

// Sources, participants and evidence of a meeting: each call one transaction, the meeting returned as it now is.

/** A row id, and whether it had to be added. */
function ensured(existing: number | undefined, insert: () => number): { id: number; added: boolean } {
  return existing === undefined ? { id: insert(), added: true } : { id: existing, added: false };
}

function changeMeeting(db: Db, meetingUid: string, now: string, change: (meetingId: number) => boolean): Meeting {
  return db.transaction(() => {
    const { id } = liveMeeting(db, meetingUid);
    if (change(id)) touchMeetings(db, [id], now);
    return meetingById(db, id);
  })();
}

/** A document reporting the meeting; adding one already cited changes nothing. */
export function addSource(db: Db, meetingUid: string, documentUid: string, now: string): Meeting {
  return changeMeeting(db, meetingUid, now, (meetingId) => {
    const { id: documentId } = sourceDocument(db, documentUid);
    if (sourceFor(db, meetingId, documentId) !== undefined) return false;
    insertSource(db, meetingId, documentId);
    return true;
  });
}

export function removeSource(db: Db, meetingUid: string, documentUid: string, now: string): Meeting {
  return changeMeeting(db, meetingUid, now, (meetingId) => {
    const sourceId = sourceFor(db, meetingId, existingDocumentId(db, documentUid));
    if (sourceId === undefined) throw new AppError('NOT_FOUND', 'That document is not a source of this meeting.', { documentUid });
    deleteSource(db, sourceId);
    return true;
  });
}

/** Adds a participant (their side defaults to their country) or changes the side or role given. */
export function setParticipant(
  db: Db,
  input: { meetingUid: string; officialUid: string; side?: MeetingSide | null | undefined; role?: MeetingRole | null | undefined },
  now: string,
): Meeting {
  return changeMeeting(db, input.meetingUid, now, (meetingId) => {
    const officialId = liveOfficialId(db, input.officialUid);
    const current = participantFor(db, meetingId, officialId);
    const side = input.side === undefined ? (current ? current.side : countryOf(db, officialId)) : input.side;
    const role = input.role === undefined ? (current?.role ?? null) : input.role;
    if (!current) {
      insertParticipant(db, meetingId, officialId, side, role);
      return true;
    }
    if (current.side === side && current.role === role) return false;
    setParticipantDetails(db, current.id, side, role);
    return true;
  });
}

export function removeParticipant(db: Db, meetingUid: string, officialUid: string, now: string): Meeting {
  return changeMeeting(db, meetingUid, now, (meetingId) => {
    const participant = participantFor(db, meetingId, liveOfficialId(db, officialUid));
    if (!participant) throw new AppError('NOT_FOUND', 'That official is not a participant of this meeting.', { officialUid });
    deleteParticipant(db, participant.id);
    return true;
  });
}

/**
 * Cites a passage for the meeting. Its document becomes a source and the official named a
 * participant when they are not yet; citing the same passage for the same thing again changes nothing.
 */
export function addEvidence(db: Db, ref: MeetingEvidenceRef, now: string): Meeting {
  return changeMeeting(db, ref.meetingUid, now, (meetingId) => {
    const annotation = citableAnnotation(db, ref.annotationUid);
    const officialId = ref.officialUid === undefined ? null : liveOfficialId(db, ref.officialUid);
    const source = ensured(sourceFor(db, meetingId, annotation.documentId), () => insertSource(db, meetingId, annotation.documentId));
    const participant =
      officialId === null
        ? null
        : ensured(participantFor(db, meetingId, officialId)?.id, () => insertParticipant(db, meetingId, officialId, countryOf(db, officialId), null));
    const evidence = { sourceId: source.id, annotationId: annotation.id, supports: ref.supports, participantId: participant?.id ?? null };
    const cited = ensured(findEvidence(db, evidence), () => insertEvidence(db, evidence));
    return source.added || participant?.added === true || cited.added;
  });
}

export function removeEvidence(db: Db, ref: MeetingEvidenceRef, now: string): Meeting {
  return changeMeeting(db, ref.meetingUid, now, (meetingId) => {
    const annotation = liveAnnotation(db, ref.annotationUid);
    const sourceId = sourceFor(db, meetingId, annotation.documentId);
    const participant = ref.officialUid === undefined ? undefined : participantFor(db, meetingId, liveOfficialId(db, ref.officialUid));
    const evidenceId =
      sourceId === undefined || (ref.officialUid !== undefined && !participant)
        ? undefined
        : findEvidence(db, { sourceId, annotationId: annotation.id, supports: ref.supports, participantId: participant?.id ?? null });
    if (evidenceId === undefined) throw new AppError('NOT_FOUND', 'That passage is not cited as this evidence for the meeting.', { annotationUid: ref.annotationUid });
    deleteEvidence(db, evidenceId);
    return true;
  });
}
