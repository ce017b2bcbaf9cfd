import type { AnchorState } from '../../../shared/model/annotation';
import { describeRange, reanchorAll } from '../../../shared/text/anchoring';
import type { Db } from '../db/open';
import { passagesOfDocument, setPassage, shiftPassage } from './repository';

export type ReanchorCounts = Record<AnchorState, number>;

/**
 * Follows a document's text edit with its annotations: each is kept, moved, marked changed or
 * orphaned (never dropped), and its quote and context are refreshed from the new text. Deleted
 * annotations follow too, so that undoing their delete puts them where the text now is. Runs inside
 * the caller's transaction.
 */
export function reanchorDocument(db: Db, documentId: number, oldText: string, newText: string, now: string): ReanchorCounts {
  const counts: ReanchorCounts = { anchored: 0, moved: 0, changed: 0, orphaned: 0 };
  const passages = passagesOfDocument(db, documentId);
  const results = reanchorAll(oldText, newText, passages);
  passages.forEach((passage, index) => {
    const result = results[index]!;
    // A mark the researcher has not yet dealt with (moved, changed) survives a later clean edit.
    const state: AnchorState = result.state === 'anchored' && passage.state !== 'orphaned' ? passage.state : result.state;
    counts[result.state]++;
    if (result.state === 'orphaned') {
      if (passage.state !== 'orphaned') setPassage(db, passage.id, { ...passage, state: 'orphaned' }, now);
      return;
    }
    const refreshed = { ...describeRange(newText, result.start, result.end), state };
    if (refreshed.exact !== passage.exact || state !== passage.state) setPassage(db, passage.id, refreshed, now);
    else if (refreshed.start !== passage.start || refreshed.end !== passage.end || refreshed.prefix !== passage.prefix || refreshed.suffix !== passage.suffix) {
      shiftPassage(db, passage.id, refreshed);
    }
  });
  return counts;
}
