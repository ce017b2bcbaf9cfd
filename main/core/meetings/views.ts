import { linkLabel, SYMMETRIC_LINK_KINDS, type Meeting, type MeetingLink, type MeetingListItem } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { evidenceRows, linkRows, meetingRows, participantRows, sourceRows, topicRows, type LinkRow, type MeetingRow } from './view-repository';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function toLinkView(row: LinkRow): MeetingLink {
  const direction = SYMMETRIC_LINK_KINDS.has(row.kind) ? 'mutual' : row.outgoing ? 'outgoing' : 'incoming';
  return {
    uid: row.uid,
    kind: row.kind,
    direction,
    label: linkLabel(row.kind, direction),
    otherMeetingUid: row.otherUid,
    otherTitle: row.otherTitle,
    otherStart: row.otherStart,
    evidenceAnnotationUid: row.evidenceUid,
  };
}

function baseItem(row: MeetingRow): Omit<MeetingListItem, 'topics' | 'participants' | 'sources' | 'links'> {
  return {
    uid: row.uid,
    title: row.title,
    start: row.start,
    end: row.end,
    place: { city: row.city, venue: row.venue },
    format: row.format,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The rows of a page of meetings, grouped by meeting; one query per kind of row. */
function gather(db: Db, ids: readonly number[]) {
  return {
    rows: new Map(meetingRows(db, ids).map((row) => [row.id, row])),
    topics: groupBy(topicRows(db, ids), (row) => row.meetingId),
    participants: groupBy(participantRows(db, ids), (row) => row.meetingId),
    sources: groupBy(sourceRows(db, ids), (row) => row.meetingId),
    links: groupBy(linkRows(db, ids), (row) => row.meetingId),
  };
}

function itemsFrom(ids: readonly number[], { rows, topics, participants, sources, links }: ReturnType<typeof gather>): MeetingListItem[] {
  return ids.map((id) => ({
    ...baseItem(rows.get(id)!),
    topics: (topics.get(id) ?? []).map((row) => row.uid),
    participants: (participants.get(id) ?? []).map(({ officialUid, name, side, role }) => ({ officialUid, name, side, role })),
    sources: (sources.get(id) ?? []).map(({ documentUid, title, published, trashed }) => ({ documentUid, title, published, trashed: trashed === 1 })),
    links: (links.get(id) ?? []).map(toLinkView),
  }));
}

/** List items of the meetings, in the order of the ids given. */
export function listItemsOf(db: Db, ids: readonly number[]): MeetingListItem[] {
  return itemsFrom(ids, gather(db, ids));
}

/** Full meetings, summary and evidence included, in the order of the ids given. */
export function meetingsOf(db: Db, ids: readonly number[]): Meeting[] {
  const gathered = gather(db, ids);
  const { rows, participants, sources } = gathered;
  const evidence = evidenceRows(db, ids);
  const bySource = groupBy(evidence, (row) => row.sourceId);
  const byParticipant = groupBy(
    evidence.filter((row) => row.participantId !== null),
    (row) => row.participantId!,
  );
  return itemsFrom(ids, gathered).map((item, index) => {
    const id = ids[index]!;
    return {
      ...item,
      summary: rows.get(id)!.summary,
      participants: (participants.get(id) ?? []).map(({ participantId, officialUid, name, side, role }) => ({
        officialUid,
        name,
        side,
        role,
        evidence: [...new Set((byParticipant.get(participantId) ?? []).map((e) => e.annotationUid))],
      })),
      sources: (sources.get(id) ?? []).map(({ sourceId, documentUid, title, published, trashed }) => ({
        documentUid,
        title,
        published,
        trashed: trashed === 1,
        evidence: (bySource.get(sourceId) ?? []).map(({ annotationUid, supports, officialUid, quote }) => ({ annotationUid, supports, officialUid, quote })),
      })),
    };
  });
}
