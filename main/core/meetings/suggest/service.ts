import { AppError } from '../../../../shared/contract/errors';
import type { DocumentSummary } from '../../../../shared/model/document';
import type { MeetingListItem } from '../../../../shared/model/meeting';
import type { MeetingSuggestions } from '../../../../shared/model/meeting-suggestion';
import type { Db } from '../../db/open';
import { getDocumentText, listDocuments } from '../../documents/repository';
import { confirmedMentionsIn } from '../../officials/mention-repository';
import { listMeetings } from '../service';
import { findCandidates } from './candidates';
import { readDocument, type DocumentReading } from './document-suggestions';
import { documentSubject, meetingSubject } from './subjects';

const PAGE = 500;

function liveDocuments(db: Db): DocumentSummary[] {
  const all: DocumentSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = listDocuments(db, { trash: false, sort: 'importedAt', direction: 'asc', filter: {}, limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

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

function reading(db: Db, document: DocumentSummary): DocumentReading {
  const { id, text } = getDocumentText(db, document.uid)!;
  return readDocument({ ...document, text, mentions: confirmedMentionsIn(db, id) });
}

/**
 * The review queue of meeting suggestions: per document, the date, place and participants its text
 * suggests; across the notebook, same-meeting and prepares / follows-up candidates between recorded
 * meetings and the documents no meeting cites yet. With `documentUid`, only that document and the
 * candidates it takes part in (itself or through a meeting it is a source of). Nothing is recorded.
 */
export function meetingSuggestions(db: Db, documentUid?: string): MeetingSuggestions {
  const documents = liveDocuments(db);
  if (documentUid !== undefined && !documents.some((document) => document.uid === documentUid)) {
    throw new AppError('NOT_FOUND', 'That document is not in this notebook (or is in the Trash).', { uid: documentUid });
  }
  const readings = new Map(documents.map((document) => [document.uid, reading(db, document)]));
  const meetings = liveMeetings(db);
  const cited = new Set(meetings.flatMap((meeting) => meeting.sources.map((source) => source.documentUid)));
  const subjects = [
    ...meetings.map((meeting) => meetingSubject(meeting, readings)),
    ...[...readings.values()].filter((found) => !cited.has(found.suggestion.documentUid)).map(documentSubject),
  ];
  const candidates = findCandidates(subjects);
  if (documentUid === undefined) return { documents: [...readings.values()].map((found) => found.suggestion), candidates };
  const involved = new Set([documentUid, ...meetings.filter((meeting) => meeting.sources.some((source) => source.documentUid === documentUid)).map((meeting) => meeting.uid)]);
  return {
    documents: [readings.get(documentUid)!.suggestion],
    candidates: candidates.filter((candidate) => involved.has(candidate.from.uid) || involved.has(candidate.to.uid)),
  };
}
