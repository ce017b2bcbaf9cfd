import { createStore } from 'zustand/vanilla';
import type { DocumentSort, DocumentSummary } from '../../shared/model/document';
import { messageOf, type Client } from '../api/client';
import type { FiltersStore } from './filters-store';
import type { UiStore, View } from './ui-store';

/** The views that list documents. */
export type ListView = Extract<View, 'library' | 'trash'>;

export type Direction = 'asc' | 'desc';

/** Rows per request: several screens ahead of the reader, yet small enough to arrive at once. */
export const PAGE_SIZE = 200;

export interface DocumentList {
  items: DocumentSummary[];
  /** Where the next page starts; null once every matching row is loaded. */
  nextCursor: string | null;
  /** Matching rows across all pages, as counted with the first page. */
  total: number;
  loaded: boolean;
  loadingMore: boolean;
  error: string | null;
  selected: string | null;
}

export interface DocumentsState {
  lists: Record<ListView, DocumentList>;
  sort: DocumentSort;
  direction: Direction;
  /** Re-reads both lists after the notebook changed, keeping the selection while it still exists. */
  refresh(): Promise<void>;
  /** Starts a list again from its first page, e.g. after the filters changed. */
  reload(view: ListView): Promise<void>;
  loadMore(view: ListView): Promise<void>;
  setSort(sort: DocumentSort): Promise<void>;
  select(view: ListView, uid: string | null): void;
  moveToTrash(uids: string[]): Promise<void>;
  restore(uids: string[]): Promise<void>;
  emptyTrash(): Promise<void>;
  /** Forget everything, e.g. after the host switched notebooks. */
  reset(): void;
}

/** Text columns read naturally A→Z; numbers and dates most useful newest/largest first. */
const DEFAULT_DIRECTION: Record<DocumentSort, Direction> = {
  title: 'asc',
  outlet: 'asc',
  published: 'desc',
  importedAt: 'desc',
  words: 'desc',
};

const emptyList = (): DocumentList => ({ items: [], nextCursor: null, total: 0, loaded: false, loadingMore: false, error: null, selected: null });

const contains = (items: readonly DocumentSummary[], uid: string | null) => uid !== null && items.some((item) => item.uid === uid);

/** Pages can shift while the notebook changes between requests; never show a row twice. */
function append(items: DocumentSummary[], page: readonly DocumentSummary[]): DocumentSummary[] {
  const seen = new Set(items.map((item) => item.uid));
  return [...items, ...page.filter((item) => !seen.has(item.uid))];
}

export function createDocumentsStore(client: Client, ui: UiStore, filters: FiltersStore) {
  // Bumped whenever a list starts again, so pages of an older listing never mix into a newer one.
  const generation: Record<ListView, number> = { library: 0, trash: 0 };

  return createStore<DocumentsState>()((set, get) => {
    function patch(view: ListView, change: (list: DocumentList) => Partial<DocumentList>) {
      set((state) => ({ lists: { ...state.lists, [view]: { ...state.lists[view], ...change(state.lists[view]) } } }));
    }

    function fetchPage(view: ListView, cursor: string | null) {
      const { sort, direction } = get();
      const filter = view === 'library' ? filters.getState().filter : {};
      return client.call('documents.list', { trash: view === 'trash', sort, direction, filter, limit: PAGE_SIZE, cursor });
    }

    /**
     * `refresh` keeps the selection only while it still exists, reading on (up to as far as was loaded)
     * to find it; `restart` keeps it regardless, since sorting or filtering never deletes anything.
     */
    async function loadFirst(view: ListView, mode: 'refresh' | 'restart') {
      const gen = ++generation[view];
      const previous = get().lists[view];
      try {
        const first = await fetchPage(view, null);
        let { items, nextCursor } = first;
        while (mode === 'refresh' && nextCursor !== null && items.length < previous.items.length && !contains(items, previous.selected)) {
          const page = await fetchPage(view, nextCursor);
          if (gen !== generation[view]) return;
          items = append(items, page.items);
          nextCursor = page.nextCursor;
        }
        if (gen !== generation[view]) return;
        // A selection that never was in this list (a search result) cannot be judged by it.
        const current = get().lists[view].selected;
        const gone = mode === 'refresh' && contains(previous.items, current) && !contains(items, current);
        const selected = gone ? null : current;
        const total = first.total ?? items.length;
        set((state) => ({ lists: { ...state.lists, [view]: { items, nextCursor, total, loaded: true, loadingMore: false, error: null, selected } } }));
      } catch (error) {
        if (gen === generation[view]) patch(view, () => ({ loaded: true, error: messageOf(error) }));
      }
    }

    /** Takes rows out of a list at once and keeps the selection on the row that took their place. */
    function removeLocally(view: ListView, uids: readonly string[]) {
      patch(view, (list) => {
        const gone = new Set(uids);
        const items = list.items.filter((item) => !gone.has(item.uid));
        let selected = list.selected;
        if (selected !== null && gone.has(selected)) {
          const index = list.items.findIndex((item) => item.uid === selected);
          selected = items[Math.min(index, items.length - 1)]?.uid ?? null;
        }
        const total = Math.max(items.length, list.total - (list.items.length - items.length));
        return { items, selected, total };
      });
    }

    function titleOf(view: ListView, uids: readonly string[]): string {
      if (uids.length !== 1) return `${uids.length} documents`;
      const item = get().lists[view].items.find((candidate) => candidate.uid === uids[0]);
      return item ? `“${item.title}”` : '1 document';
    }

    async function attempt(action: () => Promise<void>) {
      try {
        await action();
      } catch (error) {
        ui.getState().showToast({ message: messageOf(error), tone: 'error' });
      }
    }

    return {
      lists: { library: emptyList(), trash: emptyList() },
      sort: 'importedAt',
      direction: 'desc',

      refresh: async () => {
        await Promise.all([loadFirst('library', 'refresh'), loadFirst('trash', 'refresh')]);
      },

      reload: (view) => loadFirst(view, 'restart'),

      loadMore: async (view) => {
        const list = get().lists[view];
        if (!list.loaded || list.loadingMore || list.nextCursor === null) return;
        const gen = generation[view];
        patch(view, () => ({ loadingMore: true }));
        try {
          const page = await fetchPage(view, list.nextCursor);
          if (gen !== generation[view]) return;
          patch(view, (current) => ({ items: append(current.items, page.items), nextCursor: page.nextCursor, loadingMore: false }));
        } catch (error) {
          if (gen === generation[view]) patch(view, () => ({ loadingMore: false, error: messageOf(error) }));
        }
      },

      setSort: async (sort) => {
        const { sort: current, direction } = get();
        const next = sort === current ? (direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort];
        set({ sort, direction: next });
        await Promise.all([loadFirst('library', 'restart'), loadFirst('trash', 'restart')]);
      },

      select: (view, uid) => patch(view, () => ({ selected: uid })),

      moveToTrash: (uids) =>
        attempt(async () => {
          if (uids.length === 0) return;
          const name = titleOf('library', uids);
          await client.call('documents.trash', { uids });
          removeLocally('library', uids);
          const undo = {
            label: `Move ${name} to Trash`,
            run: () => attempt(async () => void (await client.call('documents.restore', { uids }))),
          };
          ui.getState().offerUndo(`Moved ${name} to Trash`, undo);
        }),

      restore: (uids) =>
        attempt(async () => {
          if (uids.length === 0) return;
          const name = titleOf('trash', uids);
          await client.call('documents.restore', { uids });
          removeLocally('trash', uids);
          const undo = {
            label: `Restore ${name}`,
            run: () => attempt(async () => void (await client.call('documents.trash', { uids }))),
          };
          ui.getState().offerUndo(`Restored ${name} to the Library`, undo);
        }),

      emptyTrash: () =>
        attempt(async () => {
          const { count } = await client.call('documents.emptyTrash', {});
          generation.trash++;
          set((state) => ({ lists: { ...state.lists, trash: { ...emptyList(), loaded: true } } }));
          const noun = count === 1 ? 'document' : 'documents';
          ui.getState().showToast({ message: `Deleted ${count} ${noun} for good`, tone: 'info' });
        }),

      reset: () => {
        generation.library++;
        generation.trash++;
        set({ lists: { library: emptyList(), trash: emptyList() } });
      },
    };
  });
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
