import { createStore } from 'zustand/vanilla';
import { SUGGESTION_PAGE, type MentionSpan, type SuggestionQueue } from '../../shared/model/suggestion';
import { messageOf, type Client } from '../api/client';
import { candidateKey, createDecisions, mentionKey, personKey, proposalKey, spanOf, type AliasProposal, type Candidate, type KnownMention } from './review-decisions';
import { fetchQueue, groupKeyOf, replaceGroup, withNextPage, type ReviewGroup } from './review-pages';
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
  /** Fetches the next page of a group's mentions; it stays that long across reloads. */
  showMore(group: ReviewGroup): Promise<void>;
  /** Accepts these mentions of a person, or every suggestion of theirs (listed or not). */
  accept(officialUid: string, mentions?: readonly KnownMention[]): Promise<void>;
  reject(officialUid: string, mentions?: readonly KnownMention[]): Promise<void>;
  /** Registers an unknown name: its title as an office, its handles as aliases. */
  addToRegistry(candidate: Candidate): Promise<void>;
  notAPerson(candidate: Candidate): Promise<void>;
  /** Adds a proposed handle to its person's aliases; its mentions then come back as theirs. */
  acceptAlias(proposal: AliasProposal): Promise<void>;
  /** The handle is not that person's: it is never proposed for them again. */
  rejectAlias(proposal: AliasProposal): Promise<void>;
}

const RELOAD_DELAY_MS = 400;
/** The most spans one call may carry (the contract's limit); more go in several calls. */
const SPANS_PER_CALL = 10_000;
const EMPTY: SuggestionQueue = { known: [], candidates: [], aliases: [] };

/** Suggestions still to review in a queue: every known mention, every new name and every proposed alias. */
export const pendingCount = (queue: SuggestionQueue): number =>
  queue.known.reduce((sum, group) => sum + group.total, 0) + queue.candidates.length + queue.aliases.length;

const mentionsOf = (count: number) => (count === 1 ? '1 mention' : `${count.toLocaleString()} mentions`);

/** The review queue of suggested officials; every decision shows at once and can be undone. */
export function createReviewStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });
  const decisions = createDecisions();
  let fetched: SuggestionQueue = EMPTY;
  /** How many mentions of a group the researcher asked to see, by group key, past the first page. */
  const shown = new Map<string, number>();
  let generation = 0;
  let visible = 0;
  let stale = false;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;

  return createStore<ReviewState>()((set, get) => {
    const publish = () => set({ queue: decisions.apply(fetched) });

    const offer = (message: string, label: string, run: () => Promise<void>) => ui.getState().offerUndo(message, { label, run });

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

    /**
     * Undoes decisions on `spans` (hidden under `keys`): they show again while the core forgets
     * them; what it could not forget stays decided, and out of the list.
     */
    async function forget(spans: readonly MentionSpan[], keys: readonly string[]) {
      decisions.show(keys);
      publish();
      const forgotten = await send('mentions.forget', spans);
      if (forgotten.error !== undefined) {
        const keyOf = (span: MentionSpan) => mentionKey(span.officialUid, span);
        const back = new Set(forgotten.done.map(keyOf));
        const kept = spans.map(keyOf).filter((key) => !back.has(key));
        // A person all of whose suggestions stay decided stays out whole.
        if (back.size === 0) kept.push(...keys);
        decisions.hide(kept);
        decisions.settle(kept);
        publish();
        fail(forgotten.error);
      }
      await get().reload();
    }

    function offerUndo(state: 'confirmed' | 'rejected', name: string, spans: readonly MentionSpan[], keys: readonly string[]) {
      const verb = state === 'confirmed' ? 'Accepted' : 'Rejected';
      offer(`${verb} ${mentionsOf(spans.length)} of ${name}.`, `Undo ${state === 'confirmed' ? 'accept' : 'reject'}`, () => forget(spans, keys));
    }

    async function decide(state: 'confirmed' | 'rejected', officialUid: string, chosen: readonly KnownMention[]) {
      const group = get().queue.known.find((candidate) => candidate.officialUid === officialUid);
      const byKey = new Map(chosen.map((mention) => [mentionKey(officialUid, mention), mention]));
      if (!group || byKey.size === 0) return;
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
      offerUndo(state, group.name, done, keys);
    }

    /** Every suggestion of a person, decided by the core: it knows those the list does not show yet. */
    async function decideAll(state: 'confirmed' | 'rejected', officialUid: string) {
      const group = get().queue.known.find((candidate) => candidate.officialUid === officialUid);
      if (!group) return;
      const keys = [personKey(group)];
      decisions.hide(keys);
      publish();
      try {
        const { spans } = await client.call(state === 'confirmed' ? 'mentions.confirmAllOf' : 'mentions.rejectAllOf', { officialUid });
        decisions.settle(keys);
        if (spans.length > 0) offerUndo(state, group.name, spans, keys);
      } catch (error) {
        decisions.show(keys);
        publish();
        fail(error);
      }
    }

    /** Takes a new name or a proposed alias (`key`) out of the list at once; brings it back if the core refuses. */
    async function decideGroup<T>(key: string, call: () => Promise<T>): Promise<T | null> {
      const keys = [key];
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

    async function undoGroup(key: string, call: () => Promise<unknown>) {
      decisions.show([key]);
      publish();
      try {
        await call();
      } catch (error) {
        fail(error);
      }
      await get().reload();
    }

    const fetchedGroup = (key: string): ReviewGroup | undefined =>
      [...fetched.known, ...fetched.candidates, ...fetched.aliases].find((group) => groupKeyOf(group) === key);

    return {
      queue: EMPTY,
      loaded: false,
      loading: false,
      error: null,
      collapsed: {},

      show: () => {
        visible += 1;
        if (!get().loaded || stale) void get().reload();
        return () => {
          visible -= 1;
        };
      },

      reload: async () => {
        clearTimeout(reloadTimer);
        stale = false;
        const gen = ++generation;
        const mark = decisions.mark();
        set({ loading: true });
        try {
          const queue = await fetchQueue(client, shown);
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
        if (visible === 0) {
          stale = true;
          return;
        }
        reloadTimer = setTimeout(() => void get().reload(), RELOAD_DELAY_MS);
      },

      reset: () => {
        clearTimeout(reloadTimer);
        generation += 1;
        fetched = EMPTY;
        shown.clear();
        decisions.clear();
        set({ queue: EMPTY, loaded: false, loading: false, error: null, collapsed: {} });
        if (visible > 0) void get().reload();
      },

      toggleGroup: (key) =>
        set((state) => {
          const { [key]: folded, ...rest } = state.collapsed;
          return { collapsed: folded ? rest : { ...rest, [key]: true } };
        }),

      showMore: async (group) => {
        const key = groupKeyOf(group);
        const current = fetchedGroup(key);
        if (!current) return;
        shown.set(key, current.mentions.length + SUGGESTION_PAGE);
        const gen = generation;
        try {
          const grown = await withNextPage(client, current);
          // A reload meanwhile brought the group back as long as `shown` says.
          if (gen !== generation || fetchedGroup(key) !== current) return;
          fetched = replaceGroup(fetched, current, grown);
          publish();
        } catch (error) {
          fail(error);
        }
      },

      accept: (officialUid, mentions) => (mentions ? decide('confirmed', officialUid, mentions) : decideAll('confirmed', officialUid)),
      reject: (officialUid, mentions) => (mentions ? decide('rejected', officialUid, mentions) : decideAll('rejected', officialUid)),

      addToRegistry: async (candidate) => {
        const aliases = [...new Set(candidate.handles)].filter((handle) => handle !== candidate.name);
        const official = await decideGroup(candidateKey(candidate), () =>
          client.call('officials.create', { name: candidate.name, aliases, offices: candidate.title ? [{ title: candidate.title }] : [] }),
        );
        if (!official) return;
        offer(`Added ${official.name} to the registry; their mentions are now under Known people.`, 'Undo add to registry', () =>
          undoGroup(candidateKey(candidate), () => client.call('officials.delete', { uids: [official.uid] })),
        );
        // The new person's mentions come back as suggestions of a known person, to accept there.
        await get().reload();
      },

      notAPerson: async (candidate) => {
        const done = await decideGroup(candidateKey(candidate), () => client.call('officials.rejectCandidate', { name: candidate.name }));
        if (!done) return;
        offer(`${candidate.name} will not be suggested again.`, 'Undo not a person', () =>
          undoGroup(candidateKey(candidate), () => client.call('officials.rejectCandidate', { name: candidate.name, rejected: false })),
        );
      },

      acceptAlias: async ({ officialUid, alias, name }) => {
        const key = proposalKey({ officialUid, alias });
        const done = await decideGroup(key, () => client.call('officials.acceptAlias', { officialUid, alias }));
        if (!done) return;
        offer(`Added ${alias} to the aliases of ${name}; where it is written is now suggested as theirs.`, 'Undo accept alias', () =>
          undoGroup(key, () => client.call('officials.acceptAlias', { officialUid, alias, accepted: false })),
        );
        // The handle's mentions come back as suggestions of the person, to accept there.
        await get().reload();
      },

      rejectAlias: async ({ officialUid, alias, name }) => {
        const key = proposalKey({ officialUid, alias });
        const done = await decideGroup(key, () => client.call('officials.rejectAlias', { officialUid, alias }));
        if (!done) return;
        offer(`${alias} will not be proposed as an alias of ${name} again.`, 'Undo reject alias', () =>
          undoGroup(key, () => client.call('officials.rejectAlias', { officialUid, alias, rejected: false })),
        );
      },
    };
  });
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
