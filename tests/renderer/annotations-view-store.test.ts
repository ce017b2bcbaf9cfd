import { describe, expect, it } from 'vitest';
import { createClient } from '../../renderer/api/client';
import { ANNOTATIONS_PAGE_SIZE, createAnnotationsViewStore } from '../../renderer/stores/annotations-view-store';
import { createUiStore } from '../../renderer/stores/ui-store';
import { fakeAnnotations, listItem, sampleNotebook } from './annotations-view-fake';

function setup<Fake extends ReturnType<typeof fakeAnnotations>>(fake: Fake, debounceMs = 10) {
  const ui = createUiStore();
  const store = createAnnotationsViewStore(createClient(fake.transport), ui, debounceMs);
  return { ...fake, ui, store };
}

const uidsOf = (items: readonly { uid: string }[]) => items.map((item) => item.uid);

describe('annotations view store', () => {
  it('pages through every annotation by cursor and stops at the end', async () => {
    const all = Array.from({ length: 450 }, (_, index) => listItem({ note: `Note ${index}` }));
    const { store, transport } = setup(fakeAnnotations(all));
    await store.getState().reload();
    expect(store.getState().items).toHaveLength(ANNOTATIONS_PAGE_SIZE);
    expect(store.getState().total).toBe(450);
    await store.getState().loadMore();
    await store.getState().loadMore();
    await store.getState().loadMore();
    expect(uidsOf(store.getState().items)).toEqual(uidsOf(all));
    expect(store.getState().nextCursor).toBeNull();
    expect(transport.callsTo('annotations.list')).toEqual([
      { filter: {}, limit: 200, cursor: null },
      { filter: {}, limit: 200, cursor: 'after:200' },
      { filter: {}, limit: 200, cursor: 'after:400' },
    ]);
  });

  it('asks for a label (children included by the core), a document and a state, and forgets a cleared filter', async () => {
    const { store, transport, labels, documents, annotations } = setup(sampleNotebook());
    await store.getState().reload();
    store.getState().setFilter({ labelUid: labels.security.uid });
    await expect.poll(() => store.getState().items.length).toBe(3);
    expect(uidsOf(store.getState().items)).toEqual([annotations[0]!.uid, annotations[1]!.uid, annotations[3]!.uid]);

    store.getState().setFilter({ documentUid: documents.unions.documentUid, state: 'orphaned' });
    await expect.poll(() => uidsOf(store.getState().items)).toEqual([annotations[3]!.uid]);
    store.getState().setFilter({ labelUid: undefined, state: undefined });
    await expect.poll(() => store.getState().items.length).toBe(2);
    expect(transport.callsTo('annotations.list').slice(1)).toEqual([
      { filter: { labelUid: labels.security.uid }, limit: 200, cursor: null },
      { filter: { labelUid: labels.security.uid, documentUid: documents.unions.documentUid, state: 'orphaned' }, limit: 200, cursor: null },
      { filter: { documentUid: documents.unions.documentUid }, limit: 200, cursor: null },
    ]);
  });

  it('sends the search text as `query` once typing pauses, never for every key', async () => {
    const { store, transport, annotations } = setup(sampleNotebook(), 40);
    await store.getState().reload();
    for (const text of ['f', 'fe', 'fen', 'fent', 'fenta']) store.getState().setQuery(text);
    expect(store.getState().queryText).toBe('fenta');
    await expect.poll(() => uidsOf(store.getState().items)).toEqual([annotations[0]!.uid]);
    expect(transport.callsTo('annotations.list').slice(1)).toEqual([{ filter: { query: 'fenta' }, limit: 200, cursor: null }]);

    store.getState().setQuery('   ');
    await expect.poll(() => store.getState().items.length).toBe(4);
    expect(store.getState().filter).toEqual({});
  });

  it('drops a page of an older listing that arrives after the filters changed', async () => {
    const all = Array.from({ length: 250 }, () => listItem());
    const fake = fakeAnnotations(all);
    const { store, transport } = setup(fake);
    await store.getState().reload();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const answer = { items: [listItem({ note: 'stale' })], nextCursor: null, total: null };
    transport.handle('annotations.list', async (input) => {
      if (input.cursor) {
        await gate;
        return answer;
      }
      return { items: all.slice(0, 3), nextCursor: null, total: 3 };
    });
    const more = store.getState().loadMore();
    store.getState().setFilter({ outlet: 'El Diario' });
    await expect.poll(() => store.getState().items.length).toBe(3);
    release();
    await more;
    expect(store.getState().items.map((item) => item.note)).not.toContain('stale');
    expect(store.getState().total).toBe(3);
  });

  it('selects one, several with Ctrl, a range with Shift, or all; the Reader follows the focused one', async () => {
    const { store, annotations, documents } = setup(sampleNotebook());
    await store.getState().reload();
    const [a, b, c, d] = uidsOf(annotations) as [string, string, string, string];
    store.getState().focus(b);
    expect(store.getState()).toMatchObject({ focusedUid: b, selectedUids: [b], selectedDocumentUid: documents.budget.documentUid });
    store.getState().selectRange(d);
    expect(store.getState()).toMatchObject({ focusedUid: d, selectedUids: [b, c, d], selectedDocumentUid: documents.unions.documentUid });
    store.getState().selectRange(a);
    expect(store.getState().selectedUids).toEqual([a, b]);
    store.getState().toggleSelect(d);
    expect(store.getState().selectedUids).toEqual([a, b, d]);
    store.getState().toggleSelect(a);
    expect(store.getState().selectedUids).toEqual([b, d]);
    store.getState().selectAll();
    expect(store.getState().selectedUids).toEqual([a, b, c, d]);
  });

  it('relabels the selection through annotations.relabel, and Undo sends `previous` back through annotations.update', async () => {
    const { store, ui, transport, annotations, labels } = setup(sampleNotebook());
    await store.getState().reload();
    const [a, b] = uidsOf(annotations) as [string, string];
    await store.getState().relabel([a, b], { add: [labels.migration.uid] }, { name: 'Migration' });
    expect(transport.callsTo('annotations.relabel')).toEqual([{ uids: [a, b], add: [labels.migration.uid], remove: [] }]);
    expect(store.getState().items.slice(0, 2).map((item) => item.labelUids)).toEqual([
      [labels.fentanyl.uid, labels.migration.uid],
      [labels.migration.uid, labels.security.uid],
    ]);
    const toast = ui.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Added “Migration” to 2 annotations.');

    await ui.getState().undo(toast.undo!);
    expect(transport.callsTo('annotations.update')).toEqual([
      {
        edits: [
          { uid: a, labelUids: [labels.fentanyl.uid] },
          { uid: b, labelUids: [labels.migration.uid, labels.security.uid] },
        ],
      },
    ]);
    expect(store.getState().items[0]!.labelUids).toEqual([labels.fentanyl.uid]);
  });

  it('deletes with an Undo toast that restores the annotations and selects them again', async () => {
    const { store, ui, transport, annotations, items } = setup(sampleNotebook());
    await store.getState().reload();
    const [a, b, c] = uidsOf(annotations) as [string, string, string];
    store.getState().focus(a);
    store.getState().selectRange(b);
    await store.getState().remove([a, b]);
    expect(transport.callsTo('annotations.delete')).toEqual([{ uids: [a, b] }]);
    expect(store.getState()).toMatchObject({ total: 2, focusedUid: c, selectedUids: [c] });
    expect(uidsOf(items())).not.toContain(a);

    const toast = ui.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Deleted 2 annotations.');
    await ui.getState().undo(toast.undo!);
    expect(transport.callsTo('annotations.restore')).toEqual([{ uids: [a, b] }]);
    expect(uidsOf(store.getState().items)).toEqual(uidsOf(annotations));
    expect(store.getState().selectedUids).toEqual([a, b]);
  });

  it('keeps what is still there selected when the notebook changes elsewhere', async () => {
    const fake = sampleNotebook();
    const { store, transport, annotations } = setup(fake);
    await store.getState().reload();
    const [a, , , d] = uidsOf(annotations) as [string, string, string, string];
    store.getState().focus(d);
    store.getState().toggleSelect(a);
    expect(store.getState()).toMatchObject({ focusedUid: a, selectedUids: [d, a], selectedDocumentUid: fake.documents.budget.documentUid });
    await transport.invoke('annotations.delete', { uids: [a] });
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ selectedUids: [d], focusedUid: d, selectedDocumentUid: fake.documents.unions.documentUid });
    expect(store.getState().items).toHaveLength(3);
  });

  it('says why the list could not be read', async () => {
    const fake = fakeAnnotations([]);
    fake.transport.handle('annotations.list', () => ({ code: 'UNAVAILABLE', message: 'The notebook is closed.' }));
    const { store } = setup(fake);
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ loaded: true, error: 'The notebook is closed.' });
  });
});
