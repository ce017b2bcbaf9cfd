import { createStore } from 'zustand/vanilla';
import type { DocumentSort, DocumentSummary } from '../../shared/model/document';
import { messageOf, type Client } from '../api/client';
import type { UiStore, View } from './ui-store';

export type Direction = 'asc' | 'desc';

export interface DocumentList {
  items: DocumentSummary[];
  loaded: boolean;
  error: string | null;
  selected: string | null;
}

export interface DocumentsState {
  lists: Record<View, DocumentList>;
  sort: DocumentSort;
  direction: Direction;
  refresh(): Promise<void>;
  setSort(sort: DocumentSort): Promise<void>;
  select(view: View, uid: string | null): void;
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

const emptyList = (): DocumentList => ({ items: [], loaded: false, error: null, selected: null });

export function createDocumentsStore(client: Client, ui: UiStore) {
  // Only the newest list request may write, so a slow answer never overwrites a fresher one.
  let requestSeq = 0;

  return createStore<DocumentsState>()((set, get) => {
    async function load(view: View, seq: number) {
      const { sort, direction } = get();
      try {
        const { items } = await client.call('documents.list', { trash: view === 'trash', sort, direction });
        if (seq !== requestSeq) return;
        set((state) => {
          const previous = state.lists[view];
          const selected = items.some((item) => item.uid === previous.selected) ? previous.selected : null;
          return { lists: { ...state.lists, [view]: { items, loaded: true, error: null, selected } } };
        });
      } catch (error) {
        if (seq !== requestSeq) return;
        set((state) => ({ lists: { ...state.lists, [view]: { ...state.lists[view], loaded: true, error: messageOf(error) } } }));
      }
    }

    /** Takes rows out of a list at once and keeps the selection on the row that took their place. */
    function removeLocally(view: View, uids: readonly string[]) {
      set((state) => {
        const list = state.lists[view];
        const gone = new Set(uids);
        const items = list.items.filter((item) => !gone.has(item.uid));
        let selected = list.selected;
        if (selected !== null && gone.has(selected)) {
          const index = list.items.findIndex((item) => item.uid === selected);
          selected = items[Math.min(index, items.length - 1)]?.uid ?? null;
        }
        return { lists: { ...state.lists, [view]: { ...list, items, selected } } };
      });
    }

    function titleOf(view: View, uids: readonly string[]): string {
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
        const seq = ++requestSeq;
        await Promise.all([load('library', seq), load('trash', seq)]);
      },

      setSort: async (sort) => {
        const { sort: current, direction } = get();
        const next = sort === current ? (direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort];
        set({ sort, direction: next });
        await get().refresh();
      },

      select: (view, uid) => set((state) => ({ lists: { ...state.lists, [view]: { ...state.lists[view], selected: uid } } })),

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
          ui.getState().pushUndo(undo);
          ui.getState().showToast({ message: `Moved ${name} to Trash`, tone: 'info', undo });
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
          ui.getState().pushUndo(undo);
          ui.getState().showToast({ message: `Restored ${name} to the Library`, tone: 'info', undo });
        }),

      emptyTrash: () =>
        attempt(async () => {
          const { count } = await client.call('documents.emptyTrash', {});
          removeLocally('trash', get().lists.trash.items.map((item) => item.uid));
          const noun = count === 1 ? 'document' : 'documents';
          ui.getState().showToast({ message: `Deleted ${count} ${noun} for good`, tone: 'info' });
        }),

      reset: () => {
        requestSeq++;
        set({ lists: { library: emptyList(), trash: emptyList() } });
      },
    };
  });
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
