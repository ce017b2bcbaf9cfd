// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

const docs = () => [
  summary({ title: 'Council approves budget', outlet: 'El Diario', published: '2022-05-03', words: 1200 }),
  summary({ title: 'Mayor meets unions', outlet: 'The Herald', published: '2022-05', words: 640 }),
  summary({ title: 'Transport plan delayed', outlet: null, published: null, words: 98 }),
];

async function showLibrary(items = docs()) {
  const notebook = fakeNotebook(items);
  const app = renderApp(notebook.transport);
  const grid = await screen.findByRole('grid', { name: 'Documents' });
  await within(grid).findByRole('row', { name: /Council approves budget/ });
  return { ...notebook, ...app, grid, items };
}

const dataRows = (grid: HTMLElement) => within(grid).getAllByRole('row').filter((row) => row.hasAttribute('aria-selected'));

describe('library list', () => {
  it('shows one row per document with its outlet, date at its precision, when it was added and words', async () => {
    const { grid } = await showLibrary();
    const rows = dataRows(grid);
    const added = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date('2024-01-01T00:00:00.000Z'));
    expect(rows.map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent))).toEqual([
      ['Council approves budget', 'El Diario', new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2022, 4, 3)), added, (1200).toLocaleString()],
      ['Mayor meets unions', 'The Herald', new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2022, 4, 1)), added, '640'],
      ['Transport plan delayed', '—', '—', added, '98'],
    ]);
    expect(screen.getByRole('button', { name: 'Library' })).toHaveProperty('ariaCurrent', 'page');
  });

  it('sorts by the column header clicked, then reverses on a second click', async () => {
    const { grid, transport } = await showLibrary();
    const user = userEvent.setup();
    await user.click(within(grid).getByRole('button', { name: 'Title' }));
    await user.click(within(grid).getByRole('button', { name: 'Title' }));
    await user.click(within(grid).getByRole('button', { name: 'Published' }));
    const libraryCalls = transport.callsTo('documents.list').filter((call) => !(call as { trash: boolean }).trash).slice(1);
    expect(libraryCalls).toEqual([
      { trash: false, sort: 'title', direction: 'asc', filter: {}, limit: 200, cursor: null },
      { trash: false, sort: 'title', direction: 'desc', filter: {}, limit: 200, cursor: null },
      { trash: false, sort: 'published', direction: 'desc', filter: {}, limit: 200, cursor: null },
    ]);
    expect(within(grid).getByRole('columnheader', { name: /Published/ }).getAttribute('aria-sort')).toBe('descending');
    expect(within(grid).getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('moves the selection with the arrow keys and opens the selected document in the Reader', async () => {
    const { grid } = await showLibrary();
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const selected = () => dataRows(grid).filter((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected().map((row) => row.textContent)).toEqual([expect.stringContaining('Mayor meets unions')]);
    expect(grid.getAttribute('aria-activedescendant')).toBe(selected()[0]?.id);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(selected()[0]?.textContent).toContain('Council approves budget');

    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { name: 'Council approves budget' })).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(document.activeElement).toBe(article);
  });

  it('moves the selected document to Trash with the Delete key, and Ctrl+Z brings it back', async () => {
    const { grid, transport, items } = await showLibrary();
    fireEvent.click(within(grid).getByRole('row', { name: /Mayor meets unions/ }));
    fireEvent.keyDown(grid, { key: 'Delete' });
    await screen.findByText('Moved “Mayor meets unions” to Trash');
    expect(transport.callsTo('documents.trash')).toEqual([{ uids: [items[1]!.uid] }]);
    expect(dataRows(grid).map((row) => row.textContent)).not.toContainEqual(expect.stringContaining('Mayor meets unions'));

    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(transport.callsTo('documents.restore')).toEqual([{ uids: [items[1]!.uid] }]);
    await waitFor(() => expect(screen.queryByText('Moved “Mayor meets unions” to Trash')).toBeNull());
  });

  it('offers Move to Trash in the right-click menu', async () => {
    const { grid, transport, items } = await showLibrary();
    fireEvent.contextMenu(within(grid).getByRole('row', { name: /Transport plan delayed/ }));
    const menu = screen.getByRole('menu');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Move to Trash' }));
    await screen.findByText('Moved “Transport plan delayed” to Trash');
    expect(transport.callsTo('documents.trash')).toEqual([{ uids: [items[2]!.uid] }]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('teaches how to import when the library is empty', async () => {
    renderApp(fakeNotebook([]).transport);
    await screen.findByRole('heading', { name: 'Your library is empty' });
    expect(screen.getAllByRole('button', { name: 'Import articles…' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Import folder…' })).toHaveLength(1);
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
