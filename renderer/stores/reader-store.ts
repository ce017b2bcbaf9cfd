import { createStore } from 'zustand/vanilla';
import type { DocumentPatch, DocumentRecord } from '../../shared/model/document';
import { ClientError, messageOf, type Client } from '../api/client';
import type { UiStore } from './ui-store';

export type DetailField = keyof DocumentPatch;

export interface ReaderState {
  uid: string | null;
  document: DocumentRecord | null;
  error: string | null;
  saving: boolean;
  /** Problems the core found in the last save, by field, in its own words. */
  fieldErrors: Partial<Record<DetailField, string>>;
  saveError: string | null;
  reextracting: boolean;
  reextractError: string | null;
  open(uid: string | null): Promise<void>;
  /** Re-reads the open document after the notebook changed underneath it. */
  reload(): Promise<void>;
  save(patch: DocumentPatch): Promise<boolean>;
  /** Reads the details from the file again; the core keeps whatever was set by hand. */
  reextract(): Promise<void>;
  clearErrors(): void;
  /** Replaces the text (a correction); annotations are re-anchored by the core. Undoable. */
  editText(text: string): Promise<boolean>;
  /**
   * A passage to scroll to and flash once its document shows (a mention opened from a profile or
   * the review queue); the Reader clears it when shown, so it is shown once.
   */
  passage: PassageRequest | null;
  showPassage(documentUid: string, span: { start: number; end: number }): void;
  passageShown(seq: number): void;
}

export interface PassageRequest {
  documentUid: string;
  start: number;
  end: number;
  seq: number;
}

const DETAIL_FIELDS: readonly DetailField[] = ['title', 'outlet', 'author', 'url', 'published', 'language'];

/** "12 kept, 1 changed, 1 unanchored": what happened to the annotations after a text edit. */
function reanchorSummary(counts: Record<string, number>): string {
  const parts = [
    counts.anchored ? `${counts.anchored} kept` : '',
    counts.moved ? `${counts.moved} moved` : '',
    counts.changed ? `${counts.changed} changed` : '',
    counts.orphaned ? `${counts.orphaned} unanchored` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` Annotations: ${parts.join(', ')}.`;
}

export function createReaderStore(client: Client, ui: UiStore) {
  return createStore<ReaderState>()((set, get) => {
    async function fetchDocument(uid: string) {
      try {
        const document = await client.call('documents.get', { uid });
        if (get().uid === uid) set({ document, error: null });
      } catch (error) {
        if (get().uid !== uid) return;
        if (error instanceof ClientError && error.code === 'NOT_FOUND') set({ uid: null, document: null, error: null });
        else set({ error: messageOf(error) });
      }
    }

    return {
      uid: null,
      document: null,
      error: null,
      saving: false,
      fieldErrors: {},
      saveError: null,
      reextracting: false,
      reextractError: null,
      passage: null,

      showPassage: (documentUid, { start, end }) =>
        set((state) => ({ passage: { documentUid, start, end, seq: (state.passage?.seq ?? 0) + 1 } })),

      passageShown: (seq) => set((state) => (state.passage?.seq === seq ? { passage: null } : {})),

      open: async (uid) => {
        if (uid === get().uid) return;
        set({ uid, document: null, error: null, fieldErrors: {}, saveError: null, reextractError: null });
        if (uid !== null) await fetchDocument(uid);
      },

      reload: async () => {
        const { uid } = get();
        if (uid !== null) await fetchDocument(uid);
      },

      clearErrors: () => set({ fieldErrors: {}, saveError: null }),

      editText: async (text) => {
        const { uid, document: before } = get();
        if (uid === null || before === null) return false;
        try {
          const { document, reanchored } = await client.call('documents.editText', { uid, text });
          if (get().uid === uid) set({ document });
          const undo = {
            label: 'Undo text edit',
            run: async () => {
              try {
                const { document: restored } = await client.call('documents.editText', { uid, text: before.text });
                if (get().uid === uid) set({ document: restored });
              } catch (error) {
                ui.getState().showToast({ message: messageOf(error), tone: 'error' });
              }
            },
          };
          ui.getState().offerUndo(`Text saved.${reanchorSummary(reanchored)}`, undo);
          return true;
        } catch (error) {
          ui.getState().showToast({ message: messageOf(error), tone: 'error' });
          return false;
        }
      },

      save: async (patch) => {
        const { uid } = get();
        if (uid === null) return false;
        set({ saving: true, fieldErrors: {}, saveError: null });
        try {
          const document = await client.call('documents.update', { uid, patch });
          if (get().uid === uid) set({ document });
          return true;
        } catch (error) {
          const fieldErrors = fieldErrorsOf(error);
          const saveError = Object.keys(fieldErrors).length > 0 ? null : messageOf(error);
          set({ fieldErrors, saveError });
          return false;
        } finally {
          set({ saving: false });
        }
      },

      reextract: async () => {
        const { uid } = get();
        if (uid === null) return;
        set({ reextracting: true, reextractError: null });
        try {
          const document = await client.call('documents.reextract', { uid });
          if (get().uid === uid) set({ document });
        } catch (error) {
          if (get().uid === uid) set({ reextractError: messageOf(error) });
        } finally {
          set({ reextracting: false });
        }
      },
    };
  });
}

/** Maps the core's validation issues (path `patch.<field>`) onto the form's fields. */
function fieldErrorsOf(error: unknown): Partial<Record<DetailField, string>> {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT') return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const errors: Partial<Record<DetailField, string>> = {};
  for (const issue of issues as { path?: unknown[]; message?: unknown }[]) {
    const field = issue.path?.[1];
    if (typeof field === 'string' && (DETAIL_FIELDS as readonly string[]).includes(field) && typeof issue.message === 'string') {
      errors[field as DetailField] ??= sentenceCase(issue.message);
    }
  }
  return errors;
}

function sentenceCase(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
