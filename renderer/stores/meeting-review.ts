import type { Meeting } from '../../shared/model/meeting';
import type { MeetingCandidate, MeetingCandidateRef, SuggestionSubject } from '../../shared/model/meeting-suggestion';
import { messageOf, type Client } from '../api/client';
import type { MeetingsState } from './meetings-store';

export type MeetingsTab = 'meetings' | 'review';

/** The notebook's cross-document candidates: those waiting for a decision, and those dismissed. */
export interface MeetingReview {
  candidates: MeetingCandidate[];
  dismissed: MeetingCandidate[];
}

export interface MeetingReviewState {
  tab: MeetingsTab;
  /** Null until first loaded. */
  review: MeetingReview | null;
  reviewError: string | null;
  setTab(tab: MeetingsTab): void;
  /** Keeps the review loaded and current while a view shows it; returns what to call when it no longer does. */
  showReview(): () => void;
  /**
   * Records what a candidate says: merges two meetings (after asking), cites a document as a source,
   * or links two meetings, recording a meeting first for a document no meeting cites. `here` is the
   * meeting whose page offered it, which stays on screen; from the review, the meeting it changed is shown.
   */
  acceptCandidate(candidate: MeetingCandidate, here?: Meeting): Promise<void>;
  /** Stops offering the candidate, in this notebook for good; Undo offers it again. */
  dismissCandidate(candidate: MeetingCandidate): Promise<void>;
  restoreCandidate(candidate: MeetingCandidate): Promise<void>;
}

/** What the store lends the review: its state, and the shared ways of reporting and refreshing. */
interface Host {
  get(): MeetingsState;
  set(partial: Partial<MeetingsState>): void;
  fail(error: unknown): void;
  offerUndo(message: string, label: string, run: () => Promise<unknown>): void;
  refresh(): Promise<void>;
}

/** A meeting as accepting a candidate needs it. */
type MeetingEnd = Pick<Meeting, 'uid' | 'title'>;
/** The meetings one acceptance recorded from documents. */
type Recorded = string[];

const refOf = (candidate: MeetingCandidate): MeetingCandidateRef => ({
  kind: candidate.kind,
  from: { kind: candidate.from.kind, uid: candidate.from.uid },
  to: { kind: candidate.to.kind, uid: candidate.to.uid },
});

const VERBS: Record<MeetingCandidate['kind'], string> = { 'same-as': 'is the same meeting as', prepares: 'prepares', 'follows-up': 'follows up' };

/** "“A” prepares “B”": a candidate in words, for toasts and labels. */
export const candidateSentence = (candidate: MeetingCandidate): string => `“${candidate.from.title}” ${VERBS[candidate.kind]} “${candidate.to.title}”`;

/** The meeting a subject stands for: itself, or `here` for one of its sources; null for a document no meeting cites. */
export function meetingFor(subject: SuggestionSubject, here: Meeting | undefined): MeetingEnd | null {
  if (subject.kind === 'meeting') return here?.uid === subject.uid ? here : subject;
  return here?.sources.some((source) => source.documentUid === subject.uid) ? here : null;
}

/** The review's state and actions, and `load`, which the store's refresh calls while the review is shown. */
export function meetingReview(client: Client, host: Host): { state: MeetingReviewState; load(): Promise<void> } {
  let generation = 0;
  let watchers = 0;

  async function load() {
    if (watchers === 0) return;
    const current = ++generation;
    try {
      const { candidates, dismissed } = await client.call('meetings.suggestions', { candidatesOnly: true });
      if (current === generation) host.set({ review: { candidates, dismissed }, reviewError: null });
    } catch (error) {
      if (current === generation) host.set({ reviewError: messageOf(error) });
    }
  }

  async function decide(run: () => Promise<unknown>, message: string, undoLabel: string, undo: () => Promise<unknown>) {
    try {
      await run();
      host.offerUndo(message, undoLabel, undo);
    } catch (error) {
      host.fail(error);
    }
    await host.refresh();
  }

  async function recordFrom(document: SuggestionSubject, recorded: Recorded): Promise<MeetingEnd | null> {
    const meeting = await host.get().create({ fromDocumentUid: document.uid, start: document.date, end: null, place: { city: null, venue: null }, format: null, summary: '', topics: [] });
    if (meeting) recorded.push(meeting.uid);
    return meeting;
  }

  /** Resolves to the meeting changed, or null when nothing was (or a dialog asks first). */
  async function acceptSameAs(candidate: MeetingCandidate, here: Meeting | undefined, recorded: Recorded): Promise<string | null> {
    const actions = host.get();
    const from = meetingFor(candidate.from, here);
    const to = meetingFor(candidate.to, here);
    if (from && to) {
      const [keep, merge] = to.uid === here?.uid ? [to, from] : [from, to];
      if (keep.uid !== merge.uid) actions.openDialog({ kind: 'merge', keep: { uid: keep.uid, title: keep.title }, merge: { uid: merge.uid, title: merge.title } });
      return null;
    }
    const known = from ?? to;
    const [meeting, document] = known ? [known, from ? candidate.to : candidate.from] : [await recordFrom(candidate.from, recorded), candidate.to];
    if (!meeting) return null;
    return (await actions.addSource(meeting, document.uid, document.title)) ? meeting.uid : null;
  }

  async function acceptLink(candidate: MeetingCandidate, kind: 'prepares' | 'follows-up', here: Meeting | undefined, recorded: Recorded): Promise<string | null> {
    const from = meetingFor(candidate.from, here) ?? (await recordFrom(candidate.from, recorded));
    const to = from && (meetingFor(candidate.to, here) ?? (await recordFrom(candidate.to, recorded)));
    if (!from || !to) return null;
    return (await host.get().link({ kind, fromUid: from.uid, toUid: to.uid }, `Linked: ${candidateSentence(candidate)}.`)) ? from.uid : null;
  }

  const state: MeetingReviewState = {
    tab: 'meetings',
    review: null,
    reviewError: null,

    setTab: (tab) => host.set({ tab }),

    showReview: () => {
      watchers++;
      void load();
      return () => {
        watchers--;
      };
    },

    acceptCandidate: async (candidate, here) => {
      const recorded: Recorded = [];
      const changed = candidate.kind === 'same-as' ? await acceptSameAs(candidate, here, recorded) : await acceptLink(candidate, candidate.kind, here, recorded);
      const { selectedUid, select } = host.get();
      // Recording a meeting from a document shows its page: the page that offered the candidate comes
      // back unless the researcher has moved on; from the review, the meeting changed is shown.
      if (here) {
        if (selectedUid !== null && recorded.includes(selectedUid)) select(here.uid);
      } else if (changed !== null && selectedUid !== changed) {
        select(changed);
      }
    },

    dismissCandidate: (candidate) =>
      decide(
        () => client.call('meetings.dismissSuggestion', refOf(candidate)),
        `Dismissed: ${candidateSentence(candidate)}.`,
        'Undo dismissing the suggestion',
        () => client.call('meetings.restoreSuggestion', refOf(candidate)),
      ),

    restoreCandidate: (candidate) =>
      decide(
        () => client.call('meetings.restoreSuggestion', refOf(candidate)),
        `Suggested again: ${candidateSentence(candidate)}.`,
        'Undo restoring the suggestion',
        () => client.call('meetings.dismissSuggestion', refOf(candidate)),
      ),
  };

  return { state, load };
}
