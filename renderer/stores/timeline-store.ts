import { createStore } from 'zustand/vanilla';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { MeetingListItem } from '../../shared/model/meeting';
import { messageOf, type Client } from '../api/client';

export type TimelineLanes = 'place' | 'topic';

/** The visible stretch of time, in UTC milliseconds. */
export interface TimelineWindow {
  start: number;
  end: number;
}

export interface TimelineState {
  items: MeetingListItem[];
  loaded: boolean;
  error: string | null;
  lanes: TimelineLanes;
  /** Null until the view has fitted it to the meetings; kept while the researcher moves about. */
  window: TimelineWindow | null;
  focusedUid: string | null;
  /** Loads every meeting once; later calls do nothing until a change marks the list stale. */
  ensureLoaded(): Promise<void>;
  load(): Promise<void>;
  /** A change in the core: reloads soon when the timeline has been shown, batching bursts of edits. */
  reloadSoon(): void;
  setLanes(lanes: TimelineLanes): void;
  setWindow(window: TimelineWindow): void;
  focus(uid: string | null): void;
}

/** The channel's largest page; a notebook of 5,000 meetings loads in one call. */
const PAGE = 5_000;
const RELOAD_DELAY_MS = 300;

export function createTimelineStore(client: Client) {
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  return createStore<TimelineState>()((set, get) => ({
    items: [],
    loaded: false,
    error: null,
    lanes: 'place',
    window: null,
    focusedUid: null,

    ensureLoaded: async () => {
      if (!get().loaded) await get().load();
    },

    load: async () => {
      const mine = ++generation;
      try {
        const items: MeetingListItem[] = [];
        let cursor: string | null = null;
        do {
          const page: ChannelOutput<'meetings.list'> = await client.call('meetings.list', { filter: {}, direction: 'asc', limit: PAGE, cursor });
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor !== null);
        // A slower, older load must not overwrite a newer one.
        if (mine !== generation) return;
        const focusedUid = items.some((item) => item.uid === get().focusedUid) ? get().focusedUid : null;
        set({ items, loaded: true, error: null, focusedUid });
      } catch (error) {
        if (mine === generation) set({ error: messageOf(error), loaded: true });
      }
    },

    reloadSoon: () => {
      if (!get().loaded) return;
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(() => void get().load(), RELOAD_DELAY_MS);
    },

    setLanes: (lanes) => set({ lanes }),
    setWindow: (window) => {
      if (!(window.end > window.start)) throw new RangeError('a timeline window must end after it starts');
      set({ window });
    },
    focus: (uid) => set({ focusedUid: uid }),
  }));
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;
