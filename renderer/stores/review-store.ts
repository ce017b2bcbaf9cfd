import { createStore } from 'zustand/vanilla';
import type { MentionSpan, SuggestionQueue } from '../../shared/model/suggestion';
import { messageOf, type Client } from '../api/client';
import { candidateKey, createDecisions, mentionKey, spanOf, type Candidate, type KnownMention } from './review-decisions';
import type { UiStore } from './ui-store';

export interface ReviewState {
  /** What is left to review: the fetched queue without the decisions already taken here. */
  queue: SuggestionQueue;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** Groups the researcher folded away, by group key; they stay folded across reloads. */
  collapsed: Readonly<Record<string, true>>;
  /** The queue is on screen until the returned function is called; it loads when shown stale. */
  show(): () => void;
  reload(): Promise<void>;
  /** The notebook changed: reloads a moment later while shown (a burst costs one reload), else on the next show. */
  reloadSoon(): void;
  /** Another notebook was opened: nothing of this one's queue may linger. */
  reset(): void;
  toggleGroup(key: string): void;
  /** Accepts these mentions of a person, or all of them still listed. */
  accept(officialUid: string, mentions?: readonly KnownMention[]): Promise<void>;
  reject(officialUid: string, mentions?: readonly KnownMention[]): Promise<void>;
  /** Registers an unknown name: its title as an office, its handles as aliases. */
  addToRegistry(candidate: Candidate): Promise<void>;
  notAPerson(candidate: Candidate): Promise<void>;
}

const RELOAD_DELAY_MS = 400;
/** The most spans one call may carry (the contract's limit); more go in several calls. */
const SPANS_PER_CALL = 10_000;
const EMPTY: SuggestionQueue = { known: [], candidates: [] };

/** Suggestions still to review in a queue: every known mention, and every new name. */
export const pendingCount = (queue: SuggestionQueue): number =>
  queue.known.reduce((sum, group) => sum + group.mentions.length, 0) + queue.candidates.length;

const mentionsOf = (count: number) => (count === 1 ? '1 mention' : `${count.toLocaleString()} mentions`);

/** The review queue of suggested officials; every decision shows at once and can be undone. */
export function createReviewStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });
  const decisions = createDecisions();
  let fetched: SuggestionQueue = EMPTY;
  let generation = 0;
  let shown = 0;
  let stale = false;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;

  return createStore<ReviewState>()((set, get) => {
    const publish = () => set({ queue: decisions.apply(fetched) });

    function offer(message: string, label: string, run: () => Promise<void>) {
      const undo = { label, run };
      ui.getState().pushUndo(undo);
      ui.getState().showToast({ message, tone: 'info', undo });
    }

    /** Sends spans in as few calls as the contract allows; says which the core took before any refusal. */
    async function send(channel: 'mentions.confirm' | 'mentions.reject' | 'mentions.forget', spans: readonly MentionSpan[]) {
      const done: MentionSpan[] = [];
      for (let at = 0; at < spans.length; at += SPANS_PER_CALL) {
        const batch = spans.slice(at, at + SPANS_PER_CALL);
        try {
          await client.call(channel, { spans: batch });
        } catch (error) {
          return { done, error };
        }
        done.push(...batch);
      }
      return { done, error: undefined };
    }

    async function decide(state: 'confirmed' | 'rejected', officialUid: string, chosen?: readonly KnownMention[]) {
      const group = get().queue.known.find((candidate) => candidate.officialUid === officialUid);
      if (!group) return;
      const byKey = new Map((chosen ?? group.mentions).map((mention) => [mentionKey(officialUid, mention), mention]));
      if (byKey.size === 0) return;
      const keyOf = (span: MentionSpan) => mentionKey(officialUid, span);
      const spans = [...byKey.values()].map((mention) => spanOf(officialUid, mention));
      decisions.hide([...byKey.keys()]);
      publish();
      const { done, error } = await send(state === 'confirmed' ? 'mentions.confirm' : 'mentions.reject', spans);
      if (error !== undefined) {
        const taken = new Set(done.map(keyOf));
        decisions.show([...byKey.keys()].filter((key) => !taken.has(key)));
        publish();
        fail(error);
      }
      if (done.length === 0) return;
      const keys = done.map(keyOf);
      decisions.settle(keys);
      const verb = state === 'confirmed' ? 'Accepted' : 'Rejected';
      offer(`${verb} ${mentionsOf(done.length)} of ${group.name}.`, `Undo ${state === 'confirmed' ? 'accept' : 'reject'}`, async () => {
        decisions.show(keys);
        publish();
        const forgotten = await send('mentions.forget', done);
        if (forgotten.error !== undefined) {
          // What the core could not forget stays decided, and out of the list.
          const back = new Set(forgotten.done.map(keyOf));
          const kept = keys.filter((key) => !back.has(key));
          decisions.hide(kept);
          decisions.settle(kept);
          publish();
          fail(forgotten.error);
        }
        await get().reload();
      });
    }

    /** Takes a new name out of the list at once; brings it back if the core refuses. */
    async function decideCandidate<T>(candidate: Candidate, call: () => Promise<T>): Promise<T | null> {
      const keys = [candidateKey(candidate)];
      decisions.hide(keys);
      publish();
      try {
        const value = await call();
        decisions.settle(keys);
        return value;
      } catch (error) {
        decisions.show(keys);
        publish();
        fail(error);
        return null;
      }
    }

    async function undoCandidate(candidate: Candidate, call: () => Promise<unknown>) {
      decisions.show([candidateKey(candidate)]);
      publish();
      try {
        await call();
      } catch (error) {
        fail(error);
      }
      await get().reload();
    }

    return {
      queue: EMPTY,
      loaded: false,
      loading: false,
      error: null,
      collapsed: {},

      show: () => {
        shown += 1;
        if (!get().loaded || stale) void get().reload();
        return () => {
          shown -= 1;
        };
      },

      reload: async () => {
        clearTimeout(reloadTimer);
        stale = false;
        const gen = ++generation;
        const mark = decisions.mark();
        set({ loading: true });
        try {
          const queue = await client.call('officials.suggestions', {});
          if (gen !== generation) return;
          fetched = queue;
          decisions.fetched(mark);
          set({ queue: decisions.apply(queue), loaded: true, loading: false, error: null });
        } catch (error) {
          if (gen === generation) set({ loaded: true, loading: false, error: messageOf(error) });
        }
      },

      reloadSoon: () => {
        clearTimeout(reloadTimer);
        if (shown === 0) {
          stale = true;
          return;
        }
        reloadTimer = setTimeout(() => void get().reload(), RELOAD_DELAY_MS);
      },

      reset: () => {
        clearTimeout(reloadTimer);
        generation += 1;
        fetched = EMPTY;
        decisions.clear();
        set({ queue: EMPTY, loaded: false, loading: false, error: null, collapsed: {} });
        if (shown > 0) void get().reload();
      },

      toggleGroup: (key) =>
        set((state) => {
          const { [key]: folded, ...rest } = state.collapsed;
          return { collapsed: folded ? rest : { ...rest, [key]: true } };
        }),

      accept: (officialUid, mentions) => decide('confirmed', officialUid, mentions),
      reject: (officialUid, mentions) => decide('rejected', officialUid, mentions),

      addToRegistry: async (candidate) => {
        const aliases = [...new Set(candidate.handles)].filter((handle) => handle !== candidate.name);
        const official = await decideCandidate(candidate, () =>
          client.call('officials.create', { name: candidate.name, aliases, offices: candidate.title ? [{ title: candidate.title }] : [] }),
        );
        if (!official) return;
        offer(`Added ${official.name} to the registry; their mentions are now under Known people.`, 'Undo add to registry', () =>
          undoCandidate(candidate, () => client.call('officials.delete', { uids: [official.uid] })),
        );
        // The new person's mentions come back as suggestions of a known person, to accept there.
        await get().reload();
      },

      notAPerson: async (candidate) => {
        const done = await decideCandidate(candidate, () => client.call('officials.rejectCandidate', { name: candidate.name }));
        if (!done) return;
        offer(`${candidate.name} will not be suggested again.`, 'Undo not a person', () =>
          undoCandidate(candidate, () => client.call('officials.rejectCandidate', { name: candidate.name, rejected: false })),
        );
      },
    };
  });
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
