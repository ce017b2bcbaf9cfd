import type { MergePart } from '../officials/merge-parts';
import {
  moveParticipantEvidence,
  movedParticipationIds,
  participationFills,
  participationIn,
  participationOf,
  recordParticipationFill,
  recordParticipationMove,
  returnParticipantEvidence,
  setParticipationOfficial,
} from './participation-merge-repository';
import { setParticipantDetails } from './parts-repository';

/**
 * Merging officials carries their meeting participation to the one kept. Where both attended a
 * meeting, the kept participant stands for both: it takes the other's side and role where it had
 * none, and the passages cited for the other; the duplicate stays behind with the merged official.
 */
export const meetingParticipation: MergePart = {
  carry(db, step) {
    for (const participant of participationOf(db, step.mergedId)) {
      const kept = participationIn(db, step.keptId, participant.meetingId);
      if (!kept) {
        setParticipationOfficial(db, participant.id, step.keptId);
        recordParticipationMove(db, step.mergeId, participant.id);
        continue;
      }
      moveParticipantEvidence(db, step.mergeId, participant.id, kept.id);
      const side = kept.side ?? participant.side;
      const role = kept.role ?? participant.role;
      if (side === kept.side && role === kept.role) continue;
      recordParticipationFill(db, step.mergeId, kept);
      setParticipantDetails(db, kept.id, side, role);
    }
  },
  restore(db, step) {
    for (const kept of participationFills(db, step.mergeId)) setParticipantDetails(db, kept.id, kept.side, kept.role);
    returnParticipantEvidence(db, step.mergeId);
    for (const id of movedParticipationIds(db, step.mergeId)) setParticipationOfficial(db, id, step.mergedId);
  },
};
