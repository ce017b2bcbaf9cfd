import type { MeetingCandidate } from '../../../../shared/model/meeting-suggestion';
import type { Db } from '../../db/open';
import { statement } from '../../db/statements';

export interface DismissalKey {
  kind: MeetingCandidate['kind'];
  fromUid: string;
  toUid: string;
}

/** "Same meeting" has one stored form, the lower uid first, as the schema requires. */
export function storedKey(kind: DismissalKey['kind'], fromUid: string, toUid: string): DismissalKey {
  return kind === 'same-as' && fromUid > toUid ? { kind, fromUid: toUid, toUid: fromUid } : { kind, fromUid, toUid };
}

/** The key as one string, for looking candidates up in a set. */
export const keyText = (key: DismissalKey): string => `${key.kind} ${key.fromUid} ${key.toUid}`;

/** Records a dismissal; false when it was recorded already. */
export function insertDismissal(db: Db, key: DismissalKey, now: string): boolean {
  return (
    statement(db, 'INSERT OR IGNORE INTO meeting_suggestion_dismissals (kind, from_uid, to_uid, dismissed_at) VALUES (@kind, @fromUid, @toUid, @now)').run({
      ...key,
      now,
    }).changes > 0
  );
}

/** Forgets a dismissal; false when there was none. */
export function deleteDismissal(db: Db, key: DismissalKey): boolean {
  return statement(db, 'DELETE FROM meeting_suggestion_dismissals WHERE kind = @kind AND from_uid = @fromUid AND to_uid = @toUid').run(key).changes > 0;
}

/** Every dismissal, as key texts. */
export function dismissalKeys(db: Db): Set<string> {
  const rows = statement(db, 'SELECT kind, from_uid AS fromUid, to_uid AS toUid FROM meeting_suggestion_dismissals').all() as DismissalKey[];
  return new Set(rows.map(keyText));
}
