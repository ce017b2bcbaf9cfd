// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { createClient, ClientError } from '../../renderer/api/client';
import { connectEvents, createAppStores } from '../../renderer/stores/app-stores';
import { createLayoutStore } from '../../renderer/stores/layout-store';
import { FakeTransport, fakeNotebook, record, summary } from './helpers/fake-transport';

function setUp(transport: FakeTransport) {
  const client = createClient(transport);
  const stores = createAppStores(client, window.localStorage);
  connectEvents(client, stores);
  return { client, stores };
}

describe('client', () => {
  it('resolves to the value or throws the envelope code and message', async () => {
    const transport = new FakeTransport().handle('documents.get', () => ({ code: 'NOT_FOUND', message: 'That document is gone.' }));
    const client = createClient(transport);
    const error = await client.call('documents.get', { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'That document is gone.' });
  });
});

describe('documents store', () => {
  it('asks for the sort chosen, toggling direction on the same column', async () => {
    const { transport } = fakeNotebook([summary({ title: 'A' })]);
    const { stores } = setUp(transport);
    await stores.documents.getState().setSort('title');
    await stores.documents.getState().setSort('title');
    await stores.documents.getState().setSort('words');
    const lists = transport.callsTo('documents.list').filter((call) => !(call as { trash: boolean }).trash);
    expect(lists).toEqual([
      { trash: false, sort: 'title', direction: 'asc', filter: {}, limit: 200, cursor: null },
      { trash: false, sort: 'title', direction: 'desc', filter: {}, limit: 200, cursor: null },
      { trash: false, sort: 'words', direction: 'desc', filter: {}, limit: 200, cursor: null },
    ]);
  });

  it('refreshes when the notebook says documents changed, and only then', async () => {
    const { transport } = fakeNotebook([summary({ title: 'First' })]);
    const { stores } = setUp(transport);
    await stores.documents.getState().refresh();
    const before = transport.callsTo('documents.list').length;
    transport.emit('notebook.changed', { tables: ['labels'] });
    expect(transport.callsTo('documents.list').length).toBe(before);
    transport.emit('notebook.changed', { tables: ['documents'] });
    expect(transport.callsTo('documents.list').length).toBe(before + 2);
    expect(transport.callsTo('notebook.info').length).toBe(1);
  });

  it('moves a document to Trash and undoes it with the last undo', async () => {
    const doc = summary({ title: 'Council meets' });
    const { transport, documents } = fakeNotebook([doc]);
    const { stores } = setUp(transport);
    await stores.documents.getState().refresh();
    await stores.documents.getState().moveToTrash([doc.uid]);
    expect(stores.documents.getState().lists.library.items).toEqual([]);
    expect(stores.ui.getState().toasts.map((toast) => toast.message)).toEqual(['Moved “Council meets” to Trash']);
    await stores.ui.getState().undoLast();
    expect(transport.callsTo('documents.restore')).toEqual([{ uids: [doc.uid] }]);
    expect(documents()[0]?.trashedAt).toBeNull();
    expect(stores.ui.getState().toasts).toEqual([]);
    await stores.ui.getState().undoLast();
    expect(transport.callsTo('documents.restore')).toHaveLength(1);
  });

  it('keeps the selection on the row that takes the trashed one’s place', async () => {
    const [a, b, c] = [summary({ title: 'A' }), summary({ title: 'B' }), summary({ title: 'C' })];
    const { transport } = fakeNotebook([a!, b!, c!]);
    const { stores } = setUp(transport);
    await stores.documents.getState().refresh();
    stores.documents.getState().select('library', b!.uid);
    await stores.documents.getState().moveToTrash([b!.uid]);
    expect(stores.documents.getState().lists.library.selected).toBe(c!.uid);
  });

  it('shows a refused action in plain words', async () => {
    const transport = new FakeTransport().handle('documents.trash', () => ({ code: 'NOT_FOUND', message: 'Those documents are no longer in this notebook.' }));
    const { stores } = setUp(transport);
    await stores.documents.getState().moveToTrash(['01HZZZZZZZZZZZZZZZZZZZZZZZ']);
    expect(stores.ui.getState().toasts).toMatchObject([{ tone: 'error', message: 'Those documents are no longer in this notebook.' }]);
  });
});

describe('reader store', () => {
  it('maps the core’s validation issues onto the form’s fields', async () => {
    const doc = record({ title: 'Budget vote' });
    const transport = new FakeTransport()
      .handle('documents.get', () => doc)
      .handle('documents.update', () => ({
        code: 'INVALID_INPUT',
        message: 'Invalid request — patch.published: expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD.',
        details: { issues: [{ path: ['patch', 'published'], message: 'expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD' }] },
      }));
    const { stores } = setUp(transport);
    await stores.reader.getState().open(doc.uid);
    const saved = await stores.reader.getState().save({ published: '2022-13' });
    expect(saved).toBe(false);
    expect(stores.reader.getState().fieldErrors).toEqual({ published: 'Expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD.' });
    expect(stores.reader.getState().document?.title).toBe('Budget vote');
  });

  it('closes a document that was deleted for good', async () => {
    const doc = record();
    let exists = true;
    const transport = new FakeTransport().handle('documents.get', () => (exists ? doc : { code: 'NOT_FOUND', message: 'gone' }));
    const { stores } = setUp(transport);
    await stores.reader.getState().open(doc.uid);
    exists = false;
    await stores.reader.getState().reload();
    expect(stores.reader.getState()).toMatchObject({ uid: null, document: null, error: null });
  });
});

describe('layout store', () => {
  it('remembers pane widths within their limits', () => {
    const first = createLayoutStore(window.localStorage);
    first.getState().setWidth('list', 520);
    first.getState().setWidth('sidebar', 5);
    const second = createLayoutStore(window.localStorage);
    expect(second.getState().widths).toEqual({ list: 520, sidebar: 140 });
  });
});
