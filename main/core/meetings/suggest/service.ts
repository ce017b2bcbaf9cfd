import { AppError } from '../../../../shared/contract/errors';
import type { MeetingListItem } from '../../../../shared/model/meeting';
import type { MeetingCandidate, MeetingSuggestions } from '../../../../shared/model/meeting-suggestion';
import type { Db } from '../../db/open';
import { listMeetings } from '../service';
import { findCandidates } from './candidates';
import { partitionDismissed } from './dismissals';
import { documentReadings } from './document-readings';
import { documentSubject, meetingSubject } from './subjects';

const PAGE = 500;

function liveMeetings(db: Db): MeetingListItem[] {
  const all: MeetingListItem[] = [];
  let cursor: string | null = null;
  do {
    const page = listMeetings(db, { filter: {}, direction: 'asc', limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

/**
 * The review queue of meeting suggestions: per document, the date, place and participants its text
 * suggests; across the notebook, same-meeting and prepares / follows-up candidates between recorded
 * meetings and the documents no meeting cites yet. With `documentUids` (a meeting page asks for all
 * its sources at once), only those documents, in that order, and the candidates they take part in
 * (themselves or through a meeting they are a source of). Candidates the researcher dismissed come
 * apart from the others; `candidatesOnly` leaves out the per-document suggestions. Nothing is recorded.
 */
export function meetingSuggestions(db: Db, documentUids?: readonly string[], { candidatesOnly = false } = {}): MeetingSuggestions {
  const readings = documentReadings(db);
  const missing = documentUids?.find((uid) => !readings.has(uid));
  if (missing !== undefined) throw new AppError('NOT_FOUND', 'That document is not in this notebook (or is in the Trash).', { uid: missing });
  const meetings = liveMeetings(db);
  const cited = new Set(meetings.flatMap((meeting) => meeting.sources.map((source) => source.documentUid)));
  const subjects = [
    ...meetings.map((meeting) => meetingSubject(meeting, readings)),
    ...[...readings.values()].filter((found) => !cited.has(found.suggestion.documentUid)).map(documentSubject),
  ];
  const { open, dismissed } = partitionDismissed(db, findCandidates(subjects));
  if (documentUids === undefined) return { documents: candidatesOnly ? [] : [...readings.values()].map((found) => found.suggestion), candidates: open, dismissed };
  const asked = new Set(documentUids);
  const involved = new Set([...asked, ...meetings.filter((meeting) => meeting.sources.some((source) => asked.has(source.documentUid))).map((meeting) => meeting.uid)]);
  const concerned = (candidate: MeetingCandidate) => involved.has(candidate.from.uid) || involved.has(candidate.to.uid);
  return {
    documents: candidatesOnly ? [] : [...asked].map((uid) => readings.get(uid)!.suggestion),
    candidates: open.filter(concerned),
    dismissed: dismissed.filter(concerned),
  };
}
