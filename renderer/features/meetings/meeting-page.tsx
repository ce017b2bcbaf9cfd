import { Link2, Pencil, Trash2 } from 'lucide-react';
import { MEETING_FORMAT_LABELS, type Meeting } from '../../../shared/model/meeting';
import { MarkdownNote } from '../../components/markdown-note';
import { useLabels, useMeetings, useStores } from '../../stores/stores-context';
import { MeetingLinks } from './meeting-links';
import { MeetingParticipants } from './meeting-participants';
import { datesText, placeText } from './meeting-row';
import { MeetingSources } from './meeting-sources';
import { MeetingSuggestionsSection } from './meeting-suggestions';
import '../officials/official-profile.css';
import './meetings.css';

const PAGE_ID = 'meeting-page';

/** "Open" from the list: the page already shows the selected meeting, so move focus there. */
export function focusMeetingPage(): void {
  document.getElementById(PAGE_ID)?.focus();
}

/** The content pane of the Meetings view: the selected meeting's page. */
export function MeetingPagePane() {
  const selectedUid = useMeetings((state) => state.selectedUid);
  const meeting = useMeetings((state) => state.meeting);
  const error = useMeetings((state) => state.meetingError);

  if (selectedUid === null) {
    return (
      <div className="profile-empty">
        <p>Select a meeting to see its page.</p>
      </div>
    );
  }
  const current = meeting?.uid === selectedUid ? meeting : null;
  return (
    <div className="profile-scroll">
      <article id={PAGE_ID} className="profile meeting-page" tabIndex={-1} aria-labelledby="meeting-title" aria-busy={!current && !error ? true : undefined}>
        {error && (
          <p role="alert" className="pane-error">
            {error}
          </p>
        )}
        {current && <MeetingBody meeting={current} />}
      </article>
    </div>
  );
}

function MeetingBody({ meeting }: { meeting: Meeting }) {
  const { meetings } = useStores();
  const labels = useLabels((state) => state.labels);
  const actions = meetings.getState();
  const place = placeText(meeting.place);
  const topics = meeting.topics.flatMap((uid) => labels.find((label) => label.uid === uid) ?? []);

  return (
    <>
      <header className="profile-header">
        <h2 id="meeting-title" className="profile-name">
          {meeting.title}
        </h2>
        <dl className="meeting-facts">
          <dt>Date</dt>
          <dd>{datesText(meeting)}</dd>
          <dt>Place</dt>
          <dd>{place ?? 'Not known'}</dd>
          <dt>Format</dt>
          <dd>{meeting.format ? MEETING_FORMAT_LABELS[meeting.format] : 'Not known'}</dd>
        </dl>
        <div className="profile-actions">
          <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'edit', uid: meeting.uid })}>
            <Pencil size={13} aria-hidden />
            Edit
          </button>
          <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'link', uid: meeting.uid })}>
            <Link2 size={13} aria-hidden />
            Link to a meeting…
          </button>
          <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'delete', uid: meeting.uid })}>
            <Trash2 size={13} aria-hidden />
            Delete…
          </button>
        </div>
      </header>
      {topics.length > 0 && (
        <section className="profile-section" aria-labelledby="meeting-topics">
          <h3 id="meeting-topics">Topics</h3>
          <ul className="meeting-topics">
            {topics.map((label) => (
              <li key={label.uid} className="meeting-topic">
                <span className="label-swatch" data-color={label.color} aria-hidden />
                {label.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {meeting.summary.trim() !== '' && (
        <section className="profile-section" aria-labelledby="meeting-summary">
          <h3 id="meeting-summary">Summary</h3>
          <MarkdownNote source={meeting.summary} />
        </section>
      )}
      <MeetingParticipants meeting={meeting} />
      <MeetingSources meeting={meeting} />
      <MeetingLinks meeting={meeting} />
      <MeetingSuggestionsSection meeting={meeting} />
    </>
  );
}

