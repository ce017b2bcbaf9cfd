import { createStore } from 'zustand/vanilla';
import type { Annotation, AnnotationFilter, AnnotationListItem } from '../../shared/model/annotation';
import { messageOf, type Client } from '../api/client';
import type { UiStore } from './ui-store';

/** Rows per request: several screens of cards ahead, yet small enough to arrive at once. */
export const ANNOTATIONS_PAGE_SIZE = 200;
/** Long enough to merge a burst of keystrokes, short enough to feel instant. */
export const ANNOTATIONS_SEARCH_DEBOUNCE_MS = 150;

export type AnnotationFilterPatch = { [K in keyof AnnotationFilter]?: AnnotationFilter[K] | undefined };

export interface AnnotationsViewState {
  items: AnnotationListItem[];
  /** Matching annotations across all pages, as counted with the first page. */
  total: number;
  /** Where the next page starts; null once every matching row is loaded. */
  nextCursor: string | null;
  loaded: boolean;
  loadingMore: boolean;
  error: string | null;
  filter: AnnotationFilter;
  /** The search field's text; `filter.query` follows it after a pause in typing. */
  queryText: string;
  /** Title of the document filter, for its chip; the list may not contain that document yet. */
  documentTitle: string | null;
  selectedUids: string[];
  focusedUid: string | null;
  /** Where Shift+click and Shift+arrows extend the selection from. */
  anchorUid: string | null;
  /** The document of the focused annotation, shown in the Reader. */
  selectedDocumentUid: string | null;
  /** Starts again from the first page, keeping the selection while it still exists. */
  reload(): Promise<void>;
  /** The notebook changed while the view was hidden: its next visit loads afresh. */
  markStale(): void;
  loadMore(): Promise<void>;
  /** Keys set to undefined are removed; the list starts again from its first page. */
  setFilter(patch: AnnotationFilterPatch): void;
  /** Narrows the list to one document, remembering its title for the chip. */
  showDocument(documentUid: string, title: string): void;
  /** Updates the search text at once; the request follows after a short pause. */
  setQuery(text: string): void;
  clearFilters(): void;
  /** Moves the focus to one annotation and selects it alone. */
  focus(uid: string | null): void;
  /** Adds or removes one annotation from the selection (Ctrl/Cmd+click) and focuses it. */
  toggleSelect(uid: string): void;
  /** Selects every loaded annotation from the anchor to `uid` (Shift+click) and focuses it. */
  selectRange(uid: string): void;
  selectAll(): void;
  relabel(uids: string[], change: { add?: string[]; remove?: string[] }, options?: { name?: string }): Promise<void>;
  remove(uids: string[]): Promise<void>;
  reset(): void;
}

export const hasAnnotationFilters = (filter: AnnotationFilter): boolean => Object.values(filter).some((value) => value !== undefined);

const plural = (count: number) => (count === 1 ? '1 annotation' : `${count} annotations`);

const contains = (items: readonly AnnotationListItem[], uid: string | null) => uid !== null && items.some((item) => item.uid === uid);

/** Pages can shift while the notebook changes between requests; never show a row twice. */
function append(items: AnnotationListItem[], page: readonly AnnotationListItem[]): AnnotationListItem[] {
  const seen = new Set(items.map((item) => item.uid));
  return [...items, ...page.filter((item) => !seen.has(item.uid))];
}

function withoutUndefined(filter: AnnotationFilterPatch): AnnotationFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as AnnotationFilter;
}

type Actions = { [K in keyof AnnotationsViewState]: AnnotationsViewState[K] extends (...args: never[]) => unknown ? K : never }[keyof AnnotationsViewState];
type ViewData = Omit<AnnotationsViewState, Actions>;

const initial: ViewData = {
  items: [], total: 0, nextCursor: null, loaded: false, loadingMore: false, error: null,
  filter: {}, queryText: '', documentTitle: null,
  selectedUids: [], focusedUid: null, anchorUid: null, selectedDocumentUid: null,
};

/** Every annotation in the notebook, filtered and paged; bulk changes are undoable. */
export function createAnnotationsViewStore(client: Client, ui: UiStore, debounceMs = ANNOTATIONS_SEARCH_DEBOUNCE_MS) {
  // Bumped whenever the list starts again, so pages of an older listing never mix into a newer one.
  let generation = 0;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });

  return createStore<AnnotationsViewState>()((set, get) => {
    const fetchPage = (cursor: string | null) => client.call('annotations.list', { filter: get().filter, limit: ANNOTATIONS_PAGE_SIZE, cursor });
    const documentOf = (uid: string | null) => get().items.find((item) => item.uid === uid)?.documentUid ?? get().selectedDocumentUid;

    /**
     * `refresh` (the notebook changed) reads on, up to as far as was loaded, to find the focused row and
     * drops what no longer exists; `restart` (the filters changed) keeps the Reader's document as it is.
     */
    async function loadFirst(mode: 'refresh' | 'restart') {
      const gen = ++generation;
      const previous = get();
      try {
        const first = await fetchPage(null);
        let { items, nextCursor } = first;
        while (mode === 'refresh' && nextCursor !== null && items.length < previous.items.length && !contains(items, previous.focusedUid)) {
          const page = await fetchPage(nextCursor);
          if (gen !== generation) return;
          items = append(items, page.items);
          nextCursor = page.nextCursor;
        }
        if (gen !== generation) return;
        const current = get();
        const kept = new Set(items.map((item) => item.uid));
        const selectedUids = current.selectedUids.filter((uid) => kept.has(uid));
        // A focused row that went hands the focus to what is left of the selection.
        const focusedUid = kept.has(current.focusedUid ?? '') ? current.focusedUid : (selectedUids[0] ?? null);
        const focused = items.find((item) => item.uid === focusedUid);
        let selectedDocumentUid = focused && focusedUid !== current.focusedUid ? focused.documentUid : current.selectedDocumentUid;
        // After the notebook changed, a Reader document with nothing left here may be gone too.
        if (mode === 'refresh' && !focused && !items.some((item) => item.documentUid === selectedDocumentUid)) selectedDocumentUid = null;
        set({
          items,
          nextCursor,
          total: first.total ?? items.length,
          loaded: true,
          loadingMore: false,
          error: null,
          selectedUids,
          focusedUid,
          anchorUid: kept.has(current.anchorUid ?? '') ? current.anchorUid : focusedUid,
          selectedDocumentUid,
        });
      } catch (error) {
        if (gen === generation) set({ loaded: true, loadingMore: false, error: messageOf(error) });
      }
    }

    function applyFilter(filter: AnnotationFilter, extra: Partial<AnnotationsViewState> = {}) {
      const unchanged = JSON.stringify(filter) === JSON.stringify(get().filter);
      set({ filter, ...extra });
      if (!unchanged) void loadFirst('restart');
    }

    function mergeItems(changed: readonly Annotation[]) {
      const byUid = new Map(changed.map((item) => [item.uid, item]));
      set((state) => ({ items: state.items.map((item) => ({ ...item, ...byUid.get(item.uid) })) }));
    }

    /** Takes rows out at once and moves the focus to the row that took their place. */
    function removeLocally(uids: readonly string[]) {
      const state = get();
      const gone = new Set(uids);
      const items = state.items.filter((item) => !gone.has(item.uid));
      let { focusedUid, selectedDocumentUid } = state;
      if (focusedUid !== null && gone.has(focusedUid)) {
        const index = state.items.findIndex((item) => item.uid === focusedUid);
        const next = state.items.slice(index).find((item) => !gone.has(item.uid)) ?? items.at(-1);
        focusedUid = next?.uid ?? null;
        selectedDocumentUid = next?.documentUid ?? selectedDocumentUid;
      }
      set({
        items,
        total: Math.max(items.length, state.total - (state.items.length - items.length)),
        focusedUid,
        anchorUid: focusedUid,
        selectedUids: focusedUid === null ? [] : [focusedUid],
        selectedDocumentUid,
      });
    }

    async function sendEdits(edits: Array<{ uid: string; note?: string; labelUids?: string[] }>) {
      try {
        const { items } = await client.call('annotations.update', { edits });
        mergeItems(items);
      } catch (error) {
        fail(error);
      }
    }

    return {
      ...initial,

      reload: () => loadFirst('refresh'),
      markStale: () => set({ loaded: false }),

      loadMore: async () => {
        const { loaded, loadingMore, nextCursor } = get();
        if (!loaded || loadingMore || nextCursor === null) return;
        const gen = generation;
        set({ loadingMore: true });
        try {
          const page = await fetchPage(nextCursor);
          if (gen !== generation) return;
          set((state) => ({ items: append(state.items, page.items), nextCursor: page.nextCursor, loadingMore: false }));
        } catch (error) {
          if (gen === generation) set({ loadingMore: false, error: messageOf(error) });
        }
      },

      setFilter: (patch) => {
        const filter = withoutUndefined({ ...get().filter, ...patch });
        const extra: Partial<AnnotationsViewState> = {};
        if ('query' in patch) {
          clearTimeout(queryTimer);
          extra.queryText = patch.query ?? '';
        }
        if (filter.documentUid !== get().filter.documentUid) extra.documentTitle = null;
        applyFilter(filter, extra);
      },

      showDocument: (documentUid, title) => {
        get().setFilter({ documentUid });
        set({ documentTitle: title });
      },

      setQuery: (text) => {
        if (text === get().queryText) return;
        set({ queryText: text });
        clearTimeout(queryTimer);
        queryTimer = setTimeout(() => {
          const query = get().queryText.trim() || undefined;
          if (query !== get().filter.query) applyFilter(withoutUndefined({ ...get().filter, query }));
        }, debounceMs);
      },

      clearFilters: () => {
        clearTimeout(queryTimer);
        applyFilter({}, { queryText: '', documentTitle: null });
      },

      focus: (uid) =>
        set({ focusedUid: uid, anchorUid: uid, selectedUids: uid === null ? [] : [uid], selectedDocumentUid: uid === null ? get().selectedDocumentUid : documentOf(uid) }),

      toggleSelect: (uid) =>
        set((state) => ({
          selectedUids: state.selectedUids.includes(uid) ? state.selectedUids.filter((candidate) => candidate !== uid) : [...state.selectedUids, uid],
          focusedUid: uid,
          anchorUid: uid,
          selectedDocumentUid: documentOf(uid),
        })),

      selectRange: (uid) =>
        set((state) => {
          const uids = state.items.map((item) => item.uid);
          const to = uids.indexOf(uid);
          const from = state.anchorUid === null ? -1 : uids.indexOf(state.anchorUid);
          if (to < 0) return {};
          const [low, high] = from < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
          return {
            selectedUids: uids.slice(low, high + 1),
            focusedUid: uid,
            anchorUid: from < 0 ? uid : state.anchorUid,
            selectedDocumentUid: documentOf(uid),
          };
        }),

      selectAll: () =>
        set((state) => {
          const focusedUid = state.focusedUid ?? state.items[0]?.uid ?? null;
          return { selectedUids: state.items.map((item) => item.uid), focusedUid, anchorUid: state.anchorUid ?? focusedUid, selectedDocumentUid: documentOf(focusedUid) };
        }),

      relabel: async (uids, { add = [], remove = [] }, options = {}) => {
        if (uids.length === 0 || add.length + remove.length === 0) return;
        let previous;
        try {
          const answer = await client.call('annotations.relabel', { uids, add, remove });
          mergeItems(answer.items);
          previous = answer.previous;
        } catch (error) {
          fail(error);
          return;
        }
        const name = options.name ? `“${options.name}”` : null;
        const count = plural(uids.length);
        const message = !name ? `Changed the labels of ${count}.` : add.length > 0 ? `Added ${name} to ${count}.` : `Removed ${name} from ${count}.`;
        const edits = previous;
        const undo = { label: 'Undo label change', run: () => (edits.length > 0 ? sendEdits(edits) : Promise.resolve()) };
        ui.getState().offerUndo(message, undo);
      },

      remove: async (uids) => {
        if (uids.length === 0) return;
        try {
          await client.call('annotations.delete', { uids });
        } catch (error) {
          fail(error);
          return;
        }
        removeLocally(uids);
        const undo = {
          label: 'Undo delete',
          run: async () => {
            try {
              await client.call('annotations.restore', { uids });
              await loadFirst('refresh');
              // Bring back the selection too, so a second action can follow at once.
              const back = uids.filter((uid) => contains(get().items, uid));
              if (back.length > 0) set({ selectedUids: back, focusedUid: back[0]!, anchorUid: back[0]!, selectedDocumentUid: documentOf(back[0]!) });
            } catch (error) {
              fail(error);
            }
          },
        };
        ui.getState().offerUndo(uids.length === 1 ? 'Deleted the annotation.' : `Deleted ${uids.length} annotations.`, undo);
      },

      reset: () => {
        generation++;
        clearTimeout(queryTimer);
        set({ ...initial });
      },
    };
  });
}

export type AnnotationsViewStore = ReturnType<typeof createAnnotationsViewStore>;
