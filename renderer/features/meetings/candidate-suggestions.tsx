import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingCandidate, SuggestionSubject } from '../../../shared/model/meeting-suggestion';
import { formatPartialDate } from '../../components/format';
import { useStores } from '../../stores/stores-context';
import { SuggestionRow } from './suggestion-row';

const SUPPORT_NOTES = { date: 'Date', place: 'Place', participants: 'People', link: 'Says so' } as const;

/** How a candidate reads from this meeting, with the other end. */
function reading(candidate: MeetingCandidate, thisIsFrom: boolean): string {
  if (candidate.kind === 'same-as') return 'Same meeting as';
  if (candidate.kind === 'prepares') return thisIsFrom ? 'Prepares' : 'Prepared by';
  return thisIsFrom ? 'Follows up' : 'Followed up by';
}

const isThis = (meeting: Meeting, subject: SuggestionSubject) =>
  subject.kind === 'meeting' ? subject.uid === meeting.uid : meeting.sources.some((source) => source.documentUid === subject.uid);

/**
 * Other meetings (or documents no meeting cites yet) that may be this meeting, or prepare or follow
 * it up. Accepting merges, adds the document as a source, or records its meeting and links it.
 */
export function CandidateSuggestions({ meeting, candidates, dismissed }: { meeting: Meeting; candidates: readonly MeetingCandidate[]; dismissed: readonly string[] }) {
  const { meetings } = useStores();
  const actions = meetings.getState();
  const shown = candidates.flatMap((candidate) => {
    const thisIsFrom = isThis(meeting, candidate.from);
    if (!thisIsFrom && !isThis(meeting, candidate.to)) return [];
    const other = thisIsFrom ? candidate.to : candidate.from;
    if (other.kind === 'meeting' && other.uid === meeting.uid) return [];
    const key = `${meeting.uid}:candidate:${candidate.kind}:${other.uid}`;
    const linked = meeting.links.some((link) => link.otherMeetingUid === other.uid && link.kind === candidate.kind);
    return linked || dismissed.includes(key) ? [] : [{ candidate, other, thisIsFrom, key }];
  });
  if (shown.length === 0) return null;

  async function accept(candidate: MeetingCandidate, other: SuggestionSubject, thisIsFrom: boolean) {
    if (candidate.kind === 'same-as') {
      if (other.kind === 'meeting') actions.openDialog({ kind: 'merge', keepUid: meeting.uid, mergeUid: other.uid });
      else await actions.addSource(meeting, other.uid, other.title);
      return;
    }
    let otherUid = other.uid;
    if (other.kind === 'document') {
      const created = await actions.create({ fromDocumentUid: other.uid, start: other.date, end: null, place: { city: null, venue: null }, format: null, summary: '', topics: [] });
      if (!created) return;
      otherUid = created.uid;
    }
    const [fromUid, toUid] = thisIsFrom ? [meeting.uid, otherUid] : [otherUid, meeting.uid];
    await actions.link({ kind: candidate.kind, fromUid, toUid }, `“${other.title}” is now linked: ${reading(candidate, thisIsFrom).toLowerCase()}.`);
    // Recording the other meeting showed its page; come back to this one, unless the researcher has moved on.
    if (otherUid !== other.uid && meetings.getState().selectedUid === otherUid) actions.select(meeting.uid);
  }

  return (
    <div className="meeting-suggestion-group">
      <h4 className="meeting-suggestion-source">Related meetings</h4>
      <ul className="meeting-suggestion-list">
        {shown.map(({ candidate, other, thisIsFrom, key }) => (
          <SuggestionRow
            key={key}
            evidence={candidate.evidence.map((item) => ({ text: item.text, note: SUPPORT_NOTES[item.supports] }))}
            acceptLabel={candidate.kind === 'same-as' ? (other.kind === 'meeting' ? 'Merge these two…' : 'Add as a source') : 'Link'}
            onAccept={() => void accept(candidate, other, thisIsFrom)}
            onDismiss={() => actions.dismiss(key)}
          >
            {reading(candidate, thisIsFrom)} <strong>{other.title}</strong>
            {other.date && ` (${formatPartialDate(other.date)})`}
            {other.kind === 'document' && ' — a document no meeting cites yet'}
            {candidate.shared.length > 0 && <span className="meeting-muted"> · shared: {candidate.shared.map((person) => person.name).join(', ')}</span>}
          </SuggestionRow>
        ))}
      </ul>
    </div>
  );
}
