import type { Client } from '../api/client';
import { createDocumentsStore } from './documents-store';
import { createFiltersStore } from './filters-store';
import { createImportsStore } from './imports-store';
import { createLayoutStore } from './layout-store';
import { createNotebookStore } from './notebook-store';
import { createReaderStore } from './reader-store';
import { createSearchStore } from './search-store';
import { createUiStore } from './ui-store';

export function createAppStores(client: Client, storage?: Pick<Storage, 'getItem' | 'setItem'>) {
  const ui = createUiStore();
  const filters = createFiltersStore(client);
  return {
    ui,
    layout: createLayoutStore(storage),
    notebook: createNotebookStore(client),
    filters,
    documents: createDocumentsStore(client, ui, filters),
    search: createSearchStore(client, filters),
    reader: createReaderStore(client),
    imports: createImportsStore(client, ui),
  };
}

export type AppStores = ReturnType<typeof createAppStores>;

/** Loads what the first screen shows. */
export async function loadInitial(stores: AppStores): Promise<void> {
  await Promise.all([stores.notebook.getState().load(), stores.documents.getState().refresh(), stores.filters.getState().loadFacets()]);
}

/** Routes the core's and the host's events, and filter changes, into the stores; returns the unsubscribe. */
export function connectEvents(client: Client, stores: AppStores): () => void {
  const offs = [
    // One set of filters narrows the list and the search alike.
    stores.filters.subscribe((state, previous) => {
      if (state.filter === previous.filter) return;
      void stores.documents.getState().reload('library');
      void stores.search.getState().rerun();
    }),
    client.on('notebook.changed', ({ tables }) => {
      const everything = tables.includes('*');
      if (everything) {
        stores.search.getState().clear();
        stores.filters.getState().clear();
        stores.documents.getState().reset();
        void stores.reader.getState().open(null);
      }
      if (everything || tables.includes('documents')) {
        void stores.notebook.getState().load();
        void stores.documents.getState().refresh();
        void stores.filters.getState().loadFacets();
        void stores.search.getState().rerun();
        void stores.reader.getState().reload();
      }
    }),
    client.on('job.progress', (event) => stores.imports.getState().onProgress(event)),
    client.on('job.done', (event) => stores.imports.getState().onDone(event)),
    client.on('app.command', ({ command }) => {
      const ui = stores.ui.getState();
      if (command === 'import.files') ui.requestPicker('files');
      else if (command === 'import.folder') ui.requestPicker('folder');
      else if (command === 'view.library') ui.setView('library');
      else ui.setView('trash');
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
