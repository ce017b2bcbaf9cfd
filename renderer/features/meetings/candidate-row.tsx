import type { ReactNode } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingCandidate } from '../../../shared/model/meeting-suggestion';
import { meetingFor } from '../../stores/meeting-review';
import { useStores } from '../../stores/stores-context';
import { SuggestionRow } from './suggestion-row';

const SUPPORT_NOTES = { date: 'Date', place: 'Place', participants: 'People', link: 'Says so' } as const;

/** A stable key for a candidate among others. */
export const candidateKey = (candidate: MeetingCandidate): string => `${candidate.kind}:${candidate.from.uid}:${candidate.to.uid}`;

/** What Accept will do, read as the store will carry it out (from `here`'s page, its sources stand for it). */
function acceptLabel(candidate: MeetingCandidate, here: Meeting | undefined): string {
  const from = meetingFor(candidate.from, here);
  const to = meetingFor(candidate.to, here);
  if (candidate.kind === 'same-as') return from && to ? 'Merge these two…' : from || to ? 'Add as a source' : 'Record as one meeting';
  return from && to ? 'Link' : 'Record and link';
}

/**
 * One cross-document candidate with the sentences behind it: Accept merges, cites or links (see
 * acceptCandidate), Dismiss stops offering it in this notebook, with Undo. Wherever it is shown —
 * a meeting's page or the review — it is decided the same way.
 */
export function CandidateRow({ candidate, here, children }: { candidate: MeetingCandidate; here?: Meeting; children: ReactNode }) {
  const { meetings } = useStores();
  const actions = meetings.getState();
  return (
    <SuggestionRow
      evidence={candidate.evidence.map((item) => ({ text: item.text, note: SUPPORT_NOTES[item.supports] }))}
      acceptLabel={acceptLabel(candidate, here)}
      onAccept={() => void actions.acceptCandidate(candidate, here)}
      onDismiss={() => void actions.dismissCandidate(candidate)}
    >
      {children}
    </SuggestionRow>
  );
}
