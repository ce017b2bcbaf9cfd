// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createClient } from '../../renderer/api/client';
import { ToastRegion } from '../../renderer/components/toast-region';
import { AnnotationsPane } from '../../renderer/features/annotations/annotations-pane';
import { createAppStores } from '../../renderer/stores/app-stores';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { fakeAnnotations, sampleNotebook } from './annotations-view-fake';

async function showPane<Fake extends ReturnType<typeof fakeAnnotations>>(fake: Fake) {
  const stores = createAppStores(createClient(fake.transport), window.localStorage);
  await stores.labels.getState().load();
  render(
    <StoresProvider stores={stores}>
      <AnnotationsPane />
      <ToastRegion />
    </StoresProvider>,
  );
  await waitFor(() => expect(stores.annotationsView.getState().loaded).toBe(true));
  return { ...fake, stores };
}

const listbox = () => screen.getByRole('listbox', { name: 'Annotations' });
const options = () => within(listbox()).getAllByRole('option');
const selectedTexts = () => options().filter((option) => option.getAttribute('aria-selected') === 'true').map((option) => option.textContent);
const listCalls = (transport: { callsTo: (channel: 'annotations.list') => unknown[] }) => transport.callsTo('annotations.list') as { filter: object }[];

describe('annotations view', () => {
  it('lists each annotation with its quote, note as plain text, labels by name, document and date', async () => {
    await showPane(sampleNotebook());
    expect(screen.getByRole('heading', { name: 'Annotations' })).toBeTruthy();
    expect(screen.getByText('4 annotations')).toBeTruthy();
    expect(listbox().getAttribute('aria-multiselectable')).toBe('true');
    const [first, second, third, fourth] = options() as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    const day = (iso: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));

    expect(first.textContent).toContain('Funds for fentanyl testing in every clinic');
    expect(first.textContent).toContain('Key point, see the memo');
    expect(first.textContent).not.toContain('**');
    expect(within(first).getByText('Fentanyl').closest('[title]')?.getAttribute('title')).toBe('Security ▸ Fentanyl');
    expect(first.querySelector('.label-swatch[data-color="vermillion"]')).not.toBeNull();
    expect(first.textContent).toContain('Council approves budget');
    expect(first.textContent).toContain(day('2024-03-05T10:00:00.000Z'));

    expect(within(second).getByText('Migration')).toBeTruthy();
    expect(within(second).getByText('Security')).toBeTruthy();
    expect(third.textContent).toContain('Note on the whole document');
    expect(third.textContent).toContain('Follow up with the unions in March');
    expect(third.textContent).toContain(day('2024-04-01T09:00:00.000Z'));
    expect(within(fourth).getByText('Unanchored')).toBeTruthy();
    expect(screen.getByRole('option', { name: `“Border crossings rose by a third”, labels: Migration, Security, Council approves budget, ${day('2024-03-05T10:00:00.000Z')}` })).toBe(second);
    expect(screen.getByRole('option', { name: /^Note on the whole document, Follow up with the unions in March, Mayor meets unions/ })).toBe(third);
    expect(screen.getByRole('option', { name: /^“A sentence that was removed”, Unanchored, labels: Security,/ })).toBe(fourth);
  });

  it('teaches how to annotate when there are no annotations at all', async () => {
    await showPane(fakeAnnotations([]));
    expect(screen.getByRole('heading', { name: 'No annotations yet' })).toBeTruthy();
    expect(document.body.textContent).toContain('Select text in the Reader and press H to highlight it, or N to add a note.');
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('filters by label (children named with their parent) and says when nothing matches, with a way back', async () => {
    const { transport, labels } = await showPane(sampleNotebook());
    const select = screen.getByRole('combobox', { name: 'Label' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['All labels', 'Security', 'Security ▸ Fentanyl', 'Migration']);

    fireEvent.change(select, { target: { value: labels.fentanyl.uid } });
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(listCalls(transport).at(-1)!.filter).toEqual({ labelUid: labels.fentanyl.uid });
    expect(screen.getByRole('list', { name: 'Active filters' }).textContent).toContain('Label: Security ▸ Fentanyl');

    fireEvent.change(screen.getByRole('combobox', { name: 'Anchor' }), { target: { value: 'orphaned' } });
    await screen.findByRole('heading', { name: 'No annotations match these filters' });
    expect(screen.queryByRole('heading', { name: 'No annotations yet' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(listCalls(transport).at(-1)!.filter).toEqual({});
    expect((screen.getByRole('combobox', { name: 'Label' }) as HTMLSelectElement).value).toBe('');
  });

  it('narrows to one document from the context menu, with a removable chip naming it', async () => {
    const { transport, documents } = await showPane(sampleNotebook());
    fireEvent.contextMenu(options()[2]!);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Show only this document’s annotations' }));
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(listCalls(transport).at(-1)!.filter).toEqual({ documentUid: documents.unions.documentUid });
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Document: Mayor meets unions' }));
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(listCalls(transport).at(-1)!.filter).toEqual({});
  });

  it('searches quotes and notes as typed, without losing a key, asking once typing pauses', async () => {
    const { transport } = await showPane(sampleNotebook());
    const user = userEvent.setup();
    const field = screen.getByRole('searchbox', { name: 'Search annotations' });
    await user.type(field, 'unions');
    expect((field as HTMLInputElement).value).toBe('unions');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain('Follow up with the unions');
    expect(listCalls(transport).slice(1).map((call) => call.filter)).toEqual([{ query: 'unions' }]);

    await user.keyboard('{Escape}');
    expect((field as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(options()).toHaveLength(4));
  });

  it('moves the focus with the arrows, extends with Shift, selects all with Ctrl+A and opens with Enter', async () => {
    const { stores, annotations, documents } = await showPane(sampleNotebook());
    const list = listbox();
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedTexts()).toEqual([expect.stringContaining('Border crossings')]);
    expect(list.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(stores.annotationsView.getState().selectedDocumentUid).toBe(documents.budget.documentUid);

    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    expect(selectedTexts()).toEqual([expect.stringContaining('Border crossings'), expect.stringContaining('Note on the whole document')]);
    expect(within(screen.getByRole('group', { name: 'Selected annotations' })).getByText('2 selected')).toBeTruthy();
    expect(stores.annotationsView.getState().selectedDocumentUid).toBe(documents.unions.documentUid);

    fireEvent.keyDown(list, { key: 'Escape' });
    expect(selectedTexts()).toHaveLength(1);
    fireEvent.keyDown(list, { key: 'a', ctrlKey: true });
    expect(selectedTexts()).toHaveLength(4);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selectedTexts()).toEqual([expect.stringContaining('Border crossings')]);

    // Enter shows the annotation in its document: once the Reader has loaded it, it scrolls there.
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(stores.annotations.getState().flash).toBeNull();
    await act(() => stores.annotations.getState().load(documents.budget.documentUid));
    expect(stores.annotations.getState()).toMatchObject({ selectedUid: annotations[1]!.uid, flash: { uid: annotations[1]!.uid } });
  });

  it('extends the selection with Ctrl+click and Shift+click, then adds a label to all, undoably', async () => {
    const { transport, annotations, labels } = await showPane(sampleNotebook());
    const user = userEvent.setup();
    fireEvent.click(options()[0]!);
    fireEvent.click(options()[3]!, { ctrlKey: true });
    expect(selectedTexts()).toHaveLength(2);
    fireEvent.click(options()[1]!);
    fireEvent.click(options()[2]!, { shiftKey: true });
    expect(selectedTexts()).toEqual([expect.stringContaining('Border crossings'), expect.stringContaining('Note on the whole document')]);

    await user.click(screen.getByRole('button', { name: 'Add label…' }));
    const menu = screen.getByRole('menu', { name: 'Add label' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Security', 'Security ▸ Fentanyl', 'Migration']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Security ▸ Fentanyl' }));
    await screen.findByText('Added “Security ▸ Fentanyl” to 2 annotations.');
    const [, b, c] = annotations.map((item) => item.uid);
    expect(transport.callsTo('annotations.relabel')).toEqual([{ uids: [b, c], add: [labels.fentanyl.uid], remove: [] }]);
    expect(within(options()[2]!).getByText('Fentanyl')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(options()[2]!).queryByText('Fentanyl')).toBeNull());
    expect(transport.callsTo('annotations.update')).toEqual([
      { edits: [{ uid: b, labelUids: [labels.migration.uid, labels.security.uid] }, { uid: c, labelUids: [] }] },
    ]);
  });

  it('deletes the selection with the Delete key and brings it back with Undo', async () => {
    const { transport, annotations, items } = await showPane(sampleNotebook());
    const list = listbox();
    fireEvent.click(options()[0]!);
    fireEvent.click(options()[1]!, { shiftKey: true });
    fireEvent.keyDown(list, { key: 'Delete' });
    await screen.findByText('Deleted 2 annotations.');
    expect(transport.callsTo('annotations.delete')).toEqual([{ uids: [annotations[0]!.uid, annotations[1]!.uid] }]);
    expect(options()).toHaveLength(2);
    expect(items()).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(transport.callsTo('annotations.restore')).toEqual([{ uids: [annotations[0]!.uid, annotations[1]!.uid] }]);
    expect(selectedTexts()).toHaveLength(2);
  });
});
