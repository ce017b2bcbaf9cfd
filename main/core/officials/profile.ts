import type { OfficialProfile } from '../../../shared/model/mention';
import type { Db } from '../db/open';
import { documentTextById } from '../documents/repository';
import { mentionContext } from './matching/context';
import { namedWithRows, profileMentionRows } from './mention-repository';
import { meetingsAttendedBy } from '../meetings/repository';
import { findOfficialId } from './repository';
import { requireOfficial } from './service';

const NAMED_WITH_LIMIT = 10;

/**
 * An official's page: the registry entry, every confirmed mention grouped by document with the
 * words around it, the people most often named alongside, and the meetings they took part in.
 * Each document's text is read once, for the context of its mentions.
 */
export function officialProfile(db: Db, uid: string): OfficialProfile {
  const official = requireOfficial(db, uid);
  const officialId = findOfficialId(db, uid)!;
  const documents: OfficialProfile['documents'] = [];
  let current: { id: number; text: string; group: OfficialProfile['documents'][number] } | undefined;
  for (const row of profileMentionRows(db, officialId)) {
    if (current?.id !== row.documentId) {
      current = {
        id: row.documentId,
        text: documentTextById(db, row.documentId).text,
        group: { documentUid: row.documentUid, title: row.title, published: row.published, mentions: [] },
      };
      documents.push(current.group);
    }
    const { uid: mentionUid, start, end, text, role } = row;
    current.group.mentions.push({ uid: mentionUid, start, end, text, role, ...mentionContext(current.text, start, end) });
  }
  return { official, documents, namedWith: namedWithRows(db, officialId, NAMED_WITH_LIMIT), meetings: meetingsAttendedBy(db, officialId) };
}
