import { AXIS_HEIGHT, hitTest, laneHeight, laneTop, maxScrollY, type Viewport } from './geometry';
import { panWindow, revealTime, zoomWindow, ZOOM_STEP, type TimeWindow } from './time-scale';
import type { Mark } from './timeline-model';

/** What the input handlers need of the timeline as it is now. */
export interface InputTarget {
  viewport: Viewport;
  marks: readonly Mark[];
  visible: readonly Mark[];
  focusedUid: string | null;
  setWindow(window: TimeWindow): void;
  setScrollY(scrollY: number): void;
  focus(mark: Mark): void;
  open(uid: string): void;
  fit(): void;
}

const PAN_STEP = 0.1;
/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP_PX = 4;

export function clampScroll(viewport: Viewport, scrollY: number): number {
  return Math.min(maxScrollY(viewport), Math.max(0, scrollY));
}

/** Keys: + and - zoom, ← and → pan, ↑ and ↓ step through meetings in time, Enter opens, Home fits. */
export function handleKey(target: InputTarget, key: string): boolean {
  const { viewport } = target;
  if (key === '+' || key === '=') target.setWindow(zoomWindow(viewport.window, ZOOM_STEP));
  else if (key === '-' || key === '_') target.setWindow(zoomWindow(viewport.window, 1 / ZOOM_STEP));
  else if (key === 'ArrowLeft') target.setWindow(panWindow(viewport.window, -PAN_STEP));
  else if (key === 'ArrowRight') target.setWindow(panWindow(viewport.window, PAN_STEP));
  else if (key === 'Home') target.fit();
  else if (key === 'ArrowDown' || key === 'ArrowUp') step(target, key === 'ArrowDown' ? 1 : -1);
  else if (key === 'Enter' && target.focusedUid) target.open(target.focusedUid);
  else return false;
  return true;
}

/** Focuses the next (or previous) meeting in time, bringing it into view. */
function step(target: InputTarget, direction: 1 | -1) {
  const { marks, visible, viewport } = target;
  if (marks.length === 0) return;
  const current = marks.findIndex((mark) => mark.meeting.uid === target.focusedUid);
  let next: Mark | undefined;
  if (current === -1) next = direction === 1 ? (visible[0] ?? marks[0]) : (visible.at(-1) ?? marks.at(-1));
  else next = marks[Math.min(marks.length - 1, Math.max(0, current + direction))];
  if (!next) return;
  target.focus(next);
  const shown = revealTime(viewport.window, (next.start + next.end) / 2);
  if (shown !== viewport.window) target.setWindow(shown);
  const top = laneTop({ ...viewport, scrollY: 0 }, next.lane);
  const height = laneHeight(viewport);
  if (top - AXIS_HEIGHT < viewport.scrollY) target.setScrollY(clampScroll(viewport, top - AXIS_HEIGHT));
  else if (top + height > viewport.scrollY + viewport.height) target.setScrollY(clampScroll(viewport, top + height - viewport.height));
}

/** Ctrl+wheel (and a trackpad pinch, which arrives as one) zooms at the pointer; a wheel pans or scrolls lanes. */
export function handleWheel(target: InputTarget, event: Pick<WheelEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'deltaX' | 'deltaY'>, x: number) {
  const { viewport } = target;
  if (event.ctrlKey || event.metaKey) {
    target.setWindow(zoomWindow(viewport.window, Math.exp(-event.deltaY / 200), x / viewport.width));
    return;
  }
  const horizontal = event.shiftKey ? event.deltaY : event.deltaX;
  if (horizontal !== 0) target.setWindow(panWindow(viewport.window, horizontal / viewport.width));
  else if (maxScrollY(viewport) > 0) target.setScrollY(clampScroll(viewport, viewport.scrollY + event.deltaY));
  else target.setWindow(panWindow(viewport.window, event.deltaY / viewport.width));
}

interface Press {
  x: number;
  y: number;
  window: TimeWindow;
  moved: boolean;
}

/** Drag to pan, two fingers to pinch, a press that does not move to open a meeting. */
export function createPointerTracker() {
  const pointers = new Map<number, { x: number; y: number }>();
  let press: Press | null = null;
  let pinch: { distance: number; window: TimeWindow } | null = null;
  const distance = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  return {
    down(target: InputTarget, id: number, x: number, y: number) {
      pointers.set(id, { x, y });
      if (pointers.size === 2) {
        pinch = { distance: distance(), window: target.viewport.window };
        press = null;
      } else if (pointers.size === 1) press = { x, y, window: target.viewport.window, moved: false };
    },
    /** Returns true while a drag or pinch is under way (no hover then). */
    move(target: InputTarget, id: number, x: number, y: number): boolean {
      if (!pointers.has(id)) return false;
      pointers.set(id, { x, y });
      const { viewport } = target;
      if (pinch && pointers.size === 2) {
        const points = [...pointers.values()];
        const middle = (points[0]!.x + points[1]!.x) / 2;
        if (pinch.distance > 0) target.setWindow(zoomWindow(pinch.window, distance() / pinch.distance, middle / viewport.width));
        return true;
      }
      if (!press) return false;
      if (!press.moved && Math.hypot(x - press.x, y - press.y) < CLICK_SLOP_PX) return false;
      press.moved = true;
      target.setWindow(panWindow(press.window, -(x - press.x) / viewport.width));
      return true;
    },
    up(target: InputTarget, id: number, x: number, y: number) {
      const clicked = press && !press.moved && pointers.size === 1 ? hitTest(target.visible, target.viewport, x, y) : null;
      pointers.delete(id);
      if (pointers.size < 2) pinch = null;
      if (pointers.size === 0) press = null;
      if (clicked) {
        target.focus(clicked);
        target.open(clicked.meeting.uid);
      }
    },
    cancel(id: number) {
      pointers.delete(id);
      pinch = null;
      press = null;
    },
  };
}
