import type { TimeWindow } from './time-scale';
import type { DrawnLink, Mark, TimelineModel } from './timeline-model';

/** The first index whose mark starts at or after `time` (marks sorted by start). */
function firstStartingAt(marks: readonly Mark[], time: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle]!.start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The marks that overlap the window: only those starting within the longest mark's length before it
 * can, so the scan starts there instead of at the first meeting ever recorded.
 */
export function marksInWindow(model: Pick<TimelineModel, 'marks' | 'longestMs'>, window: TimeWindow): Mark[] {
  const { marks } = model;
  const visible: Mark[] = [];
  for (let index = firstStartingAt(marks, window.start - model.longestMs); index < marks.length; index++) {
    const mark = marks[index]!;
    if (mark.start >= window.end) break;
    if (mark.end > window.start) visible.push(mark);
  }
  return visible;
}

/** Links with a part in the window: an end inside it, or an arc that spans it. */
export function linksInWindow(links: readonly DrawnLink[], window: TimeWindow): DrawnLink[] {
  return links.filter((link) => {
    const from = Math.min(link.from.start, link.to.start);
    const to = Math.max(link.from.end, link.to.end);
    return from < window.end && to > window.start;
  });
}
