import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { aliasKey } from './alias-groups';

/** Every handle refused as an alias of a person, as aliasKey gives them. */
export function rejectedAliases(db: Db): Set<string> {
  const rows = statement(db, 'SELECT official_id, folded FROM alias_rejections').raw().all() as Array<[number, string]>;
  return new Set(rows.map(([officialId, folded]) => aliasKey(officialId, folded)));
}

export function rejectAlias(db: Db, officialId: number, folded: string, now: string): number {
  return statement(db, 'INSERT OR IGNORE INTO alias_rejections (official_id, folded, rejected_at) VALUES (?, ?, ?)').run(officialId, folded, now).changes;
}

export function unrejectAlias(db: Db, officialId: number, folded: string): number {
  return statement(db, 'DELETE FROM alias_rejections WHERE official_id = ? AND folded = ?').run(officialId, folded).changes;
}
