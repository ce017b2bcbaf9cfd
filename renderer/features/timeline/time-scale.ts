/** A visible stretch of time, in UTC milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

export const DAY_MS = 86_400_000;
/** Closest zoom: a week across the view, so a day still reads as a mark and not as a wall. */
export const MIN_SPAN_MS = 7 * DAY_MS;
/** Widest zoom: two centuries, past which no news archive reaches. */
export const MAX_SPAN_MS = 200 * 365.25 * DAY_MS;
/** Each zoom step (button, key, wheel notch) scales the span by this much. */
export const ZOOM_STEP = 1.5;

export const spanOf = (window: TimeWindow) => window.end - window.start;

export function timeToX(window: TimeWindow, width: number, time: number): number {
  return ((time - window.start) / spanOf(window)) * width;
}

export function xToTime(window: TimeWindow, width: number, x: number): number {
  return window.start + (x / width) * spanOf(window);
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the time under `anchor` (0 = left edge, 1 = right edge)
 * where it is, as a map keeps the point under the cursor.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) throw new RangeError(`zoom factor must be a positive number, not ${factor}`);
  const span = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, spanOf(window) / factor));
  const pivot = window.start + anchor * spanOf(window);
  const start = pivot - anchor * span;
  return { start, end: start + span };
}

/** Moves the window by a fraction of its span (negative is earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = fraction * spanOf(window);
  return { start: window.start + shift, end: window.end + shift };
}

/** A window showing all of [first, last] with a margin either side, never narrower than MIN_SPAN_MS. */
export function fitWindow(first: number, last: number): TimeWindow {
  const span = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, (last - first) * 1.1));
  const middle = (first + last) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** A window that keeps `time` in view, moving as little as it can. */
export function revealTime(window: TimeWindow, time: number): TimeWindow {
  const margin = spanOf(window) * 0.05;
  if (time < window.start + margin) return panWindow(window, (time - margin - window.start) / spanOf(window));
  if (time > window.end - margin) return panWindow(window, (time + margin - window.end) / spanOf(window));
  return window;
}
