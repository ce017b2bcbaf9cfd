import { AppError } from '../../../shared/contract/errors';
import type { Country, Official, OfficialInput, OfficialPatch } from '../../../shared/model/official';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { foldName } from './matching/tokens';
import { mergeOf } from './merge-repository';
import {
  findOfficialId,
  getOfficial,
  insertOfficial,
  listOfficials,
  setAliases,
  setDeleted,
  setOffices,
  updateOfficialColumns,
  type OfficialColumns,
} from './repository';

/**
 * Aliases as stored: the name itself first (so that search and matching see one list), then each
 * other form, trimmed, each folded form once.
 */
function aliasRows(name: string, aliases: readonly string[]): Array<{ alias: string; folded: string }> {
  const seen = new Set([foldName(name)]);
  const rows: Array<{ alias: string; folded: string }> = [{ alias: name, folded: foldName(name) }];
  for (const raw of aliases) {
    const alias = raw.trim().replace(/\s+/g, ' ');
    const folded = foldName(alias);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    rows.push({ alias, folded });
  }
  return rows;
}

export function requireOfficial(db: Db, uid: string): Official {
  const official = getOfficial(db, uid);
  if (!official) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid });
  return official;
}

/** Adds a person; a second person of the same name is allowed (namesakes exist) and can be merged. */
export function createOfficial(db: Db, input: OfficialInput, now: string): Official {
  return db.transaction(() => {
    const uid = newUid();
    const { aliases, offices, ...columns } = input;
    const id = insertOfficial(db, uid, columns, now);
    setAliases(db, id, aliasRows(input.name, aliases));
    setOffices(db, id, offices);
    return requireOfficial(db, uid);
  })();
}

export function updateOfficial(db: Db, uid: string, patch: OfficialPatch, now: string): Official {
  return db.transaction(() => {
    const current = requireOfficial(db, uid);
    const id = findOfficialId(db, uid)!;
    const { aliases, offices, ...columns } = patch;
    updateOfficialColumns(db, id, columns as Partial<OfficialColumns>, now);
    if (aliases !== undefined || columns.name !== undefined) setAliases(db, id, aliasRows(columns.name ?? current.name, aliases ?? current.aliases));
    if (offices !== undefined) setOffices(db, id, offices);
    return requireOfficial(db, uid);
  })();
}

export function deleteOfficials(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => setDeleted(db, uids, now))();
}

/** Brings deleted officials back; one that left by a merge comes back only by undoing the merge. */
export function restoreOfficials(db: Db, uids: readonly string[]): number {
  for (const uid of uids) {
    const id = findOfficialId(db, uid, true);
    if (id !== undefined && mergeOf(db, id)) {
      throw new AppError('CONFLICT', 'This official was merged into another; undo the merge to bring them back.', { uid });
    }
  }
  return db.transaction(() => setDeleted(db, uids, null))();
}

export function findOfficials(db: Db, filter: { query?: string | undefined; country?: Country | undefined }): Official[] {
  const folded = filter.query === undefined ? undefined : foldName(filter.query);
  return listOfficials(db, { ...(folded && { folded }), ...(filter.country && { country: filter.country }) });
}
