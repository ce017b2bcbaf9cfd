import { AppError } from '../../../shared/contract/errors';
import { MEETING_LINK_LABELS, SYMMETRIC_LINK_KINDS, type MeetingLink, type MeetingLinkKind } from '../../../shared/model/meeting';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { deleteLink, findLink, insertLink, linkBetween } from './link-repository';
import { liveAnnotation, liveMeeting } from './lookups';
import { touchMeetings } from './repository';
import { meetingById } from './service';

/**
 * Links `fromUid` to `toUid` ("from prepares to"), refusing a link to itself and a second link of the
 * same kind between the two, in either direction. Returns the link as `fromUid` shows it.
 */
export function linkMeetings(
  db: Db,
  input: { kind: MeetingLinkKind; fromUid: string; toUid: string; evidenceAnnotationUid: string | null },
  now: string,
): MeetingLink {
  if (input.fromUid === input.toUid) throw new AppError('INVALID_INPUT', 'A meeting cannot be linked to itself.', { uid: input.fromUid });
  return db.transaction(() => {
    const from = liveMeeting(db, input.fromUid);
    const to = liveMeeting(db, input.toUid);
    const evidence = input.evidenceAnnotationUid === null ? null : liveAnnotation(db, input.evidenceAnnotationUid).id;
    const existing = linkBetween(db, input.kind, from.id, to.id);
    if (existing) throw new AppError('CONFLICT', duplicateMessage(input.kind, existing.fromId === from.id, from.title, to.title), { uid: existing.uid });
    const uid = newUid();
    insertLink(db, { uid, kind: input.kind, fromId: from.id, toId: to.id, evidenceAnnotationId: evidence, createdAt: now });
    touchMeetings(db, [from.id, to.id], now);
    return meetingById(db, from.id).links.find((link) => link.uid === uid)!;
  })();
}

function duplicateMessage(kind: MeetingLinkKind, sameWay: boolean, fromTitle: string, toTitle: string): string {
  const label = MEETING_LINK_LABELS[kind].outgoing.toLowerCase();
  if (sameWay || SYMMETRIC_LINK_KINDS.has(kind)) return `“${fromTitle}” is already linked to “${toTitle}” as “${label}”.`;
  return `“${toTitle}” is already linked to “${fromTitle}” as “${label}”; a link of this kind points one way only.`;
}

/** Removes links; unknown ones are skipped. Both meetings of each link count as changed. */
export function unlinkMeetings(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => {
    let count = 0;
    for (const uid of new Set(uids)) {
      const link = findLink(db, uid);
      if (!link) continue;
      deleteLink(db, link.id);
      touchMeetings(db, [link.fromId, link.toId], now);
      count++;
    }
    return count;
  })();
}
