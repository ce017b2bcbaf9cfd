import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../shared/contract/channels';
import type { Codebook, Label, LabelPatch } from '../../shared/model/annotation';
import { messageOf, type Client } from '../api/client';
import type { UiStore } from './ui-store';

export interface LabelsState {
  labels: Label[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  /**
   * Resolves to the new label, or null after telling the user why not: in a toast, or through
   * `onError` when the caller shows errors itself (a dialog beside its fields).
   */
  create(input: ChannelInput<'labels.create'>, onError?: (message: string) => void): Promise<Label | null>;
  update(uid: string, patch: LabelPatch, onError?: (message: string) => void): Promise<boolean>;
  reorder(uids: string[]): Promise<void>;
  merge(sourceUid: string, targetUid: string): Promise<void>;
  remove(uid: string): Promise<void>;
  exportCodebook(): Promise<Codebook | null>;
  importCodebook(codebook: unknown, onError?: (message: string) => void): Promise<void>;
}

export function createLabelsStore(client: Client, ui: UiStore) {
  const fail = (error: unknown, onError?: (message: string) => void) => {
    if (onError) onError(messageOf(error));
    else ui.getState().showToast({ message: messageOf(error), tone: 'error' });
  };
  return createStore<LabelsState>()((set, get) => ({
    labels: [],
    loaded: false,
    error: null,

    load: async () => {
      try {
        const { labels } = await client.call('labels.list', {});
        set({ labels, loaded: true, error: null });
      } catch (error) {
        set({ error: messageOf(error), loaded: true });
      }
    },

    create: async (input, onError) => {
      try {
        const label = await client.call('labels.create', input);
        await get().load();
        return label;
      } catch (error) {
        fail(error, onError);
        return null;
      }
    },

    update: async (uid, patch, onError) => {
      const before = get().labels.find((label) => label.uid === uid);
      try {
        await client.call('labels.update', { uid, patch });
        await get().load();
        if (before) {
          const undoPatch = Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof LabelPatch]])) as LabelPatch;
          ui.getState().pushUndo({ label: `Undo label change`, run: () => get().update(uid, undoPatch).then(() => undefined) });
        }
        return true;
      } catch (error) {
        fail(error, onError);
        return false;
      }
    },

    reorder: async (uids) => {
      try {
        await client.call('labels.reorder', { uids });
      } catch (error) {
        fail(error);
      }
      await get().load();
    },

    merge: async (sourceUid, targetUid) => {
      try {
        const { label, annotations } = await client.call('labels.merge', { sourceUid, targetUid });
        ui.getState().showToast({ message: `Merged into “${label.name}” (${annotations} annotation${annotations === 1 ? '' : 's'} relabelled).`, tone: 'info' });
      } catch (error) {
        fail(error);
      }
      await get().load();
    },

    remove: async (uid) => {
      const label = get().labels.find((candidate) => candidate.uid === uid);
      try {
        await client.call('labels.delete', { uid });
        if (label) ui.getState().showToast({ message: `Deleted the label “${label.name}”.`, tone: 'info' });
      } catch (error) {
        fail(error);
      }
      await get().load();
    },

    exportCodebook: async () => {
      try {
        return await client.call('labels.export', {});
      } catch (error) {
        fail(error);
        return null;
      }
    },

    importCodebook: async (codebook, onError) => {
      try {
        const { created, updated } = await client.call('labels.import', { codebook: codebook as Codebook });
        ui.getState().showToast({ message: `Codebook imported: ${created} new label${created === 1 ? '' : 's'}, ${updated} updated.`, tone: 'info' });
      } catch (error) {
        fail(error, onError);
      }
      await get().load();
    },
  }));
}

export type LabelsStore = ReturnType<typeof createLabelsStore>;
