import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../db/open';
import { aliasKey } from './alias-groups';
import { rejectAlias, unrejectAlias } from './alias-rejection-repository';
import { foldName } from './matching/tokens';
import { deleteAlias, insertAlias, officialForms } from './mention-repository';
import { findOfficialId } from './repository';
import { recordDecisions } from './suggestions';

/** The live person a proposal is for, and the handle as aliases are compared. */
function proposal(db: Db, officialUid: string, alias: string): { officialId: number; folded: string; name: string; hasForm: boolean } {
  const officialId = findOfficialId(db, officialUid);
  if (officialId === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid: officialUid });
  const folded = foldName(alias);
  return { officialId, folded, ...officialForms(db, officialId, folded) };
}

/**
 * A proposed handle accepted: it becomes one of the person's aliases, so the matcher finds it as
 * them from now on. `accepted: false` is the undo and takes the alias away again. Returns 1 when
 * the registry changed.
 */
export function setAliasAccepted(db: Db, officialUid: string, alias: string, accepted: boolean, now: string): number {
  return db.transaction(() => {
    const { officialId, folded, name, hasForm } = proposal(db, officialUid, alias);
    if (accepted) {
      if (hasForm) return 0;
      insertAlias(db, officialId, alias, folded, now);
      return 1;
    }
    if (foldName(name) === folded) throw new AppError('CONFLICT', `${alias} is ${name}’s name, not an alias to take away.`);
    return deleteAlias(db, officialId, folded, now) ? 1 : 0;
  })();
}

/**
 * A proposed handle the researcher says is not this person's: it is never proposed for them again,
 * whichever document brings it. `rejected: false` is the undo.
 */
export function setAliasRejected(db: Db, officialUid: string, alias: string, rejected: boolean, now: string): number {
  return recordDecisions(db, () => {
    const { officialId, folded, name, hasForm } = proposal(db, officialUid, alias);
    if (rejected && hasForm) throw new AppError('CONFLICT', `${alias} is already an alias of ${name}; remove it from their aliases instead.`);
    return {
      value: rejected ? rejectAlias(db, officialId, folded, now) : unrejectAlias(db, officialId, folded),
      changes: [{ aliasKey: aliasKey(officialId, folded), rejected }],
    };
  });
}
