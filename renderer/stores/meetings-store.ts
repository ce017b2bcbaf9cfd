import { createStore } from 'zustand/vanilla';
import type { Meeting, MeetingFilter, MeetingInput, MeetingListItem, MeetingPatch } from '../../shared/model/meeting';
import type { MeetingSuggestions } from '../../shared/model/meeting-suggestion';
import { ClientError, messageOf, type Client } from '../api/client';
import { plural } from '../components/format';
import { meetingPartActions, type MeetingPartActions } from './meeting-part-actions';
import { meetingReview, type MeetingReviewState } from './meeting-review';
import type { UiStore } from './ui-store';

/** The dialogs of the Meetings view; the list pane shows them, either pane may ask for one. */
export type MeetingsDialog =
  | { kind: 'create' }
  | { kind: 'edit'; uid: string }
  | { kind: 'delete'; uid: string }
  | { kind: 'merge'; keep: { uid: string; title: string }; merge: { uid: string; title: string } }
  | { kind: 'link'; uid: string };

export interface MeetingsState extends MeetingPartActions, MeetingReviewState {
  items: MeetingListItem[];
  /** Meetings matching the filters, in all pages. */
  total: number | null;
  /** Every meeting in the notebook, whatever the filters; the sidebar's count. */
  count: number | null;
  loaded: boolean;
  error: string | null;
  filter: MeetingFilter;
  direction: 'asc' | 'desc';
  selectedUid: string | null;
  meeting: Meeting | null;
  meetingError: string | null;
  /** What the selected meeting's sources suggest, merged over its sources; null while loading. */
  suggestions: MeetingSuggestions | null;
  dialog: MeetingsDialog | null;
  /**
   * A source's date, place or participant suggestions dismissed this session, by key. They only
   * propose values for one meeting's fields, so they come back next session; dismissed candidates
   * between meetings are kept in the notebook (see MeetingReviewState).
   */
  dismissed: string[];
  /** The meetings the Reader's document reports, for its margin. */
  documentMeetings: { documentUid: string; items: Meeting[] } | null;
  refresh(): Promise<void>;
  reloadSoon(): void;
  setFilter(patch: Partial<MeetingFilter>): void;
  clearFilters(): void;
  setDirection(direction: 'asc' | 'desc'): void;
  select(uid: string | null): void;
  openDialog(dialog: MeetingsDialog | null): void;
  dismiss(key: string): void;
  /** Resolves to the new meeting (selected), or null after a toast saying why not. */
  create(input: MeetingInput): Promise<Meeting | null>;
  update(uid: string, patch: MeetingPatch): Promise<boolean>;
  remove(uid: string): Promise<void>;
  merge(keepUid: string, mergeUid: string): Promise<void>;
  loadForDocument(documentUid: string | null): Promise<void>;
  /** Every meeting by date, for pickers that search them all. */
  all(): Promise<MeetingListItem[]>;
  /** Where an evidence passage is in its document now, or null when it has none to show. */
  passageOf(documentUid: string, annotationUid: string): Promise<{ start: number; end: number } | null>;
}

const RELOAD_DELAY_MS = 300;
const PAGE = 5_000;

/** Recorded meetings: the filtered list, the selected meeting's page, and changes, each undoable. */
export function createMeetingsStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });
  let listGeneration = 0;
  let meetingGeneration = 0;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;

  return createStore<MeetingsState>()((set, get) => {
    async function loadList() {
      const generation = ++listGeneration;
      const filter = get().filter;
      const filtered = Object.keys(filter).length > 0;
      try {
        const [list, all] = await Promise.all([
          client.call('meetings.list', { filter, direction: get().direction, limit: PAGE }),
          filtered ? client.call('meetings.list', { limit: 1 }) : null,
        ]);
        if (generation !== listGeneration) return;
        set({ items: list.items, total: list.total, count: (all ?? list).total, loaded: true, error: null });
      } catch (error) {
        if (generation === listGeneration) set({ loaded: true, error: messageOf(error) });
      }
    }

    async function loadMeeting() {
      const generation = ++meetingGeneration;
      const uid = get().selectedUid;
      if (uid === null) {
        set({ meeting: null, meetingError: null, suggestions: null });
        return;
      }
      if (get().meeting?.uid !== uid) set({ meeting: null, meetingError: null, suggestions: null });
      try {
        const meeting = await client.call('meetings.get', { uid });
        if (generation !== meetingGeneration) return;
        set({ meeting, meetingError: null });
        const documentUids = meeting.sources.map((source) => source.documentUid);
        const suggestions = documentUids.length === 0 ? { documents: [], candidates: [], dismissed: [] } : await client.call('meetings.suggestions', { documentUids });
        if (generation === meetingGeneration) set({ suggestions });
      } catch (error) {
        if (generation !== meetingGeneration) return;
        if (error instanceof ClientError && error.code === 'NOT_FOUND') set({ selectedUid: null, meeting: null, meetingError: null, suggestions: null });
        else set({ meetingError: messageOf(error) });
      }
    }

    async function reloadDocumentMeetings() {
      const current = get().documentMeetings;
      if (current) await get().loadForDocument(current.documentUid);
    }

    const refresh = () => Promise.all([loadList(), loadMeeting(), reloadDocumentMeetings(), review.load()]).then(() => undefined);

    /** The undo reports its own failure, then shows what is there now either way. */
    const offerUndo = (message: string, label: string, run: () => Promise<unknown>) =>
      ui.getState().offerUndo(message, { label, run: () => run().then(() => undefined, fail).then(refresh) });

    const parts = meetingPartActions(client, async (run, message, undoLabel, undo) => {
      try {
        await run();
        offerUndo(message, undoLabel, undo);
        await refresh();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    });

    const review = meetingReview(client, { get, set, fail, offerUndo, refresh });

    const known = (uid: string) => (get().meeting?.uid === uid ? get().meeting : get().items.find((item) => item.uid === uid));

    return {
      ...parts,
      ...review.state,
      items: [],
      total: null,
      count: null,
      loaded: false,
      error: null,
      filter: {},
      direction: 'asc',
      selectedUid: null,
      meeting: null,
      meetingError: null,
      suggestions: null,
      dialog: null,
      dismissed: [],
      documentMeetings: null,

      refresh,

      reloadSoon: () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => void refresh(), RELOAD_DELAY_MS);
      },

      setFilter: (patch) => {
        const next: MeetingFilter = { ...get().filter, ...patch };
        for (const key of Object.keys(next) as (keyof MeetingFilter)[]) if (next[key] === undefined) delete next[key];
        set({ filter: next });
        void loadList();
      },

      clearFilters: () => {
        set({ filter: {} });
        void loadList();
      },

      setDirection: (direction) => {
        set({ direction });
        void loadList();
      },

      select: (uid) => {
        set({ selectedUid: uid });
        void loadMeeting();
      },

      openDialog: (dialog) => set({ dialog }),

      dismiss: (key) => set({ dismissed: [...get().dismissed, key] }),

      create: async (input) => {
        try {
          const meeting = await client.call('meetings.create', input);
          offerUndo(`Recorded “${meeting.title}”.`, `Undo recording ${meeting.title}`, () => client.call('meetings.delete', { uids: [meeting.uid] }));
          set({ selectedUid: meeting.uid });
          await refresh();
          return meeting;
        } catch (error) {
          fail(error);
          return null;
        }
      },

      update: async (uid, patch) => {
        const before = get().meeting?.uid === uid ? get().meeting : null;
        try {
          const meeting = await client.call('meetings.update', { uid, patch });
          if (before) {
            const undoPatch = Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof MeetingPatch]])) as MeetingPatch;
            offerUndo(`Saved “${meeting.title}”.`, `Undo changes to ${meeting.title}`, () => client.call('meetings.update', { uid, patch: undoPatch }));
          }
          await refresh();
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },

      remove: async (uid) => {
        const title = known(uid)?.title ?? 'the meeting';
        try {
          const { links } = await client.call('meetings.delete', { uids: [uid] });
          const also = links > 0 ? ` and ${plural(links, 'link', 'links')}` : '';
          offerUndo(`Deleted “${title}”${also}.`, `Undo deleting ${title}`, () => client.call('meetings.restore', { uids: [uid] }));
          if (get().selectedUid === uid) set({ selectedUid: null });
        } catch (error) {
          fail(error);
        }
        await refresh();
      },

      merge: async (keepUid, mergeUid) => {
        const mergedTitle = known(mergeUid)?.title ?? 'the other meeting';
        try {
          const { meeting } = await client.call('meetings.merge', { keepUid, mergeUids: [mergeUid] });
          offerUndo(`Merged “${mergedTitle}” into “${meeting.title}”.`, `Undo merging into ${meeting.title}`, () => client.call('meetings.unmerge', { uids: [mergeUid] }));
          set({ selectedUid: keepUid });
        } catch (error) {
          fail(error);
        }
        await refresh();
      },

      loadForDocument: async (documentUid) => {
        if (documentUid === null) {
          set({ documentMeetings: null });
          return;
        }
        if (get().documentMeetings?.documentUid !== documentUid) set({ documentMeetings: { documentUid, items: [] } });
        try {
          const { items } = await client.call('meetings.forDocument', { documentUid });
          if (get().documentMeetings?.documentUid === documentUid) set({ documentMeetings: { documentUid, items } });
        } catch (error) {
          fail(error);
        }
      },

      all: async () => {
        try {
          return (await client.call('meetings.list', { limit: PAGE })).items;
        } catch (error) {
          fail(error);
          return [];
        }
      },

      passageOf: async (documentUid, annotationUid) => {
        try {
          const { items } = await client.call('annotations.forDocument', { documentUid });
          const passage = items.find((item) => item.uid === annotationUid)?.passage;
          return passage && passage.state !== 'orphaned' ? { start: passage.start, end: passage.end } : null;
        } catch (error) {
          fail(error);
          return null;
        }
      },
    };
  });
}

export type MeetingsStore = ReturnType<typeof createMeetingsStore>;
