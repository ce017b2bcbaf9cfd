// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChannelOutput } from '../../shared/contract/channels';
import { createClient } from '../../renderer/api/client';
import { snippetParts } from '../../renderer/features/search/snippet-parts';
import { createFiltersStore } from '../../renderer/stores/filters-store';
import { createSearchStore } from '../../renderer/stores/search-store';
import { FakeTransport, fakeNotebook, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

type SearchOutput = ChannelOutput<'search.query'>;

const answer = (title: string, overrides: Partial<SearchOutput> = {}): SearchOutput => ({
  results: [{ uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ', title, outlet: null, published: null, language: 'es', snippet: title, highlights: [], score: 1 }],
  total: 1,
  totalIsLowerBound: false,
  tookMs: 1,
  ...overrides,
});

describe('search store', () => {
  it('ignores an answer that arrives after the answer to a newer query', async () => {
    const pending = new Map<string, (output: SearchOutput) => void>();
    const transport = new FakeTransport().handle('search.query', (input) => new Promise<SearchOutput>((resolve) => pending.set(input.query, resolve)));
    const client = createClient(transport);
    const search = createSearchStore(client, createFiltersStore(client), 0);

    search.getState().setQuery('ba');
    await waitFor(() => expect(pending.has('ba')).toBe(true));
    search.getState().setQuery('barcena');
    await waitFor(() => expect(pending.has('barcena')).toBe(true));

    pending.get('barcena')!(answer('Bárcena meets Mayorkas'));
    await waitFor(() => expect(search.getState().answer?.query).toBe('barcena'));
    pending.get('ba')!(answer('Basic income debate'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(search.getState().answer?.results.map((result) => result.title)).toEqual(['Bárcena meets Mayorkas']);
    expect(search.getState()).toMatchObject({ query: 'barcena', loading: false });
  });

  it('waits for a pause in typing before asking', async () => {
    const transport = new FakeTransport().handle('search.query', () => answer('x'));
    const client = createClient(transport);
    const search = createSearchStore(client, createFiltersStore(client), 30);
    for (const query of ['b', 'ba', 'bar', 'barc']) search.getState().setQuery(query);
    expect(search.getState().query).toBe('barc');
    await waitFor(() => expect(transport.callsTo('search.query')).toHaveLength(1));
    expect(transport.callsTo('search.query')[0]).toMatchObject({ query: 'barc' });
  });
});

describe('snippet parts', () => {
  it('cuts at the highlight offsets, merging overlaps and clamping strays, without losing text', () => {
    const parts = snippetParts('Alicia Bárcena met Mayorkas', [[19, 27], [7, 14], [10, 12], [40, 50]]);
    expect(parts).toEqual([
      { text: 'Alicia ', marked: false },
      { text: 'Bárcena', marked: true },
      { text: ' met ', marked: false },
      { text: 'Mayorkas', marked: true },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('Alicia Bárcena met Mayorkas');
  });
});

describe('library search', () => {
  function searchableLibrary() {
    const docs = [
      summary({ title: 'Council approves budget', outlet: 'El Diario', language: 'es', published: '2021-08-11' }),
      summary({ title: 'Mayor meets unions', outlet: 'The Herald', language: 'en' }),
    ];
    const notebook = fakeNotebook(docs);
    notebook.transport.handle('search.query', (input) =>
      answer(docs[0]!.title, {
        results: [
          {
            uid: docs[0]!.uid,
            title: docs[0]!.title,
            outlet: 'El Diario',
            published: '2021-08-11',
            language: 'es',
            snippet: 'la canciller <b>Alicia</b> Bárcena dijo',
            highlights: [[27, 34]],
            score: 3.2,
          },
        ],
        total: input.query === 'many' ? 1_000 : 1,
        totalIsLowerBound: input.query === 'many',
      }),
    );
    return { ...notebook, docs, ...renderApp(notebook.transport) };
  }

  it('shows results with the matches in <mark>, the snippet as text, and opens one in the Reader', async () => {
    const { docs } = searchableLibrary();
    const field = await screen.findByRole('searchbox', { name: 'Search library' });
    const user = userEvent.setup();
    await user.type(field, 'barcena');
    expect((field as HTMLInputElement).value).toBe('barcena');

    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const option = await within(list).findByRole('option', { name: /Council approves budget/ });
    expect(option.querySelectorAll('mark')).toHaveLength(1);
    expect(option.querySelector('mark')?.textContent).toBe('Bárcena');
    // Markup in the core's snippet stays text.
    expect(option.querySelector('b')).toBeNull();
    expect(option.textContent).toContain('la canciller <b>Alicia</b> Bárcena dijo');
    expect(option.textContent).toContain('El Diario · ');
    expect(screen.getByText('1 result')).toBeTruthy();
    expect(screen.queryByRole('grid', { name: 'Documents' })).toBeNull();

    fireEvent.click(option);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { name: docs[0]!.title })).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(document.activeElement).toBe(article);

    fireEvent.keyDown(field, { key: 'Escape' });
    expect((field as HTMLInputElement).value).toBe('');
    await screen.findByRole('grid', { name: 'Documents' });
  });

  it('says "1,000+ results" and how to narrow when the count is a lower bound, and Ctrl+F focuses the field', async () => {
    searchableLibrary();
    const field = await screen.findByRole('searchbox', { name: 'Search library' });
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'many' } });
    const count = (1_000).toLocaleString();
    expect(await screen.findByText(`${count}+ results · showing the best 1 of the newest ${count}; add words to narrow`)).toBeTruthy();
  });

  it('explains what to try when nothing matches', async () => {
    const { transport } = searchableLibrary();
    transport.handle('search.query', () => answer('none', { results: [], total: 0 }));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search library' }), { target: { value: 'zzz' } });
    const empty = await screen.findByRole('region', { name: 'No results' });
    expect(empty.textContent).toContain('No documents match “zzz”');
    expect(empty.textContent).toContain('the exact phrase, in quotes');
    expect(empty.textContent).toContain('migra*');
  });

  it('passes the filters to the list and to search, shows them as chips, and clears them', async () => {
    const { transport } = searchableLibrary();
    const outlet = await screen.findByRole('combobox', { name: 'Outlet' });
    await waitFor(() => expect(within(outlet).getByRole('option', { name: 'El Diario (1)' })).toBeTruthy());
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(within(language).getByRole('option', { name: 'Spanish (1)' })).toBeTruthy();

    fireEvent.change(outlet, { target: { value: 'El Diario' } });
    fireEvent.change(language, { target: { value: 'es' } });
    const from = screen.getByRole('textbox', { name: 'From' });
    fireEvent.change(from, { target: { value: '2021-02-30' } });
    fireEvent.blur(from);
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('That day does not exist.')).toBeTruthy();
    fireEvent.change(from, { target: { value: '2021' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(from.getAttribute('aria-invalid')).toBeNull();

    const expected = { outlet: 'El Diario', language: 'es', publishedFrom: '2021' };
    await waitFor(() => expect((transport.callsTo('documents.list') as { filter: object; trash: boolean }[]).filter((call) => !call.trash).at(-1)?.filter).toEqual(expected));
    await screen.findByRole('row', { name: /Council approves budget/ });
    expect(screen.queryByRole('row', { name: /Mayor meets unions/ })).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search library' }), { target: { value: 'barcena' } });
    await waitFor(() => expect(transport.callsTo('search.query').at(-1)).toEqual({ query: 'barcena', filter: expected, limit: 100 }));

    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['From 2021', 'Outlet: El Diario', 'Language: Spanish']);
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove filter Outlet: El Diario' }));
    await waitFor(() => expect(transport.callsTo('search.query').at(-1)).toMatchObject({ filter: { language: 'es', publishedFrom: '2021' } }));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(transport.callsTo('search.query').at(-1)).toMatchObject({ filter: {} }));
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'From' }) as HTMLInputElement).value).toBe('');
    await act(async () => {});
  });
});
