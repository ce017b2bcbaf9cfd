import { AppError } from '../../../shared/contract/errors';
import type { Meeting } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { liveMeeting } from './lookups';
import { carryMeeting, restoreMeeting, type MeetingMergeStep } from './merge-steps';
import { deleteMeetingMerge, insertMeetingMerge, meetingMergesIntoSince, mergedMeetingOf, type MeetingMergeRecord } from './merge-repository';
import { findMeeting, setMeetingDeletedAt, touchMeetings } from './repository';
import { meetingById } from './service';

function applyMerge(db: Db, keptId: number, mergedId: number, at: string): void {
  const step: MeetingMergeStep = { mergeId: insertMeetingMerge(db, keptId, mergedId, at), keptId, mergedId, at };
  carryMeeting(db, step);
  setMeetingDeletedAt(db, mergedId, at);
}

function undoMerge(db: Db, record: MeetingMergeRecord): void {
  restoreMeeting(db, { mergeId: record.id, keptId: record.keptId, mergedId: record.mergedId, at: record.mergedAt });
  deleteMeetingMerge(db, record.id);
  setMeetingDeletedAt(db, record.mergedId, null);
}

/**
 * Keeps one record of a meeting reported several times: the others' topics, participants, sources,
 * evidence and links are added to it, in the order given, and they leave the list (soft-deleted, so
 * that the merge can be undone until the notebook is next opened).
 */
export function mergeMeetings(db: Db, keepUid: string, mergeUids: readonly string[], now: string): { meeting: Meeting; merged: number } {
  const uids = [...new Set(mergeUids)];
  if (uids.includes(keepUid)) throw new AppError('INVALID_INPUT', 'The meeting kept cannot also be one of those merged into it.', { uid: keepUid });
  return db.transaction(() => {
    const keptId = liveMeeting(db, keepUid).id;
    const mergedIds = uids.map((uid) => liveMeeting(db, uid).id);
    for (const mergedId of mergedIds) applyMerge(db, keptId, mergedId, now);
    touchMeetings(db, [keptId], now);
    return { meeting: meetingById(db, keptId), merged: mergedIds.length };
  })();
}

/**
 * Undoes merges: each meeting named comes back, and the one it was merged into loses exactly what it
 * brought. Merges into the same meeting made later are undone first and made again, so that each
 * undo meets the state its merge left. Meetings that were not merged are skipped.
 */
export function unmergeMeetings(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => {
    const records = new Map<number, MeetingMergeRecord>();
    for (const uid of uids) {
      const meeting = findMeeting(db, uid);
      const record = meeting && mergedMeetingOf(db, meeting.id);
      if (record) records.set(record.id, record);
    }
    const keptIds = new Set<number>();
    for (const record of [...records.values()].sort((a, b) => b.id - a.id)) {
      if (mergedMeetingOf(db, record.keptId)) {
        throw new AppError('CONFLICT', 'The meeting this one was merged into has since been merged into another; undo that merge first.');
      }
      const since = meetingMergesIntoSince(db, record.keptId, record.id);
      for (const later of [...since].reverse()) undoMerge(db, later);
      for (const later of since.slice(1)) applyMerge(db, later.keptId, later.mergedId, later.mergedAt);
      keptIds.add(record.keptId);
    }
    touchMeetings(db, [...keptIds], now);
    return records.size;
  })();
}
