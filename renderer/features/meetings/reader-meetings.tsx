import { useEffect } from 'react';
import { CalendarPlus } from 'lucide-react';
import { useMeetings, useStores } from '../../stores/stores-context';
import { datesText } from './meeting-row';
import { useRecordMeeting } from './reader-meeting-actions';

/** The Reader header's "This article reports a meeting". */
export function ReportsMeetingButton({ documentUid }: { documentUid: string }) {
  const record = useRecordMeeting();
  return (
    <button type="button" className="button button-small" onClick={() => void record(documentUid)}>
      <CalendarPlus size={13} aria-hidden />
      This article reports a meeting
    </button>
  );
}

/** The margin's list of the meetings the open document reports; each opens its page. */
export function MeetingsInArticle({ documentUid }: { documentUid: string }) {
  const { meetings, ui } = useStores();
  const shown = useMeetings((state) => state.documentMeetings);
  const items = shown?.documentUid === documentUid ? shown.items : [];

  useEffect(() => {
    void meetings.getState().loadForDocument(documentUid);
  }, [meetings, documentUid]);

  const open = (uid: string) => {
    meetings.getState().select(uid);
    ui.getState().setView('meetings');
  };

  return (
    <section className="margin-section" aria-labelledby="reader-meetings-heading">
      <h3 id="reader-meetings-heading">Meetings{items.length > 0 ? ` (${items.length})` : ''}</h3>
      {items.length === 0 ? (
        <p className="margin-hint">If this article reports a meeting, record it from the button above the text.</p>
      ) : (
        <ul className="reader-meetings-list">
          {items.map((meeting) => (
            <li key={meeting.uid}>
              <button type="button" className="link-button" onClick={() => open(meeting.uid)}>
                {meeting.title}
              </button>{' '}
              <span className="meeting-muted">{datesText(meeting)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
