import { editHunks, type Hunk } from './edit-hunks';
import type { TextPosition } from './selectors';

/** Which end of a range an offset is: an insertion right at it is then kept outside the range. */
export type Bias = 'start' | 'end';

export interface OffsetMap {
  /**
   * Where an offset into the old text lies in the new text. Inside replaced text it lies as far
   * into the replacement, in proportion, as it lay into the text replaced: the best guess when a
   * long stretch was rewritten, or diffed as one because its edits were too many to diff.
   */
  map(offset: number, bias: Bias): number;
  /** Whether an edit inserted anything strictly inside `[start, end)` or replaced or deleted any of it. */
  touched(start: number, end: number): boolean;
  /**
   * Where `old[start, end)` lies, unchanged, in the new text, or null when it was edited. Unlike
   * `touched`, an edit counts as outside the range when it can equally be placed outside it.
   */
  mapRange(start: number, end: number): TextPosition | null;
  /** The stretches of the new text that the edit wrote, in order: where moved text can have gone. */
  readonly written: readonly TextPosition[];
}

/** Maps offsets from `oldText` to `newText` through the changes between them, found once. */
export function mapOffsets(oldText: string, newText: string): OffsetMap {
  const hunks = editHunks(oldText, newText);

  /** The index of the last hunk starting before `limit`, or -1. */
  const lastStartingBefore = (limit: number): number => {
    let low = 0;
    let high = hunks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (hunks[middle]!.oldStart < limit) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  };

  const checkRange = (start: number, end: number): void => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > oldText.length) {
      throw new RangeError(`[${start}, ${end}) is outside the old text of length ${oldText.length}.`);
    }
  };

  return {
    written: hunks.filter((hunk) => hunk.newEnd > hunk.newStart).map((hunk) => ({ start: hunk.newStart, end: hunk.newEnd })),

    map(offset, bias) {
      checkRange(offset, offset);
      const hunk = hunks[lastStartingBefore(offset + 1)];
      if (!hunk) return offset;
      if (offset >= hunk.oldEnd) {
        const insertedHere = offset === hunk.oldStart;
        return insertedHere && bias === 'end' ? hunk.newStart : offset - hunk.oldEnd + hunk.newEnd;
      }
      const scaled = ((offset - hunk.oldStart) * (hunk.newEnd - hunk.newStart)) / (hunk.oldEnd - hunk.oldStart);
      return hunk.newStart + (bias === 'start' ? Math.floor(scaled) : Math.ceil(scaled));
    },

    touched(start, end) {
      checkRange(start, end);
      // Hunks are disjoint and ordered, so if the last one starting before `end` misses the range, all do.
      const hunk = hunks[lastStartingBefore(end)];
      return hunk !== undefined && touches(hunk, start, end);
    },

    mapRange(start, end) {
      checkRange(start, end);
      let index = lastStartingBefore(end);
      let shift = 0;
      for (; index >= 0; index--) {
        const hunk = hunks[index]!;
        if (!touches(hunk, start, end)) break;
        if (hunk.oldEnd - hunk.slideLeft <= start) shift += growth(hunk);
        else if (hunk.oldStart + hunk.slideRight < end) return null;
      }
      const before = hunks[index];
      if (before) shift += before.newEnd - before.oldEnd;
      return { start: start + shift, end: end + shift };
    },
  };
}

function touches(hunk: Hunk, start: number, end: number): boolean {
  const inserts = hunk.oldStart === hunk.oldEnd;
  return inserts ? hunk.oldStart > start && hunk.oldStart < end : hunk.oldStart < end && hunk.oldEnd > start;
}

function growth(hunk: Hunk): number {
  return hunk.newEnd - hunk.newStart - (hunk.oldEnd - hunk.oldStart);
}
