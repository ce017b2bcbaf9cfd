import { useState } from 'react';
import { UserPlus, X } from 'lucide-react';
import { MEETING_ROLE_LABELS, MEETING_ROLES, MEETING_SIDE_LABELS, MEETING_SIDES, type Meeting, type MeetingRole, type MeetingSide } from '../../../shared/model/meeting';
import { useStores } from '../../stores/stores-context';
import { OfficialAdder } from './official-adder';

/** Who took part, each with their side and role; add from the registry, change or remove (undoably). */
export function MeetingParticipants({ meeting }: { meeting: Meeting }) {
  const { meetings } = useStores();
  const [adding, setAdding] = useState(false);
  const actions = meetings.getState();

  return (
    <section className="profile-section" aria-labelledby="meeting-participants">
      <div className="meeting-section-heading">
        <h3 id="meeting-participants">Participants{meeting.participants.length > 0 ? ` (${meeting.participants.length})` : ''}</h3>
        <button type="button" className="button button-small" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          <UserPlus size={13} aria-hidden />
          Add participant
        </button>
      </div>
      {adding && (
        <OfficialAdder
          exclude={meeting.participants.map((participant) => participant.officialUid)}
          onPick={(official) => {
            setAdding(false);
            void actions.setParticipant(meeting, official.uid, official.name, {});
          }}
          onClose={() => setAdding(false)}
        />
      )}
      {meeting.participants.length === 0 ? (
        <p className="profile-muted">No participants yet. Add them from the registry, or accept the people the sources suggest.</p>
      ) : (
        <ul className="meeting-participants">
          {meeting.participants.map((participant) => (
            <li key={participant.officialUid} className="meeting-participant">
              <span className="meeting-participant-name">{participant.name}</span>
              <select
                className="input"
                aria-label={`Side of ${participant.name}`}
                value={participant.side ?? ''}
                onChange={(event) => void actions.setParticipant(meeting, participant.officialUid, participant.name, { side: (event.target.value || null) as MeetingSide | null })}
              >
                <option value="">No side</option>
                {MEETING_SIDES.map((side) => (
                  <option key={side} value={side}>
                    {MEETING_SIDE_LABELS[side]}
                  </option>
                ))}
              </select>
              <select
                className="input"
                aria-label={`Role of ${participant.name}`}
                value={participant.role ?? ''}
                onChange={(event) => void actions.setParticipant(meeting, participant.officialUid, participant.name, { role: (event.target.value || null) as MeetingRole | null })}
              >
                <option value="">No role</option>
                {MEETING_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {MEETING_ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
              {participant.evidence.length > 0 && (
                <span className="meeting-muted">{participant.evidence.length === 1 ? '1 passage' : `${participant.evidence.length} passages`}</span>
              )}
              <button type="button" className="icon-button" aria-label={`Remove ${participant.name}`} onClick={() => void actions.removeParticipant(meeting, participant.officialUid)}>
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
