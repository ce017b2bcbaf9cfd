import type { Mention, MentionRole } from '../../../shared/model/mention';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { DecidedRow } from './suggestion-assembly';

const MENTION_COLUMNS = `m.uid, o.uid AS officialUid, o.name, d.uid AS documentUid, m.start_offset AS start, m.end_offset AS end,
  m.text, m.role, m.rule`;

const CONFIRMED_OF_LIVE_OFFICIALS = `FROM mentions m JOIN officials o ON o.id = m.official_id JOIN documents d ON d.id = m.document_id
  WHERE m.state = 'confirmed' AND o.deleted_at IS NULL`;

export interface TaggedSpan {
  uid: string;
  officialId: number;
  documentId: number;
  start: number;
  end: number;
  text: string;
  role: MentionRole | null;
}

/**
 * Records a hand-tagged mention as confirmed and returns its uid. A row the matcher or an earlier
 * decision left at the same span is confirmed in place, keeping its uid, its rule and, when no role
 * is given, its role.
 */
export function confirmTaggedSpan(db: Db, span: TaggedSpan, now: string): string {
  return statement(
    db,
    `INSERT INTO mentions (uid, official_id, document_id, start_offset, end_offset, text, state, rule, role, created_at, updated_at)
     VALUES (@uid, @officialId, @documentId, @start, @end, @text, 'confirmed', NULL, @role, @now, @now)
     ON CONFLICT (official_id, document_id, start_offset, end_offset)
     DO UPDATE SET state = 'confirmed', role = IFNULL(excluded.role, role), updated_at = excluded.updated_at
     RETURNING uid`,
  )
    .pluck()
    .get({ ...span, now }) as string;
}

/** A confirmed mention of a live official, as the Reader shows it. */
export function getConfirmedMention(db: Db, uid: string): Mention | undefined {
  return statement(db, `SELECT ${MENTION_COLUMNS} ${CONFIRMED_OF_LIVE_OFFICIALS} AND m.uid = ?`).get(uid) as Mention | undefined;
}

/** Confirmed mentions of live officials in one document, in text order. */
export function confirmedMentionsIn(db: Db, documentId: number): Mention[] {
  return statement(db, `SELECT ${MENTION_COLUMNS} ${CONFIRMED_OF_LIVE_OFFICIALS} AND m.document_id = ? ORDER BY m.start_offset, m.end_offset, m.id`).all(
    documentId,
  ) as Mention[];
}

export function setConfirmedRole(db: Db, uid: string, role: MentionRole | null, now: string): boolean {
  return statement(db, "UPDATE mentions SET role = ?, updated_at = ? WHERE uid = ? AND state = 'confirmed'").run(role, now, uid).changes > 0;
}

/** Deletes mentions by uid; returns the officials they were of, once each, and how many went. */
export function deleteMentions(db: Db, uids: readonly string[]): { count: number; officialIds: number[] } {
  const remove = statement(db, 'DELETE FROM mentions WHERE uid = ? RETURNING official_id');
  const officialIds = new Set<number>();
  let count = 0;
  for (const uid of uids) {
    const row = remove.get(uid) as { official_id: number } | undefined;
    if (!row) continue;
    count++;
    officialIds.add(row.official_id);
  }
  return { count, officialIds: [...officialIds] };
}

/** An official's canonical name, and whether one of their forms (the name among them) folds to `folded`. */
export function officialForms(db: Db, officialId: number, folded: string): { name: string; hasForm: boolean } {
  const row = statement(
    db,
    `SELECT name, EXISTS (SELECT 1 FROM official_aliases WHERE official_id = o.id AND folded = @folded) AS hasForm
     FROM officials o WHERE id = @officialId`,
  ).get({ officialId, folded }) as { name: string; hasForm: number };
  return { name: row.name, hasForm: row.hasForm === 1 };
}

export function insertAlias(db: Db, officialId: number, alias: string, folded: string, now: string): void {
  statement(db, 'INSERT INTO official_aliases (official_id, alias, folded) VALUES (?, ?, ?)').run(officialId, alias, folded);
  touchOfficial(db, officialId, now);
}

export function deleteAlias(db: Db, officialId: number, folded: string, now: string): boolean {
  const removed = statement(db, 'DELETE FROM official_aliases WHERE official_id = ? AND folded = ?').run(officialId, folded).changes > 0;
  if (removed) touchOfficial(db, officialId, now);
  return removed;
}

function touchOfficial(db: Db, officialId: number, now: string): void {
  statement(db, 'UPDATE officials SET updated_at = ? WHERE id = ?').run(now, officialId);
}

export interface MentionPosition {
  id: number;
  start: number;
  end: number;
  text: string;
}

/** Every mention row of a document, whatever its state or official, for following a text edit. */
export function mentionPositionsIn(db: Db, documentId: number): MentionPosition[] {
  return statement(db, 'SELECT id, start_offset AS start, end_offset AS end, text FROM mentions WHERE document_id = ? ORDER BY start_offset, id').all(
    documentId,
  ) as MentionPosition[];
}

export function moveMention(db: Db, id: number, start: number, end: number): void {
  statement(db, 'UPDATE mentions SET start_offset = ?, end_offset = ? WHERE id = ?').run(start, end, id);
}

export function deleteMentionById(db: Db, id: number): void {
  statement(db, 'DELETE FROM mentions WHERE id = ?').run(id);
}

export interface ProfileMentionRow {
  documentId: number;
  documentUid: string;
  title: string;
  published: string | null;
  uid: string;
  start: number;
  end: number;
  text: string;
  role: MentionRole | null;
}

/**
 * An official's confirmed mentions in documents outside the Trash: newest published first (a date
 * without a year after every dated one, no date last), then newest imported, each in text order.
 */
export function profileMentionRows(db: Db, officialId: number): ProfileMentionRow[] {
  return statement(
    db,
    `SELECT d.id AS documentId, d.uid AS documentUid, d.title, d.published, m.uid, m.start_offset AS start, m.end_offset AS end, m.text, m.role
     FROM mentions m JOIN documents d ON d.id = m.document_id
     WHERE m.state = 'confirmed' AND m.official_id = ? AND d.trashed_at IS NULL
     ORDER BY IFNULL(d.published, '') DESC, d.imported_at DESC, d.id DESC, m.start_offset, m.end_offset, m.id`,
  ).all(officialId) as ProfileMentionRow[];
}

/** The other live officials confirmed in the same documents outside the Trash, most shared first. */
export function namedWithRows(db: Db, officialId: number, limit: number): Array<{ uid: string; name: string; documents: number }> {
  return statement(
    db,
    `WITH shared AS (
       SELECT DISTINCT m.document_id FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.state = 'confirmed' AND m.official_id = @officialId AND d.trashed_at IS NULL
     )
     SELECT o.uid, o.name, count(DISTINCT other.document_id) AS documents
     FROM shared JOIN mentions other ON other.document_id = shared.document_id
     JOIN officials o ON o.id = other.official_id
     WHERE other.state = 'confirmed' AND other.official_id <> @officialId AND o.deleted_at IS NULL
     GROUP BY o.id ORDER BY documents DESC, o.name COLLATE NOCASE, o.id LIMIT @limit`,
  ).all({ officialId, limit }) as Array<{ uid: string; name: string; documents: number }>;
}

/** Decided mentions (confirmed or rejected) in documents from `firstDocumentId` on. */
export function decidedMentionsFrom(db: Db, firstDocumentId: number): DecidedRow[] {
  return statement(
    db,
    "SELECT official_id, document_id, start_offset, end_offset FROM mentions WHERE document_id >= ? AND state <> 'suggested'",
  ).raw().all(firstDocumentId) as DecidedRow[];
}
