import { AppError } from '../../../shared/contract/errors';
import type { Meeting, MeetingInput, MeetingListItem, MeetingPatch } from '../../../shared/model/meeting';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { checkMeetingDates, cleanPlace, foldedPlace } from './dates-and-places';
import { countVisibleLinks } from './link-repository';
import { meetingPage, type MeetingListQuery } from './list-query';
import { existingDocumentId, liveMeeting, sourceDocument, topicLabelIds } from './lookups';
import { mergedMeetingOf } from './merge-repository';
import { insertSource } from './parts-repository';
import {
  findMeeting,
  insertMeeting,
  meetingIdsForDocument,
  setMeetingDeletedAt,
  setTopics,
  updateMeetingColumns,
  type MeetingColumns,
} from './repository';
import { listItemsOf, meetingsOf } from './views';

export function requireMeeting(db: Db, uid: string): Meeting {
  return meetingsOf(db, [liveMeeting(db, uid).id])[0]!;
}

export function meetingById(db: Db, id: number): Meeting {
  return meetingsOf(db, [id])[0]!;
}

/** A new meeting; from a document, the document is its first source and lends it its title if none is given. */
export function createMeeting(db: Db, input: MeetingInput, now: string): Meeting {
  checkMeetingDates(input.start, input.end);
  return db.transaction(() => {
    const document = input.fromDocumentUid === undefined ? undefined : sourceDocument(db, input.fromDocumentUid);
    const title = input.title ?? document?.title;
    if (title === undefined) throw new AppError('INVALID_INPUT', 'A meeting needs a title (or a document to take it from).');
    const labelIds = topicLabelIds(db, input.topics);
    const place = cleanPlace(input.place);
    const id = insertMeeting(
      db,
      newUid(),
      {
        title,
        start_date: input.start,
        end_date: input.end,
        city: place.city,
        venue: place.venue,
        place_folded: foldedPlace(place),
        format: input.format,
        summary: input.summary,
      },
      now,
    );
    setTopics(db, id, labelIds);
    if (document) insertSource(db, id, document.id);
    return meetingById(db, id);
  })();
}

export function updateMeeting(db: Db, uid: string, patch: MeetingPatch, now: string): Meeting {
  return db.transaction(() => {
    const { id, startDate, endDate } = liveMeeting(db, uid);
    checkMeetingDates(patch.start === undefined ? startDate : patch.start, patch.end === undefined ? endDate : patch.end);
    const columns: Partial<MeetingColumns> = {};
    if (patch.title !== undefined) columns.title = patch.title;
    if (patch.start !== undefined) columns.start_date = patch.start;
    if (patch.end !== undefined) columns.end_date = patch.end;
    if (patch.format !== undefined) columns.format = patch.format;
    if (patch.summary !== undefined) columns.summary = patch.summary;
    if (patch.place !== undefined) {
      const place = cleanPlace(patch.place);
      Object.assign(columns, { city: place.city, venue: place.venue, place_folded: foldedPlace(place) });
    }
    if (patch.topics !== undefined) setTopics(db, id, topicLabelIds(db, patch.topics));
    updateMeetingColumns(db, id, columns, now);
    return meetingById(db, id);
  })();
}

export function listMeetings(db: Db, query: MeetingListQuery): { items: MeetingListItem[]; nextCursor: string | null; total: number | null } {
  const { ids, nextCursor, total } = meetingPage(db, query);
  return { items: listItemsOf(db, ids), nextCursor, total };
}

export function meetingsForDocument(db: Db, documentUid: string): Meeting[] {
  return meetingsOf(db, meetingIdsForDocument(db, existingDocumentId(db, documentUid)));
}

/**
 * Soft-deletes meetings, their links hidden with them, until the notebook is next opened. Unknown or
 * already deleted meetings are skipped; `links` counts the links the deleted meetings had.
 */
export function deleteMeetings(db: Db, uids: readonly string[], now: string): { count: number; links: number } {
  return db.transaction(() => {
    const ids = [...new Set(uids)].flatMap((uid) => {
      const meeting = findMeeting(db, uid);
      return meeting && meeting.deletedAt === null ? [meeting.id] : [];
    });
    const links = countVisibleLinks(db, ids);
    for (const id of ids) setMeetingDeletedAt(db, id, now);
    return { count: ids.length, links };
  })();
}

/** Brings deleted meetings back with their links; one that left by a merge comes back only by undoing the merge. */
export function restoreMeetings(db: Db, uids: readonly string[]): number {
  return db.transaction(() => {
    let count = 0;
    for (const uid of new Set(uids)) {
      const meeting = findMeeting(db, uid);
      if (!meeting || meeting.deletedAt === null) continue;
      if (mergedMeetingOf(db, meeting.id)) {
        throw new AppError('CONFLICT', `“${meeting.title}” was merged into another meeting; undo the merge to bring it back.`, { uid });
      }
      setMeetingDeletedAt(db, meeting.id, null);
      count++;
    }
    return count;
  })();
}
