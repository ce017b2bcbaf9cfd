import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { deleteLink, insertLink, linkBetween, linksOf } from './link-repository';
import { additionsOf, fillsOf, mergedMeetingOf, recordAddition, recordFill } from './merge-repository';
import {
  deleteEvidence,
  deleteParticipant,
  deleteSource,
  evidenceOf,
  findEvidence,
  insertEvidence,
  insertParticipant,
  insertSource,
  participantFor,
  participantsOf,
  setParticipantDetails,
  sourceFor,
  sourcesOf,
} from './parts-repository';
import { addTopic, removeTopic, topicIdsOf } from './repository';

/** One merge of one meeting into another. */
export interface MeetingMergeStep {
  mergeId: number;
  keptId: number;
  mergedId: number;
  at: string;
}

/**
 * Adds to the kept meeting what the merged one has and it lacks, recording each row added: topics,
 * participants (a shared one keeps the kept meeting's side and role, taking the other's where it had
 * none), sources, the evidence cited from them, and links. The merged meeting's rows stay as they
 * are, hidden with it, so that the undo only has to take the added rows away.
 */
export function carryMeeting(db: Db, step: MeetingMergeStep): void {
  const { mergeId, keptId, mergedId } = step;
  const keptTopics = new Set(topicIdsOf(db, keptId));
  for (const labelId of topicIdsOf(db, mergedId)) {
    if (!keptTopics.has(labelId) && addTopic(db, keptId, labelId)) recordAddition(db, mergeId, 'label_id', labelId);
  }

  const participantIds = new Map<number, number>();
  for (const participant of participantsOf(db, mergedId)) {
    const kept = participantFor(db, keptId, participant.officialId);
    if (!kept) {
      const id = insertParticipant(db, keptId, participant.officialId, participant.side, participant.role);
      recordAddition(db, mergeId, 'participant_id', id);
      participantIds.set(participant.id, id);
      continue;
    }
    participantIds.set(participant.id, kept.id);
    const side = kept.side ?? participant.side;
    const role = kept.role ?? participant.role;
    if (side === kept.side && role === kept.role) continue;
    recordFill(db, mergeId, kept.id, kept);
    setParticipantDetails(db, kept.id, side, role);
  }

  const sourceIds = new Map<number, number>();
  for (const source of sourcesOf(db, mergedId)) {
    let id = sourceFor(db, keptId, source.documentId);
    if (id === undefined) {
      id = insertSource(db, keptId, source.documentId);
      recordAddition(db, mergeId, 'source_id', id);
    }
    sourceIds.set(source.id, id);
  }

  for (const evidence of evidenceOf(db, mergedId)) {
    const copy = {
      sourceId: sourceIds.get(evidence.sourceId)!,
      annotationId: evidence.annotationId,
      supports: evidence.supports,
      participantId: evidence.participantId === null ? null : participantIds.get(evidence.participantId)!,
    };
    if (findEvidence(db, copy) === undefined) recordAddition(db, mergeId, 'evidence_id', insertEvidence(db, copy));
  }

  for (const link of linksOf(db, mergedId)) {
    const otherId = link.fromId === mergedId ? link.toId : link.fromId;
    // A link to the kept meeting, or to one merged into it before, would now link it to itself.
    if (otherId === keptId || mergedMeetingOf(db, otherId)?.keptId === keptId) continue;
    const fromId = link.fromId === mergedId ? keptId : otherId;
    const toId = link.toId === mergedId ? keptId : otherId;
    if (linkBetween(db, link.kind, fromId, toId)) continue;
    const id = insertLink(db, { uid: newUid(), kind: link.kind, fromId, toId, evidenceAnnotationId: link.evidenceAnnotationId, createdAt: step.at });
    recordAddition(db, mergeId, 'link_id', id);
  }
}

/** Takes away what one merge added to the kept meeting and puts back the details it filled in. */
export function restoreMeeting(db: Db, step: MeetingMergeStep): void {
  for (const id of additionsOf(db, step.mergeId, 'link_id')) deleteLink(db, id);
  for (const id of additionsOf(db, step.mergeId, 'evidence_id')) deleteEvidence(db, id);
  for (const id of additionsOf(db, step.mergeId, 'source_id')) deleteSource(db, id);
  for (const fill of fillsOf(db, step.mergeId)) setParticipantDetails(db, fill.participantId, fill.side, fill.role);
  for (const id of additionsOf(db, step.mergeId, 'participant_id')) deleteParticipant(db, id);
  for (const labelId of additionsOf(db, step.mergeId, 'label_id')) removeTopic(db, step.keptId, labelId);
}
