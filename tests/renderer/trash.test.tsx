// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

const trashedAt = '2024-02-02T00:00:00.000Z';

async function openTrash() {
  const notebook = fakeNotebook([
    summary({ title: 'Kept' }),
    summary({ title: 'Old draft', trashedAt }),
    summary({ title: 'Duplicate story', trashedAt }),
  ]);
  const app = renderApp(notebook.transport);
  await screen.findByRole('row', { name: /Kept/ });
  fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
  await screen.findByRole('row', { name: /Old draft/ });
  return { ...notebook, ...app };
}

describe('trash', () => {
  it('lists trashed documents and restores the selected one, with Undo in the toast', async () => {
    const { transport, documents } = await openTrash();
    expect(screen.getByRole('heading', { name: 'Trash' })).toBeTruthy();
    expect(screen.queryByRole('row', { name: /Kept/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Restore' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('row', { name: /Old draft/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored “Old draft” to the Library');
    expect(documents().find((doc) => doc.title === 'Old draft')?.trashedAt).toBeNull();
    expect(screen.queryByRole('row', { name: /Old draft/ })).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(transport.callsTo('documents.trash')).toHaveLength(1);
    expect(documents().find((doc) => doc.title === 'Old draft')?.trashedAt).not.toBeNull();
  });

  it('asks once, naming how many documents will be lost, before emptying the trash', async () => {
    const { transport, documents } = await openTrash();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('dialog', { name: 'Empty trash?' });
    expect(dialog.textContent).toContain('2 documents in the Trash will be deleted for good');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(transport.callsTo('documents.emptyTrash')).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Empty trash' }));

    fireEvent.click(screen.getByRole('button', { name: 'Empty trash' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete 2 documents for good' }));
    await screen.findByText('Deleted 2 documents for good');
    expect(documents().map((doc) => doc.title)).toEqual(['Kept']);
    await screen.findByRole('heading', { name: 'Trash is empty' });
  });

  it('closes the confirm dialog with Esc without deleting anything', async () => {
    const { transport } = await openTrash();
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('dialog') as HTMLDialogElement;
    act(() => dialog.close());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(transport.callsTo('documents.emptyTrash')).toEqual([]);
  });
});
