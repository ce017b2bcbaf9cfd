import { mapOffsets } from '../../../shared/text/anchoring';
import type { Db } from '../db/open';
import { deleteMentionById, mentionPositionsIn, moveMention, type MentionPosition } from './mention-repository';

/**
 * Follows a document's text edit with its mentions, whatever their state: each keeps its span where
 * the edit put it, and one whose words the edit touched is dropped (a name that was corrected is
 * for the matcher to find again). Runs inside the caller's transaction.
 */
export function moveMentionsWithText(db: Db, documentId: number, oldText: string, newText: string): void {
  const mentions = mentionPositionsIn(db, documentId);
  if (mentions.length === 0) return;
  const offsets = mapOffsets(oldText, newText);
  const moves: Array<MentionPosition & { shift: number }> = [];
  for (const mention of mentions) {
    const range = mention.end <= oldText.length ? offsets.mapRange(mention.start, mention.end) : null;
    if (!range || newText.slice(range.start, range.end) !== mention.text) deleteMentionById(db, mention.id);
    else if (range.start !== mention.start) moves.push({ ...mention, shift: range.start - mention.start });
  }
  // Kept text keeps its order, so moving right-shifted rows from the end and left-shifted rows from
  // the start never lands a row on a span another row of the same person still holds (it is unique).
  const right = moves.filter((move) => move.shift > 0).reverse();
  const left = moves.filter((move) => move.shift < 0);
  for (const move of [...right, ...left]) moveMention(db, move.id, move.start + move.shift, move.end + move.shift);
}
