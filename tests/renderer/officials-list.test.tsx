// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sampleRegistry } from './officials-fake';
import { showOfficials } from './officials-setup';

const names = (list: HTMLElement) => within(list).queryAllByRole('option').map((option) => option.getAttribute('aria-label'));
const pane = () => screen.getByRole('region', { name: 'Officials' });
/** What a screen reader hears after the sidebar's "Officials". */
const sidebarCount = () => document.getElementById(screen.getByRole('button', { name: 'Officials' }).getAttribute('aria-describedby')!)?.textContent;

describe('the officials list', () => {
  it('shows each person’s country, current office and counts, and the sidebar counts the registry', async () => {
    const { people } = sampleRegistry();
    await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });
    expect(names(list)).toEqual([
      'Antony Blinken, United States, Secretary of State, 3 mentions in 2 documents',
      'Marcelo Ebrard, Mexico, Secretary of Foreign Affairs, 12 mentions in 5 documents',
      'Marcelo Ebrard Casaubón, Mexico, 2 mentions in 1 document',
    ]);
    expect(within(pane()).getByText('3 officials')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Officials' }).getAttribute('aria-current')).toBe('page');
    expect(sidebarCount()).toBe('3 officials');
  });

  it('finds people by name or alias with the accents left to the core, and narrows by country', async () => {
    const { people } = sampleRegistry();
    const { transport } = await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search officials' }), { target: { value: 'casaubon' } });
    await waitFor(() => expect(names(list)).toHaveLength(2));
    expect(transport.callsTo('officials.list')).toContainEqual({ query: 'casaubon' });
    expect(names(list).every((name) => name!.startsWith('Marcelo Ebrard'))).toBe(true);
    // The sidebar counts the registry, not what the search shows.
    expect(sidebarCount()).toBe('3 officials');

    fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), { target: { value: 'us' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No officials match' })).toBeTruthy());
    expect(transport.callsTo('officials.list')).toContainEqual({ query: 'casaubon', country: 'us' });

    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    const cleared = await screen.findByRole('listbox', { name: 'Officials' });
    await waitFor(() => expect(names(cleared)).toHaveLength(3));
    expect((screen.getByRole('searchbox', { name: 'Search officials' }) as HTMLInputElement).value).toBe('');
  });

  it('moves with the arrow keys, shows the focused person’s profile, and selects several for a merge', async () => {
    const { people } = sampleRegistry();
    await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await screen.findByRole('heading', { level: 2, name: 'Antony Blinken' });
    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    await screen.findByRole('heading', { level: 2, name: 'Marcelo Ebrard' });
    expect(within(list).getAllByRole('option', { selected: true })).toHaveLength(2);
    const bulk = screen.getByRole('group', { name: 'Selected officials' });
    expect(within(bulk).getByText('2 selected')).toBeTruthy();
    expect(within(bulk).getByRole('button', { name: 'Merge…' })).toBeTruthy();

    // Ctrl+click adds the third; a plain click narrows back to one.
    fireEvent.click(within(list).getAllByRole('option')[2]!, { ctrlKey: true });
    expect(within(list).getAllByRole('option', { selected: true })).toHaveLength(3);
    fireEvent.click(within(list).getAllByRole('option')[0]!);
    expect(within(list).getAllByRole('option', { selected: true })).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'Selected officials' })).toBeNull();
  });

  it('teaches the ways into an empty registry, and offers the review tab', async () => {
    const { stores } = await showOfficials([]);
    expect(await screen.findByRole('heading', { name: 'No officials yet' })).toBeTruthy();
    expect(screen.getByText(/select a name and press/)).toBeTruthy();
    expect(screen.queryByRole('searchbox', { name: 'Search officials' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open Review' }));
    expect(screen.getByRole('tab', { name: /^Review/ }).getAttribute('aria-selected')).toBe('true');
    expect(stores.officials.getState().tab).toBe('review');
    await screen.findByRole('tab', { name: 'Review (0)' });

    fireEvent.keyDown(screen.getByRole('tab', { name: 'Review (0)' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'People' }));
  });

  it('follows the notebook: a change made elsewhere reloads the list and the count', async () => {
    const { people } = sampleRegistry();
    const { transport } = await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });
    await transport.invoke('officials.create', { name: 'Alicia Bárcena' });
    await act(async () => transport.emit('notebook.changed', { tables: ['officials'] }));
    await waitFor(() => expect(names(list)).toHaveLength(4));
    expect(within(pane()).getByText('4 officials')).toBeTruthy();
    expect(sidebarCount()).toBe('4 officials');
  });
});
