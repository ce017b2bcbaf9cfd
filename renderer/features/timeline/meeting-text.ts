import type { MeetingListItem } from '../../../shared/model/meeting';
import { formatPartialDate } from '../../components/format';

/** "3 May 2022", or "3 May 2022 – 5 May 2022" for a meeting over several days. */
export function meetingDate(meeting: Pick<MeetingListItem, 'start' | 'end'>, locale?: string): string {
  if (meeting.start === null) return 'No date';
  const start = formatPartialDate(meeting.start, locale);
  return meeting.end && meeting.end !== meeting.start ? `${start} – ${formatPartialDate(meeting.end, locale)}` : start;
}

export function meetingPlace(meeting: Pick<MeetingListItem, 'place'>): string | null {
  const parts = [meeting.place.venue, meeting.place.city].filter((part): part is string => Boolean(part?.trim()));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** One line a screen reader reads for a meeting: what, when, where, who, and its links. */
export function describeMeeting(meeting: MeetingListItem, locale?: string): string {
  const parts = [meeting.title, meetingDate(meeting, locale)];
  const place = meetingPlace(meeting);
  if (place) parts.push(place);
  if (meeting.participants.length > 0) parts.push(`with ${meeting.participants.map((p) => p.name).join(', ')}`);
  for (const link of meeting.links) parts.push(`${link.label} ${link.otherTitle}`);
  return parts.join('; ');
}
