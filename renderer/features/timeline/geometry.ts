import { timeToX, type TimeWindow } from './time-scale';
import type { Mark } from './timeline-model';

/** Room above the lanes for the axis labels. */
export const AXIS_HEIGHT = 28;
export const MIN_LANE_HEIGHT = 36;
/** A day mark never gets narrower than this, so a single day stays visible and clickable. */
export const MIN_MARK_WIDTH = 4;
const HIT_SLOP = 3;

export interface Viewport {
  window: TimeWindow;
  width: number;
  height: number;
  /** How far the lanes are scrolled down, in px. */
  scrollY: number;
  laneCount: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lanes share the height below the axis, each at least MIN_LANE_HEIGHT (beyond that they scroll). */
export function laneHeight(viewport: Pick<Viewport, 'height' | 'laneCount'>): number {
  if (viewport.laneCount === 0) return MIN_LANE_HEIGHT;
  return Math.max(MIN_LANE_HEIGHT, Math.floor((viewport.height - AXIS_HEIGHT) / viewport.laneCount));
}

export function laneTop(viewport: Viewport, lane: number): number {
  return AXIS_HEIGHT + lane * laneHeight(viewport) - viewport.scrollY;
}

/** The furthest the lanes can scroll: 0 when they all fit. */
export function maxScrollY(viewport: Pick<Viewport, 'height' | 'laneCount'>): number {
  return Math.max(0, viewport.laneCount * laneHeight(viewport) - (viewport.height - AXIS_HEIGHT));
}

/**
 * Where a mark is drawn. A day-precision meeting is a solid bar inside its lane; a month or year
 * one a band filling the lane over the whole period it may fall in.
 */
export function markRect(mark: Mark, viewport: Viewport): Rect {
  const height = laneHeight(viewport);
  const top = laneTop(viewport, mark.lane);
  const x0 = timeToX(viewport.window, viewport.width, mark.start);
  const x1 = timeToX(viewport.window, viewport.width, mark.end);
  if (mark.precision !== 'day') return { x: x0, y: top + 3, w: Math.max(x1 - x0, 1), h: height - 6 };
  const w = Math.max(x1 - x0, MIN_MARK_WIDTH);
  return { x: (x0 + x1) / 2 - w / 2, y: top + 10, w, h: Math.max(8, height - 20) };
}

/**
 * The mark under a point: day marks before bands (they are drawn over them), then the latest drawn.
 * A few pixels of slop make a 4 px mark clickable.
 */
export function hitTest(marks: readonly Mark[], viewport: Viewport, x: number, y: number): Mark | null {
  if (y < AXIS_HEIGHT) return null;
  let band: Mark | null = null;
  for (let index = marks.length - 1; index >= 0; index--) {
    const mark = marks[index]!;
    const rect = markRect(mark, viewport);
    const slop = mark.precision === 'day' ? HIT_SLOP : 0;
    if (x < rect.x - slop || x > rect.x + rect.w + slop || y < rect.y - slop || y > rect.y + rect.h + slop) continue;
    if (mark.precision === 'day') return mark;
    band ??= mark;
  }
  return band;
}
