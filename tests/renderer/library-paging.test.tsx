// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createClient } from '../../renderer/api/client';
import { connectEvents, createAppStores } from '../../renderer/stores/app-stores';
import { fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

const many = (count: number) => Array.from({ length: count }, (_, index) => summary({ title: `Article ${String(index).padStart(4, '0')}` }));

type ListCall = { trash: boolean; cursor: string | null; sort: string };
const libraryCalls = (calls: unknown[]) => (calls as ListCall[]).filter((call) => !call.trash);

function scrollTo(element: HTMLElement, top: number) {
  Object.defineProperty(element, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(element);
}

describe('library paging', () => {
  it('loads the first page only, shows the total, and asks for the next page with its cursor when scrolled near the end', async () => {
    const { transport } = fakeNotebook(many(450));
    renderApp(transport);
    const grid = await screen.findByRole('grid', { name: 'Documents' });
    await within(grid).findByRole('row', { name: /Article 0000/ });
    expect(screen.getByText('450 documents', { selector: '.list-count' })).toBeTruthy();
    expect(grid.getAttribute('aria-rowcount')).toBe('451');
    expect(libraryCalls(transport.callsTo('documents.list')).map((call) => call.cursor)).toEqual([null]);

    const body = grid.querySelector<HTMLElement>('.document-grid-body');
    if (!body) throw new Error('the grid lost its scrolling body');
    scrollTo(body, 199 * 30 - 600);
    await waitFor(() => expect(libraryCalls(transport.callsTo('documents.list')).map((call) => call.cursor)).toEqual([null, 'after:200']));
    await waitFor(() => expect(grid.querySelectorAll('.document-grid-spacer')[0]?.getAttribute('style')).toContain(`${400 * 30}px`));

    scrollTo(body, 399 * 30 - 600);
    await waitFor(() => expect(libraryCalls(transport.callsTo('documents.list')).map((call) => call.cursor)).toEqual([null, 'after:200', 'after:400']));
    scrollTo(body, 449 * 30 - 600);
    await within(grid).findByRole('row', { name: /Article 0449/ });
    // The last page said there is nothing more; no further requests.
    expect(libraryCalls(transport.callsTo('documents.list'))).toHaveLength(3);
  });

  it('starts again from the first page when the sort changes', async () => {
    const { transport } = fakeNotebook(many(450));
    const client = createClient(transport);
    const stores = createAppStores(client, window.localStorage);
    connectEvents(client, stores);
    await stores.documents.getState().refresh();
    await stores.documents.getState().loadMore('library');
    expect(stores.documents.getState().lists.library.items).toHaveLength(400);
    await stores.documents.getState().setSort('words');
    const calls = libraryCalls(transport.callsTo('documents.list'));
    expect(calls.map((call) => [call.sort, call.cursor])).toEqual([
      ['importedAt', null],
      ['importedAt', 'after:200'],
      ['words', null],
    ]);
    expect(stores.documents.getState().lists.library.items).toHaveLength(200);
  });

  it('reloads the first page when documents change, keeping a selection that is still there', async () => {
    const items = many(450);
    const { transport } = fakeNotebook(items);
    const client = createClient(transport);
    const stores = createAppStores(client, window.localStorage);
    connectEvents(client, stores);
    const documents = stores.documents;
    await documents.getState().refresh();
    await documents.getState().loadMore('library');
    documents.getState().select('library', items[250]!.uid);

    await act(async () => transport.emit('notebook.changed', { tables: ['documents'] }));
    await waitFor(() => expect(libraryCalls(transport.callsTo('documents.list'))).toHaveLength(4));
    // Read on from the first page until the selected row turned up again.
    expect(libraryCalls(transport.callsTo('documents.list')).slice(2).map((call) => call.cursor)).toEqual([null, 'after:200']);
    expect(documents.getState().lists.library.selected).toBe(items[250]!.uid);

    await documents.getState().moveToTrash([items[3]!.uid]);
    documents.getState().select('library', items[5]!.uid);
    transport.emit('notebook.changed', { tables: ['*'] });
    await waitFor(() => expect(documents.getState().lists.library.loaded).toBe(true));
    expect(documents.getState().lists.library.total).toBe(449);
  });
});
