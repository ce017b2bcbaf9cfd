import { AppError } from '../../../../shared/contract/errors';
import type { MeetingCandidate, MeetingCandidateRef } from '../../../../shared/model/meeting-suggestion';
import type { Db } from '../../db/open';
import { existingDocumentId, liveMeeting } from '../lookups';
import { deleteDismissal, dismissalKeys, insertDismissal, keyText, storedKey } from './dismissal-repository';

type Subject = MeetingCandidateRef['from'];

function requireSubject(db: Db, subject: Subject): void {
  if (subject.kind === 'meeting') liveMeeting(db, subject.uid);
  else existingDocumentId(db, subject.uid);
}

const keyOf = (ref: MeetingCandidateRef) => storedKey(ref.kind, ref.from.uid, ref.to.uid);

/**
 * Remembers that a candidate is not to be offered again, whichever way a later pass orders a "same
 * meeting" pair. Both subjects must be in the notebook. Returns whether it was newly dismissed.
 */
export function dismissCandidate(db: Db, ref: MeetingCandidateRef, now: string): boolean {
  if (ref.from.uid === ref.to.uid) throw new AppError('INVALID_INPUT', 'A suggestion is between two different meetings or documents.', { uid: ref.from.uid });
  return db.transaction(() => {
    requireSubject(db, ref.from);
    requireSubject(db, ref.to);
    return insertDismissal(db, keyOf(ref), now);
  })();
}

/**
 * Offers a dismissed candidate again (the undo of a dismissal). Nothing to restore is no error: the
 * subjects may have left the notebook since, taking the dismissal with them.
 */
export function restoreCandidate(db: Db, ref: MeetingCandidateRef): boolean {
  return deleteDismissal(db, keyOf(ref));
}

/** Splits candidates into those waiting for a decision and those dismissed, each in the order given. */
export function partitionDismissed(db: Db, candidates: readonly MeetingCandidate[]): { open: MeetingCandidate[]; dismissed: MeetingCandidate[] } {
  const keys = dismissalKeys(db);
  const open: MeetingCandidate[] = [];
  const dismissed: MeetingCandidate[] = [];
  for (const candidate of candidates) {
    (keys.has(keyText(storedKey(candidate.kind, candidate.from.uid, candidate.to.uid))) ? dismissed : open).push(candidate);
  }
  return { open, dismissed };
}
