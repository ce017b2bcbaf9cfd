import { createStore } from 'zustand/vanilla';
import type { ChannelOutput } from '../../shared/contract/channels';
import { messageOf, type Client } from '../api/client';

export type NotebookInfo = ChannelOutput<'notebook.info'>;

export interface NotebookState {
  info: NotebookInfo | null;
  error: string | null;
  load(): Promise<void>;
}

export function createNotebookStore(client: Client) {
  return createStore<NotebookState>()((set) => ({
    info: null,
    error: null,
    load: async () => {
      try {
        set({ info: await client.call('notebook.info', {}), error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
  }));
}

export type NotebookStore = ReturnType<typeof createNotebookStore>;
