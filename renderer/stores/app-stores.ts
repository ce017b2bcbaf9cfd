import type { Client } from '../api/client';
import { createAnnotationsStore } from './annotations-store';
import { createAnnotationsViewStore } from './annotations-view-store';
import { createDocumentsStore } from './documents-store';
import { createFiltersStore } from './filters-store';
import { createImportsStore } from './imports-store';
import { createLabelsStore } from './labels-store';
import { createLayoutStore } from './layout-store';
import { createMeetingsStore } from './meetings-store';
import { createMentionsStore } from './mentions-store';
import { createNotebookStore } from './notebook-store';
import { createOfficialsStore } from './officials-store';
import { createReaderStore } from './reader-store';
import { createReviewStore } from './review-store';
import { createSearchStore } from './search-store';
import { createTimelineStore } from './timeline-store';
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
    reader: createReaderStore(client, ui),
    imports: createImportsStore(client, ui),
    labels: createLabelsStore(client, ui),
    annotations: createAnnotationsStore(client, ui),
    annotationsView: createAnnotationsViewStore(client, ui),
    officials: createOfficialsStore(client, ui),
    review: createReviewStore(client, ui),
    mentions: createMentionsStore(client, ui),
    meetings: createMeetingsStore(client, ui),
    timeline: createTimelineStore(client),
  };
}

export type AppStores = ReturnType<typeof createAppStores>;

/** Loads what the first screen shows. */
export async function loadInitial(stores: AppStores): Promise<void> {
  await Promise.all([
    stores.notebook.getState().load(),
    stores.documents.getState().refresh(),
    stores.filters.getState().loadFacets(),
    stores.labels.getState().load(),
    stores.officials.getState().refresh(),
    stores.meetings.getState().refresh(),
  ]);
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
        void stores.annotations.getState().load(null);
        stores.review.getState().reset();
        void stores.mentions.getState().load(null);
        stores.meetings.getState().select(null);
      }
      if (everything || tables.includes('documents')) {
        void stores.notebook.getState().load();
        void stores.documents.getState().refresh();
        void stores.filters.getState().loadFacets();
        void stores.search.getState().rerun();
        void stores.reader.getState().reload();
      }
      if (everything || tables.includes('documents') || tables.includes('annotations') || tables.includes('labels')) {
        stores.annotations.getState().reloadSoon();
        if (stores.ui.getState().view === 'annotations') void stores.annotationsView.getState().reload();
        else stores.annotationsView.getState().markStale();
      }
      if (everything || tables.includes('annotations') || tables.includes('labels')) void stores.labels.getState().load();
      if (tables.includes('annotations')) void stores.notebook.getState().load();
      if (tables.includes('documents') || tables.includes('officials') || tables.includes('mentions')) stores.review.getState().reloadSoon();
      if (tables.includes('documents') || tables.includes('officials') || tables.includes('mentions')) stores.mentions.getState().reloadSoon();
      if (everything || tables.includes('documents') || tables.includes('officials') || tables.includes('mentions')) stores.officials.getState().reloadSoon();
      if (['*', 'meetings', 'officials', 'documents', 'annotations', 'labels'].some((table) => tables.includes(table))) stores.meetings.getState().reloadSoon();
      if (['*', 'meetings', 'officials', 'labels'].some((table) => tables.includes(table))) stores.timeline.getState().reloadSoon();
    }),
    client.on('job.progress', (event) => stores.imports.getState().onProgress(event)),
    client.on('job.done', (event) => stores.imports.getState().onDone(event)),
    client.on('app.command', ({ command }) => {
      const ui = stores.ui.getState();
      if (command === 'import.files') ui.requestPicker('files');
      else if (command === 'import.folder') ui.requestPicker('folder');
      else if (command === 'view.library') ui.setView('library');
      else if (command === 'view.annotations') ui.setView('annotations');
      else if (command === 'view.officials') ui.setView('officials');
      else if (command === 'view.meetings') ui.setView('meetings');
      else if (command === 'view.timeline') ui.setView('timeline');
      else ui.setView('trash');
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
