import { useMemo } from 'react';
import type { MeetingListItem } from '../../../shared/model/meeting';
import { MEETING_LINK_KINDS } from '../../../shared/model/meeting-kinds';
import { formatCount } from '../../components/format';
import { ListPane } from '../../components/list-pane';
import { useStores } from '../../stores/stores-context';
import type { TimelineLanes } from '../../stores/timeline-store';
import { LINK_STYLES } from './link-styles';
import { meetingDate } from './meeting-text';
import { placeMeeting } from './placement';
import { openMeeting, useTimeline } from './use-timeline';
import './timeline.css';

const LANE_OPTIONS: ReadonlyArray<{ value: TimelineLanes; label: string }> = [
  { value: 'place', label: 'Place' },
  { value: 'topic', label: 'Topic' },
];

/** The Timeline view's list pane: lanes, how to read and drive the timeline, and what it cannot show. */
export function TimelinePane() {
  const stores = useStores();
  const lanes = useTimeline((state) => state.lanes);
  const items = useTimeline((state) => state.items);
  const loaded = useTimeline((state) => state.loaded);
  const unplaced = useMemo(() => {
    const unknownYear: MeetingListItem[] = [];
    const undated: MeetingListItem[] = [];
    for (const item of items) {
      const placement = placeMeeting(item.start, item.end);
      if (placement === 'unknown-year') unknownYear.push(item);
      else if (placement === 'undated') undated.push(item);
    }
    return { unknownYear, undated };
  }, [items]);
  const placed = items.length - unplaced.unknownYear.length - unplaced.undated.length;

  return (
    <ListPane headingId="timeline-heading" title="Timeline" className="timeline-pane">
      <div className="timeline-side">
        {loaded && <p className="list-count">{`${formatCount(placed)} ${placed === 1 ? 'meeting' : 'meetings'} on the axis`}</p>}
        <fieldset className="timeline-lanes">
          <legend>Lanes by</legend>
          {LANE_OPTIONS.map((option) => (
            <label key={option.value} className="timeline-lane-option">
              <input type="radio" name="timeline-lanes" value={option.value} checked={lanes === option.value} onChange={() => stores.timeline.getState().setLanes(option.value)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <section aria-labelledby="timeline-legend-heading">
          <h2 id="timeline-legend-heading" className="timeline-side-heading">
            Legend
          </h2>
          <ul className="timeline-legend">
            <li>
              <span className="timeline-legend-day" aria-hidden />
              Meeting on a known day (wider over several days)
            </li>
            <li>
              <span className="timeline-legend-band" aria-hidden />
              Known month or year only: a faint band over the whole period
            </li>
            {MEETING_LINK_KINDS.map((kind) => (
              <li key={kind}>
                <svg className="timeline-legend-link" data-kind={kind} width="32" height="10" aria-hidden>
                  <line x1="1" y1="5" x2="31" y2="5" strokeWidth="2" strokeDasharray={LINK_STYLES[kind].dash.join(' ')} />
                </svg>
                {`Link: ${LINK_STYLES[kind].legend}`}
              </li>
            ))}
          </ul>
        </section>
        <p id="timeline-keys" className="timeline-keys">
          Ctrl+wheel, pinch, + and − zoom; drag, ← and → pan; ↑ and ↓ step through meetings; Enter opens one; Home fits all.
        </p>
        <Unplaced title="Year unknown" note="cannot be placed on the axis: their dates have no year." items={unplaced.unknownYear} onOpen={(uid) => openMeeting(stores, uid)} />
        <Unplaced title="No date" note="have no date at all." items={unplaced.undated} onOpen={(uid) => openMeeting(stores, uid)} />
      </div>
    </ListPane>
  );
}

function Unplaced({ title, note, items, onOpen }: { title: string; note: string; items: MeetingListItem[]; onOpen(uid: string): void }) {
  if (items.length === 0) return null;
  const headingId = `timeline-unplaced-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="timeline-unplaced">
      <h2 id={headingId} className="timeline-side-heading">
        {title}
      </h2>
      <p className="timeline-note">{`${formatCount(items.length)} ${items.length === 1 ? 'meeting' : 'meetings'} ${note}`}</p>
      <ul className="timeline-unplaced-list">
        {items.map((item) => (
          <li key={item.uid}>
            <button type="button" className="timeline-unplaced-item" onClick={() => onOpen(item.uid)}>
              <span className="timeline-unplaced-title">{item.title}</span>
              <span className="timeline-unplaced-date">{meetingDate(item)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
