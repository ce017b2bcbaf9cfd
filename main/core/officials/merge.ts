import { AppError } from '../../../shared/contract/errors';
import type { Official } from '../../../shared/model/official';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { foldName } from './matching/tokens';
import { MERGE_PARTS, type MergeStep } from './merge-parts';
import {
  aliasRow,
  deleteAliasRow,
  deleteMerge,
  insertMerge,
  mentionRowsOf,
  mergeOf,
  mergesIntoSince,
  setMentionOfficial,
  setOfficialDeletedAt,
  touchOfficial,
  type MergeRecord,
} from './merge-repository';
import { findOfficialId, insertOfficial, setAliases } from './repository';
import { requireOfficial } from './service';

function mergeableId(db: Db, uid: string): number {
  const id = findOfficialId(db, uid);
  if (id === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid });
  // Only a restore of the deleted row can bring a merged official back without undoing its merge.
  if (mergeOf(db, id)) throw new AppError('CONFLICT', 'This official was merged into another one earlier; undo that merge first.', { uid });
  return id;
}

function applyMerge(db: Db, keptId: number, mergedId: number, at: string): void {
  const step: MergeStep = { mergeId: insertMerge(db, keptId, mergedId, at), keptId, mergedId, at };
  for (const part of MERGE_PARTS) part.carry(db, step);
  setOfficialDeletedAt(db, mergedId, at);
}

function undoMerge(db: Db, record: MergeRecord): void {
  const step: MergeStep = { mergeId: record.id, keptId: record.keptId, mergedId: record.mergedId, at: record.mergedAt };
  for (const part of [...MERGE_PARTS].reverse()) part.restore(db, step);
  deleteMerge(db, record.id);
  setOfficialDeletedAt(db, record.mergedId, null);
}

/**
 * Merges duplicates into the person kept, in the order given: their forms, offices and mentions
 * move to that person and they leave the registry (soft-deleted, so that the merge can be undone
 * until the notebook is next opened).
 */
export function mergeOfficials(db: Db, keepUid: string, mergeUids: readonly string[], now: string): { official: Official; merged: number } {
  const uids = [...new Set(mergeUids)];
  if (uids.includes(keepUid)) throw new AppError('INVALID_INPUT', 'The official kept cannot also be one of those merged into them.', { uid: keepUid });
  return db.transaction(() => {
    const keptId = mergeableId(db, keepUid);
    const mergedIds = uids.map((uid) => mergeableId(db, uid));
    for (const mergedId of mergedIds) applyMerge(db, keptId, mergedId, now);
    touchOfficial(db, keptId, now);
    return { official: requireOfficial(db, keepUid), merged: mergedIds.length };
  })();
}

/**
 * Undoes merges: each official named comes back with what it brought, and the person it was merged
 * into is as before. Merges into the same person made later are undone first and then made again,
 * so that each undo only ever meets the state its merge left. Officials that were not merged are
 * skipped; the count is of those that came back.
 */
export function unmergeOfficials(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => {
    const records = new Map<number, MergeRecord>();
    for (const uid of uids) {
      const id = findOfficialId(db, uid, true);
      const record = id === undefined ? undefined : mergeOf(db, id);
      if (record) records.set(record.id, record);
    }
    const keptIds = new Set<number>();
    for (const record of [...records.values()].sort((a, b) => b.id - a.id)) {
      if (mergeOf(db, record.keptId)) {
        throw new AppError('CONFLICT', 'The official this one was merged into has since been merged into another; undo that merge first.');
      }
      const since = mergesIntoSince(db, record.keptId, record.id);
      for (const later of [...since].reverse()) undoMerge(db, later);
      for (const later of since.slice(1)) applyMerge(db, later.keptId, later.mergedId, later.mergedAt);
      keptIds.add(record.keptId);
    }
    for (const keptId of keptIds) touchOfficial(db, keptId, now);
    return records.size;
  })();
}

/**
 * A form wrongly given to a person becomes a person of their own: named by that form, in the same
 * country, with the mentions written in it. Rejected mentions stay: a rejection says the span is not
 * the original person, which says nothing against the new one. Merging the new person back undoes it.
 */
export function splitAlias(db: Db, uid: string, alias: string, now: string): { official: Official; moved: number } {
  const folded = foldName(alias);
  return db.transaction(() => {
    const official = requireOfficial(db, uid);
    const id = findOfficialId(db, uid)!;
    if (folded === foldName(official.name)) {
      throw new AppError('INVALID_INPUT', `“${official.name}” is this person’s name, not an alias; rename them before splitting it off.`);
    }
    const form = aliasRow(db, id, folded);
    if (!form) throw new AppError('NOT_FOUND', `${official.name} has no alias “${alias}”.`, { uid });
    const splitUid = newUid();
    const splitId = insertOfficial(db, splitUid, { name: form.alias, country: official.country, affiliation: null, notes: '', wikidata: null }, now);
    setAliases(db, splitId, [{ alias: form.alias, folded }]);
    deleteAliasRow(db, form.id);
    const moving = mentionRowsOf(db, id).filter((mention) => mention.state !== 'rejected' && foldName(mention.text) === folded);
    for (const mention of moving) setMentionOfficial(db, mention.id, splitId);
    touchOfficial(db, id, now);
    return { official: requireOfficial(db, splitUid), moved: moving.length };
  })();
}
