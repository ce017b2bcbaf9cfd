import type { MeetingListItem } from '../../../shared/model/meeting';
import { formatPartialDate } from '../../components/format';

/** "3 May 2022 – 4 May 2022", or "Date unknown". */
export function datesText(meeting: Pick<MeetingListItem, 'start' | 'end'>): string {
  if (meeting.start === null) return 'Date unknown';
  return meeting.end === null ? formatPartialDate(meeting.start) : `${formatPartialDate(meeting.start)} – ${formatPartialDate(meeting.end)}`;
}

/** "Palacio Nacional, Mexico City", or null when the place is unknown. */
export function placeText(place: MeetingListItem['place']): string | null {
  const parts = [place.venue, place.city].filter((part): part is string => part !== null && part !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

const PEOPLE_SHOWN = 4;

function participantsText(meeting: MeetingListItem): string | null {
  const names = meeting.participants.map((participant) => participant.name);
  if (names.length === 0) return null;
  const rest = names.length - PEOPLE_SHOWN;
  return rest > 0 ? `${names.slice(0, PEOPLE_SHOWN).join(', ')} and ${rest} more` : names.join(', ');
}

/** One meeting in the list: date at its precision, title, place and who took part. */
export function MeetingRow({ meeting }: { meeting: MeetingListItem }) {
  const place = placeText(meeting.place);
  const people = participantsText(meeting);
  return (
    <>
      <div className="meeting-row-date">{datesText(meeting)}</div>
      <div className="meeting-row-title">{meeting.title}</div>
      {place && <div className="meeting-row-detail">{place}</div>}
      {people && <div className="meeting-row-detail">{people}</div>}
    </>
  );
}

/** The row's accessible name, composed so that its parts do not run together. */
export function meetingRowName(meeting: MeetingListItem): string {
  return [meeting.title, datesText(meeting), placeText(meeting.place), participantsText(meeting)].filter(Boolean).join(', ');
}
