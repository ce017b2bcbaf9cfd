import { useEffect } from 'react';
import { Maximize2, ZoomIn, ZoomOut } from 'lucide-react';
import { useStores } from '../../stores/stores-context';
import { TimelineCanvas } from './timeline-canvas';
import { fitWindow, zoomWindow, ZOOM_STEP, type TimeWindow } from './time-scale';
import type { TimelineModel } from './timeline-model';
import { openMeeting, useTimeline, useTimelineModel } from './use-timeline';
import './timeline.css';

/** The window showing every placed meeting, or null when none can be placed. */
export function fittedWindow(model: Pick<TimelineModel, 'marks'>): TimeWindow | null {
  if (model.marks.length === 0) return null;
  const last = model.marks.reduce((latest, mark) => Math.max(latest, mark.end), -Infinity);
  return fitWindow(model.marks[0]!.start, last);
}

const rangeFormat = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The Timeline view's content pane: zoom controls over the canvas. */
export function TimelineView() {
  const stores = useStores();
  const model = useTimelineModel();
  const stored = useTimeline((state) => state.window);
  const loaded = useTimeline((state) => state.loaded);
  const error = useTimeline((state) => state.error);
  const focusedUid = useTimeline((state) => state.focusedUid);
  const timeline = stores.timeline.getState();

  useEffect(() => {
    void stores.timeline.getState().ensureLoaded();
  }, [stores]);

  const window = stored ?? fittedWindow(model);
  const fit = () => {
    const fitted = fittedWindow(model);
    if (fitted) timeline.setWindow(fitted);
  };
  const format = rangeFormat(navigator.language);

  return (
    <section className="content-pane timeline-view" aria-label="Timeline">
      <header className="pane-toolbar">
        <p className="timeline-range" aria-live="polite">
          {window ? `${format.format(window.start)} – ${format.format(window.end)}` : ''}
        </p>
        <div className="toolbar-actions" role="group" aria-label="Zoom">
          <button type="button" className="button button-small" disabled={!window} onClick={() => window && timeline.setWindow(zoomWindow(window, 1 / ZOOM_STEP))}>
            <ZoomOut size={14} aria-hidden />
            Zoom out
          </button>
          <button type="button" className="button button-small" disabled={!window} onClick={() => window && timeline.setWindow(zoomWindow(window, ZOOM_STEP))}>
            <ZoomIn size={14} aria-hidden />
            Zoom in
          </button>
          <button type="button" className="button button-small" disabled={!window} onClick={fit}>
            <Maximize2 size={14} aria-hidden />
            Fit all
          </button>
        </div>
      </header>
      {error && (
        <p role="alert" className="pane-error">
          {error}
        </p>
      )}
      {!loaded ? (
        <p className="timeline-empty">Loading meetings…</p>
      ) : window === null ? (
        <div className="timeline-empty">
          <p>No meeting has a date with a year yet, so there is nothing to place on the axis.</p>
          <p>Record meetings and their dates in the Meetings view; each one with a known year appears here.</p>
        </div>
      ) : (
        <TimelineCanvas
          model={model}
          window={window}
          focusedUid={focusedUid}
          onWindow={timeline.setWindow}
          onFocus={timeline.focus}
          onOpen={(uid) => openMeeting(stores, uid)}
          onFit={fit}
        />
      )}
    </section>
  );
}
