import type { Meeting } from '../../../shared/model/meeting';
import type { DocumentMeetingSuggestion } from '../../../shared/model/meeting-suggestion';
import { formatPartialDate } from '../../components/format';
import { useMeetings, useStores } from '../../stores/stores-context';
import { CandidateSuggestions } from './candidate-suggestions';
import { SuggestionRow } from './suggestion-row';

const PRECISION_NOTE = { day: '', month: ' (month)', year: ' (year)' } as const;

/** What the meeting's sources suggest (date, place, people) and the meetings they may be linked to. */
export function MeetingSuggestionsSection({ meeting }: { meeting: Meeting }) {
  const suggestions = useMeetings((state) => state.suggestions);
  const dismissed = useMeetings((state) => state.dismissed);
  if (meeting.sources.length === 0) return null;
  const documents = suggestions?.documents ?? [];
  return (
    <section className="profile-section" aria-labelledby="meeting-suggestions" aria-busy={suggestions === null ? true : undefined}>
      <h3 id="meeting-suggestions">Suggestions from the sources</h3>
      <p className="profile-muted">Read from the text; nothing changes until you accept it.</p>
      {documents.map((document) => (
        <DocumentSuggestions key={document.documentUid} meeting={meeting} document={document} dismissed={dismissed} />
      ))}
      {suggestions && <CandidateSuggestions meeting={meeting} candidates={suggestions.candidates} />}
    </section>
  );
}

function DocumentSuggestions({ meeting, document, dismissed }: { meeting: Meeting; document: DocumentMeetingSuggestion; dismissed: readonly string[] }) {
  const { meetings } = useStores();
  const actions = meetings.getState();
  const key = (kind: string, value: string) => `${meeting.uid}:${document.documentUid}:${kind}:${value}`;
  const open = (kind: string, value: string) => !dismissed.includes(key(kind, value));
  const people = new Set(meeting.participants.map((participant) => participant.officialUid));
  const dates = document.dates.filter((date) => date.value !== meeting.start && open('date', date.value)).slice(0, 3);
  const places = document.places.filter((place) => (place.city ?? place.name) !== meeting.place.city && open('place', place.name)).slice(0, 3);
  const participants = document.participants.filter((person) => !people.has(person.officialUid) && open('participant', person.officialUid));
  if (dates.length + places.length + participants.length === 0) return null;

  return (
    <div className="meeting-suggestion-group">
      <h4 className="meeting-suggestion-source">{document.title}</h4>
      <ul className="meeting-suggestion-list">
        {dates.map((date) => (
          <SuggestionRow
            key={`date:${date.value}`}
            evidence={[date.sentence]}
            acceptLabel="Set as date"
            onAccept={() => void actions.update(meeting.uid, { start: date.value })}
            onDismiss={() => actions.dismiss(key('date', date.value))}
          >
            Date: <strong>{formatPartialDate(date.value)}</strong>
            {PRECISION_NOTE[date.precision]}
          </SuggestionRow>
        ))}
        {places.map((place) => (
          <SuggestionRow
            key={`place:${place.name}`}
            evidence={[place.sentence]}
            acceptLabel="Set as place"
            onAccept={() => void actions.update(meeting.uid, { place: { city: place.city ?? place.name, venue: place.kind === 'venue' ? place.name : null } })}
            onDismiss={() => actions.dismiss(key('place', place.name))}
          >
            Place: <strong>{place.kind === 'venue' && place.city ? `${place.name}, ${place.city}` : place.name}</strong>
          </SuggestionRow>
        ))}
        {participants.map((person) => (
          <SuggestionRow
            key={`participant:${person.officialUid}`}
            evidence={[person.sentence]}
            acceptLabel="Add as participant"
            onAccept={() => void actions.setParticipant(meeting, person.officialUid, person.name, {})}
            onDismiss={() => actions.dismiss(key('participant', person.officialUid))}
          >
            Participant: <strong>{person.name}</strong>
          </SuggestionRow>
        ))}
      </ul>
    </div>
  );
}
