import { createStore } from 'zustand/vanilla';

export type View = 'library' | 'annotations' | 'officials' | 'meetings' | 'timeline' | 'trash';
export type PickerKind = 'files' | 'folder';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** The toast offers this undo; the same entry also answers Ctrl/Cmd+Z. */
  undo?: UndoEntry;
}

export interface UndoEntry {
  label: string;
  run: () => Promise<void>;
}

export interface UiState {
  view: View;
  toasts: Toast[];
  undoStack: UndoEntry[];
  /** Bumped to ask the import controller to open a file picker (menus and buttons alike). */
  pickerRequest: { kind: PickerKind; seq: number } | null;
  unauthorised: boolean;
  setView(view: View): void;
  showToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
  pushUndo(entry: UndoEntry): void;
  /** Says what was done in a toast offering Undo; the same entry also answers Ctrl/Cmd+Z. */
  offerUndo(message: string, entry: UndoEntry): void;
  undoLast(): Promise<void>;
  /** Undoes one entry (a toast's Undo), even if newer entries followed it. */
  undo(entry: UndoEntry): Promise<void>;
  requestPicker(kind: PickerKind): void;
  markUnauthorised(): void;
}

const MAX_UNDO = 20;
let nextToastId = 1;

export function createUiStore() {
  return createStore<UiState>()((set, get) => ({
    view: 'library',
    toasts: [],
    undoStack: [],
    pickerRequest: null,
    unauthorised: false,
    setView: (view) => set({ view }),
    showToast: (toast) => {
      const id = nextToastId++;
      set((state) => ({ toasts: [...state.toasts, { ...toast, id }] }));
      return id;
    },
    dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
    pushUndo: (entry) => set((state) => ({ undoStack: [...state.undoStack, entry].slice(-MAX_UNDO) })),
    offerUndo: (message, entry) => {
      get().pushUndo(entry);
      get().showToast({ message, tone: 'info', undo: entry });
    },
    undoLast: async () => {
      const entry = get().undoStack.at(-1);
      if (entry) await get().undo(entry);
    },
    undo: async (entry) => {
      if (!get().undoStack.includes(entry)) return;
      // Drop the entry and any toast offering it first, so a second press never replays it.
      set((state) => ({
        undoStack: state.undoStack.filter((candidate) => candidate !== entry),
        toasts: state.toasts.filter((toast) => toast.undo !== entry),
      }));
      await entry.run();
    },
    requestPicker: (kind) => set((state) => ({ pickerRequest: { kind, seq: (state.pickerRequest?.seq ?? 0) + 1 } })),
    markUnauthorised: () => set({ unauthorised: true }),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
