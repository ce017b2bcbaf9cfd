// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';
import { fakeAnnotations, label, listItem } from './annotations-view-fake';

/** The whole renderer: the Annotations view in the list pane, the Reader beside it. */
async function showAnnotationsView() {
  const budget = summary({ title: 'Council approves budget', outlet: 'El Diario' });
  const unions = summary({ title: 'Mayor meets unions', outlet: 'The Herald' });
  const notebook = fakeNotebook([budget, unions]);
  const security = label({ name: 'Security' });
  const annotations = [
    listItem({ documentUid: budget.uid, documentTitle: budget.title, outlet: budget.outlet, passage: { start: 0, end: 5, exact: 'First', prefix: '', suffix: '', state: 'anchored' } }),
    listItem({ documentUid: unions.uid, documentTitle: unions.title, outlet: unions.outlet, note: 'Ask the unions', passage: null, labelUids: [security.uid] }),
  ];
  const fake = fakeAnnotations(annotations, [security], notebook.transport);
  const app = renderApp(notebook.transport);
  await screen.findByRole('grid', { name: 'Documents' });
  act(() => app.stores.ui.getState().setView('annotations'));
  const list = await screen.findByRole('listbox', { name: 'Annotations' });
  await within(list).findAllByRole('option');
  return { ...fake, ...app, list, budget, unions, annotations, security };
}

describe('annotations view in the app', () => {
  it('shows the focused annotation’s document in the Reader, following the arrow keys', async () => {
    const { list } = await showAnnotationsView();
    expect(screen.getByText('Select a document to read it here.')).toBeTruthy();
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { name: 'Council approves budget' })).toBeTruthy();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(within(screen.getByRole('article')).getByRole('heading', { name: 'Mayor meets unions' })).toBeTruthy());
  });

  it('refreshes when the notebook changes, and offers Ctrl+Z for a delete made here', async () => {
    const { list, transport, annotations, items } = await showAnnotationsView();
    fireEvent.click(within(list).getAllByRole('option')[0]!);
    fireEvent.keyDown(list, { key: 'Delete' });
    await screen.findByText('Deleted the annotation.');
    expect(within(list).getAllByRole('option')).toHaveLength(1);

    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(transport.callsTo('annotations.restore')).toEqual([{ uids: [annotations[0]!.uid] }]);
    expect(items()).toHaveLength(2);

    // Another window (or the Reader) deletes one: the core says so, and the list follows.
    await transport.invoke('annotations.delete', { uids: [annotations[1]!.uid] });
    await act(async () => transport.emit('notebook.changed', { tables: ['annotations'] }));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
  });
});
