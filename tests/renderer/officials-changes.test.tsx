// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeUid } from './helpers/fake-transport';
import { sampleRegistry, type ProfileDocument } from './officials-fake';
import { showOfficials } from './officials-setup';

const names = () => within(screen.getByRole('listbox', { name: 'Officials' })).queryAllByRole('option').map((option) => option.getAttribute('aria-label')!.split(',')[0]);

describe('changing the registry', () => {
  it('asks before deleting, naming the mentions that go too; Undo restores the person', async () => {
    const { ebrard, people } = sampleRegistry();
    const { transport, stores } = await showOfficials(people);
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });
    fireEvent.click(within(profile).getByRole('button', { name: 'Delete…' }));

    const dialog = screen.getByRole('dialog', { name: 'Delete “Marcelo Ebrard”?' });
    expect(within(dialog).getByText('Their 12 confirmed mentions in 5 documents go with them.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(names()).toEqual(['Antony Blinken', 'Marcelo Ebrard Casaubón']));
    expect(transport.callsTo('officials.delete')).toEqual([{ uids: [ebrard.uid] }]);
    expect(screen.getByText('Select a person to see their profile.')).toBeTruthy();
    const toast = await screen.findByText('Deleted “Marcelo Ebrard” and 12 confirmed mentions.');

    fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['Antony Blinken', 'Marcelo Ebrard', 'Marcelo Ebrard Casaubón']));
    expect(transport.callsTo('officials.restore')).toEqual([{ uids: [ebrard.uid] }]);
  });

  it('deletes the selected people with the Delete key, after asking once', async () => {
    const { people } = sampleRegistry();
    const { transport } = await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(list, { key: 'Delete' });
    const dialog = screen.getByRole('dialog', { name: 'Delete 2 officials?' });
    expect(within(dialog).getByText('Their 15 confirmed mentions go with them.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(transport.callsTo('officials.delete')).toEqual([]);
  });

  it('merges the selected people into the one chosen to keep; Ctrl+Z unmerges them', async () => {
    const { ebrard, duplicate, people } = sampleRegistry();
    const { transport } = await showOfficials(people);
    const list = await screen.findByRole('listbox', { name: 'Officials' });
    const [, ebrardRow, duplicateRow] = within(list).getAllByRole('option');
    fireEvent.click(ebrardRow!);
    fireEvent.click(duplicateRow!, { ctrlKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Merge…' }));

    const dialog = screen.getByRole('dialog', { name: 'Merge 2 officials' });
    const keepEbrard = within(dialog).getByRole('radio', { name: 'Marcelo Ebrard', description: 'Also: Ebrard Casaubón. 12 mentions in 5 documents.' });
    const keepDuplicate = within(dialog).getByRole('radio', { name: 'Marcelo Ebrard Casaubón', description: 'No aliases. 2 mentions in 1 document.' });
    // The record with the most confirmed mentions is offered first.
    expect((keepEbrard as HTMLInputElement).checked).toBe(true);
    fireEvent.click(keepDuplicate);
    expect(within(dialog).getByText(/“Marcelo Ebrard” will become an alias of “Marcelo Ebrard Casaubón”/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(names()).toEqual(['Antony Blinken', 'Marcelo Ebrard Casaubón']));
    expect(transport.callsTo('officials.merge')).toEqual([{ keepUid: duplicate.uid, mergeUids: [ebrard.uid] }]);
    expect(await screen.findByText('Merged 1 person into “Marcelo Ebrard Casaubón”.')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Marcelo Ebrard Casaubón' })).toBeTruthy();

    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(transport.callsTo('officials.unmerge')).toEqual([{ uids: [ebrard.uid] }]);
    await waitFor(() => expect(names()).toEqual(['Antony Blinken', 'Marcelo Ebrard', 'Marcelo Ebrard Casaubón']));
  });

  it('splits a wrong alias off as a new person, saying which mentions move; Undo merges it back', async () => {
    const { ebrard, people } = sampleRegistry();
    const documents: ProfileDocument[] = [
      {
        documentUid: fakeUid(),
        title: 'Talks in Washington',
        published: '2021-05-03',
        mentions: [
          { uid: fakeUid(), start: 10, end: 25, text: 'Ebrard Casaubon', role: null, before: 'Minister ', after: ' arrived' },
          { uid: fakeUid(), start: 40, end: 54, text: 'Marcelo Ebrard', role: 'host', before: 'said ', after: '.' },
        ],
      },
    ];
    const { transport, stores, people: registry } = await showOfficials(people, { documents: { [ebrard.uid]: documents } });
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });
    fireEvent.click(within(profile).getByRole('button', { name: 'Split “Ebrard Casaubón” off as a new person…' }));

    const dialog = screen.getByRole('dialog', { name: 'Split “Ebrard Casaubón” off as a new person?' });
    expect(within(dialog).getByText(/The confirmed mention written “Ebrard Casaubón” moves to the new person/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Split off' }));

    await waitFor(() => expect(transport.callsTo('officials.splitAlias')).toEqual([{ uid: ebrard.uid, alias: 'Ebrard Casaubón' }]));
    const split = registry().find((person) => person.name === 'Ebrard Casaubón')!;
    expect(await screen.findByText('“Ebrard Casaubón” is now a person of their own (2 mentions moved).')).toBeTruthy();
    await waitFor(() => expect(names()).toContain('Ebrard Casaubón'));
    expect(within(profile).getByText('Only the name itself; add other forms with Edit.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(transport.callsTo('officials.merge')).toEqual([{ keepUid: ebrard.uid, mergeUids: [split.uid] }]));
    await waitFor(() => expect(names()).not.toContain('Ebrard Casaubón'));
  });
});
