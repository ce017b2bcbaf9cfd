import type { MentionRole } from '../../../shared/model/mention';
import type { Office } from '../../../shared/model/official';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface MergeRecord {
  id: number;
  keptId: number;
  mergedId: number;
  mergedAt: string;
}

const RECORD_COLUMNS = 'id, kept_id AS keptId, merged_id AS mergedId, merged_at AS mergedAt';

export function insertMerge(db: Db, keptId: number, mergedId: number, mergedAt: string): number {
  const { lastInsertRowid } = statement(db, 'INSERT INTO official_merges (kept_id, merged_id, merged_at) VALUES (?, ?, ?)').run(keptId, mergedId, mergedAt);
  return Number(lastInsertRowid);
}

/** The merge that took this official out of the registry, if one did. */
export function mergeOf(db: Db, mergedId: number): MergeRecord | undefined {
  return statement(db, `SELECT ${RECORD_COLUMNS} FROM official_merges WHERE merged_id = ?`).get(mergedId) as MergeRecord | undefined;
}

/** The merges into an official from the given one on, oldest first. */
export function mergesIntoSince(db: Db, keptId: number, fromId: number): MergeRecord[] {
  return statement(db, `SELECT ${RECORD_COLUMNS} FROM official_merges WHERE kept_id = ? AND id >= ? ORDER BY id`).all(keptId, fromId) as MergeRecord[];
}

export function deleteMerge(db: Db, id: number): void {
  statement(db, 'DELETE FROM official_merges WHERE id = ?').run(id);
}

export function setOfficialDeletedAt(db: Db, id: number, deletedAt: string | null): void {
  statement(db, 'UPDATE officials SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

export function touchOfficial(db: Db, id: number, now: string): void {
  statement(db, 'UPDATE officials SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Copies to the kept official, in the merged one's order, the forms it lacks, and records them. */
export function copyMissingAliases(db: Db, mergeId: number, keptId: number, mergedId: number): void {
  statement(
    db,
    `INSERT INTO official_merge_aliases (merge_id, folded)
     SELECT ?, folded FROM official_aliases WHERE official_id = ? AND folded NOT IN (SELECT folded FROM official_aliases WHERE official_id = ?)`,
  ).run(mergeId, mergedId, keptId);
  statement(
    db,
    `INSERT INTO official_aliases (official_id, alias, folded)
     SELECT ?, alias, folded FROM official_aliases
     WHERE official_id = ? AND folded IN (SELECT folded FROM official_merge_aliases WHERE merge_id = ?) ORDER BY id`,
  ).run(keptId, mergedId, mergeId);
}

export function removeCopiedAliases(db: Db, mergeId: number, keptId: number): void {
  statement(db, 'DELETE FROM official_aliases WHERE official_id = ? AND folded IN (SELECT folded FROM official_merge_aliases WHERE merge_id = ?)').run(
    keptId,
    mergeId,
  );
}

export function officesOf(db: Db, officialId: number): Office[] {
  return statement(db, 'SELECT title, start_date AS start, end_date AS end FROM official_offices WHERE official_id = ? ORDER BY position, id').all(
    officialId,
  ) as Office[];
}

export function appendCopiedOffice(db: Db, mergeId: number, keptId: number, office: Office): void {
  statement(
    db,
    `INSERT INTO official_offices (official_id, title, start_date, end_date, position)
     VALUES (@keptId, @title, @start, @end, (SELECT IFNULL(max(position), -1) + 1 FROM official_offices WHERE official_id = @keptId))`,
  ).run({ keptId, ...office });
  statement(db, 'INSERT INTO official_merge_offices (merge_id, title, start_date, end_date) VALUES (@mergeId, @title, @start, @end)').run({ mergeId, ...office });
}

/** Takes each recorded office off the kept official: the last row of that value, which the merge appended. */
export function removeCopiedOffices(db: Db, mergeId: number, keptId: number): void {
  const copied = statement(db, 'SELECT title, start_date AS start, end_date AS end FROM official_merge_offices WHERE merge_id = ? ORDER BY id').all(mergeId) as Office[];
  const remove = statement(
    db,
    `DELETE FROM official_offices WHERE id = (
       SELECT id FROM official_offices WHERE official_id = @keptId AND title = @title AND start_date IS @start AND end_date IS @end
       ORDER BY position DESC, id DESC LIMIT 1)`,
  );
  for (const office of copied) remove.run({ keptId, ...office });
}

export type MentionState = 'suggested' | 'confirmed' | 'rejected';

export interface MentionRow {
  id: number;
  documentId: number;
  start: number;
  end: number;
  text: string;
  state: MentionState;
  role: MentionRole | null;
  updatedAt: string;
}

const MENTION_COLUMNS = 'id, document_id AS documentId, start_offset AS start, end_offset AS end, text, state, role, updated_at AS updatedAt';

export function mentionRowsOf(db: Db, officialId: number): MentionRow[] {
  return statement(db, `SELECT ${MENTION_COLUMNS} FROM mentions WHERE official_id = ? ORDER BY id`).all(officialId) as MentionRow[];
}

export function mentionAt(db: Db, officialId: number, at: Pick<MentionRow, 'documentId' | 'start' | 'end'>): MentionRow | undefined {
  return statement(db, `SELECT ${MENTION_COLUMNS} FROM mentions WHERE official_id = ? AND document_id = ? AND start_offset = ? AND end_offset = ?`).get(
    officialId,
    at.documentId,
    at.start,
    at.end,
  ) as MentionRow | undefined;
}

export function setMentionOfficial(db: Db, mentionId: number, officialId: number): void {
  statement(db, 'UPDATE mentions SET official_id = ? WHERE id = ?').run(officialId, mentionId);
}

export function setMentionDecision(db: Db, mentionId: number, decision: Pick<MentionRow, 'state' | 'role' | 'updatedAt'>): void {
  statement(db, 'UPDATE mentions SET state = @state, role = @role, updated_at = @updatedAt WHERE id = @mentionId').run({ mentionId, ...decision });
}

export function recordMove(db: Db, mergeId: number, mentionId: number): void {
  statement(db, 'INSERT INTO official_merge_moves (merge_id, mention_id) VALUES (?, ?)').run(mergeId, mentionId);
}

export function movedMentionIds(db: Db, mergeId: number): number[] {
  return statement(db, 'SELECT mention_id FROM official_merge_moves WHERE merge_id = ?').pluck().all(mergeId) as number[];
}

/**
 * A duplicate left with the merged official. When the merge is about to change the kept mention
 * (`changesKept`), the kept mention is recorded as it still is, for the undo.
 */
export function recordDuplicate(db: Db, mergeId: number, mentionId: number, keptMention: MentionRow, changesKept: boolean): void {
  statement(
    db,
    `INSERT INTO official_merge_duplicates (merge_id, mention_id, kept_mention_id, kept_state, kept_role, kept_updated_at)
     VALUES (@mergeId, @mentionId, @keptId, @state, @role, @updatedAt)`,
  ).run({
    mergeId,
    mentionId,
    keptId: keptMention.id,
    state: changesKept ? keptMention.state : null,
    role: changesKept ? keptMention.role : null,
    updatedAt: changesKept ? keptMention.updatedAt : null,
  });
}

/** The kept mentions a merge changed, as they were before it. */
export function changedKeptMentions(db: Db, mergeId: number): Array<Pick<MentionRow, 'id' | 'state' | 'role' | 'updatedAt'>> {
  return statement(
    db,
    `SELECT kept_mention_id AS id, kept_state AS state, kept_role AS role, kept_updated_at AS updatedAt
     FROM official_merge_duplicates WHERE merge_id = ? AND kept_state IS NOT NULL`,
  ).all(mergeId) as Array<Pick<MentionRow, 'id' | 'state' | 'role' | 'updatedAt'>>;
}

export function aliasRow(db: Db, officialId: number, folded: string): { id: number; alias: string } | undefined {
  return statement(db, 'SELECT id, alias FROM official_aliases WHERE official_id = ? AND folded = ?').get(officialId, folded) as
    | { id: number; alias: string }
    | undefined;
}

export function deleteAliasRow(db: Db, id: number): void {
  statement(db, 'DELETE FROM official_aliases WHERE id = ?').run(id);
}
