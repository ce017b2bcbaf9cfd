import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Official } from '../../shared/model/official';
import type { DocumentSummary } from '../../shared/model/document';
import { fakeNotebook } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';
import { fakeOfficials } from './officials-fake';

/** The whole renderer on a notebook with these documents and this registry, showing the Officials view. */
export async function showOfficials(people: Official[], extras: Parameters<typeof fakeOfficials>[1] = {}, documents: DocumentSummary[] = []) {
  const notebook = fakeNotebook(documents);
  const fake = fakeOfficials(people, extras, notebook.transport);
  notebook.transport.handle('mentions.forDocument', () => ({ items: [] }));
  const app = renderApp(notebook.transport);
  await waitFor(() => expect(app.stores.officials.getState().loaded).toBe(true));
  act(() => app.stores.ui.getState().setView('officials'));
  return { ...fake, ...app, transport: notebook.transport };
}
