import { createStore } from 'zustand/vanilla';
import type { Annotation } from '../../shared/model/annotation';
import { messageOf, type Client } from '../api/client';
import type { UiStore } from './ui-store';
import { nextPaint } from '../components/after-paint';

export interface Selection {
  start: number;
  end: number;
  exact: string;
}

export interface AnnotationsState {
  documentUid: string | null;
  items: Annotation[];
  loaded: boolean;
  error: string | null;
  selectedUid: string | null;
  /** Bumped to scroll to and flash an annotation's passage. */
  flash: { uid: string; seq: number } | null;
  /** The card whose note editor should open (a new "highlight + note"). */
  editingUid: string | null;
  /** The card whose label picker is open (from its button or a highlight's right-click menu). */
  labelsOpenUid: string | null;
  setLabelsOpen(uid: string | null): void;
  /** An unanchored annotation waiting for the researcher to select its new passage. */
  reattachingUid: string | null;
  setReattaching(uid: string | null): void;
  load(documentUid: string | null): Promise<void>;
  reload(): Promise<void>;
  /**
   * Reloads after the notebook changed, a moment later: a burst of changes costs one reload, and
   * the store's own changes (already applied here) are painted before the list comes back.
   */
  reloadSoon(): void;
  select(uid: string | null, options?: { flash?: boolean }): void;
  setEditing(uid: string | null): void;
  create(input: { selection?: Selection; note?: string; labelUids?: string[] }): Promise<Annotation | null>;
  setNote(uid: string, note: string): Promise<boolean>;
  setLabels(uid: string, labelUids: string[]): Promise<boolean>;
  /** Deletes with an Undo toast; `silent` is for undoing a creation. */
  remove(uids: string[], options?: { silent?: boolean }): Promise<void>;
  reattach(uid: string, selection: Selection): Promise<boolean>;
}

const RELOAD_DELAY_MS = 400;

/** The open document's annotations; every change is undoable for the session. */
export function createAnnotationsStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });

  return createStore<AnnotationsState>()((set, get) => {
    /** Highlights painted before the core saved them, by provisional uid: what the save became. */
    const saving = new Map<string, Promise<Annotation | null>>();
    /** Bumped by every change this store makes, so a list fetched before one is not applied over it. */
    let changes = 0;

    /** The saved uids for these, waiting for any still being saved; a refused save drops out. */
    async function savedUids(uids: readonly string[]): Promise<string[]> {
      const saved = await Promise.all(uids.map(async (uid) => (saving.has(uid) ? ((await saving.get(uid))?.uid ?? null) : uid)));
      return saved.filter((uid): uid is string => uid !== null);
    }

    async function fetchItems(documentUid: string) {
      const seen = changes;
      try {
        const { items: fetched } = await client.call('annotations.forDocument', { documentUid });
        if (get().documentUid !== documentUid) return;
        if (seen !== changes) {
          get().reloadSoon();
          return;
        }
        const items = sharedWith(get().items, fetched);
        const selectedUid = items.some((item) => item.uid === get().selectedUid) ? get().selectedUid : null;
        set({ items, loaded: true, error: null, selectedUid });
      } catch (error) {
        if (get().documentUid === documentUid) set({ error: messageOf(error), loaded: true });
      }
    }

    async function applyEdits(requested: Array<{ uid: string; note?: string; labelUids?: string[] }>, label: string): Promise<boolean> {
      try {
        const edits = (await Promise.all(requested.map(async (edit) => ({ ...edit, uid: (await savedUids([edit.uid]))[0] })))).filter(
          (edit): edit is typeof edit & { uid: string } => edit.uid !== undefined,
        );
        if (edits.length === 0) return false;
        changes += 1;
        const { items, previous } = await client.call('annotations.update', { edits });
        mergeItems(items);
        ui.getState().pushUndo({ label, run: () => applyEdits(previous, label).then(() => undefined) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    }

    function mergeItems(changed: readonly Annotation[]) {
      const byUid = new Map(changed.map((item) => [item.uid, item]));
      set((state) => ({ items: state.items.map((item) => byUid.get(item.uid) ?? item) }));
    }

    let reloadTimer: ReturnType<typeof setTimeout> | undefined;

    return {
      documentUid: null,
      items: [],
      loaded: false,
      error: null,
      selectedUid: null,
      flash: null,
      editingUid: null,
      reattachingUid: null,
      labelsOpenUid: null,

      setLabelsOpen: (uid) => set({ labelsOpenUid: uid }),

      setReattaching: (uid) => set({ reattachingUid: uid }),

      load: async (documentUid) => {
        if (documentUid === get().documentUid) return;
        set({ documentUid, items: [], loaded: false, error: null, selectedUid: null, editingUid: null, reattachingUid: null, labelsOpenUid: null });
        if (documentUid !== null) await fetchItems(documentUid);
      },

      reload: async () => {
        const { documentUid } = get();
        if (documentUid !== null) await fetchItems(documentUid);
      },

      reloadSoon: () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => void get().reload(), RELOAD_DELAY_MS);
      },

      select: (uid, options = {}) =>
        set((state) => ({ selectedUid: uid, flash: uid !== null && options.flash ? { uid, seq: (state.flash?.seq ?? 0) + 1 } : state.flash })),

      setEditing: (uid) => set({ editingUid: uid }),

      create: async ({ selection, note = '', labelUids = [] }) => {
        const { documentUid } = get();
        if (documentUid === null) return null;
        // The highlight is painted at once and the saved annotation takes its place when the core
        // answers; if the core refuses it, it goes again and the toast says why.
        const provisional = selection ? provisionalAnnotation(documentUid, selection, note, labelUids) : null;
        changes += 1;
        if (provisional) set((state) => ({ items: insertInOrder(state.items, provisional), selectedUid: provisional.uid }));
        const replace = (annotation: Annotation | null) => {
          if (!provisional || get().documentUid !== documentUid) return;
          set((state) => ({
            items: state.items.flatMap((item) => (item.uid === provisional.uid ? (annotation ? [annotation] : []) : [item])),
            selectedUid: state.selectedUid === provisional.uid ? (annotation?.uid ?? null) : state.selectedUid,
          }));
        };
        // The core is asked once the provisional highlight is on screen: with few cores, its work
        // (and the notebook's change events) would otherwise compete with drawing that frame.
        const saved = (provisional ? nextPaint() : Promise.resolve()).then(() =>
          client.call('annotations.create', { documentUid, ...(selection && { selection }), note, labelUids }),
        );
        if (provisional) saving.set(provisional.uid, saved.catch(() => null));
        try {
          const annotation = await saved;
          if (provisional) replace(annotation);
          else if (get().documentUid === documentUid) {
            set((state) => ({ items: insertInOrder(state.items, annotation), selectedUid: annotation.uid }));
          }
          const undo = { label: 'Undo highlight', run: () => get().remove([annotation.uid], { silent: true }) };
          ui.getState().pushUndo(undo);
          return annotation;
        } catch (error) {
          replace(null);
          fail(error);
          return null;
        }
      },

      setNote: (uid, note) => applyEdits([{ uid, note }], 'Undo note edit'),
      setLabels: (uid, labelUids) => applyEdits([{ uid, labelUids }], 'Undo label change'),

      remove: async (requested, options = {}) => {
        const uids = await savedUids(requested);
        if (uids.length === 0) return;
        changes += 1;
        try {
          await client.call('annotations.delete', { uids });
        } catch (error) {
          fail(error);
          return;
        }
        const gone = new Set([...requested, ...uids]);
        set((state) => ({
          items: state.items.filter((item) => !gone.has(item.uid)),
          selectedUid: gone.has(state.selectedUid ?? '') ? null : state.selectedUid,
        }));
        if (options.silent) return;
        const undo = {
          label: 'Undo delete',
          run: async () => {
            try {
              changes += 1;
              await client.call('annotations.restore', { uids });
              await get().reload();
            } catch (error) {
              fail(error);
            }
          },
        };
        ui.getState().offerUndo(uids.length === 1 ? 'Deleted the annotation.' : `Deleted ${uids.length} annotations.`, undo);
      },

      reattach: async (uid, selection) => {
        changes += 1;
        try {
          const annotation = await client.call('annotations.reattach', { uid, selection });
          set((state) => ({ items: insertInOrder(state.items.filter((item) => item.uid !== uid), annotation), selectedUid: uid, reattachingUid: null }));
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
    };
  });
}

let provisionalCount = 0;

/** Stands in for a highlight until the core has saved it; its uid is never sent to the core. */
function provisionalAnnotation(documentUid: string, selection: Selection, note: string, labelUids: string[]): Annotation {
  const now = new Date().toISOString();
  provisionalCount += 1;
  return {
    uid: `pending-${provisionalCount}`,
    documentUid,
    passage: { ...selection, prefix: '', suffix: '', state: 'anchored' },
    note,
    labelUids,
    createdAt: now,
    updatedAt: now,
  };
}

export function isProvisional(annotation: Annotation): boolean {
  return annotation.uid.startsWith('pending-');
}

/**
 * The fetched list, reusing the objects (and the array) that did not change, so that a reload after
 * the notebook changed re-renders only the cards and highlights that did.
 */
function sharedWith(current: readonly Annotation[], fetched: readonly Annotation[]): Annotation[] {
  const byUid = new Map(current.map((item) => [item.uid, item]));
  let changed = current.length !== fetched.length;
  const items = fetched.map((item, index) => {
    const old = byUid.get(item.uid);
    const same = old !== undefined && sameAnnotation(old, item);
    if (!same || current[index] !== old) changed = true;
    return same ? old : item;
  });
  return changed ? items : (current as Annotation[]);
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.note === b.note &&
    a.labelUids.join() === b.labelUids.join() &&
    a.passage?.start === b.passage?.start &&
    a.passage?.end === b.passage?.end &&
    a.passage?.state === b.passage?.state &&
    a.passage?.exact === b.passage?.exact
  );
}

/** Keeps the order the core returns: whole-document notes first, then passages by position. */
function insertInOrder(items: readonly Annotation[], annotation: Annotation): Annotation[] {
  const key = (item: Annotation) => (item.passage ? item.passage.start : -1);
  const index = items.findIndex((item) => key(item) > key(annotation));
  return index < 0 ? [...items, annotation] : [...items.slice(0, index), annotation, ...items.slice(index)];
}

export type AnnotationsStore = ReturnType<typeof createAnnotationsStore>;
