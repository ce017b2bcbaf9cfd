import { useId } from 'react';
import { CalendarPlus, RotateCcw, Users } from 'lucide-react';
import type { MeetingCandidate, SuggestionSubject } from '../../../shared/model/meeting-suggestion';
import { EmptyState } from '../../components/empty-state';
import { formatCount, formatPartialDate } from '../../components/format';
import { PaneError } from '../../components/list-pane';
import { useMeetings, useStores } from '../../stores/stores-context';
import { CandidateRow, candidateKey } from './candidate-row';
import { focusMeetingPage } from './meeting-page';
import { useOpenSource } from './use-open-source';
import './meeting-review.css';

const GROUPS: ReadonlyArray<{ kind: MeetingCandidate['kind']; title: string; verb: string }> = [
  { kind: 'prepares', title: 'Prepares', verb: 'prepares' },
  { kind: 'follows-up', title: 'Follows up', verb: 'follows up' },
  { kind: 'same-as', title: 'Same meeting', verb: 'is the same meeting as' },
];

const VERB = Object.fromEntries(GROUPS.map((group) => [group.kind, group.verb])) as Record<MeetingCandidate['kind'], string>;

/**
 * Every candidate between the notebook's meetings and the documents no meeting cites yet, grouped by
 * kind, best first, each with the officials the two share and the sentences behind it. Dismissed ones
 * wait below, to be restored.
 */
export function MeetingReview() {
  const review = useMeetings((state) => state.review);
  const error = useMeetings((state) => state.reviewError);

  if (review === null) {
    return (
      <div className="meeting-review">
        <PaneError error={error} />
        {!error && (
          <p role="status" className="meeting-review-status">
            Comparing meetings and articles…
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="meeting-review">
      <PaneError error={error} />
      {review.candidates.length === 0 ? (
        <EmptyMeetingReview />
      ) : (
        GROUPS.map((group) => {
          const items = review.candidates.filter((candidate) => candidate.kind === group.kind);
          return items.length > 0 && <CandidateGroup key={group.kind} title={group.title} candidates={items} />;
        })
      )}
      {review.dismissed.length > 0 && <DismissedCandidates candidates={review.dismissed} />}
    </div>
  );
}

function CandidateGroup({ title, candidates }: { title: string; candidates: readonly MeetingCandidate[] }) {
  const headingId = useId();
  return (
    <section className="meeting-review-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-review-heading">
        {title} ({formatCount(candidates.length)})
      </h2>
      <ul className="meeting-suggestion-list">
        {candidates.map((candidate) => (
          <CandidateRow key={candidateKey(candidate)} candidate={candidate}>
            <CandidateSubjects candidate={candidate} />
            <SharedOfficials candidate={candidate} />
          </CandidateRow>
        ))}
      </ul>
    </section>
  );
}

function CandidateSubjects({ candidate }: { candidate: MeetingCandidate }) {
  return (
    <div className="meeting-review-subjects">
      <SubjectLink subject={candidate.from} />
      <span className="meeting-muted">{VERB[candidate.kind]}</span>
      <SubjectLink subject={candidate.to} />
    </div>
  );
}

/** A meeting opens on its page; a document no meeting cites, in the Reader. */
function SubjectLink({ subject }: { subject: SuggestionSubject }) {
  const { meetings } = useStores();
  const { open } = useOpenSource();
  function show() {
    if (subject.kind === 'document') return open(subject.uid);
    meetings.getState().select(subject.uid);
    focusMeetingPage();
  }
  return (
    <div className="meeting-review-subject">
      <span className="meeting-muted">
        <span className="meeting-evidence-support">{subject.kind === 'meeting' ? 'Meeting' : 'Article'}</span> {subject.date ? formatPartialDate(subject.date) : 'Date unknown'}
      </span>
      <button type="button" className="link-button meeting-review-title" onClick={show}>
        {subject.title}
      </button>
    </div>
  );
}

function SharedOfficials({ candidate }: { candidate: MeetingCandidate }) {
  if (candidate.shared.length === 0) return null;
  return (
    <p className="meeting-muted">
      Shared: {candidate.shared.map((person) => person.name).join(', ')} · {Math.round(candidate.overlap * 100)}% of their officials
    </p>
  );
}

function DismissedCandidates({ candidates }: { candidates: readonly MeetingCandidate[] }) {
  const { meetings } = useStores();
  return (
    <details className="meeting-review-dismissed">
      <summary>Dismissed ({formatCount(candidates.length)})</summary>
      <ul className="meeting-suggestion-list">
        {candidates.map((candidate) => (
          <li key={candidateKey(candidate)} className="meeting-review-dismissed-item">
            <CandidateSubjects candidate={candidate} />
            <button type="button" className="button button-small" onClick={() => void meetings.getState().restoreCandidate(candidate)}>
              <RotateCcw size={13} aria-hidden />
              Suggest again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function EmptyMeetingReview() {
  return (
    <EmptyState
      title="Nothing to review"
      ways={[
        { icon: Users, text: 'Confirm the officials named in articles (Officials › Review): the people two reports share are what ties them together.' },
        { icon: CalendarPlus, text: 'Record the meetings articles report, with their dates: an article that prepares or follows up a meeting is then suggested as linked to it.' },
      ]}
    >
      Dossier compares recorded meetings and the articles no meeting cites yet. Two that share a date and most of their officials are suggested as the same meeting;
      an article that says a meeting prepares or follows up another is suggested as linked to it.
    </EmptyState>
  );
}
