import { GitMerge, X } from 'lucide-react';
import type { Meeting } from '../../../shared/model/meeting';
import { formatPartialDate } from '../../components/format';
import { useStores } from '../../stores/stores-context';

/** Links to other meetings, read from this end ("Prepared by …"); each opens the other meeting. */
export function MeetingLinks({ meeting }: { meeting: Meeting }) {
  const { meetings } = useStores();
  const actions = meetings.getState();
  return (
    <section className="profile-section" aria-labelledby="meeting-links">
      <h3 id="meeting-links">Linked meetings{meeting.links.length > 0 ? ` (${meeting.links.length})` : ''}</h3>
      {meeting.links.length === 0 ? (
        <p className="profile-muted">No links yet: use “Link to a meeting…” for a meeting this one prepares, follows up or is part of.</p>
      ) : (
        <ul className="meeting-links">
          {meeting.links.map((link) => (
            <li key={link.uid} className="meeting-link">
              <span className="meeting-link-label">{link.label}</span>
              <button type="button" className="link-button" onClick={() => actions.select(link.otherMeetingUid)}>
                {link.otherTitle}
              </button>
              {link.otherStart && <span className="meeting-muted">{formatPartialDate(link.otherStart)}</span>}
              {link.kind === 'same-as' && <MergeButton meeting={meeting} other={{ uid: link.otherMeetingUid, title: link.otherTitle }} />}
              <button type="button" className="icon-button" aria-label={`Remove the link “${link.label} ${link.otherTitle}”`} onClick={() => void actions.unlink(meeting, link.uid)}>
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Two records of one meeting are merged rather than kept linked. */
function MergeButton({ meeting, other }: { meeting: Meeting; other: { uid: string; title: string } }) {
  const { meetings } = useStores();
  return (
    <button type="button" className="button button-small" onClick={() => meetings.getState().openDialog({ kind: 'merge', keep: { uid: meeting.uid, title: meeting.title }, merge: other })}>
      <GitMerge size={13} aria-hidden />
      Merge these two…
    </button>
  );
}
