import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingCandidate, SuggestionSubject } from '../../../shared/model/meeting-suggestion';
import { formatPartialDate } from '../../components/format';
import { CandidateRow, candidateKey } from './candidate-row';

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
 * it up; the core leaves out those dismissed. Accepting merges, adds the document as a source, or
 * records its meeting and links it.
 */
export function CandidateSuggestions({ meeting, candidates }: { meeting: Meeting; candidates: readonly MeetingCandidate[] }) {
  const shown = candidates.flatMap((candidate) => {
    const thisIsFrom = isThis(meeting, candidate.from);
    if (!thisIsFrom && !isThis(meeting, candidate.to)) return [];
    const other = thisIsFrom ? candidate.to : candidate.from;
    return isThis(meeting, other) ? [] : [{ candidate, other, thisIsFrom }];
  });
  if (shown.length === 0) return null;

  return (
    <div className="meeting-suggestion-group">
      <h4 className="meeting-suggestion-source">Related meetings</h4>
      <ul className="meeting-suggestion-list">
        {shown.map(({ candidate, other, thisIsFrom }) => (
          <CandidateRow key={candidateKey(candidate)} candidate={candidate} here={meeting}>
            {reading(candidate, thisIsFrom)} <strong>{other.title}</strong>
            {other.date && ` (${formatPartialDate(other.date)})`}
            {other.kind === 'document' && ' — a document no meeting cites yet'}
            {candidate.shared.length > 0 && <span className="meeting-muted"> · shared: {candidate.shared.map((person) => person.name).join(', ')}</span>}
          </CandidateRow>
        ))}
      </ul>
    </div>
  );
}
