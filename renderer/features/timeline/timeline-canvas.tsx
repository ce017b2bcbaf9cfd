import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { linksInWindow, marksInWindow } from './culling';
import { drawTimeline, readPalette } from './draw-timeline';
import { hitTest, markRect, maxScrollY, type Viewport } from './geometry';
import { describeMeeting } from './meeting-text';
import { chooseTicks } from './ticks';
import { createPointerTracker, handleKey, handleWheel, type InputTarget } from './timeline-input';
import type { TimeWindow } from './time-scale';
import type { Mark, TimelineModel } from './timeline-model';
import { TimelineTooltip } from './timeline-tooltip';

/** The accessible list names at most this many of the meetings in view; zooming in lists the rest. */
const LISTED_IN_VIEW = 100;
export const PAINTED_MARK = 'dossier:timeline-painted';

interface TimelineCanvasProps {
  model: TimelineModel;
  window: TimeWindow;
  focusedUid: string | null;
  onWindow(window: TimeWindow): void;
  onFocus(uid: string): void;
  onOpen(uid: string): void;
  onFit(): void;
}

/**
 * The timeline drawn on a canvas, only what is in view. Keyboard and screen-reader users get the
 * same content through the focusable surface (keys step through meetings, announced) and a
 * visually hidden list of the meetings in view.
 */
export function TimelineCanvas({ model, window, focusedUid, onWindow, onFocus, onOpen, onFit }: TimelineCanvasProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [wantedScrollY, setScrollY] = useState(0);
  const [hover, setHover] = useState<{ mark: Mark; x: number; y: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [tracker] = useState(createPointerTracker);

  // Fewer lanes (another lane mode) or a taller pane can leave the scroll past the end: clamp it.
  const scrollY = Math.min(wantedScrollY, maxScrollY({ height: size.height, laneCount: model.lanes.length }));
  const viewport: Viewport = useMemo(
    () => ({ window, width: size.width, height: size.height, scrollY, laneCount: model.lanes.length }),
    [window, size, scrollY, model.lanes.length],
  );
  const visible = useMemo(() => marksInWindow(model, window), [model, window]);
  const links = useMemo(() => linksInWindow(model.links, window), [model.links, window]);
  // The list follows the drawing in a later, interruptible render, so a zoom step paints first.
  const listedMarks = useDeferredValue(visible);

  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const measure = () => setSize({ width: stage.clientWidth, height: stage.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(stage);
    return () => observer.disconnect();
  }, []);

  const hoveredUid = hover?.mark.meeting.uid ?? null;
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || viewport.width === 0 || viewport.height === 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(viewport.width * ratio);
    canvas.height = Math.round(viewport.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const ticks = chooseTicks(viewport.window, viewport.width, navigator.language);
    drawTimeline(ctx, { viewport, lanes: model.lanes, marks: visible, links, ticks, focusedUid, hoveredUid }, readPalette(canvas));
    // What was drawn, for tests and the benchmark: the canvas itself cannot be asked.
    canvas.dataset.drawnMarks = String(visible.length);
    canvas.dataset.drawnLinks = links.map((link) => `${link.kind}:${link.from.meeting.uid}>${link.to.meeting.uid}`).join(' ');
    performance.mark(PAINTED_MARK, { detail: { marks: visible.length, links: links.length } });
  }, [viewport, model.lanes, visible, links, focusedUid, hoveredUid]);

  const target: InputTarget = {
    viewport,
    marks: model.marks,
    visible,
    focusedUid,
    setWindow: onWindow,
    setScrollY,
    focus: (mark) => {
      onFocus(mark.meeting.uid);
      setAnnouncement(describeMeeting(mark.meeting, navigator.language));
    },
    open: onOpen,
    fit: onFit,
  };
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    targetRef.current = target;
  });

  // React's wheel listener is passive; zooming must stop the page from zooming or scrolling.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      handleWheel(targetRef.current, event, event.clientX - stage.getBoundingClientRect().left);
    };
    stage.addEventListener('wheel', onWheel, { passive: false });
    return () => stage.removeEventListener('wheel', onWheel);
  }, []);

  const at = (event: PointerEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  return (
    <div className="timeline-stage" ref={stageRef}>
      <div
        className="timeline-surface"
        role="application"
        aria-roledescription="timeline"
        aria-label="Timeline of meetings"
        aria-describedby="timeline-keys"
        tabIndex={0}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          if (handleKey(target, event.key)) event.preventDefault();
        }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          const { x, y } = at(event);
          tracker.down(target, event.pointerId, x, y);
        }}
        onPointerMove={(event) => {
          const { x, y } = at(event);
          if (tracker.move(target, event.pointerId, x, y)) return setHover(null);
          const mark = hitTest(visible, viewport, x, y);
          setHover(mark ? { mark, x, y } : null);
        }}
        onPointerUp={(event) => {
          const { x, y } = at(event);
          tracker.up(target, event.pointerId, x, y);
        }}
        onPointerCancel={(event) => tracker.cancel(event.pointerId)}
        onPointerLeave={() => setHover(null)}
      >
        <canvas ref={canvasRef} className="timeline-canvas" aria-hidden="true" />
      </div>
      {hover && <TimelineTooltip meeting={hover.mark.meeting} x={hover.x} y={hover.y} width={size.width} />}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <InViewList marks={listedMarks} viewport={viewport} />
    </div>
  );
}

/** Each item carries where its mark is drawn (data-x, data-y), since the canvas itself cannot be asked. */
function InViewList({ marks, viewport }: { marks: readonly Mark[]; viewport: Viewport }) {
  const listed = marks.slice(0, LISTED_IN_VIEW);
  return (
    <div className="visually-hidden">
      <p>{marks.length === 1 ? '1 meeting in view' : `${marks.length} meetings in view`}</p>
      <ul aria-label="Meetings in view">
        {listed.map((mark) => (
          <InViewItem key={mark.meeting.uid} mark={mark} viewport={viewport} />
        ))}
      </ul>
      {marks.length > listed.length && <p>{`and ${marks.length - listed.length} more: zoom in to list them`}</p>}
    </div>
  );
}

function InViewItem({ mark, viewport }: { mark: Mark; viewport: Viewport }) {
  const rect = markRect(mark, viewport);
  return (
    <li data-uid={mark.meeting.uid} data-x={Math.round(rect.x + rect.w / 2)} data-y={Math.round(rect.y + rect.h / 2)}>
      {describeMeeting(mark.meeting)}
    </li>
  );
}
