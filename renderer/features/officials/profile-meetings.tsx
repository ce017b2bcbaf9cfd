import type { OfficialProfile } from '../../../shared/model/mention';
import { MEETING_ROLE_LABELS, MEETING_SIDE_LABELS } from '../../../shared/model/meeting-kinds';
import { formatPartialDate } from '../../components/format';
import { useStores } from '../../stores/stores-context';

/** The meetings the person took part in, newest first, with their side and role; each opens its page. */
export function ProfileMeetings({ meetings }: { meetings: OfficialProfile['meetings'] }) {
  const { meetings: store, ui } = useStores();
  if (meetings.length === 0) return null;
  const open = (uid: string) => {
    store.getState().select(uid);
    ui.getState().setView('meetings');
  };
  return (
    <section className="profile-section" aria-labelledby="profile-meetings">
      <h3 id="profile-meetings">Meetings attended</h3>
      <ul className="profile-named-with">
        {meetings.map((meeting) => (
          <li key={meeting.uid}>
            <button type="button" className="profile-link" onClick={() => open(meeting.uid)}>
              {meeting.title}
            </button>
            <span className="profile-muted">
              {' — '}
              {[
                meeting.start ? formatPartialDate(meeting.start) : 'date unknown',
                meeting.role && MEETING_ROLE_LABELS[meeting.role],
                meeting.side && MEETING_SIDE_LABELS[meeting.side],
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
