import type { MeetingListItem } from '../../../shared/model/meeting';
import { meetingDate, meetingPlace } from './meeting-text';

const TOOLTIP_WIDTH = 280;

/** Beside the pointer, flipped to its left near the right edge so it never leaves the view. */
export function TimelineTooltip({ meeting, x, y, width }: { meeting: MeetingListItem; x: number; y: number; width: number }) {
  const left = x + 14 + TOOLTIP_WIDTH > width ? Math.max(0, x - 14 - TOOLTIP_WIDTH) : x + 14;
  const place = meetingPlace(meeting);
  return (
    <div className="timeline-tooltip" role="tooltip" style={{ left, top: y + 14 }}>
      <p className="timeline-tooltip-title">{meeting.title}</p>
      <p className="timeline-tooltip-meta">
        {meetingDate(meeting)}
        {place && ` · ${place}`}
      </p>
      {meeting.participants.length > 0 ? (
        <ul className="timeline-tooltip-people">
          {meeting.participants.map((person) => (
            <li key={person.officialUid}>{person.name}</li>
          ))}
        </ul>
      ) : (
        <p className="timeline-tooltip-meta">No participants recorded</p>
      )}
    </div>
  );
}
